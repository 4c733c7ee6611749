"""The bid form of a lotted tender: which lots are bid for, the shared requirements once and a requirement and
fact block per lot, a price sheet per lot, and the combination bids where the tender admits them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tender.errors import UsageError
from tender.model import Lot, Tender
from tender.sheets.forms import (
    FactBlock,
    RequirementBlock,
    bidder_sheet,
    check_target,
    currency_sign,
    facts_sheet,
    heading,
    prices_sheet,
    requirements_sheet,
)
from tender.sheets.layout import BID_FORM, FIRST_ROW, LOT_ROW, lot_sheet, sheet_names
from tender.sheets.texts import form_language, texts

MAX_COMBINATION_ROWS = 10


def write_lotted_form(
    tender: Tender,
    out: Path,
    bidder: str | None = None,
    lots: Sequence[str] | None = None,
    force: bool = False,
    lang: str | None = None,
) -> Path:
    """Write a lotted tender's bid form to `out` (atomically) in `lang` (default: the tender's language): every
    lot, or only `lots` (then marked as bid for)."""
    from tender.sheets.style import save_atomic

    chosen_lots(tender, lots)  # unknown lots are refused before anything else
    check_target(out, force)
    save_atomic(build_lotted_form(tender, bidder, lots, lang), out)
    return out


def chosen_lots(tender: Tender, lots: Sequence[str] | None) -> tuple[Lot, ...]:
    """The lots the form shows, in the tender's order: all, or the named ones (each must be a lot of the tender)."""
    if lots is None:
        return tender.lots
    known = [lot.id for lot in tender.lots]
    unknown = [lot for lot in lots if lot not in known]
    if unknown:
        raise UsageError("forms.unknown-lots", unknown=", ".join(unknown), tender=tender.id, known=", ".join(known))
    if not lots:
        raise UsageError("forms.no-lots", tender=tender.id, known=", ".join(known))
    return tuple(lot for lot in tender.lots if lot.id in lots)


def build_lotted_form(
    tender: Tender, bidder: str | None = None, lots: Sequence[str] | None = None, lang: str | None = None
) -> Any:
    """The lotted bid form as an openpyxl Workbook, in `lang` (default: the tender's language)."""
    from openpyxl import Workbook

    from tender.sheets.style import add_meta, finish_sheet

    language = form_language(tender.language, lang)
    t = texts(language)
    names = sheet_names(language)
    shown = chosen_lots(tender, lots)
    ids = [lot.id for lot in tender.lots]
    wb = Workbook()

    def lot_rows(ws: Any, row: int) -> int:
        return lot_choice(ws, row, shown, t, fixed=lots is not None)

    sheets = [
        (bidder_sheet(wb.active, tender, t, bidder, lot_rows, lotted=True), names.bidder),
        (requirements_sheet(wb.create_sheet(), tender, t, requirement_blocks(tender, shown, t)), names.requirements),
        (facts_sheet(wb.create_sheet(), tender, t, fact_blocks(shown, t)), names.facts),
    ]
    for lot in shown:
        sheets.append((prices_sheet(wb.create_sheet(), lot.tender, t), lot_sheet(names.prices, ids, lot.id)))
    if tender.compare is not None and len(shown) > 1:
        sheets.append((combinations_sheet(wb.create_sheet(), tender, shown, t), names.combinations))
    for ws, title in sheets:
        ws.title = title
        finish_sheet(ws)
    meta = {"format": BID_FORM, "tender": tender.id, "language": language}
    if bidder:
        meta["bidder"] = bidder
    if lots is not None:
        meta["lots"] = ",".join(lot.id for lot in shown)
    add_meta(wb, meta)
    wb.active = 0
    return wb


def lot_choice(ws: Any, row: int, lots: Sequence[Lot], t: dict[str, str], fixed: bool) -> int:
    """The Bidder sheet's lots from `row` on: a heading, then per lot its title and ja/nein (fixed to ja when the
    form was made for the bidder's lots); returns the next free row."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.style import FONT, body, input_cell, put_text

    put_text(ws.cell(row, 2), t["lots_title"]).font = Font(name=FONT, size=12, bold=True, color="1F3864")
    row += 1
    check = DataValidation(
        type="list", formula1=f'"{t["yes"]},{t["no"]}"', allow_blank=True, showErrorMessage=True, error=t["lot_error"]
    )
    ws.add_data_validation(check)
    for lot in lots:
        body(ws.cell(row, 1), f"{LOT_ROW}{lot.id}", muted=True)
        body(ws.cell(row, 2), lot.title).font = Font(name=FONT, size=10, bold=True)
        if fixed:
            body(ws.cell(row, 3), t["yes"])
            body(ws.cell(row, 4), t["lot_fixed"], muted=True)
        else:
            input_cell(ws.cell(row, 3))
            check.add(ws.cell(row, 3).coordinate)
            body(ws.cell(row, 4), t["lot_hint"], muted=True)
        ws.row_dimensions[row].height = 22
        row += 1
    return row


def lot_title(lot: Lot, t: dict[str, str]) -> str:
    """A lot block's heading row: the lot's title and id."""
    return t["lot_block"].format(title=lot.title, id=lot.id)


def requirement_blocks(tender: Tender, lots: Sequence[Lot], t: dict[str, str]) -> list[RequirementBlock]:
    """The shared yes/no requirements once, the suitability criteria, then each lot's own requirements."""
    shared = {req.id for req in tender.requirements}
    blocks: list[RequirementBlock] = [
        (None, [(str(req.id), req) for req in tender.requirements if req.fact is None]),
        (t["suitability_head"], [(str(req.id), req) for req in tender.suitability]),
    ]
    for lot in lots:
        own = [req for req in lot.tender.requirements if req.id not in shared and req.fact is None]
        blocks.append((lot_title(lot, t), [(f"{lot.id}.{req.id}", req) for req in own]))
    return blocks


def fact_blocks(lots: Sequence[Lot], t: dict[str, str]) -> list[FactBlock]:
    """Each lot's facts (its measured criteria and numeric requirements, the shared ones included)."""
    return [
        (lot_title(lot, t), [(f"{lot.id}.{fact}", about) for fact, about in lot.tender.facts().items()]) for lot in lots
    ]


def combination_rows(lots: int) -> int:
    """How many combination rows the sheet offers: every set of two or more lots, at most MAX_COMBINATION_ROWS."""
    return min(MAX_COMBINATION_ROWS, 2**lots - lots - 1)


def combinations_sheet(ws: Any, tender: Tender, lots: Sequence[Lot], t: dict[str, str]) -> Any:
    """A row per combination bid: its id, ja under each of its lots, and a combined price or a discount."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from tender.sheets.layout import COMBINATION_FIRST_LOT_COL, HEADER_ROW
    from tender.sheets.percent import PERCENT_FORMAT
    from tender.sheets.style import body, header, input_cell, title_block

    n = len(lots)
    price_col = COMBINATION_FIRST_LOT_COL + n
    title_block(ws, (6, 22, *([16] * n), 18, 14), *heading(tender, t), t["comb_intro"], t["legend"])
    labels = t["comb_head"].format(lots="\0", currency=tender.currency).split("|")
    at = labels.index("\0")
    header(ws, [*labels[:at], *(lot_title(lot, t) for lot in lots), *labels[at + 1 :]])
    ws.row_dimensions[HEADER_ROW].height = 58
    for col, lot in enumerate(lots, start=COMBINATION_FIRST_LOT_COL):  # the lots' ids, which the reader goes by
        body(ws.cell(HEADER_ROW - 1, col), lot.id, muted=True)
    marks = DataValidation(
        type="list", formula1=f'"{t["yes"]},{t["no"]}"', allow_blank=True, showErrorMessage=True, error=t["lot_error"]
    )
    price = DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True, showErrorMessage=True
    )
    price.error = t["comb_error"]
    discount = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True, showErrorMessage=True
    )
    discount.error = t["comb_discount_error"]
    for check in (marks, price, discount):
        ws.add_data_validation(check)
    money = f'#,##0.00 "{currency_sign(tender.currency)}"'
    rows = combination_rows(n)
    for row in range(FIRST_ROW, FIRST_ROW + rows):
        body(ws.cell(row, 1), row - FIRST_ROW + 1, muted=True)
        for col in range(2, price_col + 2):
            input_cell(ws.cell(row, col), money if col == price_col else PERCENT_FORMAT if col > price_col else None)
        ws.row_dimensions[row].height = 22
    last = FIRST_ROW + rows - 1
    first_lot, last_lot = ws.cell(FIRST_ROW, COMBINATION_FIRST_LOT_COL), ws.cell(last, price_col - 1)
    marks.add(f"{first_lot.coordinate}:{last_lot.coordinate}")
    price.add(f"{ws.cell(FIRST_ROW, price_col).coordinate}:{ws.cell(last, price_col).coordinate}")
    discount.add(f"{ws.cell(FIRST_ROW, price_col + 1).coordinate}:{ws.cell(last, price_col + 1).coordinate}")
    return ws
