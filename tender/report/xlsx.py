"""The Excel report: numbers as numbers, live formulas that recompute the tool's figures, inputs always as text."""

from __future__ import annotations

from typing import Any

from tender.gcpause import gc_paused
from tender.model import Kind, MethodName
from tender.report.decision_view import decision_view, marks, people_data
from tender.report.fmt import Formatter
from tender.report.formats import ReportInput
from tender.report.messages import Messages
from tender.report.trail import Z_SCALE
from tender.report.view import procedure_rows, reason_text
from tender.report.xlsx_cells import Book, Formula, Rows
from tender.result import Evaluation
from tender.scoring.expr import Var, excel, number
from tender.scoring.formulas import JUDGED, METHOD_RULES, POINTS, measure_expr, price_parameters, price_rule

NUMBER = "#,##0.00"
PERCENT = "0.00%"
HEADER_FILL = "1F3A5F"
DATA_SHEET = "_data"  # hidden: the JSON report, read back by `tender verify`
DATA_CHUNK = 30_000  # characters per cell (Excel holds at most 32,767)


class Sheet:
    """A worksheet buffered row by row, then written as XML rows: styled header, widths, filter, frozen header.

    Strings are always stored as text, so input that starts with =, +, -, @ never becomes a formula;
    only values wrapped in Formula (ours) are formulas.
    """

    def __init__(self, title: str, header: list[str], preamble: list[str] | None = None) -> None:
        self.title = title
        self.header = header
        self.preamble = preamble or []
        self.header_row = len(self.preamble) + (2 if self.preamble else 1)
        self.widths = [len(h) + 2 for h in header]  # at least; the contents widen them up to 60
        self.fixed: dict[int, int] = {}  # column (from 0) -> width, whatever the contents
        self.rows: list[tuple[list[Any], dict[int, str]]] = []
        self.filter_and_freeze = True

    @property
    def row(self) -> int:
        """The number of the last row written so far."""
        return self.header_row + len(self.rows)

    def add(self, values: list[Any], formats: dict[int, str] | None = None) -> int:
        """Append a row (formats: column number → number format); returns its row number."""
        self.rows.append((values, formats or {}))
        return self.row

    def write(self, book: Book) -> None:
        """Add the sheet to the book: settings through openpyxl, the rows as XML."""
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        rows = Rows()
        ws = book.sheet(self.title, rows)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        for i, line in enumerate(self.preamble):
            title = book.style(font=Font(bold=True, size=14, color=HEADER_FILL)) if i == 0 else None
            rows.add([line], {1: title} if title is not None else None, measure=False)
        if self.preamble:
            rows.add([], measure=False)
        head = book.style(
            font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=Alignment(vertical="bottom", wrap_text=True),
        )
        rows.add(self.header, dict.fromkeys(range(1, len(self.header) + 1), head), measure=False)
        styles: dict[tuple[tuple[int, str], ...], dict[int, int]] = {}
        for values, formats in self.rows:
            key = tuple(formats.items())
            if key not in styles:
                styles[key] = {col: book.style(number_format=f) for col, f in key}
            rows.add(values, styles[key])
        for col, width in enumerate(self.widths, start=1):
            width = max(width, min(rows.seen.get(col, 0) + 2, 60))
            ws.column_dimensions[get_column_letter(col)].width = self.fixed.get(col - 1, width)
        if self.filter_and_freeze:
            last = get_column_letter(len(self.widths))
            ws.auto_filter.ref = f"A{self.header_row}:{last}{self.row}"
            ws.freeze_panes = f"A{self.header_row + 1}"


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
    names = {key: msg(f"sheet.{key}") for key in ("summary", "criteria", "prices", "evaluators", "exclusions", "audit")}
    evaluators, value_cells = evaluators_sheet(ev, msg, names["evaluators"])
    criteria, criteria_rows = criteria_sheet(ev, msg, names["criteria"], value_cells, names["evaluators"])
    prices, price_rows = prices_sheet(ev, msg, names["prices"], money)
    draft = inp.audit.draft
    summary = summary_sheet(ev, msg, criteria_rows, price_rows, names, money, msg("draft.banner") if draft else "")
    book = Book(marks(inp.audit, msg))
    people = people_sheet(inp, msg)
    for sheet in (summary, criteria, prices, evaluators, exclusions_sheet(ev, msg, names["exclusions"]), people):
        sheet.write(book)
    funnel_sheets(book, inp, msg)
    robustness_sheet(book, inp, msg, money)
    audit_sheet(inp, msg, names["audit"]).write(book)
    data_sheet(book, inp.document)
    return book.save()


def data_sheet(book: Book, document: bytes) -> None:
    """The JSON report in a hidden sheet, in text cells: the workbook carries its own data, like the PDF."""
    rows = Rows()
    book.sheet(DATA_SHEET, rows).sheet_state = "hidden"
    text = document.decode("utf-8")
    for start in range(0, len(text), DATA_CHUNK):
        rows.add([text[start : start + DATA_CHUNK]], measure=False)


def ref(sheet: str, cell: str) -> str:
    """A cross-sheet reference with the sheet name quoted."""
    return "'" + sheet.replace("'", "''") + "'!" + cell


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
        row.append(Formula(f"={function}({first}{r}:{last}{r})") if scored else None)
        row.append(j.consensus.score if j.consensus else None)
        if scored or j.consensus:
            row.append(Formula(f"=IF(ISNUMBER({cons}{r}),{cons}{r},{agg}{r})"))
        else:
            row.append(None)
        row.append(Formula(f"=MAX({first}{r}:{last}{r})-MIN({first}{r}:{last}{r})") if scored else None)
        row.append(msg("yes") if j.flagged else msg("no"))
        row += [marks[e].justification if e in marks else "" for e in evaluators]
        row.append(j.consensus.justification if j.consensus else "")
        formats = {c: "0.00" for c in range(5, 9 + n)}
        sheet.add(row, formats)
        cells[(j.bidder, j.criterion)] = f"{val}{r}"
    for col in range(9 + n, 10 + 2 * n):
        sheet.fixed[col] = 60
    return sheet, cells


def criteria_sheet(
    ev: Evaluation, msg: Messages, title: str, value_cells: dict[tuple[str, str], str], evaluators: str
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
    low, high = number(t.scale.min), number(t.scale.max)
    blocks = {}
    for b in ev.bids:
        start = sheet.row + 1
        for leaf in leaves:
            r = sheet.row + 1
            result = b.criteria[leaf.id]
            value: Any = None
            normalized: Any = None
            if leaf.kind is Kind.JUDGED and result.value is not None:
                value = Formula("=" + ref(evaluators, value_cells[(b.bidder, leaf.id)]))
                normalized = Formula("=" + excel(JUDGED, {"x": f"G{r}", "low": low, "high": high}))
            elif leaf.kind is Kind.MEASURED and leaf.measure is not None:
                m = leaf.measure
                value = result.value
                refs = {"x": f"G{r}"}
                if m.worst is not None and m.best is not None:
                    refs.update(low=number(m.worst), high=number(m.best))
                normalized = Formula(f"=IF(ISNUMBER(G{r}),{excel(measure_expr(m), refs)},0)")
            points = Formula("=" + excel(POINTS, {"w": f"F{r}", "n": f"H{r}"})) if normalized is not None else None
            row = [b.bidder, b.name, leaf.id, leaf.name, msg(f"kind.{leaf.kind}"), ev.weights[leaf.id]]
            sheet.add([*row, value, normalized, points], {6: PERCENT, 7: "0.00", 8: "0.0000", 9: NUMBER})
        blocks[b.bidder] = (start, sheet.row)
    return sheet, blocks


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
            total = Formula(f"=E{r}*F{r}*G{r}") if p.unit_price is not None else None
            row = [b.bidder, b.name, p.line, f"{p.name} ({msg(f'per.{p.per}')})", p.unit_price, p.quantity, p.factor]
            sheet.add([*row, total], {5: money, 6: "#,##0.##", 7: "#,##0.##", 8: money})
        blocks[b.bidder] = (start, sheet.row)
    return sheet, blocks


def price_formula(ev: Evaluation, r: int, prices: str) -> Formula:
    """The normalised price of the bid in row r by the announced formula (E = evaluated price)."""
    method = ev.tender.method
    refs = {"P": f"E{r}", "P_min": f"MIN({prices})", "P_max": f"MAX({prices})"}
    refs.update({symbol: number(value) for symbol, value in price_parameters(method).items()})
    return Formula("=" + excel(price_rule(method).normalised, refs))


def summary_sheet(
    ev: Evaluation,
    msg: Messages,
    criteria_rows: dict[str, tuple[int, int]],
    price_rows: dict[str, tuple[int, int]],
    names: dict[str, str],
    money: str,
    draft: str = "",
) -> Sheet:
    """The ranking with performance, price, price points and score as live formulas (a draft's banner first)."""
    t = ev.tender
    preamble = [t.title, t.buyer, f"{msg('cover.method')}: {msg(f'method.{t.method.name}')}", msg("xlsx.formulas")]
    if draft:
        preamble.insert(1, draft)
    price_leaf = next((leaf for leaf in t.leaves() if leaf.kind is Kind.PRICE), None)
    weighted = t.method.name is MethodName.WEIGHTED_SUM
    rule = METHOD_RULES[t.method.name]
    head = [msg("col.rank"), msg("col.bidder_id"), msg("col.bidder"), msg("col.performance"), msg("col.price")]
    if weighted:
        head += [f"{msg('col.price')} ({msg('col.normalized')})", msg("col.price_points"), msg("col.score")]
    elif rule.fictitious is not None:
        head.append(msg("col.fictitious"))
    else:
        head += [f"{msg('col.z')} (× {Z_SCALE:,})"]
        if t.method.name is MethodName.UFAB_EXTENDED:
            head.append(msg("col.in_band"))
    sheet = Sheet(names["summary"], head, preamble)
    ranked = ev.ranked
    first, last = sheet.header_row + 1, sheet.header_row + len(ranked)
    prices = f"E${first}:E${last}"
    crit, price_sheet = names["criteria"], names["prices"]
    for b in ranked:
        r = sheet.row + 1
        c0, c1 = criteria_rows[b.bidder]
        p0, p1 = price_rows[b.bidder]
        performance = Formula(f"=100*SUMPRODUCT({ref(crit, f'F{c0}:F{c1}')},{ref(crit, f'H{c0}:H{c1}')})")
        row: list[Any] = [b.rank, b.bidder, b.name, performance, Formula(f"=SUM({ref(price_sheet, f'H{p0}:H{p1}')})")]
        formats = {4: NUMBER, 5: money, 6: "0.0000", 7: NUMBER, 8: NUMBER}
        if weighted:
            weight = ev.weights[price_leaf.id] if price_leaf else 0.0
            points = Formula("=" + excel(POINTS, {"w": number(weight), "n": f"F{r}"}))
            row += [
                price_formula(ev, r, prices),
                points,
                Formula("=" + excel(rule.score, {"L": f"D{r}", "PP": f"G{r}"})),
            ]
        elif rule.fictitious is not None:
            refs = {"L": f"D{r}", "P": f"E{r}", "V": number(t.method.value_total), "C": number(t.method.malus_total)}
            row.append(Formula("=" + excel(rule.fictitious, refs)))
            formats[6] = money
        else:
            refs = {"L": f"D{r}", "P": f"E{r}", "scale": number(rule.scale)}
            row.append(Formula("=" + excel(rule.score * Var("scale"), refs)))
            formats[6] = NUMBER
            if t.method.name is MethodName.UFAB_EXTENDED:
                row.append(msg("yes") if b.in_band else msg("no"))
        sheet.add(row, formats)
    sheet.fixed[0] = 8
    return sheet


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
