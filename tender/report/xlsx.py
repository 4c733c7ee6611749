"""The Excel report: numbers as numbers, live formulas that recompute the tool's figures, inputs always as text."""

from __future__ import annotations

from typing import Any

from tender.gcpause import gc_paused
from tender.model import Kind, Measure
from tender.report import xlsx_rules as rules
from tender.report.audit_view import procedure_rows
from tender.report.decision_view import decision_view, marks, people_data
from tender.report.fmt import Formatter
from tender.report.formats import ReportInput
from tender.report.messages import Messages
from tender.report.view import reason_text
from tender.report.xlsx_cells import Book, Formula, Rows
from tender.report.xlsx_inputs import Inputs, inputs_sheet
from tender.report.xlsx_sheet import Sheet, header_width, ref
from tender.report.xlsx_summary import summary_sheet
from tender.result import Evaluation
from tender.scoring.expr import excel, number
from tender.scoring.formulas import JUDGED, POINTS, measure_expr

NUMBER = "#,##0.00"
PERCENT = "0.00%"
DATA_SHEET = "_data"  # hidden: the JSON report, read back by `tender verify`
DATA_CHUNK = 30_000  # characters per cell (Excel holds at most 32,767)
NAME = 18  # the width of a column of names (bidders, criteria) that wraps
JUSTIFICATION = 40  # the width of a column of justifications, wrapped: legible when printed
GRADE = 11  # the width of a column of grades and figures
ROW = "\x00"  # stands for the row number in a formula made once for many rows (no formula holds it otherwise)


def money_format(ev: Evaluation, lang: str) -> str:
    """Two decimals with the currency symbol of the tender's currency."""
    from babel.numbers import get_currency_symbol

    symbol = get_currency_symbol(ev.tender.currency, locale="de_DE" if lang == "de" else "en_GB")
    return f'#,##0.00 "{symbol}"' if lang == "de" else f'"{symbol}"#,##0.00'


def render(inp: ReportInput) -> bytes:
    """The workbook: Summary, Criteria, Prices, Evaluators, Exclusions, Robustness, Audit."""
    with gc_paused():  # over a million short-lived objects, none in a reference cycle
        return workbook(inp)


def workbook(inp: ReportInput) -> bytes:
    """The workbook's sheets, composed and saved."""
    from tender.report.xlsx_funnel import funnel_sheets
    from tender.report.xlsx_robustness import robustness_sheet

    ev, msg = inp.evaluation, Messages(inp.lang)
    money = money_format(ev, inp.lang)
    keys = ("summary", "inputs", "criteria", "prices", "evaluators", "exclusions", "audit")
    names = {key: msg(f"sheet.{key}") for key in keys}
    inputs = inputs_sheet(ev, msg, names["inputs"])
    evaluators, value_cells = evaluators_sheet(ev, msg, names["evaluators"])
    criteria, criteria_rows = criteria_sheet(ev, msg, names["criteria"], value_cells, names["evaluators"], inputs)
    prices, price_rows = prices_sheet(ev, msg, names["prices"], money)
    draft = inp.audit.draft
    banner = msg("draft.banner") if draft else ""
    summary = summary_sheet(ev, msg, criteria_rows, price_rows, names, money, inputs, banner)
    if inp.lot is not None:
        lot_rows(summary, inp, msg)
    t = ev.tender
    book = Book(marks(inp.audit, msg), t.id, f"{msg('doc.page')} &P {msg('doc.of')} &N")
    book.properties(
        title=f"{msg('doc.title')} – {t.title}",
        subject=msg("doc.subject", title=t.title),
        author=t.buyer,
        keywords=msg("doc.keywords", tender=t.id),
        company=t.buyer,
        created=inp.audit.created,
    )
    exclusions = exclusions_sheet(ev, msg, names["exclusions"])
    for sheet in (summary, inputs.sheet, criteria, prices, evaluators, exclusions, people_sheet(inp, msg)):
        sheet.write(book)
    funnel_sheets(book, inp, msg)
    robustness_sheet(book, inp, msg, money)
    audit_sheet(inp, msg, names["audit"]).write(book)
    data_sheet(book, inp.document)
    return book.save()


def lot_rows(sheet: Sheet, inp: ReportInput, msg: Messages) -> None:
    """A lot's memo: under the ranking (whose formula names the first-ranked bid), who is awarded the lot and why."""
    from tender.report.lot_context import lot_view

    assert inp.lot is not None
    block = lot_view(inp.evaluation, inp.lot, msg)
    sheet.add([])
    sheet.add(["", "", msg("lots.memo.label"), block["lead"]], kind="lead")
    for line in [*block["steps"], block["part"]]:
        sheet.add(["", "", "", line])


def data_sheet(book: Book, document: bytes) -> None:
    """The JSON report in a hidden sheet, in text cells: the workbook carries its own data, like the PDF."""
    rows = Rows()
    book.sheet(DATA_SHEET, rows).sheet_state = "hidden"
    text = document.decode("utf-8")
    for start in range(0, len(text), DATA_CHUNK):
        rows.add([text[start : start + DATA_CHUNK]], measure=False)


def evaluators_sheet(ev: Evaluation, msg: Messages, title: str) -> tuple[Sheet, dict[tuple[str, str], str]]:
    """One row per bid and judged criterion: each evaluator's grade, aggregate, consensus, value that counts."""
    from openpyxl.utils import get_column_letter as L

    evaluators = list(ev.evaluators)
    names = {b.bidder: b.name for b in ev.bids}
    criteria: dict[str, str] = {n.id: n.name for _, n in ev.tender.nodes()}
    n = len(evaluators)
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("col.criterion_id"), msg("col.criterion"), *evaluators]
    head += [msg("eval.aggregate", how=msg(f"trail.{ev.tender.method.aggregation}")), msg("eval.consensus")]
    head += [msg("eval.counts"), msg("col.spread"), msg("col.flagged")]
    head += [f"{msg('col.justification')}: {e}" for e in evaluators] + [
        f"{msg('col.justification')}: {msg('eval.consensus')}"
    ]
    sheet = Sheet(title, head)
    first, last = L(5), L(4 + n)
    agg, cons, val = (L(5 + n + i) for i in range(3))
    function = "MEDIAN" if str(ev.tender.method.aggregation) == "median" else "AVERAGE"
    cells = {}
    for j in ev.judgements:
        marks = {s.evaluator: s for s in j.scores}
        r = sheet.row + 1
        scored = bool(j.scores)
        row: list[Any] = [j.bidder, names.get(j.bidder, j.bidder), j.criterion, criteria.get(j.criterion, j.criterion)]
        row += [marks[e].score if e in marks else None for e in evaluators]
        row.append(Formula(f"{function}({first}{r}:{last}{r})", j.aggregate) if scored else None)
        row.append(j.consensus.score if j.consensus else None)
        if scored or j.consensus:
            row.append(Formula(f"IF(ISNUMBER({cons}{r}),{cons}{r},{agg}{r})", j.value))
        else:
            row.append(None)
        row.append(Formula(f"MAX({first}{r}:{last}{r})-MIN({first}{r}:{last}{r})", j.spread) if scored else None)
        row.append(msg("yes") if j.flagged else msg("no"))
        row += [marks[e].justification if e in marks else "" for e in evaluators]
        row.append(j.consensus.justification if j.consensus else "")
        formats = {c: "0.00" for c in range(5, 9 + n)}
        sheet.add(row, formats)
        cells[(j.bidder, j.criterion)] = f"{val}{r}"
    for col in range(9 + n, 10 + 2 * n):
        sheet.fixed[col] = JUSTIFICATION
        sheet.wrap.add(col)
    sheet.fixed[1] = sheet.fixed[3] = NAME
    sheet.wrap |= {1, 3}
    for col in range(4, 8 + n):
        sheet.fixed[col] = max(GRADE, header_width(head[col]))
    sheet.repeat_columns = "A:D"
    return sheet, cells


def criteria_sheet(
    ev: Evaluation,
    msg: Messages,
    title: str,
    value_cells: dict[tuple[str, str], str],
    evaluators: str,
    inputs: Inputs,
) -> tuple[Sheet, dict[str, tuple[int, int]]]:
    """Each bid's quality criteria: absolute weight, value, normalised value and points as formulas.

    Returns the sheet and bidder -> (first row, last row) of its block.
    """
    t = ev.tender
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("col.criterion_id"), msg("col.criterion"), msg("col.kind")]
    head += [
        f"{msg('col.weight')} ({msg('col.weight_abs')})",
        msg("col.value"),
        msg("col.normalized"),
        msg("col.points"),
    ]
    sheet = Sheet(title, head)
    leaves = [leaf for leaf in t.leaves() if leaf.kind is not Kind.PRICE]
    # each formula rendered once per leaf with ROW where the row number goes, then filled in per bid
    # (relative to the best: n / n_best with the leaf's n_best; the announced rounding around the points)
    grade = {"x": f"G{ROW}", "low": inputs.refs["low"], "high": inputs.refs["high"]}
    judged = {leaf.id: rules.normalised(ev, leaf.id, JUDGED, grade) for leaf in leaves if leaf.kind is Kind.JUDGED}
    points_of = rules.points(t.method, excel(POINTS, {"w": f"F{ROW}", "n": f"H{ROW}"}))
    measured = {
        leaf.id: rules.normalised(ev, leaf.id, measure_expr(m), measure_refs(m))
        for leaf in leaves
        if (m := leaf.measure) is not None
    }
    blocks = {}
    for b in ev.bids:
        start = sheet.row + 1
        for leaf in leaves:
            r = str(sheet.row + 1)
            result = b.criteria[leaf.id]
            value: Any = None
            normalized: Any = None
            if leaf.kind is Kind.JUDGED and result.value is not None:
                value = Formula(ref(evaluators, value_cells[(b.bidder, leaf.id)]), result.value)
                normalized = Formula(judged[leaf.id].replace(ROW, r), result.normalized)
            elif leaf.kind is Kind.MEASURED and leaf.id in measured:
                value = result.value
                normalized = Formula(f"IF(ISNUMBER(G{r}),{measured[leaf.id].replace(ROW, r)},0)", result.normalized)
            points = Formula(points_of.replace(ROW, r), result.points) if normalized is not None else None
            weight = Formula(inputs.weights[leaf.id], ev.weights[leaf.id])
            row = [b.bidder, b.name, leaf.id, leaf.name, msg(f"kind.{leaf.kind}"), weight]
            sheet.add([*row, value, normalized, points], {6: PERCENT, 7: "0.00", 8: "0.0000", 9: NUMBER})
        blocks[b.bidder] = (start, sheet.row)
    return sheet, blocks


def measure_refs(m: Measure) -> dict[str, str]:
    """A measured criterion's symbols: the fact in column G (row ROW) and its ends where it has them (a curve or
    steps carry their points in the expression)."""
    refs = {"x": f"G{ROW}"}
    if m.worst is not None and m.best is not None:
        refs.update(low=number(m.worst), high=number(m.best))
    return refs


def prices_sheet(ev: Evaluation, msg: Messages, title: str, money: str) -> tuple[Sheet, dict[str, tuple[int, int]]]:
    """Each bid's price lines: unit price × quantity × term factor = total (a formula)."""
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("col.line"), msg("col.line"), msg("col.unit_price")]
    head += [msg("col.quantity"), msg("col.factor"), msg("col.total")]
    head[2] = "ID"
    sheet = Sheet(title, head)
    blocks = {}
    for b in ev.bids:
        start = sheet.row + 1
        for p in b.price_lines:
            r = sheet.row + 1
            total = Formula(f"E{r}*F{r}*G{r}", p.total) if p.unit_price is not None else None
            row = [b.bidder, b.name, p.line, f"{p.name} ({msg(f'per.{p.per}')})", p.unit_price, p.quantity, p.factor]
            sheet.add([*row, total], {5: money, 6: "#,##0.##", 7: "#,##0.##", 8: money})
        blocks[b.bidder] = (start, sheet.row)
    return sheet, blocks


def exclusions_sheet(ev: Evaluation, msg: Messages, title: str) -> Sheet:
    """Every excluded bid with every reason."""
    fmt = Formatter(msg.lang, ev.tender.currency)
    sheet = Sheet(
        title, [msg("col.bidder_id"), msg("col.bidder"), msg("col.code"), msg("col.subject"), msg("col.reasons")]
    )
    for b in ev.excluded:
        for r in b.reasons:
            sheet.add([b.bidder, b.name, r.code, r.subject, reason_text(r, ev, msg, fmt)])
    return sheet


def people_sheet(inp: ReportInput, msg: Messages) -> Sheet:
    """Every listed person by name and role, with the declaration date and their tasks in the procedure."""
    data = people_data(inp.decided, msg)
    sheet = Sheet(msg("section.people"), list(data["head"]), [msg("section.people"), data["note"]])
    for row in data["rows"]:
        sheet.add(list(row))
    return sheet


def audit_sheet(inp: ReportInput, msg: Messages, title: str) -> Sheet:
    """Tool, time, method, fingerprint and the SHA-256 of every input file."""
    a = inp.audit
    sheet = Sheet(title, [msg("col.item"), msg("col.value")])
    sheet.add([msg("audit.tool"), f"tender {a.tool_version}"])
    sheet.add([msg("audit.method"), a.method])
    sheet.add([msg("audit.time"), a.created.strftime("%Y-%m-%dT%H:%M:%SZ")])
    sheet.add([msg("audit.fingerprint"), a.fingerprint])
    if a.draft:
        sheet.add([msg("draft.mark"), msg("draft.banner")])
    sheet.add([msg("audit.status"), marks(a, msg)])
    sheet.add([msg("audit.log_head"), a.head_text or msg("audit.no_log")])
    decision = decision_view(inp.evaluation, inp.decided, msg, Formatter(msg.lang, inp.evaluation.tender.currency))
    for label, value in decision.get("rows", []):
        sheet.add([label, value])
    if decision:
        sheet.add([msg("decision.recommendation"), decision["text"]])
    for label, value in procedure_rows(a, msg):
        sheet.add([label, value])
    for name, digest in sorted(a.inputs.items()):
        sheet.add([name, digest])
    sheet.filter_and_freeze = False
    return sheet
