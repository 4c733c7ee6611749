"""Read xlsx/xlsm workbooks with python-calamine: values only (cached formula results), never macros."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from tender.errors import Finding, InputError
from tender.parse.csvread import parse_number
from tender.parse.inputcheck import read_input
from tender.sheets.layout import ID_COL, META_SHEET, cell_ref, column_letters


@dataclass(frozen=True)
class Grid:
    """One worksheet's values as rows of cells; coordinates are 1-based like Excel's."""

    name: str
    rows: list[list[Any]]
    percent: frozenset[tuple[int, int]] = field(default=frozenset())  # cells with a percent format

    def value(self, row: int, col: int) -> object | None:
        """A cell's value; empty cells (and formulas without a cached result) are None."""
        if row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        if col > len(cells):
            return None
        value = cells[col - 1]
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, datetime):
            return value.date() if value.time() == time() else value
        return value

    def ref(self, row: int, col: int) -> str:
        """The cell reference as shown to the user: `Preise!E7`."""
        return f"{self.name}!{cell_ref(row, col)}"

    def column_ref(self, col: int) -> str:
        """The reference of a column without the row, for building many cell references: `Preise!E`."""
        return f"{self.name}!{column_letters(col)}"

    def keyed_rows(self, first: int) -> Iterator[tuple[int, str]]:
        """(row, id) for every row from `first` on whose id column is filled."""
        for row in range(first, len(self.rows) + 1):
            key = self.value(row, ID_COL)
            if key is not None:
                yield row, text_of(key)


class Workbook:
    """An opened workbook: its sheet names and, on request, one sheet's values."""

    def __init__(self, path: Path, display: str) -> None:
        from python_calamine import CalamineError, CalamineWorkbook

        from tender.parse.xlsxcheck import check_xlsx

        data = read_input(path, display)
        self.percent = check_xlsx(data, display).percent  # refuses a workbook past the limits, before calamine
        self.display = display
        try:
            self.book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except (CalamineError, ValueError, OSError) as exc:
            raise InputError([Finding.of("unreadable-xlsx", display, "", exc=exc)]) from None
        self.names: list[str] = list(self.book.sheet_names)
        if not self.names:
            raise InputError([Finding.of("unreadable-xlsx.no-sheets", display, "")])

    def grid(self, name: str) -> Grid:
        """One sheet's values; a missing sheet is a finding."""
        if name not in self.names:
            raise InputError(
                [Finding.of("missing-sheet", self.display, "", name=repr(name), names=", ".join(self.names))]
            )
        from python_calamine import CalamineError

        try:
            rows = self.book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except (CalamineError, ValueError) as exc:  # a corrupt sheet: its XML or its zip member
            raise InputError(
                [Finding.of("unreadable-xlsx.sheet", self.display, "", name=repr(name), exc=exc)]
            ) from None
        return Grid(name, rows, self.percent.get(name, frozenset()))

    def meta(self) -> dict[str, str]:
        """The key/value pairs of the hidden sheet tender writes into its forms (empty if absent)."""
        if META_SHEET not in self.names:
            return {}
        grid = self.grid(META_SHEET)
        return {text_of(row[0]): text_of(row[1]) for row in grid.rows if len(row) >= 2 and row[0] != ""}


def text_of(value: object) -> str:
    """A cell's value as text: whole numbers without `.0`, dates in ISO form."""
    if type(value) is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def number_of(value: object, decimal: str) -> object:
    """A cell's number: numeric cells as they are, numeric text parsed (`1.234,56` with decimal comma)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        parsed = parse_number(value, decimal)
        return parsed if parsed is not None else value
    return value
