"""The look shared by bid forms and score sheets: title block, header, input cells, protection, saving."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.worksheet import Worksheet

from tender.atomic import replacing
from tender.sheets.layout import FORMAT_VERSION, HEADER_ROW, META_SHEET

FONT = "Calibri"
NAVY = "1F3864"
GREY = "595959"
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
BAND_FILL = PatternFill("solid", fgColor="F2F2F2")
TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="BFBFBF")
INPUT_SIDE = Side(style="thin", color="BF8F00")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
INPUT_BORDER = Border(left=INPUT_SIDE, right=INPUT_SIDE, top=INPUT_SIDE, bottom=INPUT_SIDE)
WRAP = Alignment(wrap_text=True, vertical="top")


def put_text(cell: Cell, text: str) -> Cell:
    """Write text that is never taken as a formula, even when it starts with `=` (bidders' names, ids)."""
    cell.value = text
    cell.data_type = "s"
    return cell


def titled(cell: Cell, title: str, description: str, band: bool = False) -> Cell:
    """A table cell with a bold title line and a normal description below it (rich text, never a formula)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    body(cell, band=band)
    bold = InlineFont(rFont=FONT, sz=10, b=True)
    if description:
        cell.value = CellRichText(TextBlock(bold, title), TextBlock(InlineFont(rFont=FONT, sz=10), f"\n{description}"))
    else:
        cell.value = CellRichText(TextBlock(bold, title))
    return cell


def text_height(text: str, width: float, line: float = 15.0) -> float:
    """A row height that shows wrapped text of a merged cell `width` characters wide."""
    lines = sum(max(1, math.ceil(len(part) / max(width * 1.15, 1))) for part in text.split("\n"))
    return lines * line + 4


def title_block(ws: Worksheet, widths: Sequence[float], title: str, subtitle: str, intro: str, legend: str) -> None:
    """Rows 1–4: title, subtitle, instructions and the input legend across the table's width; column widths."""
    last = get_column_letter(len(widths))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row in range(1, 5):
        ws.merge_cells(f"A{row}:{last}{row}")
    put_text(ws["A1"], title).font = Font(name=FONT, size=16, bold=True, color=NAVY)
    put_text(ws["A2"], subtitle).font = Font(name=FONT, size=10, color=GREY)
    put_text(ws["A3"], intro).font = Font(name=FONT, size=10)
    ws["A3"].alignment = WRAP
    ws.row_dimensions[1].height = 24
    ws.row_dimensions[3].height = text_height(intro, sum(widths))
    legend_cell = put_text(ws["A4"], legend)
    legend_cell.font = Font(name=FONT, size=10, italic=True, color=GREY)


def header(ws: Worksheet, labels: Sequence[str], row: int = HEADER_ROW) -> None:
    """The table header: white bold text on navy, wrapped, repeated on printed pages."""
    for col, label in enumerate(labels, start=1):
        cell = put_text(ws.cell(row, col), label)
        cell.font = Font(name=FONT, size=10, bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = GRID
    ws.row_dimensions[row].height = 30
    ws.print_title_rows = f"{row}:{row}"
    ws.freeze_panes = ws.cell(row + 1, 1)


def named(cell: Cell, name: str) -> Cell:
    """Apply one of the workbook's named styles (registered on first use): fast for thousands of cells."""
    wb = cell.parent.parent
    if name not in wb.named_styles:
        wb.add_named_style(make_style(name))
    cell.style = name
    return cell


def make_style(name: str) -> Any:
    """The named styles of tender's workbooks: text, muted ids, formulas, inputs, scores; `… band` shaded."""
    from openpyxl.styles import NamedStyle

    base = name.removesuffix(" band")
    style = NamedStyle(name=name, font=Font(name=FONT, size=10), alignment=WRAP, border=GRID)
    if base == "Tender muted":
        style.font = Font(name=FONT, size=10, color=GREY)
    if base in ("Tender input", "Tender score"):
        style.fill = INPUT_FILL
        style.border = INPUT_BORDER
        style.protection = Protection(locked=False)
    if base == "Tender score":
        style.font = Font(name=FONT, size=12, bold=True)
        style.alignment = Alignment(horizontal="center", vertical="top")
        style.number_format = "0.##"
    if name.endswith(" band"):
        style.fill = BAND_FILL
    return style


def body(
    cell: Cell, value: Any = None, *, number_format: str | None = None, muted: bool = False, band: bool = False
) -> Cell:
    """A protected table cell: text values written as text, numbers as numbers."""
    if isinstance(value, str):
        put_text(cell, value)
    elif value is not None:
        cell.value = value
    named(cell, ("Tender muted" if muted else "Tender text") + (" band" if band else ""))
    if number_format:
        cell.number_format = number_format
    return cell


def formula(cell: Cell, expression: str, number_format: str | None = None, band: bool = False) -> Cell:
    """A live formula the workbook computes (only ever built from our own cell references)."""
    cell.value = expression
    named(cell, "Tender text band" if band else "Tender text")
    if number_format:
        cell.number_format = number_format
    return cell


def input_cell(cell: Cell, number_format: str | None = None, style: str = "Tender input") -> Cell:
    """An unlocked, highlighted cell for the bidder's or evaluator's entry."""
    named(cell, style)
    if number_format:
        cell.number_format = number_format
    return cell


def finish_sheet(ws: Worksheet, landscape: bool = True) -> None:
    """Protect the sheet (input cells stay editable, columns may be widened) and set up printing."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.selectLockedCells = False
    ws.protection.selectUnlockedCells = False
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "&A – &P / &N"
    ws.sheet_view.showGridLines = False


def add_meta(wb: Any, pairs: dict[str, str]) -> None:
    """The hidden sheet by which tender recognises its own forms when they come back."""
    ws = wb.create_sheet(META_SHEET)
    for row, (key, value) in enumerate({**pairs, "version": str(FORMAT_VERSION)}.items(), start=1):
        put_text(ws.cell(row, 1), key)
        put_text(ws.cell(row, 2), value)
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
    wb.security = WorkbookProtection(lockStructure=True)


def save_atomic(wb: Any, path: Path) -> None:
    """Save the workbook through a temp file in the target folder, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as tmp:
        wb.save(tmp)
