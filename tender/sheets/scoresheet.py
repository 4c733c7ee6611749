"""The score sheet (xlsx) for one evaluator: a row per bid × judged criterion, never prices or price points."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.errors import UsageError
from tender.model import Bid, Kind, Scale, Tender
from tender.parse.scorefile import CONSENSUS_STEM
from tender.sheets.layout import (
    FIRST_ROW,
    SCORE_MODERATOR_COL,
    SCORE_PARTICIPANTS_COL,
    SCORE_SHEET,
    SCORE_VALUE_COL,
    cell_ref,
    lot_sheet,
    sheet_names,
)
from tender.sheets.texts import form_language, number_text, texts

MAX_LISTED_GRADES = 20


def write_score_sheet(
    tender: Tender, bids: tuple[Bid, ...], evaluator: str, out: Path, force: bool = False, lang: str | None = None
) -> Path:
    """Write one evaluator's score sheet to `out` (atomically) in `lang` (default: the tender's language); refuse
    to overwrite unless forced."""
    from tender.sheets.forms import check_target
    from tender.sheets.style import save_atomic

    if not evaluator.strip():
        raise UsageError("forms.no-evaluator")
    check_target(out, force)
    save_atomic(build_score_sheet(tender, bids, evaluator.strip(), lang), out)
    return out


def lot_ids(tender: Tender) -> list[str]:
    """The ids of a lotted tender's lots, in tender.yaml's order (which names their sheets)."""
    return [lot.id for lot in tender.lots]


def grades(scale: Scale) -> list[int] | None:
    """The whole-number grades a dropdown offers, or None when the scale is not a short integer range."""
    if scale.min.is_integer() and scale.max.is_integer() and scale.max - scale.min <= MAX_LISTED_GRADES:
        return list(range(int(scale.min), int(scale.max) + 1))
    return None


def build_score_sheet(tender: Tender, bids: tuple[Bid, ...], evaluator: str, lang: str | None = None) -> Any:
    """The score sheet as an openpyxl Workbook in `lang` (default: the tender's language): Scores, Scale and the
    hidden sheet that identifies it."""
    from openpyxl import Workbook

    from tender.sheets.style import add_meta, finish_sheet

    language = form_language(tender.language, lang)
    t = texts(language)
    names = sheet_names(language)
    wb = Workbook()
    scores = wb.active
    scores.title = names.scores if not tender.lots else lot_sheet(names.scores, ids := lot_ids(tender), ids[0])
    scale = wb.create_sheet(names.scale)
    scale_range = scale_sheet(scale, tender, t)
    if tender.lots:  # a sheet per lot: the bids for the lot (their offers) × the lot's judged criteria
        for index, lot in enumerate(tender.lots):
            ws = scores if index == 0 else wb.create_sheet(lot_sheet(names.scores, ids, lot.id), index)
            offers = tuple(bid.offers[lot.id] for bid in bids if lot.id in bid.offers)
            scores_sheet(ws, lot.tender, offers, evaluator, t, scale_range, language)
            finish_sheet(ws)
    else:
        scores_sheet(scores, tender, bids, evaluator, t, scale_range, language)
        finish_sheet(scores)
    finish_sheet(scale, landscape=False)
    add_meta(wb, {"format": SCORE_SHEET, "tender": tender.id, "language": language, "evaluator": evaluator})
    wb.active = 0
    return wb


def scale_sheet(ws: Any, tender: Tender, t: dict[str, str]) -> str:
    """The announced scale, grade by grade; returns the range the dropdown and the meanings refer to."""
    from tender.sheets.style import body, header, title_block

    title, subtitle = sheet_heading(tender, t)
    title_block(ws, (10, 70), title, subtitle, t["scale_intro"], "")
    header(ws, t["scale_head"].split("|"))
    values = grades(tender.scale) or sorted(tender.scale.labels)
    for row, grade in enumerate(values, start=FIRST_ROW):
        body(ws.cell(row, 1), grade, number_format="0")
        body(ws.cell(row, 2), tender.scale.labels.get(grade, ""))
        ws.row_dimensions[row].height = 20
    last = FIRST_ROW + max(len(values), 1) - 1
    return f"'{ws.title}'!$A${FIRST_ROW}:$A${last}"


def sheet_heading(tender: Tender, t: dict[str, str]) -> tuple[str, str]:
    """The title and subtitle of the score sheet's pages."""
    return f"{t['sheet_form']} – {tender.title}", t["subtitle"].format(buyer=tender.buyer, id=tender.id)


def scores_sheet(
    ws: Any,
    tender: Tender,
    bids: tuple[Bid, ...],
    evaluator: str,
    t: dict[str, str],
    scale_range: str,
    language: str = "en",
) -> None:
    """A row per bid × judged criterion with a score dropdown, its meaning and the justification."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.style import (
        FONT,
        body,
        formula,
        header,
        input_cell,
        put_text,
        text_height,
        title_block,
        titled,
    )

    title, subtitle = sheet_heading(tender, t)
    committee = evaluator.lower() == CONSENSUS_STEM  # the consensus names its moderator and participants per row
    widths = (14, 26, 16, 52, 9, 24, 62, *((16, 30) if committee else ()))
    title_block(ws, widths, title, subtitle, t["score_intro"], t["legend"])
    put_text(ws["A5"], t["evaluator"].format(evaluator=evaluator)).font = Font(name=FONT, size=11, bold=True)
    header(ws, t["score_head"].split("|") + (t["committee_head"].split("|") if committee else []))
    scale = tender.scale
    listed = grades(scale) is not None
    check = DataValidation(
        type="list" if listed else "decimal",
        operator=None if listed else "between",
        formula1=f"={scale_range}" if listed else f"{scale.min:g}",
        formula2=None if listed else f"{scale.max:g}",
        allow_blank=True,
        showErrorMessage=True,
        error=t["score_error"],
        showInputMessage=True,
        prompt=t["score_prompt"].format(
            min=number_text(scale.min, language), max=number_text(scale.max, language), scale=scale_range.split("'")[1]
        ),
    )
    ws.add_data_validation(check)
    judged = [leaf for leaf in tender.leaves() if leaf.kind is Kind.JUDGED]
    meanings = scale_range.replace(":$A$", ":$B$")
    row = FIRST_ROW
    for index, bid in enumerate(sorted(bids, key=lambda b: b.bidder)):
        band = index % 2 == 1
        for leaf in judged:
            text = f"{leaf.name}\n{leaf.description}"
            body(ws.cell(row, 1), bid.bidder, muted=True, band=band)
            body(ws.cell(row, 2), bid.name, band=band)
            body(ws.cell(row, 3), leaf.id, muted=True, band=band)
            titled(ws.cell(row, 4), leaf.name, leaf.description, band=band)
            formula(ws.cell(row, 6), f'=IFERROR(VLOOKUP(E{row},{meanings},2,FALSE),"")', band=band)
            input_cell(ws.cell(row, SCORE_VALUE_COL), style="Tender score")
            input_cell(ws.cell(row, 7))
            if committee:
                input_cell(ws.cell(row, SCORE_MODERATOR_COL))
                input_cell(ws.cell(row, SCORE_PARTICIPANTS_COL))
            ws.row_dimensions[row].height = max(48, text_height(text, 52))
            row += 1
    last = row - 1
    if last >= FIRST_ROW:
        check.add(f"E{FIRST_ROW}:E{last}")  # one range: per-cell ranges make big sheets slow to open
        missing = PatternFill("solid", fgColor="F8CBAD")
        ws.conditional_formatting.add(
            f"G{FIRST_ROW}:G{last}",
            FormulaRule(formula=[f"AND(ISNUMBER($E{FIRST_ROW}),LEN(TRIM($G{FIRST_ROW}))=0)"], fill=missing),
        )
        total = last - FIRST_ROW + 1
        progress = formula(
            ws["G5"], f'=COUNT({cell_ref(FIRST_ROW, 5)}:{cell_ref(last, 5)})&" {t["of"]} {total} {t["scored"]}"'
        )
        progress.border = None
        progress.font = Font(name=FONT, size=10, italic=True, color="595959")
