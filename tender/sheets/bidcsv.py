"""Bids in the flat layout `section;key;value` (CSV, or the first sheet of a plain workbook)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tender.errors import Collector
from tender.model import Bid, Tender
from tender.parse.bidfile import read_bid
from tender.parse.common import describe, join
from tender.parse.csvread import read_csv
from tender.sheets.layout import BIDDER_KEYS, yes_no
from tender.sheets.lotflat import SECTION_HELP, LotRows, kind
from tender.sheets.lotread import fraction
from tender.sheets.xlsxread import number_of

FLAT_COLUMNS = ("section", "key", "value")
OPTIONAL_COLUMNS = ("note",)
SECTIONS = {
    "bidder": "",
    "requirement": "requirements",
    "suitability": "suitability",
    "fact": "facts",
    "price": "prices",
}
BIDDER_ALIASES = {"id": "bidder"}
GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})( \d{1,2}:\d{2}(:\d{2})?)?\Z")


@dataclass(frozen=True)
class FlatRow:
    """One `section, key, value` row with the places of its key and its value."""

    section: str
    key: str
    value: object
    key_place: str
    value_place: str
    note: str = ""  # the bidder's evidence beside a requirement or suitability answer


def read_csv_bid(path: Path, display: str, tender: Tender, collector: Collector) -> Bid | None:
    """A bid written as CSV rows `section;key;value` (comma or semicolon, German or English numbers)."""
    table = read_csv(path, display)
    missing = [c for c in FLAT_COLUMNS if c not in table.header]
    unknown = [c for c in table.header if c not in FLAT_COLUMNS + OPTIONAL_COLUMNS]
    if missing or unknown:
        collector.add(
            "bad-header",
            display,
            "line 1",
            f"expected the columns {';'.join(FLAT_COLUMNS)} (note optional); "
            f"missing: {', '.join(missing) or 'none'}, unknown: {', '.join(unknown) or 'none'}",
        )
        return None
    rows = [
        FlatRow(row["section"], row["key"], row["value"], f"line {line}", f"line {line}", row.get("note") or "")
        for line, row in table.rows
    ]
    return bid_from_flat(rows, path.stem, table.decimal, display, tender, collector)


def bid_from_flat(
    rows: list[FlatRow], stem: str, decimal: str, display: str, tender: Tender, collector: Collector
) -> Bid | None:
    """Turn flat rows into the data of a YAML bid and check it with the same rules (read_bid)."""
    data: dict[str, object] = {"requirements": {}, "suitability": {}, "facts": {}, "prices": {}, "evidence": {}}
    places: dict[str, str] = {}
    lotted = LotRows() if tender.lots else None
    for row in rows:
        section = row.section.strip().lower()
        what = kind(section) if lotted is not None else None
        if lotted is not None and what is not None:
            key = row.key.strip()
            path = lotted.path(section, key)
            if path in places:
                collector.add("duplicate-key", display, row.value_place, f"{section} {key} is given twice")
                continue
            places[path] = row.value_place
            value = flat_value(what, row, decimal, display, collector)
            lotted.add(section, key, value, row.note, row.value_place, places)
            continue
        if section not in SECTIONS:
            collector.add(
                "unknown-section",
                display,
                row.key_place,
                f"unknown section {describe(row.section)}: expected one of {', '.join(SECTIONS)}"
                + (f", {SECTION_HELP}" if lotted is not None else ""),
            )
            continue
        key = row.key.strip()
        group = SECTIONS[section]
        if not group:
            key = BIDDER_ALIASES.get(key.lower(), key.lower())
        path = join(group, key)
        if path in places:
            collector.add("duplicate-key", display, row.value_place, f"{section} {key} is given twice")
            continue
        places[path] = row.value_place if group or key in BIDDER_KEYS else row.key_place
        value = flat_value(section, row, decimal, display, collector)
        if group in ("requirements", "suitability") and row.note.strip():
            data["evidence"][key] = row.note.strip()  # type: ignore[index]
            places[join("evidence", key)] = row.value_place
        target = data[group] if group else data
        if value is not None or section == "price":
            target[key] = value  # type: ignore[index]
    data.setdefault("bidder", slug(stem))
    if lotted is not None:
        lotted.into(data)
        if not data["prices"]:
            del data["prices"]  # a price outside the lots is refused (tender.parse.lotbid), an empty one is none
        else:
            places.setdefault("prices", next(v for k, v in places.items() if k.startswith("prices.")))
    return read_bid(data, tender, display, collector, places)


def flat_value(section: str, row: FlatRow, decimal: str, display: str, collector: Collector) -> object:
    """One value converted as its section needs: a yes/no answer, a number, or text."""
    value = row.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if section in ("requirement", "suitability", "lot") or (
        section == "bidder" and row.key.strip().lower() == "complete"
    ):
        answer = yes_no(value)
        if answer is None:
            collector.add(
                "not-yes-no",
                display,
                row.value_place,
                f"{row.section.strip().lower()} {row.key.strip()}: expected ja/nein or yes/no, found {describe(value)}",
            )
        return answer
    if section in ("fact", "price", "combination-price"):
        return number_of(value, decimal)
    if section == "combination-discount":
        return fraction(value, decimal)
    if section == "combination":
        return value
    return iso_date(value) if row.key.strip().lower() in ("submitted", "received") else value


def iso_date(value: object) -> object:
    """A date typed the German way (`14.03.2007`) in ISO form; anything else unchanged."""
    match = GERMAN_DATE.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return value
    day, month, year, time, _ = match.groups()
    clock = f"T{time.strip().zfill(5)}" if time else ""
    return f"{year}-{int(month):02d}-{int(day):02d}{clock}"


def slug(text: str) -> str:
    """A bidder id from a file name: `Angebot Müller GmbH` → `angebot-mueller-gmbh`."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "bid"
