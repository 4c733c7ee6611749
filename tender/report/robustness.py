"""The robustness section of the HTML and PDF reports: the Analysis turned into formatted, translated view data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from markupsafe import Markup

from tender.report.charts import Bar, listed
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.robustness_charts import Interval, acceptability, intervals
from tender.report.robustness_text import sentences, summary
from tender.report.view import ExtraSection, Limits, Row
from tender.result import Evaluation

if TYPE_CHECKING:
    from tender.analysis import Analysis
    from tender.analysis.agreement import Agreement

CHART_BIDS = 8  # bars in the acceptability chart (and ranks before "or lower"), in every format
PDF_ROWS = 30  # rows per table or chart in the bounded PDF
TEMPLATE = "report-robustness.html.j2"
DISPUTED = 3  # bids named per flagged criterion; the workbook's Evaluators sheet lists every flagged pair


@dataclass(frozen=True)
class Table:
    """A table of ready strings: header, rows, and a notice when rows were left out."""

    head: tuple[str, ...]
    rows: list[Row]
    limited: str = ""


@dataclass
class RobustnessView:
    """Everything the robustness template prints; `reason` alone when there is no analysis."""

    reason: str = ""
    summary: str = ""
    sentences: list[str] = field(default_factory=list)
    intro: str = ""
    limited: str = ""
    charts: dict[str, Markup] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    break_even: Table | None = None
    reversals: Table | None = None
    agreement: Table | None = None
    method: str = ""
    stability_limited: str = ""


def robustness_section(
    ev: Evaluation, analysis: Analysis | None, attachment: str, lang: str, limits: Limits
) -> ExtraSection:
    """The section "Robustness of the ranking" for one report language, bounded like the rest for the PDF."""
    msg = Messages(lang)
    return ExtraSection(
        "robustness", msg("section.robustness"), TEMPLATE, robustness_view(ev, analysis, attachment, msg, limits)
    )


def robustness_view(
    ev: Evaluation, a: Analysis | None, attachment: str, msg: Messages, limits: Limits
) -> RobustnessView:
    """The view data of the section, or the one sentence saying why there is no analysis."""
    if a is None:
        return RobustnessView(reason=msg("rob.none.sealed" if ev.prices_sealed else "rob.none.few"))
    fmt = Formatter(msg.lang, ev.tender.currency)
    rows = None if limits.detail_bids is None else PDF_ROWS
    shown = min(len(a.bidders), CHART_BIDS)
    limited = ""
    if shown < len(a.bidders):
        limited = msg(
            "rob.limited", shown=shown, count=len(a.bidders), sheet=msg("sheet.robustness"), attachment=attachment
        )
    samples = a.smaa.samples if a.smaa is not None else 0
    seed = a.smaa.seed if a.smaa is not None else 0
    winner = a.names[a.winner] if a.winner else ""
    return RobustnessView(
        summary=summary(a, msg.lang),
        sentences=sentences(a, msg.lang),
        intro=msg("rob.intro"),
        limited=limited,
        charts=chart_view(a, msg, fmt, rows),
        notes={
            "acceptability": msg("rob.acceptability.note", samples=fmt.num(samples, 0)),
            "stability": msg("rob.stability.note", winner=winner) if winner else msg("rob.stability.tie"),
            "break_even": msg("rob.break_even.note"),
            "reversals": msg("rob.reversals.note"),
            "agreement": msg("rob.agreement.note"),
        },
        break_even=break_even_table(a, msg, fmt, limits.detail_bids),
        reversals=reversal_table(a, msg, rows),
        agreement=agreement_table(a, msg, fmt, rows),
        method=msg("rob.method", samples=fmt.num(samples, 0), seed=seed, raw=samples),
        stability_limited=cut_notice(len(a.stability), rows, msg),
    )


def chart_view(a: Analysis, msg: Messages, fmt: Formatter, rows: int | None) -> dict[str, Markup]:
    """The acceptability bars of the best-ranked bids and the stability intervals of the winner."""
    percent = fmt.pct(0.0, 0).removeprefix("0")
    out = {"acceptability": Markup(""), "stability": Markup("")}
    matrix = a.acceptability_matrix()[:CHART_BIDS]
    if matrix:
        count = len(a.bidders)
        ranks = [msg("rob.rank", rank=r) for r in range(1, min(count, CHART_BIDS) + 1)]
        if count > CHART_BIDS:
            ranks[-1] = msg("rob.rank_or_lower", rank=CHART_BIDS)
        bars = []
        for row in matrix:
            shares = row["shares"]
            values = [100 * x for x in shares[: len(ranks) - 1]] + [100 * sum(shares[len(ranks) - 1 :])]
            rank = a.evaluation.bid(row["bidder"]).rank
            bars.append(Bar(f"{rank}. {row['name']}", tuple(values), fmt.pct(shares[0], 1)))
        name = msg(
            "rob.acceptability.alt", bars=listed([f"{b.label} {b.total}" for b in bars], partial(msg, "chart.more"))
        )
        out["acceptability"] = acceptability(bars, ranks, percent, name=name)
    if a.winner is not None and a.stability:
        found = a.stability_intervals(max_level=99)[:rows]  # every level: top-level criteria and their leaves
        items = [
            Interval(
                s["name"],
                s["level"],
                s["weight"],
                s["low"],
                s["high"],
                not s["bounded_low"],
                not s["bounded_high"],
                fmt.pct(s["low"] / 100, 1),
                fmt.pct(s["high"] / 100, 1),
            )
            for s in found
        ]
        rows_text = [
            msg("rob.stability.row", name=i.label, weight=fmt.pct(i.weight / 100, 1), low=i.low_text, high=i.high_text)
            for i in items
        ]
        winner = a.names.get(a.winner, a.winner)
        name = msg("rob.stability.alt", winner=winner, rows=listed(rows_text, partial(msg, "chart.more")))
        out["stability"] = intervals(items, percent, name=name)
    return out


def break_even_table(a: Analysis, msg: Messages, fmt: Formatter, rows: int | None) -> Table:
    """Per bid that did not win: evaluated price, break-even price, discount, or that price alone cannot do it."""
    head = (msg("col.bidder"), msg("rob.col.price"), msg("rob.col.break_even"), msg("rob.col.discount"))
    out = []
    for x in a.break_even:
        if x.break_even is None or x.discount is None:
            out.append(Row((a.names[x.bidder], fmt.money(x.price), msg("rob.cannot_win"), ""), "cannot"))
        else:
            out.append(
                Row((a.names[x.bidder], fmt.money(x.price), fmt.money(x.break_even), fmt.pct(x.discount / 100, 1)))
            )
    return bounded(head, out, rows, msg)


def reversal_table(a: Analysis, msg: Messages, rows: int | None) -> Table:
    """Every pair of remaining bids whose order flips when a third is removed (empty: none)."""
    head = (msg("rob.col.removed"), msg("rob.col.pair"), msg("rob.col.before"), msg("rob.col.after"))
    names = a.names
    out = [
        Row(
            (
                names[f.removed],
                f"{names[f.pair[0]]} / {names[f.pair[1]]}",
                f"{f.before[0]} / {f.before[1]}",
                f"{f.after[0]} / {f.after[1]}",
            )
        )
        for r in a.removals
        for f in r.flips
    ]
    return bounded(head, out, rows, msg)


def agreement_table(a: Analysis, msg: Messages, fmt: Formatter, rows: int | None) -> Table:
    """Per judged criterion: evaluators, spread, mean spread, Kendall's W and why it is flagged."""
    head = (
        msg("col.criterion"),
        msg("rob.col.evaluators"),
        msg("col.spread"),
        msg("rob.col.mean_spread"),
        msg("rob.col.kendall"),
        msg("rob.col.flagged"),
    )
    out = []
    for x in a.agreement:
        flag = flag_reasons(x, a.names, msg)
        cells = (x.name, str(x.evaluators), fmt.num(x.spread), fmt.num(x.mean_spread), fmt.num(x.kendall_w, 3), flag)
        out.append(Row(cells, "flagged" if x.flagged else ""))
    return bounded(head, out, rows, msg)


def flag_reasons(x: Agreement, names: dict[str, str], msg: Messages) -> str:
    """Why a criterion is flagged for moderation, in words (empty when it is not)."""
    if not x.flagged:
        return ""
    why = []
    if x.disputed:
        listed = ", ".join(names.get(b, b) for b in x.disputed[:DISPUTED])
        more = len(x.disputed) - DISPUTED
        why.append(msg("rob.flag.spread", bids=listed + (msg("rob.flag.more", count=more) if more > 0 else "")))
    if "low-concordance" in x.reasons:
        why.append(msg("rob.flag.low_w"))
    return "; ".join(why)


def bounded(head: tuple[str, ...], rows: list[Row], limit: int | None, msg: Messages) -> Table:
    """A table cut to `limit` rows, with a notice saying so."""
    return Table(head, rows if limit is None else rows[:limit], cut_notice(len(rows), limit, msg))


def cut_notice(count: int, limit: int | None, msg: Messages) -> str:
    """The notice that only `limit` of `count` rows are shown (empty when all are)."""
    if limit is None or count <= limit:
        return ""
    return msg("rob.rows_limited", shown=limit, count=count)
