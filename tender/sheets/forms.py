"""The bid form (xlsx) the buyer sends to every bidder: Bidder, Requirements, Facts and Prices sheets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tender.errors import UsageError
from tender.model import Per, Requirement, Tender
from tender.sheets.layout import BID_FORM, BIDDER_KEYS, FIRST_ROW, sheet_names
from tender.sheets.texts import form_language, texts

PER_TEXT = {Per.ONCE: "per_once", Per.MONTH: "per_month", Per.YEAR: "per_year"}
TERM_CELL = "$D$5"
# a block of a sheet: its heading row (None: no heading) and its rows, each (the id in column A, what it asks)
RequirementBlock = tuple[str | None, Sequence[tuple[str, Requirement]]]
FactBlock = tuple[str | None, Sequence[tuple[str, tuple[str, str, str]]]]


def write_bid_form(
    tender: Tender, out: Path, bidder: str | None = None, force: bool = False, lang: str | None = None
) -> Path:
    """Write the bid form for a tender to `out` (atomically), in `lang` (default: the tender's language); refuse to
    overwrite unless forced."""
    from tender.sheets.style import save_atomic

    check_target(out, force)
    save_atomic(build_bid_form(tender, bidder, lang), out)
    return out


def check_target(out: Path, force: bool) -> None:
    """Refuse a target that is no .xlsx file or that exists (unless forced)."""
    if out.suffix.lower() != ".xlsx":
        raise UsageError("forms.not-xlsx", out=str(out))
    if out.exists() and not force:
        raise UsageError("forms.exists", out=str(out))


def build_bid_form(tender: Tender, bidder: str | None = None, lang: str | None = None) -> Any:
    """The bid form as an openpyxl Workbook, in `lang` (default: the tender's language)."""
    from openpyxl import Workbook

    from tender.sheets.style import add_meta, finish_sheet

    if tender.lots:
        raise UsageError("forms.lotted", tender=tender.id)
    language = form_language(tender.language, lang)
    t = texts(language)
    names = sheet_names(language)
    wb = Workbook()
    sheets = [
        bidder_sheet(wb.active, tender, t, bidder),
        requirements_sheet(wb.create_sheet(), tender, t),
        facts_sheet(wb.create_sheet(), tender, t),
        prices_sheet(wb.create_sheet(), tender, t),
    ]
    for ws, title in zip(sheets, (names.bidder, names.requirements, names.facts, names.prices), strict=True):
        ws.title = title
        finish_sheet(ws)
    meta = {"format": BID_FORM, "tender": tender.id, "language": language}
    if bidder:
        meta["bidder"] = bidder
    add_meta(wb, meta)
    wb.active = 0
    return wb


# the bidder sheet's date cells (their number format in each language: texts' `format_<key>`)
DATE_KEYS = ("submitted", "received")


def heading(tender: Tender, t: dict[str, str]) -> tuple[str, str]:
    """The title and subtitle every sheet of the form starts with."""
    return f"{t['form']} – {tender.title}", t["subtitle"].format(buyer=tender.buyer, id=tender.id)


def bidder_sheet(
    ws: Any,
    tender: Tender,
    t: dict[str, str],
    bidder: str | None,
    more: Callable[[Any, int], int] | None = None,
    lotted: bool = False,
) -> Any:
    """Who bids: short id (hidden key column), company name, contact, date; then `more` rows (a lotted tender's
    lots, given the first free row, returning the next) and the filling instructions."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.style import FONT, WRAP, body, header, input_cell, put_text, text_height, title_block

    intro, steps_text = ("bidder_intro_lots", "steps_lots") if lotted else ("bidder_intro", "steps")
    title_block(ws, (4, 30, 48, 62), *heading(tender, t), t[intro], t["legend"])
    header(ws, ["", *t["bidder_head"].split("|")])
    for row, key in enumerate(BIDDER_KEYS, start=FIRST_ROW):
        body(ws.cell(row, 1), key, muted=True)
        body(ws.cell(row, 2), t[f"field_{key}"]).font = Font(name=FONT, size=10, bold=True)
        if key == "bidder" and bidder:
            body(ws.cell(row, 3), bidder)
        else:
            input_cell(ws.cell(row, 3), t[f"format_{key}"] if key in DATE_KEYS else None)
        body(ws.cell(row, 4), t[f"hint_{key}"], muted=True)
        ws.row_dimensions[row].height = max(22, text_height(t[f"field_{key}"], 24))  # bold labels wrap in column B
    date_check = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    for key in DATE_KEYS:
        date_check.add(f"C{FIRST_ROW + BIDDER_KEYS.index(key)}")
    ws.add_data_validation(date_check)
    steps_row = FIRST_ROW + len(BIDDER_KEYS) + 1
    if more is not None:
        steps_row = more(ws, steps_row) + 1
    put_text(ws.cell(steps_row, 2), t["steps_title"]).font = Font(name=FONT, size=12, bold=True, color="1F3864")
    ws.merge_cells(start_row=steps_row + 1, start_column=2, end_row=steps_row + 1, end_column=4)
    steps = put_text(ws.cell(steps_row + 1, 2), t[steps_text])
    steps.font = Font(name=FONT, size=10)
    steps.alignment = WRAP
    ws.row_dimensions[steps_row + 1].height = text_height(t[steps_text], 130)
    ws.column_dimensions["A"].hidden = True
    return ws


def requirements_sheet(
    ws: Any, tender: Tender, t: dict[str, str], blocks: Sequence[RequirementBlock] | None = None
) -> Any:
    """Each knock-out requirement with a yes/no dropdown and a cell for the evidence; by default the tender's
    requirements, then its suitability criteria under a heading row (a lotted tender: a block per lot too)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.style import body, header, input_cell, text_height, title_block

    title_block(ws, (18, 62, 11, 48), *heading(tender, t), t["req_intro"], t["legend"])
    header(ws, t["req_head"].split("|"))
    check = DataValidation(
        type="list",
        formula1=f'"{t["yes"]},{t["no"]}"',
        allow_blank=True,
        showErrorMessage=True,
        error=t["yes_no_error"],
    )
    ws.add_data_validation(check)
    if blocks is None:
        asked = [(str(req.id), req) for req in tender.requirements if req.fact is None]  # numeric: by its fact
        suitability = [(str(req.id), req) for req in tender.suitability]
        blocks = [(None, asked), (t["suitability_head"], suitability)]
    row = FIRST_ROW
    for title, rows in blocks:
        if not rows:
            continue
        if title is not None:
            block_heading(ws.cell(row, 2), title)
            row += 1
        for key, req in rows:
            body(ws.cell(row, 1), key, muted=True)
            body(ws.cell(row, 2), req.text)
            input_cell(ws.cell(row, 3))
            input_cell(ws.cell(row, 4))
            ws.row_dimensions[row].height = max(32, text_height(req.text, 62))
            row += 1
        check.add(f"C{row - len(rows)}:C{row - 1}")
    if row == FIRST_ROW:
        body(ws.cell(FIRST_ROW, 2), t["no_requirements"], muted=True)
    return ws


def facts_sheet(ws: Any, tender: Tender, t: dict[str, str], blocks: Sequence[FactBlock] | None = None) -> Any:
    """Each fact once (measured criteria, numeric requirements): what it is, its unit, the value (a lotted
    tender: a block of facts per lot)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.percent import PERCENT_FORMAT
    from tender.sheets.style import body, header, input_cell, text_height, title_block, titled

    title_block(ws, (18, 70, 10, 16, 40), *heading(tender, t), t["fact_intro"], t["legend"])
    header(ws, t["fact_head"].split("|"))
    check = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1E+15",
        formula2="1E+15",
        allow_blank=True,
        showErrorMessage=True,
        error=t["fact_error"],
    )
    ws.add_data_validation(check)
    if blocks is None:
        blocks = [(None, list(tender.facts().items()))]
    row = FIRST_ROW
    for title, rows in blocks:
        if not rows:
            continue
        if title is not None:
            block_heading(ws.cell(row, 2), title)
            row += 1
        for fact, (name, description, unit) in rows:
            body(ws.cell(row, 1), fact, muted=True)
            titled(ws.cell(row, 2), name, description)
            body(ws.cell(row, 3), unit)
            if unit.strip() == "%":  # typed 99,95 shows 99,95 % and is read back as 99.95 (tender.sheets.percent)
                input_cell(ws.cell(row, 4), PERCENT_FORMAT)
                body(ws.cell(row, 5), t["fact_percent"], muted=True)
            else:
                input_cell(ws.cell(row, 4), "#,##0.00##")
            ws.row_dimensions[row].height = max(22, text_height(f"{name}\n{description}", 70))
            row += 1
        check.add(f"D{row - len(rows)}:D{row - 1}")
    if row == FIRST_ROW:
        body(ws.cell(FIRST_ROW, 2), t["no_facts"], muted=True)
    return ws


def block_heading(cell: Any, title: str) -> Any:
    """The heading row of a block of rows (the suitability criteria, a lot's requirements or facts)."""
    from openpyxl.styles import Font

    from tender.sheets.style import FONT, NAVY, body

    body(cell, title).font = Font(name=FONT, size=10, bold=True, color=NAVY)
    return cell


def prices_sheet(ws: Any, tender: Tender, t: dict[str, str]) -> Any:
    """Each price line with a unit-price input; charges, line totals and the evaluated price as live formulas."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.style import FONT, GRID, TOTAL_FILL, body, formula, header, input_cell, put_text, title_block

    money = f'#,##0.00 "{currency_sign(tender.currency)}"'
    title_block(
        ws,
        (18, 44, 12, 13, 17, 13, 22),
        *heading(tender, t),
        t["price_intro"].format(currency=tender.currency, term=tender.term_months),
        t["legend"],
    )
    put_text(ws["B5"], t["term"]).font = Font(name=FONT, size=10, bold=True)
    term = body(ws["D5"], tender.term_months)
    term.font = Font(name=FONT, size=10, bold=True)
    term.alignment = Alignment(horizontal="right")
    header(ws, t["price_head"].format(currency=tender.currency).split("|"))
    check = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        error=t["price_error"],
        showInputMessage=True,
        prompt=t["price_prompt"],
    )
    ws.add_data_validation(check)
    first = FIRST_ROW
    last = first + len(tender.prices) - 1
    for row, line in enumerate(tender.prices, start=first):
        body(ws.cell(row, 1), line.id, muted=True)
        body(ws.cell(row, 2), line.name)
        body(ws.cell(row, 3), t[PER_TEXT[line.per]])
        body(ws.cell(row, 4), line.quantity, number_format=quantity_format(line.quantity, line.unit))
        input_cell(ws.cell(row, 5), money)
        charges = {Per.ONCE: "=1", Per.MONTH: f"={TERM_CELL}", Per.YEAR: f"={TERM_CELL}/12"}[line.per]
        formula(ws.cell(row, 6), charges, "#,##0.##")
        formula(ws.cell(row, 7), f'=IF(ISNUMBER(E{row}),D{row}*E{row}*F{row},"")', money)
        ws.row_dimensions[row].height = 22
    if tender.prices:
        check.add(f"E{first}:E{last}")
    total_row = last + 1
    label = put_text(ws.cell(total_row, 2), t["total"])
    ws.merge_cells(start_row=total_row, start_column=2, end_row=total_row, end_column=6)
    total = formula(ws.cell(total_row, 7), f"=SUM(G{first}:G{last})", money)
    for col in range(2, 8):
        ws.cell(total_row, col).fill = TOTAL_FILL
        ws.cell(total_row, col).border = GRID
        ws.cell(total_row, col).font = Font(name=FONT, size=11, bold=True)
    label.alignment = Alignment(vertical="center")
    total.font = Font(name=FONT, size=11, bold=True)
    ws.row_dimensions[total_row].height = 24
    n = len(tender.prices)
    status = formula(
        ws.cell(total_row + 1, 2),
        f'=IF(COUNT(E{first}:E{last})={n},"✓ {quoted(t["complete"])}",'
        f'{n}-COUNT(E{first}:E{last})&" {quoted(t["open"])}")',
    )
    status.border = None
    status.font = Font(name=FONT, size=10, italic=True, color="595959")
    return ws


def currency_sign(code: str) -> str:
    """The sign shown in number formats: € for EUR, else the ISO code."""
    return {"EUR": "€", "USD": "$", "GBP": "£"}.get(code, code)


def quantity_format(quantity: float, unit: str) -> str:
    """A number format that shows the quantity with its unit (`2 Server`) while the cell stays a number."""
    digits = "0" if float(quantity).is_integer() else "#,##0.00"
    unit = unit.replace('"', "").replace("\\", "")
    if unit[:1].isdigit():
        unit = f"× {unit}"  # 5 × 100 GB
    return f'{digits} "{unit}"' if unit else digits


def quoted(text: str) -> str:
    """Text safe inside a formula's string literal."""
    return text.replace('"', '""')
