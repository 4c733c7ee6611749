"""The Excel report: numbers as numbers, live formulas that recompute the tool's figures, inputs always as text."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

from tender.model import Kind, MethodName, PriceFormula
from tender.report.fmt import Formatter
from tender.report.formats import ReportInput
from tender.report.messages import Messages
from tender.report.trail import Z_SCALE
from tender.report.view import reason_text
from tender.result import Evaluation

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

NUMBER = "#,##0.00"
PERCENT = "0.00%"
HEADER_FILL = "1F3A5F"


class Sheet:
    """A worksheet written row by row: header styling, text-only input strings, widths, filter, frozen header."""

    def __init__(self, ws: Worksheet, header: list[str], first_row: int = 1) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = ws
        self.header_row = first_row
        self.widths = [len(h) + 2 for h in header]
        for col, text in enumerate(header, start=1):
            cell = ws.cell(row=first_row, column=col, value=text)
            cell.data_type = "s"
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(vertical="bottom", wrap_text=True)
        self.row = first_row

    def add(self, values: list[Any], formats: dict[int, str] | None = None) -> int:
        """Append a row; strings are stored as text (never formulas) unless wrapped in Formula."""
        self.row += 1
        for col, value in enumerate(values, start=1):
            cell = self.ws.cell(row=self.row, column=col)
            if isinstance(value, Formula):
                cell.value = str(value)
            elif isinstance(value, str):
                cell.value = value
                cell.data_type = "s"
            else:
                cell.value = value
            if formats and col in formats:
                cell.number_format = formats[col]
            shown = 12 if isinstance(value, (Formula, float, int)) else len(str(value or ""))
            self.widths[col - 1] = max(self.widths[col - 1], min(shown + 2, 60))
        return self.row

    def finish(self, filter_and_freeze: bool = True) -> None:
        """Column widths, a filter over the table and the header frozen."""
        from openpyxl.utils import get_column_letter

        for col, width in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(col)].width = width
        if filter_and_freeze:
            last = get_column_letter(len(self.widths))
            self.ws.auto_filter.ref = f"A{self.header_row}:{last}{max(self.row, self.header_row)}"
            self.ws.freeze_panes = f"A{self.header_row + 1}"


class Formula(str):
    """A string that is meant as a formula (ours, never an input's)."""


def money_format(ev: Evaluation, lang: str) -> str:
    """Two decimals with the currency symbol of the tender's currency."""
    from babel.numbers import get_currency_symbol

    symbol = get_currency_symbol(ev.tender.currency, locale="de_DE" if lang == "de" else "en_GB")
    return f'#,##0.00 "{symbol}"' if lang == "de" else f'"{symbol}"#,##0.00'


def render(inp: ReportInput) -> bytes:
    """The workbook: Summary, Criteria, Prices, Evaluators, Exclusions, Audit."""
    from openpyxl import Workbook

    ev, msg = inp.evaluation, Messages(inp.lang)
    money = money_format(ev, inp.lang)
    wb = Workbook()
    summary_ws = wb.active
    assert summary_ws is not None
    summary_ws.title = msg("sheet.summary")
    names = {key: msg(f"sheet.{key}") for key in ("criteria", "prices", "evaluators", "exclusions", "audit")}
    sheets = {key: wb.create_sheet(title) for key, title in names.items()}
    value_cells = evaluators_sheet(ev, msg, sheets["evaluators"])
    criteria_rows = criteria_sheet(ev, msg, sheets["criteria"], value_cells, names["evaluators"])
    price_rows = prices_sheet(ev, msg, sheets["prices"], money)
    summary_sheet(ev, msg, summary_ws, criteria_rows, price_rows, names, money)
    exclusions_sheet(ev, msg, sheets["exclusions"])
    audit_sheet(inp, msg, sheets["audit"])
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def ref(sheet: str, cell: str) -> str:
    """A cross-sheet reference with the sheet name quoted."""
    return "'" + sheet.replace("'", "''") + "'!" + cell


def evaluators_sheet(ev: Evaluation, msg: Messages, ws: Worksheet) -> dict[tuple[str, str], str]:
    """One row per bid and judged criterion: each evaluator's grade, aggregate, consensus, value that counts."""
    from openpyxl.utils import get_column_letter as L

    evaluators = list(ev.evaluators)
    names = {b.bidder: b.name for b in ev.bids}
    criteria = {n.id: n.name for _, n in ev.tender.nodes()}
    n = len(evaluators)
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("col.criterion_id"), msg("col.criterion"), *evaluators]
    head += [msg("eval.aggregate", how=msg(f"trail.{ev.tender.method.aggregation}")), msg("eval.consensus")]
    head += [msg("eval.counts"), msg("col.spread"), msg("col.flagged")]
    head += [f"{msg('col.justification')}: {e}" for e in evaluators] + [
        f"{msg('col.justification')}: {msg('eval.consensus')}"
    ]
    sheet = Sheet(ws, head)
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
    sheet.finish()
    for col in range(10 + n, 11 + 2 * n):
        ws.column_dimensions[L(col)].width = 60
    return cells


def criteria_sheet(
    ev: Evaluation, msg: Messages, ws: Worksheet, value_cells: dict[tuple[str, str], str], evaluators: str
) -> dict[str, tuple[int, int]]:
    """Each bid's quality criteria: absolute weight, value, normalised value and points as formulas.

    Returns bidder -> (first row, last row) of its block.
    """
    t = ev.tender
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("col.criterion_id"), msg("col.criterion"), msg("col.kind")]
    head += [
        f"{msg('col.weight')} ({msg('col.weight_abs')})",
        msg("col.value"),
        msg("col.normalized"),
        msg("col.points"),
    ]
    sheet = Sheet(ws, head)
    leaves = [leaf for leaf in t.leaves() if leaf.kind is not Kind.PRICE]
    span = t.scale.max - t.scale.min
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
                normalized = Formula(f"=(G{r}-({t.scale.min:g}))/{span:g}")
            elif leaf.kind is Kind.MEASURED and leaf.measure is not None:
                m = leaf.measure
                value = result.value
                normalized = Formula(
                    f"=IF(ISNUMBER(G{r}),MIN(1,MAX(0,(G{r}-({m.worst!r}))/({m.best!r}-({m.worst!r})))),0)"
                )
            points = Formula(f"=100*F{r}*H{r}") if normalized is not None else None
            row = [b.bidder, b.name, leaf.id, leaf.name, msg(f"kind.{leaf.kind}"), ev.weights[leaf.id]]
            sheet.add([*row, value, normalized, points], {6: PERCENT, 7: "0.00", 8: "0.0000", 9: NUMBER})
        blocks[b.bidder] = (start, sheet.row)
    sheet.finish()
    return blocks


def prices_sheet(ev: Evaluation, msg: Messages, ws: Worksheet, money: str) -> dict[str, tuple[int, int]]:
    """Each bid's price lines: unit price × quantity × term factor = total (a formula)."""
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("col.line"), msg("col.line"), msg("col.unit_price")]
    head += [msg("col.quantity"), msg("col.factor"), msg("col.total")]
    head[2] = "ID"
    sheet = Sheet(ws, head)
    blocks = {}
    for b in ev.bids:
        start = sheet.row + 1
        for p in b.price_lines:
            r = sheet.row + 1
            total = Formula(f"=E{r}*F{r}*G{r}") if p.unit_price is not None else None
            row = [b.bidder, b.name, p.line, f"{p.name} ({msg(f'per.{p.per}')})", p.unit_price, p.quantity, p.factor]
            sheet.add([*row, total], {5: money, 6: "#,##0.##", 7: "#,##0.##", 8: money})
        blocks[b.bidder] = (start, sheet.row)
    sheet.finish()
    return blocks


def price_formula(ev: Evaluation, r: int, prices: str) -> Formula:
    """The normalised price of the bid in row r by the announced formula (E = evaluated price)."""
    lo, hi, p = f"MIN({prices})", f"MAX({prices})", f"E{r}"
    span = ev.tender.method.span or 1.0
    raw = {
        PriceFormula.PROPORTIONAL: f"{lo}/{p}",
        PriceFormula.ONE_SIDED: f"2-{p}/{lo}",
        PriceFormula.TWO_SIDED: f"IF({hi}={lo},1,({hi}-{p})/({hi}-{lo}))",
        PriceFormula.LINEAR_SPAN: f"({lo}*(1+{span!r})-{p})/({lo}*{span!r})",
        PriceFormula.SQUARED: f"({lo}/{p})^2",
        PriceFormula.CUBIC: f"({lo}/{p})^3",
    }[ev.tender.method.price_formula]
    return Formula(f"=MIN(1,MAX(0,{raw}))")


def summary_sheet(
    ev: Evaluation,
    msg: Messages,
    ws: Worksheet,
    criteria_rows: dict[str, tuple[int, int]],
    price_rows: dict[str, tuple[int, int]],
    names: dict[str, str],
    money: str,
) -> None:
    """The ranking with performance, price, price points and score as live formulas."""
    from openpyxl.styles import Font

    t = ev.tender
    ws["A1"] = t.title
    ws["A1"].data_type = "s"
    ws["A1"].font = Font(bold=True, size=14, color=HEADER_FILL)
    ws["A2"] = t.buyer
    ws["A2"].data_type = "s"
    ws["A3"] = f"{msg('cover.method')}: {msg(f'method.{t.method.name}')}"
    ws["A4"] = msg("xlsx.formulas")
    price_leaf = next((leaf for leaf in t.leaves() if leaf.kind is Kind.PRICE), None)
    weighted = t.method.name is MethodName.WEIGHTED_SUM
    head = [msg("col.rank"), msg("col.bidder_id"), msg("col.bidder"), msg("col.performance"), msg("col.price")]
    if weighted:
        head += [f"{msg('col.price')} ({msg('col.normalized')})", msg("col.price_points"), msg("col.score")]
    else:
        head += [f"{msg('col.z')} (× {Z_SCALE:,})"]
        if t.method.name is MethodName.UFAB_EXTENDED:
            head.append(msg("col.in_band"))
    sheet = Sheet(ws, head, first_row=6)
    ranked = ev.ranked
    first, last = 7, 6 + len(ranked)
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
            row += [price_formula(ev, r, prices), Formula(f"=100*{weight!r}*F{r}"), Formula(f"=D{r}+G{r}")]
        else:
            row.append(Formula(f"=D{r}/E{r}*{Z_SCALE}"))
            formats[6] = NUMBER
            if t.method.name is MethodName.UFAB_EXTENDED:
                row.append(msg("yes") if b.in_band else msg("no"))
        sheet.add(row, formats)
    sheet.finish()
    ws.column_dimensions["A"].width = 8


def exclusions_sheet(ev: Evaluation, msg: Messages, ws: Worksheet) -> None:
    """Every excluded bid with every reason."""
    fmt = Formatter(msg.lang, ev.tender.currency)
    sheet = Sheet(
        ws, [msg("col.bidder_id"), msg("col.bidder"), msg("col.code"), msg("col.subject"), msg("col.reasons")]
    )
    for b in ev.excluded:
        for r in b.reasons:
            sheet.add([b.bidder, b.name, r.code, r.subject, reason_text(r, ev, msg, fmt)])
    sheet.finish()


def audit_sheet(inp: ReportInput, msg: Messages, ws: Worksheet) -> None:
    """Tool, time, method, fingerprint and the SHA-256 of every input file."""
    a = inp.audit
    sheet = Sheet(ws, [msg("col.item"), msg("col.value")])
    sheet.add([msg("audit.tool"), f"tender {a.tool_version}"])
    sheet.add([msg("audit.method"), a.method])
    sheet.add([msg("audit.time"), a.created.strftime("%Y-%m-%dT%H:%M:%SZ")])
    sheet.add([msg("audit.fingerprint"), a.fingerprint])
    for name, digest in sorted(a.inputs.items()):
        sheet.add([name, digest])
    sheet.finish(filter_and_freeze=False)
