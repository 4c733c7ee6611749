"""Read the lotted parts of a filled bid form: the lots bid for, the lots' requirement and fact rows, which offers
were made, and the combination bids; into the data of a YAML bid, every value with its cell."""

from __future__ import annotations

from typing import Any

from tender.errors import Collector
from tender.model import Tender
from tender.parse.common import describe
from tender.sheets.layout import (
    BIDDER_VALUE_COL,
    COMBINATION_FIRST_LOT_COL,
    COMBINATION_ID_COL,
    FIRST_ROW,
    HEADER_ROW,
    LOT_ROW,
    lot_key,
    yes_no,
)
from tender.sheets.percent import percent_facts
from tender.sheets.xlsxread import Grid, number_of, text_of

GROUPS = ("requirements", "facts", "evidence")


def lot_percent(tender: Tender) -> dict[str, bool]:
    """The `%` facts of every lot, by their row id on the Facts sheet (`cluster.verfuegbarkeit`)."""
    return {f"{lot.id}.{fact}": capped for lot in tender.lots for fact, capped in percent_facts(lot.tender).items()}


def read_lot_choice(
    grid: Grid, data: dict[str, Any], places: dict[str, str], display: str, collector: Collector
) -> None:
    """The lots answered ja on the Bidder sheet, in its order, into data["lots"] (left out when none is)."""
    lots: list[str] = []
    for row, key in grid.keyed_rows(FIRST_ROW):
        if not key.startswith(LOT_ROW):
            continue
        lot = key.removeprefix(LOT_ROW)
        cell = grid.ref(row, BIDDER_VALUE_COL)
        places.setdefault("lots", cell)
        value = grid.value(row, BIDDER_VALUE_COL)
        answer = None if value is None else yes_no(value)
        if value is not None and answer is None:
            collector.add(
                "not-yes-no", display, cell, f"lot {lot}: expected ja/nein or yes/no, found {describe(value)}"
            )
        if answer:
            places[f"lots[{len(lots)}]"] = cell
            lots.append(lot)
    if lots:
        data["lots"] = lots


def regroup(data: dict[str, Any], places: dict[str, str], offers: dict[str, dict[str, Any]]) -> None:
    """Move the lots' rows of the Requirements and Facts sheets (ids `lot.id`) into the lots' offers, their places
    to the key paths `offers.<lot>.<group>.<id>`."""
    for group in GROUPS:
        values = data.get(group) or {}
        for key in [k for k in values if lot_key(k)]:
            lot, ident = lot_key(key)  # type: ignore[misc]
            offers.setdefault(lot, {}).setdefault(group, {})[ident] = values.pop(key)
        for key in [k for k in places if k.startswith(f"{group}.") and lot_key(k.removeprefix(f"{group}."))]:
            lot, ident = lot_key(key.removeprefix(f"{group}."))  # type: ignore[misc]
            places[f"offers.{lot}.{group}.{ident}"] = places.pop(key)


def kept_offers(data: dict[str, Any], places: dict[str, str], offers: dict[str, dict[str, Any]]) -> None:
    """The offers into data["offers"]: every lot bid for, and every other lot with anything entered (which
    tender.parse.lotbid refuses as an offer for a lot not bid for, at the first cell filled in)."""
    chosen = set(data.get("lots") or ())
    kept: dict[str, dict[str, Any]] = {}
    for lot, offer in offers.items():
        entered = [
            (group, key) for group, values in offer.items() for key, value in values.items() if value is not None
        ]
        if lot in chosen or entered:
            kept[lot] = offer
        if entered and lot not in chosen:
            group, key = entered[0]
            places[f"offers.{lot}"] = places.get(f"offers.{lot}.{group}.{key}", f"offers.{lot}")
    if kept:
        data["offers"] = kept


def read_combinations(
    grid: Grid, data: dict[str, Any], places: dict[str, str], decimal: str, display: str, collector: Collector
) -> None:
    """The rows of the Combinations sheet that hold anything: id, the lots marked ja (their ids above the header),
    and the combined price or the discount (a percent cell: 10 % is 0.1)."""
    lots: list[tuple[int, str]] = []
    col = COMBINATION_FIRST_LOT_COL
    while (tag := grid.value(HEADER_ROW - 1, col)) is not None:
        lots.append((col, text_of(tag)))
        col += 1
    price_col, discount_col = col, col + 1
    items: list[dict[str, Any]] = []
    for row, _ in grid.keyed_rows(FIRST_ROW):
        cells = [grid.value(row, c) for c in range(COMBINATION_ID_COL, discount_col + 1)]
        if all(v is None for v in cells):
            continue
        place = f"combinations[{len(items)}]"
        item: dict[str, Any] = {"lots": []}
        places[place] = places[f"{place}.id"] = grid.ref(row, COMBINATION_ID_COL)
        ident = grid.value(row, COMBINATION_ID_COL)
        if ident is not None:
            item["id"] = text_of(ident)
        for c, lot in lots:
            value = grid.value(row, c)
            mark = None if value is None else yes_no(value)
            if value is not None and mark is None:
                message = f"combination, lot {lot}: expected ja/nein or yes/no, found {describe(value)}"
                collector.add("not-yes-no", display, grid.ref(row, c), message)
            if mark:
                places[f"{place}.lots[{len(item['lots'])}]"] = grid.ref(row, c)
                item["lots"].append(lot)
        places[f"{place}.lots"] = grid.ref(row, COMBINATION_FIRST_LOT_COL)
        price, discount = grid.value(row, price_col), grid.value(row, discount_col)
        if price is not None:
            item["price"] = number_of(price, decimal)
            places[f"{place}.price"] = grid.ref(row, price_col)
        if discount is not None:
            item["discount"] = fraction(discount, decimal)
            places[f"{place}.discount"] = grid.ref(row, discount_col)
        items.append(item)
    if items:
        data["combinations"] = items


def fraction(value: object, decimal: str) -> object:
    """A discount as a fraction: a percent cell's number as stored (0.1), text `10 %` as 0.1."""
    if isinstance(value, str) and value.strip().endswith("%"):
        number = number_of(value.strip().removesuffix("%").strip(), decimal)
        return number / 100 if isinstance(number, float) else value
    return number_of(value, decimal)
