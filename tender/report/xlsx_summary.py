"""The workbook's Summary sheet: performance, price, points, score, rank and winner as formulas over the inputs.

The rank is the engine's competition rank by formula: a bid's rank is one more than the number of bids
that beat it, where b beats a when b's ranking key exceeds a's by more than the tie tolerance relative to
both (kernel.beats); under UfAB extended a bid inside the band beats every bid outside it first. The winner
is the bid ranked 1 alone (INDEX-MATCH), else a sentence that there is none.
"""

from __future__ import annotations

from typing import Any

from tender.model import DecideBy, Kind
from tender.report.messages import Messages
from tender.report.xlsx_cells import Formula
from tender.report.xlsx_inputs import Inputs
from tender.report.xlsx_sheet import Sheet, ref
from tender.result import BidResult, Evaluation
from tender.scoring.expr import Var, excel, number
from tender.scoring.formulas import METHOD_RULES, POINTS, price_rule

NUMBER = "#,##0.00"


def summary_sheet(
    ev: Evaluation,
    msg: Messages,
    criteria_rows: dict[str, tuple[int, int]],
    price_rows: dict[str, tuple[int, int]],
    names: dict[str, str],
    money: str,
    inputs: Inputs,
    draft: str = "",
) -> Sheet:
    """The ranking with performance, price, price points, score, rank and winner as live formulas (a draft's
    banner first); the rows stay in the evaluation's order, the rank column recalculates."""
    t = ev.tender
    preamble: list[str | list[Any]] = [t.title, t.buyer, f"{msg('cover.method')}: {msg(f'method.{t.method.name}')}"]
    preamble.append(msg("xlsx.formulas"))
    if draft:
        preamble.insert(1, [draft])  # whole on one line (a list is not broken into lines)
    rule = METHOD_RULES[t.method.name]
    price_leaf = next((leaf for leaf in t.leaves() if leaf.kind is Kind.PRICE), None)
    weighted = rule.priced_leaf
    head = [msg("col.rank"), msg("col.bidder_id"), msg("col.bidder"), msg("col.performance"), msg("col.price")]
    if weighted:
        head += [f"{msg('col.price')} ({msg('col.normalized')})", msg("col.price_points"), msg("col.score")]
    elif rule.fictitious is not None:
        head.append(msg("col.fictitious"))
    else:
        head += [f"{msg('col.z')} (× {rule.scale:,.0f})"]
        if rule.band is not None:
            decide = msg(f"decide.{t.method.decide_by}")
            head += [msg("col.in_band"), msg("col.rank_key", decide=decide)]
    sheet = Sheet(names["summary"], head, preamble)
    ranked = ev.ranked
    first, last = sheet.header_row + 1, sheet.header_row + len(ranked)
    span = lambda col: f"{col}${first}:{col}${last}"  # noqa: E731
    refs = inputs.refs
    crit, price_sheet = names["criteria"], names["prices"]
    key_column = "H" if weighted or rule.band is not None else "F"
    lower = rule.fictitious is not None  # value-for-money: the lowest fictitious price ranks first
    for b in ranked:
        r = sheet.row + 1
        c0, c1 = criteria_rows[b.bidder]
        p0, p1 = price_rows[b.bidder]
        performance = f"100*SUMPRODUCT({ref(crit, f'F{c0}:F{c1}')},{ref(crit, f'H{c0}:H{c1}')})"
        rank = rank_formula(b, r, key_column, span, refs["tol"], rule.band is not None, lower)
        row: list[Any] = [rank, b.bidder, b.name]
        row += [Formula(performance, b.performance), Formula(f"SUM({ref(price_sheet, f'H{p0}:H{p1}')})", b.price)]
        formats = {4: NUMBER, 5: money, 6: "0.0000", 7: NUMBER, 8: NUMBER}
        if weighted and price_leaf is not None:
            symbols = {"P": f"E{r}", "P_min": f"MIN({span('E')})", "P_max": f"MAX({span('E')})", **refs}
            normalized = excel(price_rule(t.method).normalised, symbols)
            row += [
                Formula(normalized, b.criteria[price_leaf.id].normalized),
                Formula(excel(POINTS, {"w": inputs.weights[price_leaf.id], "n": f"F{r}"}), b.price_points),
                Formula(excel(rule.score, {"L": f"D{r}", "PP": f"G{r}", "P": f"E{r}"}), b.score),
            ]
        elif rule.fictitious is not None:
            method = t.method
            totals = {"V": refs.get("value_total", number(method.value_total or 0.0))}
            totals["C"] = refs.get("malus_total", number(method.malus_total or 0.0))
            fictitious = None if b.score is None else -b.score  # the score is −F
            row.append(Formula(excel(rule.fictitious, {"L": f"D{r}", "P": f"E{r}", **totals}), fictitious))
            formats[6] = money
        else:
            z = None if b.score is None else b.score * rule.scale
            row.append(Formula(excel(rule.score * Var("scale"), {"L": f"D{r}", "P": f"E{r}", **refs}), z))
            formats[6] = NUMBER
            if rule.band is not None:
                floor = excel(rule.band, {"Z_max": f"MAX({span('F')})", **refs})
                tol = refs["tol"]
                inside = f"OR(F{r}>={floor},ABS(F{r}-{floor})<={tol}*MAX(ABS(F{r}),ABS({floor})))"
                by_price = t.method.decide_by is DecideBy.PRICE
                second = f"-E{r}" if by_price else f"D{r}"
                key = (-(b.price or 0.0) if by_price else b.performance) if b.in_band else z
                row += [Formula(inside, b.in_band), Formula(f"IF(G{r},{second},F{r})", key)]
                formats[8] = NUMBER
        sheet.add(row, formats)
    sheet.table_end = sheet.row
    winner = ev.bid(ev.winner) if ev.winner else None
    none = msg("xlsx.no_winner").replace('"', '""')
    pick = lambda col: f'IF(COUNTIF({span("A")},1)=1,INDEX({span(col)},MATCH(1,{span("A")},0)),"{none}")'  # noqa: E731
    sheet.add([])
    sheet.add(
        [
            "",
            "",
            msg("xlsx.winner"),
            Formula(pick("B"), winner.bidder if winner else msg("xlsx.no_winner")),
            Formula(pick("C"), winner.name if winner else msg("xlsx.no_winner")),
        ],
        kind="lead",
    )
    sheet.fixed[0] = 8
    return sheet


def rank_formula(b: BidResult, r: int, key: str, span: Any, tol: str, band: bool, lower: bool = False) -> Formula:
    """The bid's competition rank: 1 + the number of bids whose key beats its key beyond the tolerance
    (under UfAB extended, in band before out of band: column G; lower: the lower key is the better)."""
    keys, mine = span(key), f"{key}{r}"
    gap = f"{mine}-{keys}" if lower else f"{keys}-{mine}"
    beats = f"({gap}>{tol}*ABS({keys}))*({gap}>{tol}*ABS({mine}))"
    if band:
        beats = f"({span('G')}>G{r})+({span('G')}=G{r})*{beats}"
    return Formula(f"1+SUMPRODUCT({beats})", b.rank)
