"""Read a filled score sheet (xlsx) into Scores, reporting every problem by sheet and cell."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import ClassVar

from tender.errors import Collector
from tender.model import Score, Tender
from tender.parse.common import Fields, describe
from tender.parse.scorefile import CONSENSUS_STEM, SCORE_COLUMNS, ScoreRow, check_scores
from tender.sheets.layout import (
    FIRST_ROW,
    ID_COL,
    SCORE_CRITERION_COL,
    SCORE_JUSTIFICATION_COL,
    SCORE_SHEET,
    SCORE_VALUE_COL,
    sheet_names,
)
from tender.sheets.xlsxread import Grid, Workbook, number_of, text_of


def read_xlsx_scores(path: Path, display: str, tender: Tender, bidders: set[str], collector: Collector) -> list[Score]:
    """The scores of a filled score sheet, or of a plain workbook with the CSV columns on its first sheet."""
    book = Workbook(path, display)
    meta = book.meta()
    f = Fields(collector, display)
    decimal = "," if tender.language == "de" else "."
    if not meta:
        rows = flat_rows(book.grid(book.names[0]), decimal, f)
    elif meta.get("format") != SCORE_SHEET:
        f.problem("wrong-form", "", f"this is a {meta.get('format', 'unknown')} workbook, not a score sheet")
        return []
    elif meta.get("tender") != tender.id:
        f.problem(
            "wrong-tender", "", f"this score sheet belongs to tender {describe(meta.get('tender'))}, not to {tender.id}"
        )
        return []
    else:
        rows = sheet_rows(book.grid(sheet_names(meta.get("language", "en")).scores), meta.get("evaluator"), decimal)
    consensus = CONSENSUS_STEM in (path.stem.lower(), meta.get("evaluator", "").lower())
    return check_scores(rows, path.stem, consensus, display, tender, bidders, f)


class RowCells(Mapping[str, str]):
    """The cells of one score-sheet row by field, computed only when a message needs one."""

    COLUMNS: ClassVar[dict[str, int]] = {
        "bidder": ID_COL,
        "criterion": SCORE_CRITERION_COL,
        "score": SCORE_VALUE_COL,
        "justification": SCORE_JUSTIFICATION_COL,
    }

    def __init__(self, grid: Grid, row: int) -> None:
        self.grid = grid
        self.row = row

    def __getitem__(self, key: str) -> str:
        return self.grid.ref(self.row, self.COLUMNS[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.COLUMNS)

    def __len__(self) -> int:
        return len(self.COLUMNS)


def sheet_rows(grid: Grid, evaluator: str | None, decimal: str) -> list[ScoreRow]:
    """The scored rows of a score sheet: rows with neither score nor justification are not scored."""
    rows = []
    who = evaluator or None
    b, c, v, j = ID_COL - 1, SCORE_CRITERION_COL - 1, SCORE_VALUE_COL - 1, SCORE_JUSTIFICATION_COL - 1
    for row, cells in enumerate(grid.rows[FIRST_ROW - 1 :], start=FIRST_ROW):
        if len(cells) <= j:
            cells = [*cells, *[""] * (j + 1 - len(cells))]
        bidder, score, reason = cells[b], cells[v], cells[j]
        if bidder == "" or (score == "" and reason == ""):
            continue  # the common blank cases first; cells holding only spaces are checked below
        if is_blank(bidder) or (is_blank(score) and is_blank(reason)):
            continue
        criterion = cells[c]
        values = {
            "bidder": bidder.strip() if type(bidder) is str else text_of(bidder),
            "criterion": "" if is_blank(criterion) else text_of(criterion),
            "score": score if type(score) is float else "" if is_blank(score) else number_of(score, decimal),
            "justification": None if is_blank(reason) else text_of(reason),
        }
        rows.append(ScoreRow(grid.ref(row, SCORE_VALUE_COL), values, who, RowCells(grid, row)))
    return rows


def is_blank(value: object) -> bool:
    """An empty cell (or a formula without a saved result, or only spaces)."""
    return value == "" or (type(value) is str and not value.strip())


def flat_rows(grid: Grid, decimal: str, f: Fields) -> list[ScoreRow]:
    """A plain sheet with the columns of a CSV score file in its first row."""
    header = [text_of(grid.value(1, c) or "").lower() for c in range(1, len(grid.rows[0]) + 1)] if grid.rows else []
    header = [h for h in header if h]
    missing = [c for c in SCORE_COLUMNS[1:] if c not in header]
    unknown = [c for c in header if c not in SCORE_COLUMNS]
    if missing or unknown:
        f.problem(
            "not-a-score-sheet",
            f"{grid.name}!A1",
            "neither a score sheet made by `tender score-sheet` (no sheet _tender) nor a sheet with the columns "
            f"{', '.join(SCORE_COLUMNS)} (evaluator optional); missing: {', '.join(missing) or 'none'}, "
            f"unknown: {', '.join(unknown) or 'none'}",
        )
        return []
    cols = {name: i + 1 for i, name in enumerate(header)}
    rows = []
    for r in range(2, len(grid.rows) + 1):
        values: dict[str, object] = {}
        for name, c in cols.items():
            value = grid.value(r, c)
            values[name] = number_of(value, decimal) if name == "score" and value is not None else value
        if all(v is None for v in values.values()):
            continue
        for name in ("bidder", "criterion", "justification", "evaluator"):
            if values.get(name) is not None:
                values[name] = text_of(values[name])
        cells = {name: grid.ref(r, c) for name, c in cols.items()}
        evaluator = values.get("evaluator")
        rows.append(ScoreRow(cells["score"], values, str(evaluator) if evaluator else None, cells))
    return rows
