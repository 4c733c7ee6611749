"""Fill a lotted tender's bid form and score sheets the way a bidder or evaluator would (test helper)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tender.sheets.layout import (
    BIDDER_VALUE_COL,
    COMBINATION_FIRST_LOT_COL,
    COMBINATION_ID_COL,
    FACT_VALUE_COL,
    FIRST_ROW,
    HEADER_ROW,
    LOT_ROW,
    PRICE_UNIT_COL,
    REQ_ANSWER_COL,
    REQ_EVIDENCE_COL,
    SCORE_CRITERION_COL,
    SCORE_JUSTIFICATION_COL,
    SCORE_MODERATOR_COL,
    SCORE_PARTICIPANTS_COL,
    SCORE_VALUE_COL,
    lot_sheet,
    sheet_names,
)
from tests.sheetfill import WORDS, language, rows_by_id


def fill_lotted_form(form: Path, out: Path, bid: Mapping[str, Any], evidence: str = "Angebot, Kapitel 3") -> Path:
    """Enter a lotted bid (the data of a YAML bid with lots, offers and combinations) into a blank lotted bid form:
    its lots answered yes (the others no), the shared and each lot's answers, facts and prices, its combinations."""
    wb = load_workbook(form, rich_text=True)
    lang = language(wb)
    names = sheet_names(lang)
    yes, no = WORDS[lang]
    offers: Mapping[str, Mapping[str, Any]] = bid.get("offers", {})
    ws = wb[names.bidder]
    for key, row in rows_by_id(ws).items():
        cell = ws.cell(row, BIDDER_VALUE_COL)
        if key.startswith(LOT_ROW):
            if cell.protection.locked:  # a form made for the bidder's lots: fixed to yes
                continue
            cell.value = yes if key.removeprefix(LOT_ROW) in bid.get("lots", ()) else no
            continue
        value = bid.get(key)
        if key == "submitted" and isinstance(value, str) and value[:4].isdigit():
            value = date.fromisoformat(value)
        if value is not None:
            cell.value = value if isinstance(value, date) else str(value)
    ws = wb[names.requirements]
    answers = {**bid.get("requirements", {}), **bid.get("suitability", {})}
    for lot, offer in offers.items():
        answers.update({f"{lot}.{k}": v for k, v in offer.get("requirements", {}).items()})
    for key, row in rows_by_id(ws).items():
        if key in answers:
            ws.cell(row, REQ_ANSWER_COL).value = yes if answers[key] else no
            ws.cell(row, REQ_EVIDENCE_COL).value = evidence
    ws = wb[names.facts]
    facts = {f"{lot}.{k}": v for lot, offer in offers.items() for k, v in offer.get("facts", {}).items()}
    for key, row in rows_by_id(ws).items():
        if key in facts:
            cell = ws.cell(row, FACT_VALUE_COL)
            percent = cell.number_format.endswith("%")
            cell.value = facts[key] / 100 if percent else facts[key]
    ids = [key.removeprefix(LOT_ROW) for key in rows_by_id(wb[names.bidder]) if key.startswith(LOT_ROW)]
    for lot, offer in offers.items():
        ws = wb[lot_sheet(names.prices, ids, lot)]
        for key, row in rows_by_id(ws).items():
            if key in offer.get("prices", {}):
                ws.cell(row, PRICE_UNIT_COL).value = offer["prices"][key]
    if bid.get("combinations"):
        fill_combinations(wb[names.combinations], bid["combinations"], yes)
    wb.save(out)
    return out


def fill_combinations(ws: Any, combinations: list[Mapping[str, Any]], yes: str) -> None:
    """One row per combination bid: id, yes under its lots, price or discount (a percent cell holds 0.1 for 10 %)."""
    columns = {}
    col = COMBINATION_FIRST_LOT_COL
    while ws.cell(HEADER_ROW - 1, col).value is not None:
        columns[ws.cell(HEADER_ROW - 1, col).value] = col
        col += 1
    for row, combination in enumerate(combinations, start=FIRST_ROW):
        ws.cell(row, COMBINATION_ID_COL).value = combination["id"]
        for lot in combination["lots"]:
            ws.cell(row, columns[lot]).value = yes
        if "price" in combination:
            ws.cell(row, col).value = combination["price"]
        else:
            ws.cell(row, col + 1).value = combination["discount"]


def fill_lotted_scores(
    sheet: Path,
    out: Path,
    scores: Mapping[tuple[str, str, str], tuple[float, str]],
    lots: list[str],
    committee: tuple[str, str] | None = None,
) -> Path:
    """Enter (lot, bidder, criterion) → (score, justification) into a blank lotted score sheet (a sheet per lot;
    `lots`: the tender's lots in order); a consensus sheet's rows also get the committee (moderator, participants)."""
    wb = load_workbook(sheet, rich_text=True)
    base = sheet_names(language(wb)).scores
    for lot in lots:
        ws = wb[lot_sheet(base, lots, lot)]
        for row in range(FIRST_ROW, ws.max_row + 1):
            key = (lot, ws.cell(row, 1).value, ws.cell(row, SCORE_CRITERION_COL).value)
            if key in scores:
                ws.cell(row, SCORE_VALUE_COL).value, ws.cell(row, SCORE_JUSTIFICATION_COL).value = scores[key]
                if committee:
                    ws.cell(row, SCORE_MODERATOR_COL).value, ws.cell(row, SCORE_PARTICIPANTS_COL).value = committee
    wb.save(out)
    return out
