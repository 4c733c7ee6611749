"""A workbook sheet buffered row by row (a table under an optional preamble) and how every sheet prints."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

from tender.report.xlsx_cells import Book, Rows

HEADER_FILL = "1F3A5F"
INPUT_FILL = "FFF2CC"  # the input cells of a what-if: pale yellow, as spreadsheet conventions mark inputs
PORTRAIT = 105  # column widths (characters) that fit an A4 page upright (shrunk to at least 90 %)
FIT = 230  # wider than this, shrinking to one page's width would print illegibly small: pages go across
SCALE = 75  # the print scale of a sheet too wide to fit (its first columns repeat on every page)
MAX_WIDTH = 60
PREAMBLE = 100  # characters per line of a sentence above a table (nor does it widen the printed page)
LINE = 15.0  # points per line of 11 pt text


class Sheet:
    """A worksheet buffered row by row, then written as XML rows: styled header, widths, filter, frozen header.

    Strings are always stored as text, so input that starts with =, +, -, @ never becomes a formula;
    only values wrapped in Formula (ours) are formulas. Rows may mark input cells (a what-if's) and be
    leads (a bold title of a block below the table).
    """

    def __init__(self, title: str, header: list[str], preamble: Sequence[str | list[Any]] | None = None) -> None:
        self.title = title
        self.header = header
        self.preamble: list[str | list[Any]] = []
        for i, line in enumerate(preamble or []):  # a long sentence on lines of its own: it neither runs off
            self.preamble += textwrap.wrap(line, PREAMBLE) or [""] if i and isinstance(line, str) else [line]
        self.header_row = len(self.preamble) + (2 if self.preamble else 1)
        self.widths = [header_width(h) for h in header]  # at least; the contents widen them up to 60
        self.fixed: dict[int, int] = {}  # column (from 0) -> width, whatever the contents
        self.wrap: set[int] = set()  # columns (from 0) whose text wraps (long texts: names, justifications)
        self.rows: list[tuple[list[Any], dict[int, str], tuple[int, ...], str]] = []
        self.filter_and_freeze = True
        self.repeat_columns = ""  # e.g. "A:D": printed on every page when the sheet is too wide to fit
        self.table_end = 0  # the table's last row where rows follow it (the filter ends there); 0: the last row

    @property
    def row(self) -> int:
        """The number of the last row written so far."""
        return self.header_row + len(self.rows)

    def add(
        self, values: list[Any], formats: dict[int, str] | None = None, inputs: tuple[int, ...] = (), kind: str = ""
    ) -> int:
        """Append a row (formats: column number → number format; inputs: columns that are input cells;
        kind "lead": a bold block title); returns its row number."""
        self.rows.append((values, formats or {}, inputs, kind))
        return self.row

    def write(self, book: Book) -> None:
        """Add the sheet to the book: settings through openpyxl, the rows as XML."""
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        rows = Rows()
        ws = book.sheet(self.title, rows)
        for i, line in enumerate(self.preamble):
            title = book.style(font=Font(bold=True, size=14, color=HEADER_FILL)) if i == 0 else None
            values = line if isinstance(line, list) else [line]
            rows.add(values, {1: title} if title is not None else None, measure=False)
        if self.preamble:
            rows.add([], measure=False)
        head = book.style(
            font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=Alignment(vertical="bottom", wrap_text=True),
        )
        header_row = rows.add(self.header, dict.fromkeys(range(1, len(self.header) + 1), head), measure=False)
        wrapped = [(c + 1, self.fixed[c]) for c in sorted(self.wrap) if c in self.fixed]
        wrap = Alignment(vertical="top", wrap_text=True)
        top = Alignment(vertical="top")
        shade = PatternFill("solid", fgColor=INPUT_FILL)
        lead = Font(bold=True, color=HEADER_FILL)
        styles: dict[tuple[Any, ...], dict[int, int]] = {}
        for values, formats, inputs, kind in self.rows:
            key = (tuple(formats.items()), inputs, kind, len(values) if kind else 0)
            if key not in styles:
                cols = set(formats) | set(inputs) | set(range(1, len(values) + 1))
                styles[key] = {
                    col: book.style(
                        number_format=formats.get(col),
                        font=lead if kind else (Font(bold=True) if col in inputs else None),
                        fill=shade if col in inputs else None,
                        alignment=wrap if col - 1 in self.wrap else top,
                    )
                    for col in sorted(cols)
                }
            height = row_height([(values[c - 1], w) for c, w in wrapped if c <= len(values)])
            rows.add(values, styles[key], measure=not kind, height=height)
        widths = []
        for col, width in enumerate(self.widths, start=1):
            width = max(width, min(rows.seen.get(col, 0) + 2, MAX_WIDTH))
            widths.append(self.fixed.get(col - 1, width))
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        header_height = row_height(list(zip(self.header, widths, strict=True)), words=True)
        if header_height:
            rows.set_height(header_row, header_height)
        if self.filter_and_freeze:
            end = self.table_end or self.row
            ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.widths))}{end}"
            ws.freeze_panes = f"A{self.header_row + 1}"
        page_setup(ws, widths, self.header_row, self.repeat_columns)


def row_height(cells: list[tuple[Any, float]], words: bool = False) -> float:
    """The height in points of a row whose texts wrap in columns of the given widths; 0 where one line is enough.
    words: count lines word by word (headers); else by characters (long texts: a little generous)."""
    lines = 1
    for value, width in cells:
        if not isinstance(value, str) or (len(value) < width - 2 and "\n" not in value):
            continue
        if words:
            room = max(int(width) - 2, 1)
            count = sum(len(textwrap.wrap(part, room)) or 1 for part in value.split("\n"))
        else:  # a width counts digits; text runs about a fifth more characters to the line
            room = max(int(width * 1.2) - 2, 1)
            count = sum(math.ceil(len(part) / room) or 1 for part in value.split("\n"))
        lines = max(lines, count)
    return 0 if lines == 1 else round(lines * LINE + 2, 1)


def header_width(text: str) -> int:
    """A column's width for its header, which wraps: its longest word, and short headers whole."""
    longest = max((len(word) for word in text.split()), default=0)
    return max(longest, min(len(text), 12)) + 2


def page_setup(ws: Any, widths: Sequence[float], header_row: int | None, repeat_columns: str = "") -> None:
    """A4, upright where the columns fit and landscape where they are wide; one page wide while that stays
    legible, else across pages at a fixed scale with the first columns repeated; the header row on every page."""
    total = sum(widths)
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "portrait" if total <= PORTRAIT else "landscape"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.gridLines = True
    if total <= FIT or not repeat_columns:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    else:
        ws.page_setup.scale = SCALE
        ws.page_setup.pageOrder = "overThenDown"
        ws.print_title_cols = repeat_columns
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"


def ref(sheet: str, cell: str) -> str:
    """A cross-sheet reference with the sheet name quoted."""
    return "'" + sheet.replace("'", "''") + "'!" + cell
