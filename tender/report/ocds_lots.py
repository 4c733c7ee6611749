"""A tender divided into lots as an OCDS 1.1 release package, with the lots extension: the lots in `tender.lots`,
one bid per lot and bidder (`relatedLots`), and once the prices are open one award per lot awarded singly and one
per combination bid that takes its lots (`relatedLots`, `relatedBids`).

Pure, like tender.report.ocds (whose bid entries it reuses): a LotsEvaluation in, JSON data out. Before the prices
are opened it is a `tender` release: no bid value, price points, score or rank, no award.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tender.lotresult import LotsEvaluation
from tender.report.ocds import (
    BID_EXTENSION,
    BUYER_ID,
    bid_detail,
    bid_statistics,
    criteria_words,
    evaluation_document,
    ocid,
    package,
    release,
)

LOTS_EXTENSION = (
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json"
)


def lots_release_package(le: LotsEvaluation, prefix: str, published: datetime, report: str) -> dict[str, Any]:
    """The release package of a lotted tender's evaluation; `report` is the file name of the JSON report."""
    process, document = ocid(prefix, le.tender.id), evaluation_document(le.tender, le.fingerprint, report)
    awarded = le.award is not None and any(r.awarded for r in le.lots)
    sections = {"parties": parties(le), "tender": tender_section(le), "bids": bids_section(le)}
    given = awards(le, process, document) if awarded else None
    out = release(le.tender, process, le.fingerprint, published, sections, document, given)
    return package(out, le.fingerprint, [BID_EXTENSION, LOTS_EXTENSION])


def bidders(le: LotsEvaluation) -> dict[str, str]:
    """Every bidder of any lot, id -> name, in the order they first appear."""
    out: dict[str, str] = {}
    for r in le.lots:
        for b in r.evaluation.bids:
            out.setdefault(b.bidder, b.name)
    return out


def parties(le: LotsEvaluation) -> list[dict[str, Any]]:
    """The buyer and every bidder (a bidder awarded a lot also as supplier)."""
    won = {r.awarded for r in le.lots if r.awarded}
    out: list[dict[str, Any]] = [{"id": BUYER_ID, "name": le.tender.buyer, "roles": ["buyer", "procuringEntity"]}]
    for bidder, name in bidders(le).items():
        out.append({"id": bidder, "name": name, "roles": ["tenderer", "supplier"] if bidder in won else ["tenderer"]})
    return out


def tender_section(le: LotsEvaluation) -> dict[str, Any]:
    """The tender with its lots (each: id, title, status, estimated value, its criteria in words) and the limit."""
    t = le.tender
    status = "active" if le.prices_sealed else "complete"
    lots = []
    for r in le.lots:
        lot: dict[str, Any] = {
            "id": r.lot.id,
            "title": r.lot.title,
            "description": criteria_words(r.lot.tender.criteria),
            "status": status,
        }
        if r.lot.value is not None:
            lot["value"] = {"amount": r.lot.value, "currency": t.currency}
        lots.append(lot)
    named = bidders(le)
    out: dict[str, Any] = {
        "id": t.id,
        "title": t.title,
        "status": status,
        "procuringEntity": {"id": BUYER_ID, "name": t.buyer},
        "awardCriteria": "ratedCriteria",
        "lots": lots,
        "numberOfTenderers": len(named),
        "tenderers": [{"id": b, "name": name} for b, name in named.items()],
    }
    if t.description:
        out["description"] = t.description
    if t.lots_limit is not None:
        out["lotDetails"] = {"maximumLotsAwardedPerSupplier": t.lots_limit.max_per_bidder}
    return out


def bid_id(lot: str, bidder: str) -> str:
    """A bid's id in the release: one bid per lot and bidder."""
    return f"{lot}-{bidder}"


def bids_section(le: LotsEvaluation) -> dict[str, Any]:
    """Statistics over all lots and one entry per lot and bidder, with its lot."""
    details = []
    for r in le.lots:
        for b in r.evaluation.bids:
            entry = bid_detail(r.evaluation, b)
            details.append({**entry, "id": bid_id(r.lot.id, b.bidder), "relatedLots": [r.lot.id]})
    valid = sum(len(r.evaluation.ranked) for r in le.lots)
    excluded = sum(len(r.evaluation.excluded) for r in le.lots)
    return {"statistics": bid_statistics(len(details), valid, excluded), "details": details}


def awards(le: LotsEvaluation, process: str, document: dict[str, Any]) -> list[dict[str, Any]]:
    """One pending award per combination bid that takes its lots and per lot awarded singly (in the listed order of
    the lots); a lot not awarded (a tie) has none."""
    assert le.award is not None
    currency = le.tender.currency
    chosen = le.award.result
    out: list[dict[str, Any]] = []
    done: set[str] = set()
    for r in le.lots:
        if r.awarded is None or r.lot.id in done:
            continue
        name = r.evaluation.bid(r.awarded).name
        combination = next((c for c in chosen.combinations if r.lot.id in c.lots), None)
        lots = list(combination.lots) if combination else [r.lot.id]
        price = combination.price if combination else r.evaluation.bid(r.awarded).price
        entry: dict[str, Any] = {
            "id": f"{process}-award-{combination.id if combination else r.lot.id}",
            "status": "pending",
            "suppliers": [{"id": r.awarded, "name": name}],
            "relatedBids": [bid_id(lot, r.awarded) for lot in lots],
            "relatedLots": lots,
            "documents": [document],
        }
        if price is not None:
            entry["value"] = {"amount": price, "currency": currency}
        out.append(entry)
        done.update(lots)
    return out
