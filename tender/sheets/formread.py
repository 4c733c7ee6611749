"""Read a filled bid form (xlsx) back into a Bid, reporting every problem by sheet and cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.errors import Collector
from tender.model import Bid, Tender
from tender.parse.bidfile import read_bid
from tender.parse.common import describe
from tender.sheets.bidcsv import FLAT_COLUMNS, FlatRow, bid_from_flat, iso_date, slug
from tender.sheets.layout import (
    BID_FORM,
    BIDDER_VALUE_COL,
    FACT_VALUE_COL,
    FIRST_ROW,
    ID_COL,
    LOT_ROW,
    META_SHEET,
    PRICE_UNIT_COL,
    REQ_ANSWER_COL,
    REQ_EVIDENCE_COL,
    SHEETS,
    SheetNames,
    decimal_of,
    lot_sheet,
    returned_language,
    sheet_names,
    yes_no,
)
from tender.sheets.percent import percent_facts, shown_percent
from tender.sheets.xlsxread import Grid, Workbook, number_of, text_of


def read_xlsx_bid(path: Path, display: str, tender: Tender, collector: Collector) -> Bid | None:
    """A bid from a filled bid form, or from a plain workbook whose first sheet has the flat layout."""
    book = Workbook(path, display)
    meta = book.meta()
    if not meta:
        return read_flat_sheet(book, path, display, decimal_of(tender.language), tender, collector)
    if meta.get("format") != BID_FORM:
        collector.add("wrong-form.bid", display, "", value=meta.get("format", "unknown"))
        return None
    if meta.get("tender") != tender.id:
        collector.add("wrong-tender.bid", display, "", found=describe(meta.get("tender")), id=tender.id)
        return None
    language = returned_language(meta.get("language"), book.names, "bidder")  # a form's language, not the tender's
    names, decimal = sheet_names(language), decimal_of(language)  # numeric text as the form asks for it (99,95)
    data: dict[str, object] = {}
    places: dict[str, str] = {}
    bidder = book.grid(names.bidder)
    for row, key in bidder.keyed_rows(FIRST_ROW):
        if key.startswith(LOT_ROW):
            continue  # a lot bid for or not: tender.sheets.lotread
        places[key] = bidder.ref(row, BIDDER_VALUE_COL)
        value = bidder.value(row, BIDDER_VALUE_COL)
        if value is not None:
            data[key] = bidder_value(key, value)
    if "bidder" not in data:
        data["bidder"] = meta.get("bidder") or slug(path.stem)
    given = answers(book.grid(names.requirements), places, display, collector, data)
    suitable = {str(r.id) for r in tender.suitability}
    data["requirements"] = {k: v for k, v in given.items() if k not in suitable}
    data["suitability"] = {k: v for k, v in given.items() if k in suitable}
    for key in suitable:
        if f"requirements.{key}" in places:
            places[f"suitability.{key}"] = places.pop(f"requirements.{key}")

    facts = book.grid(names.facts)
    data["facts"] = numbers(facts, "facts", FACT_VALUE_COL, decimal, places, keep_blank=False)
    if tender.lots:
        read_lotted(book, names, (bidder, facts), data, places, tender, decimal, display, collector)
    else:
        read_percent_cells(facts, FACT_VALUE_COL, data["facts"], percent_facts(tender), display, collector)  # type: ignore[arg-type]
        data["prices"] = numbers(book.grid(names.prices), "prices", PRICE_UNIT_COL, decimal, places, keep_blank=True)
    return read_bid(data, tender, display, collector, places)


def read_lotted(
    book: Workbook,
    names: SheetNames,
    grids: tuple[Grid, Grid],
    data: dict[str, Any],
    places: dict[str, str],
    tender: Tender,
    decimal: str,
    display: str,
    collector: Collector,
) -> None:
    """A lotted form's lots bid for, their requirement and fact rows, a price sheet per lot and the combinations
    (`names`: the form's sheet names; `grids`: its Bidder and Facts sheets)."""
    from tender.sheets import lotread

    bidder, facts = grids
    read_percent_cells(facts, FACT_VALUE_COL, data["facts"], lotread.lot_percent(tender), display, collector)
    lotread.read_lot_choice(bidder, data, places, display, collector)
    offers: dict[str, dict[str, Any]] = {}
    lots = [lot.id for lot in tender.lots]
    chosen = set(data.get("lots") or ())
    for lot in lots:
        name = lot_sheet(names.prices, lots, lot)
        if name in book.names or lot in chosen:  # a lot bid for without its price sheet: the missing sheet is named
            group = f"offers.{lot}.prices"
            offers[lot] = {"prices": numbers(book.grid(name), group, PRICE_UNIT_COL, decimal, places, keep_blank=True)}
    lotread.regroup(data, places, offers)
    lotread.kept_offers(data, places, offers)
    if names.combinations in book.names:
        lotread.read_combinations(book.grid(names.combinations), data, places, decimal, display, collector)
    if not data["facts"]:
        del data["facts"]


def xlsx_bidder_id(path: Path, display: str) -> str | None:
    """Only the bidder id of a bid form, from its two small sheets (None if the file is no bid form)."""
    book = Workbook(path, display)
    names = [n.bidder for n in SHEETS.values() if n.bidder in book.names]
    if META_SHEET not in book.names or not names:
        return None
    grid = book.grid(names[0])
    for row, key in grid.keyed_rows(FIRST_ROW):
        value = grid.value(row, BIDDER_VALUE_COL)
        if key == "bidder" and value is not None:
            return text_of(value)
    meta = book.meta()
    return (meta.get("bidder") or slug(path.stem)) if meta.get("format") == BID_FORM else None


def bidder_value(key: str, value: object) -> object:
    """A value of the Bidder sheet as read_bid takes it: dates as ISO text, the completeness as yes/no."""
    if key in ("submitted", "received"):
        return iso_date(value)
    if key == "complete":
        answer = yes_no(value)
        return text_of(value) if answer is None else answer
    return text_of(value)


def answers(
    grid: Grid, places: dict[str, str], display: str, collector: Collector, data: dict[str, object] | None = None
) -> dict[str, bool]:
    """The yes/no answers of the Requirements sheet (requirements and suitability criteria), with the evidence
    the bidder names beside them (into data["evidence"]); a blank answer is no answer."""
    out: dict[str, bool] = {}
    evidence: dict[str, object] = {}
    for row, key in grid.keyed_rows(FIRST_ROW):
        places[f"requirements.{key}"] = grid.ref(row, ID_COL)
        proof = grid.value(row, REQ_EVIDENCE_COL)
        if proof is not None and str(proof).strip():
            evidence[key] = text_of(proof)
            places[f"evidence.{key}"] = grid.ref(row, REQ_EVIDENCE_COL)
        value = grid.value(row, REQ_ANSWER_COL)
        if value is None:
            continue
        answer = yes_no(value)
        if answer is None:
            collector.add(
                "not-yes-no.requirement", display, grid.ref(row, REQ_ANSWER_COL), key=key, found=describe(value)
            )
            continue
        places[f"requirements.{key}"] = grid.ref(row, REQ_ANSWER_COL)
        out[key] = answer
    if data is not None and evidence:
        data["evidence"] = evidence
    return out


def numbers(
    grid: Grid, group: str, col: int, decimal: str, places: dict[str, str], *, keep_blank: bool
) -> dict[str, object]:
    """The numbers entered in one column, by row id (numeric text parsed as the tender's language writes it)."""
    out: dict[str, object] = {}
    for row, key in grid.keyed_rows(FIRST_ROW):
        value = grid.value(row, col)
        places[f"{group}.{key}"] = grid.ref(row, col)
        if value is not None or keep_blank:
            out[key] = number_of(value, decimal) if value is not None else None
    return out


def read_percent_cells(
    grid: Grid, col: int, facts: dict[str, object], capped: dict[str, bool], display: str, collector: Collector
) -> None:
    """Read the percent cells of `%` facts (`capped`: percent_facts) as the percent they show (see
    tender.sheets.percent)."""
    if not grid.percent:
        return
    for row, key in grid.keyed_rows(FIRST_ROW):
        if key in capped and key in facts and (row, col) in grid.percent:
            shown = shown_percent(facts[key], key, capped[key], grid.ref(row, col), display, collector)
            if shown is None:
                del facts[key]  # refused as ambiguous
            else:
                facts[key] = shown


def read_flat_sheet(
    book: Workbook, path: Path, display: str, decimal: str, tender: Tender, collector: Collector
) -> Bid | None:
    """A plain workbook: its first sheet must hold the columns section, key, value (like a CSV bid)."""
    grid = book.grid(book.names[0])
    header = [text_of(grid.value(1, c) or "").lower() for c in range(1, 4)]
    if tuple(header) != FLAT_COLUMNS:
        collector.add("not-a-bid-form", display, f"{grid.name}!A1")
        return None
    rows = [
        FlatRow(
            text_of(grid.value(r, 1) or ""),
            text_of(grid.value(r, 2) or ""),
            grid.value(r, 3),
            grid.ref(r, 2),
            grid.ref(r, 3),
        )
        for r in range(2, len(grid.rows) + 1)
        if grid.value(r, 1) is not None
    ]
    return bid_from_flat(rows, path.stem, decimal, display, tender, collector)
