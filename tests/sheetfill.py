"""Fill bid forms and score sheets the way a bidder or evaluator would, with openpyxl (test and bench helper)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tender.sheets.layout import (
    BIDDER_VALUE_COL,
    FACT_VALUE_COL,
    FIRST_ROW,
    META_SHEET,
    PRICE_UNIT_COL,
    REQ_ANSWER_COL,
    REQ_EVIDENCE_COL,
    SCORE_CRITERION_COL,
    SCORE_JUSTIFICATION_COL,
    SCORE_VALUE_COL,
    sheet_names,
)

WORDS = {"de": ("ja", "nein"), "en": ("yes", "no")}


def rows_by_id(ws: Any) -> dict[str, int]:
    """Row number of every id in column A from the first data row on."""
    return {str(ws.cell(r, 1).value): r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value is not None}


def language(wb: Any) -> str:
    """The language recorded in a form's hidden sheet."""
    meta = {row[0].value: row[1].value for row in wb[META_SHEET].iter_rows()}
    return str(meta["language"])


def fill_bid_form(form: Path, out: Path, bid: Mapping[str, Any], evidence: str = "Angebot, Kapitel 3") -> Path:
    """Enter a bid (the data of a YAML bid) into a blank bid form and save it as `out`."""
    wb = load_workbook(form, rich_text=True)
    lang = language(wb)
    names = sheet_names(lang)
    yes, no = WORDS[lang]
    ws = wb[names.bidder]
    for key, row in rows_by_id(ws).items():
        value = bid.get(key)
        if key == "submitted" and isinstance(value, str) and value[:4].isdigit():
            value = date.fromisoformat(value)  # typed into the date cell as a date
        if value is not None:
            ws.cell(row, BIDDER_VALUE_COL).value = value if isinstance(value, date) else str(value)
    ws = wb[names.requirements]
    answers = {**bid.get("requirements", {}), **bid.get("suitability", {})}  # one sheet asks for both
    for key, row in rows_by_id(ws).items():
        if key in answers:
            ws.cell(row, REQ_ANSWER_COL).value = yes if answers[key] else no
            ws.cell(row, REQ_EVIDENCE_COL).value = evidence
    for sheet, group, col in ((names.facts, "facts", FACT_VALUE_COL), (names.prices, "prices", PRICE_UNIT_COL)):
        ws = wb[sheet]
        for key, row in rows_by_id(ws).items():
            if key in bid.get(group, {}):
                value = bid[group][key]
                cell = ws.cell(row, col)
                percent = cell.number_format.endswith("%") and isinstance(value, int | float)
                cell.value = value / 100 if percent else value  # what Excel stores when 99.95 is typed
    wb.save(out)
    return out


def fill_score_sheet(
    sheet: Path,
    out: Path,
    scores: Mapping[tuple[str, str], tuple[float, str]],
    committee: tuple[str, str] | None = None,
) -> Path:
    """Enter (bidder, criterion) → (score, justification) into a blank score sheet and save it as `out`; a
    consensus sheet's rows also get the committee (moderator, participants) in columns H and I."""
    wb = load_workbook(sheet, rich_text=True)
    ws = wb[sheet_names(language(wb)).scores]
    for row in range(FIRST_ROW, ws.max_row + 1):
        key = (ws.cell(row, 1).value, ws.cell(row, SCORE_CRITERION_COL).value)
        if key in scores:
            score, justification = scores[key]
            ws.cell(row, SCORE_VALUE_COL).value = score
            ws.cell(row, SCORE_JUSTIFICATION_COL).value = justification
            if committee:
                ws.cell(row, 8).value, ws.cell(row, 9).value = committee
    wb.save(out)
    return out
