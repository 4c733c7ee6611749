"""The lotted rows of a flat bid (CSV, or a plain workbook's first sheet): `lot;cluster;ja` for each lot bid for,
`cluster.price;setup;9.000`, `cluster.fact;…`, `cluster.requirement;…` for the lot's offer, and
`combination;ID;cluster, test` with `combination-price;ID;…` or `combination-discount;ID;10 %` for a combination."""

from __future__ import annotations

import re
from typing import Any

from tender.parse.common import join

LOT_SECTIONS = {"requirement": "requirements", "fact": "facts", "price": "prices"}
COMBINATION_SECTIONS = {"combination": "lots", "combination-price": "price", "combination-discount": "discount"}
SECTION_HELP = "lot, LOT.requirement, LOT.fact, LOT.price, combination, combination-price, combination-discount"
LIST_SPLIT = re.compile(r"[,;]")


def kind(section: str) -> str | None:
    """What a lotted section's value is (`lot`, `requirement`, `fact`, `price`, or a combination field); None for a
    section that is not lotted."""
    if section == "lot" or section in COMBINATION_SECTIONS:
        return section
    lot, dot, what = section.partition(".")
    return what if dot and lot and what in LOT_SECTIONS else None


class LotRows:
    """Collects the lotted rows of one flat bid in the shape of a YAML bid, with each value's place."""

    def __init__(self) -> None:
        self.lots: list[str] = []
        self.offers: dict[str, dict[str, dict[str, Any]]] = {}
        self.combinations: dict[str, dict[str, Any]] = {}

    def path(self, section: str, key: str) -> str:
        """The key path of a row (`offers.cluster.prices.setup`, `lots.cluster`, `combinations[0].price`)."""
        if section == "lot":
            return join("lots", key)
        if section in COMBINATION_SECTIONS:
            index = list(self.combinations).index(key) if key in self.combinations else len(self.combinations)
            return f"combinations[{index}].{COMBINATION_SECTIONS[section]}"
        lot, _, what = section.partition(".")
        return join(f"offers.{lot}.{LOT_SECTIONS[what]}", key)

    def add(self, section: str, key: str, value: object, note: str, place: str, places: dict[str, str]) -> None:
        """Take one row's converted value (None: left blank)."""
        if section == "lot":
            places.setdefault("lots", place)
            if value:
                places[f"lots[{len(self.lots)}]"] = place
                self.lots.append(key)
            return
        if section in COMBINATION_SECTIONS:
            self.combination(section, key, value, place, places)
            return
        lot, _, what = section.partition(".")
        offer = self.offers.setdefault(lot, {})
        places.setdefault(f"offers.{lot}", place)
        if value is not None or what == "price":
            offer.setdefault(LOT_SECTIONS[what], {})[key] = value
        if what == "requirement" and note.strip():
            offer.setdefault("evidence", {})[key] = note.strip()
            places[join(f"offers.{lot}.evidence", key)] = place

    def combination(self, section: str, key: str, value: object, place: str, places: dict[str, str]) -> None:
        """One field of a combination bid: its lots (a list), its price or its discount."""
        index = list(self.combinations).index(key) if key in self.combinations else len(self.combinations)
        item = self.combinations.setdefault(key, {"id": key})
        prefix = f"combinations[{index}]"
        places.setdefault(prefix, place)
        places.setdefault(f"{prefix}.id", place)
        if section != "combination":
            if value is not None:
                item[COMBINATION_SECTIONS[section]] = value
            return
        lots = [part.strip() for part in LIST_SPLIT.split(str(value or "")) if part.strip()]
        item["lots"] = lots
        for j in range(len(lots)):
            places[f"{prefix}.lots[{j}]"] = place

    def into(self, data: dict[str, Any]) -> None:
        """Put the lots, the offers and the combinations into the bid's data."""
        if self.lots:  # none: tender.parse.lotbid asks for the lots (at the first `lot` row, if any)
            data["lots"] = self.lots
        if self.offers:
            data["offers"] = self.offers
        if self.combinations:
            data["combinations"] = [
                item if "lots" in item else {**item, "lots": []} for item in self.combinations.values()
            ]
