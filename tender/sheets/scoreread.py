"""Read a filled score sheet (xlsx) into Scores, reporting every problem by sheet and cell."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from tender.errors import Collector
from tender.gcpause import gc_paused
from tender.model import Score, Tender
from tender.parse.common import Fields, describe
from tender.parse.scorefile import CONSENSUS_STEM, ScoreRow, check_scores, score_columns
from tender.sheets.layout import (
    FIRST_ROW,
    ID_COL,
    SCORE_CRITERION_COL,
    SCORE_JUSTIFICATION_COL,
    SCORE_MODERATOR_COL,
    SCORE_PARTICIPANTS_COL,
    SCORE_SHEET,
    SCORE_VALUE_COL,
    decimal_of,
    lot_sheet,
    returned_language,
    sheet_names,
)
from tender.sheets.xlsxread import Grid, Workbook, number_of, text_of
from tender.wording import NONE


def read_xlsx_scores(path: Path, display: str, tender: Tender, bidders: set[str], collector: Collector) -> list[Score]:
    """The scores of a filled score sheet, or of a plain workbook with the CSV columns on its first sheet."""
    with gc_paused():
        return read_workbook_scores(path, display, tender, bidders, collector)


def read_workbook_scores(
    path: Path, display: str, tender: Tender, bidders: set[str], collector: Collector
) -> list[Score]:
    """The work of read_xlsx_scores, with the garbage collector paused."""
    book = Workbook(path, display)
    meta = book.meta()
    f = Fields(collector, display)
    language = returned_language(meta.get("language"), book.names, "scale") if meta else tender.language
    scores, decimal = sheet_names(language).scores, decimal_of(language)  # the sheet's language, not the tender's
    rows: Iterable[ScoreRow]
    consensus = CONSENSUS_STEM in (path.stem.lower(), str(meta.get("evaluator", "")).lower())
    owner = str(meta.get("evaluator") or path.stem)
    if not meta:
        rows = flat_rows(book.grid(book.names[0]), decimal, f, consensus, bool(tender.lots))
    elif meta.get("format") != SCORE_SHEET:
        f.problem("wrong-form.score", "", value=meta.get("format", "unknown"))
        return []
    elif meta.get("tender") != tender.id:
        f.problem("wrong-tender.score", "", found=describe(meta.get("tender")), id=tender.id)
        return []
    elif tender.lots:
        rows = lot_rows(book, tender, scores, meta, decimal, consensus)
    else:
        grid = book.grid(scores)
        rows = sheet_rows(grid, None if consensus else meta.get("evaluator"), decimal, consensus)
    return check_scores(rows, owner, consensus, display, tender, bidders, f)


def lot_rows(
    book: Workbook, tender: Tender, base: str, meta: dict[str, str], decimal: str, consensus: bool
) -> Iterator[ScoreRow]:
    """The scored rows of a lotted score sheet: each lot's sheet (`Bewertung cluster`), its rows for that lot."""
    ids = [lot.id for lot in tender.lots]
    for lot in ids:
        name = lot_sheet(base, ids, lot)
        if name not in book.names:
            continue  # a lot added after the sheet was made: no scores for it here
        for row in sheet_rows(book.grid(name), None if consensus else meta.get("evaluator"), decimal, consensus):
            row.lot = lot
            yield row


def sheet_rows(grid: Grid, evaluator: str | None, decimal: str, consensus: bool = False) -> Iterator[ScoreRow]:
    """The scored rows of a score sheet: rows with neither score nor justification are not scored; the consensus
    sheet's rows name their moderator and participants (columns H and I)."""
    who = evaluator or None
    columns = {
        "bidder": grid.column_ref(ID_COL),
        "criterion": grid.column_ref(SCORE_CRITERION_COL),
        "score": grid.column_ref(SCORE_VALUE_COL),
        "justification": grid.column_ref(SCORE_JUSTIFICATION_COL),
        "moderator": grid.column_ref(SCORE_MODERATOR_COL),
        "participants": grid.column_ref(SCORE_PARTICIPANTS_COL),
    }
    last = SCORE_PARTICIPANTS_COL if consensus else SCORE_JUSTIFICATION_COL
    score_column = columns["score"]
    b, c, v, j = ID_COL - 1, SCORE_CRITERION_COL - 1, SCORE_VALUE_COL - 1, SCORE_JUSTIFICATION_COL - 1
    for row, cells in enumerate(grid.rows[FIRST_ROW - 1 :], start=FIRST_ROW):
        if len(cells) < last:
            cells = [*cells, *[""] * (last - len(cells))]
        bidder, score, reason = cell_text(cells[b]), cells[v], cell_text(cells[j])
        if bidder is None or (reason is None and is_blank(score)):
            continue
        score = score if type(score) is float else "" if is_blank(score) else number_of(score, decimal)
        criterion = cell_text(cells[c]) or ""
        item = ScoreRow(f"{score_column}{row}", bidder, criterion, score, reason, who, columns, row)
        if consensus:
            item.moderator = cell_text(cells[SCORE_MODERATOR_COL - 1])
            item.participants = cell_text(cells[SCORE_PARTICIPANTS_COL - 1])
        yield item


def cell_text(value: object) -> str | None:
    """A cell's value as text; None when the cell is blank."""
    if type(value) is str:
        return value.strip() or None
    return text_of(value)


def is_blank(value: object) -> bool:
    """An empty cell (or a formula without a saved result, or only spaces)."""
    return value == "" or (type(value) is str and not value.strip())


def flat_rows(grid: Grid, decimal: str, f: Fields, consensus: bool = False, lotted: bool = False) -> list[ScoreRow]:
    """A plain sheet with the columns of a CSV score file in its first row (a lotted tender's with `lot`)."""
    allowed = score_columns(consensus, lotted)
    width = len(grid.rows[0]) if grid.rows else 0
    named = [(c, text_of(grid.value(1, c) or "").lower()) for c in range(1, width + 1)]
    named = [(c, name) for c, name in named if name]  # blank header cells: unused columns, kept in place
    header = [name for _, name in named]
    missing = [c for c in allowed[1:] if c not in header]
    unknown = [c for c in header if c not in allowed]
    doubled = sorted({c for c in header if header.count(c) > 1})
    if missing or unknown or doubled:
        f.problem(
            "not-a-score-sheet.twice" if doubled else "not-a-score-sheet",
            f"{grid.name}!A1",
            columns=", ".join(allowed),
            missing=", ".join(missing) or NONE,
            unknown=", ".join(unknown) or NONE,
            twice=", ".join(doubled),
        )
        return []
    cols = {name: c for c, name in named}
    columns = {name: grid.column_ref(c) for name, c in cols.items()}
    rows = []
    for r in range(2, len(grid.rows) + 1):
        values: dict[str, object] = {}
        for name, c in cols.items():
            value = grid.value(r, c)
            values[name] = number_of(value, decimal) if name == "score" and value is not None else value
        if all(v is None for v in values.values()):
            continue
        for name in ("bidder", "criterion", "justification", "evaluator", "moderator", "participants", "lot"):
            if values.get(name) is not None:
                values[name] = text_of(values[name])
        evaluator = values.get("evaluator")
        who = str(evaluator) if evaluator else None
        bidder, criterion, justification = values.get("bidder"), values.get("criterion"), values.get("justification")
        place = f"{columns['score']}{r}"
        row = ScoreRow(place, bidder, criterion, values.get("score"), justification, who, columns, r)
        row.moderator, row.participants = values.get("moderator"), values.get("participants")
        row.lot = values.get("lot")
        rows.append(row)
    return rows
