"""Read one bid (parsed YAML data) into a validated Bid."""

from __future__ import annotations

from collections.abc import Mapping

from tender.errors import Collector
from tender.model import Bid, BidderId, Tender
from tender.parse.common import Fields, join
from tender.parse.lotbid import LOTTED_KEYS, read_offers, shared_view
from tender.parse.procedure import read_moment

BID_KEYS = {
    "bidder",
    "name",
    "requirements",
    "facts",
    "prices",
    "contact",
    "submitted",
    "received",
    "channel",
    "complete",
    "suitability",
    "evidence",
}


def read_bid(
    data: object,
    tender: Tender,
    display: str,
    collector: Collector,
    places: Mapping[str, str] | None = None,
    prefix: str = "",
) -> Bid | None:
    """Check a bid against the tender: known requirement, fact and price-line ids, valid values.

    `places` maps key paths (`prices.setup`) to where the value was read (`Preise!E7`, `line 12`),
    so that a bid read from a spreadsheet or CSV is checked by the same rules and reported by cell. In a lotted
    tender the bid names its lots and has an offer per lot (parse/lotbid.py); `prefix` is the key path of the part
    read (one lot's offer).
    """
    f = Fields(collector, display, places, prefix)
    b = f.mapping(data, "", BID_KEYS | LOTTED_KEYS if tender.lots else BID_KEYS, {"bidder", "name"})
    if b is None:
        return None
    if tender.lots:
        top = read_bid(
            {k: v for k, v in b.items() if k not in LOTTED_KEYS and k != "prices"},
            shared_view(tender),
            display,
            collector,
            places,
        )
        return None if top is None else read_offers(f, b, top, tender, display, read_bid)
    bidder = f.slug(b.get("bidder"), "bidder")
    name = f.text(b.get("name"), "name")
    answers: dict[str, bool] = {}
    known_reqs = {str(r.id) for r in tender.requirements if r.fact is None}  # a numeric one: by its fact
    for key, value in (f.mapping(b.get("requirements") or {}, "requirements", known_reqs) or {}).items():
        answer = f.flag(value, join("requirements", str(key)))
        if answer is not None:
            answers[str(key)] = answer
    suitability: dict[str, bool] = {}
    known_suit = {str(r.id) for r in tender.suitability}
    for key, value in (f.mapping(b.get("suitability") or {}, "suitability", known_suit) or {}).items():
        answer = f.flag(value, join("suitability", str(key)))
        if answer is not None:
            suitability[str(key)] = answer
    evidence: dict[str, str] = {}
    for key, value in (f.mapping(b.get("evidence") or {}, "evidence", known_reqs | known_suit) or {}).items():
        text = f.text(value, join("evidence", str(key)), required=False)
        if text:
            evidence[str(key)] = text
    facts: dict[str, float] = {}
    known_facts = set(tender.facts())
    for key, value in (f.mapping(b.get("facts") or {}, "facts", known_facts) or {}).items():
        number = f.number(value, join("facts", str(key)))
        if number is not None:
            facts[str(key)] = number
    prices: dict[str, float] = {}
    known_lines = {str(line.id) for line in tender.prices}
    for key, value in (f.mapping(b.get("prices") or {}, "prices", known_lines) or {}).items():
        if value is None:
            continue  # left blank: the line is missing, which excludes the bid
        number = f.number(value, join("prices", str(key)), minimum=0, what="a unit price")
        if number is not None:
            prices[str(key)] = number
    contact = f.text(b.get("contact"), "contact", required=False) or ""
    day = f.day(b.get("submitted"), "submitted")
    submitted = day.isoformat() if day else ""
    received = read_moment(f, b["received"], "received") if b.get("received") is not None else None
    channel = f.text(b.get("channel"), "channel", required=False) or ""
    complete = f.flag(b["complete"], "complete") if b.get("complete") is not None else None
    if bidder is None or name is None:
        return None
    return Bid(
        BidderId(bidder),
        name,
        answers,
        facts,
        prices,
        display,
        contact,
        submitted,
        suitability=suitability,
        evidence=evidence,
        places=dict(places or {}),
        received=received or "",
        channel=channel,
        complete=complete,
    )
