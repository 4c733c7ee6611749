"""The evaluation as an OCDS 1.1 release package: tender, bids (bid extension) with scores and ranks, the award.

Pure: an Evaluation in, JSON data out (tender.app.export writes it). Before the prices are opened
(two-envelope procedure) the release is a `tender` release: no bid carries a value, price points, a score
or a rank, and there is no award; only the quality points are shown. Every text from the inputs is
data in a JSON string, never markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tender.model import Criterion, Kind, Tender
from tender.result import BidResult, Evaluation

VERSION = "1.1"
# the bid extension the release uses (its schema is vendored in tender/schemas/ocds/)
BID_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.3/extension.json"
BUYER_ID = "buyer"


def ocid(prefix: str, tender_id: str) -> str:
    """The contracting process's identifier: the publisher's registered prefix and the tender's id."""
    return f"{prefix}-{tender_id}"


def release_package(ev: Evaluation, prefix: str, published: datetime, report: str) -> dict[str, Any]:
    """The release package of one evaluation; `report` is the file name of the JSON report it is drawn from."""
    process, document = ocid(prefix, ev.tender.id), evaluation_document(ev.tender, ev.fingerprint, report)
    awarded = not ev.prices_sealed and ev.winner is not None
    sections = {"parties": parties(ev), "tender": tender_section(ev), "bids": bids_section(ev)}
    awards = [award(ev, process, document)] if awarded else None
    out = release(ev.tender, process, ev.fingerprint, published, sections, document, awards)
    return package(out, ev.fingerprint, [BID_EXTENSION])


def release(
    t: Tender,
    process: str,
    fingerprint: str,
    published: datetime,
    sections: dict[str, Any],
    document: dict[str, Any],
    awards: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """One release: an `award` release with its `awards` or, none yet, a `tender` release whose tender section files
    the evaluation report (`document`); `sections` holds its parties, tender and bids."""
    tag = "award" if awards is not None else "tender"
    out: dict[str, Any] = {
        "ocid": process,
        "id": f"{process}-{tag}-{fingerprint[:16]}",
        "date": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tag": [tag],
        "initiationType": "tender",
        "language": t.language,
        "parties": sections["parties"],
        "buyer": {"id": BUYER_ID, "name": t.buyer},
        "tender": sections["tender"],
        "bids": sections["bids"],
    }
    if awards is not None:
        out["awards"] = awards
    else:
        out["tender"]["documents"] = [document]
    return out


def package(release: dict[str, Any], fingerprint: str, extensions: list[str]) -> dict[str, Any]:
    """The release package around one release: its URI (the ocid and the result's fingerprint), the extensions."""
    return {
        "uri": f"urn:tender:ocds:{release['ocid']}:{fingerprint}",
        "version": VERSION,
        "extensions": extensions,
        "publishedDate": release["date"],
        "publisher": {"name": release["buyer"]["name"]},
        "releases": [release],
    }


def parties(ev: Evaluation) -> list[dict[str, Any]]:
    """The buyer and every bidder (the winner also as supplier once the prices are open)."""
    out: list[dict[str, Any]] = [{"id": BUYER_ID, "name": ev.tender.buyer, "roles": ["buyer", "procuringEntity"]}]
    for b in ev.bids:
        roles = ["tenderer", "supplier"] if b.bidder == ev.winner and not ev.prices_sealed else ["tenderer"]
        out.append({"id": b.bidder, "name": b.name, "roles": roles})
    return out


def tender_section(ev: Evaluation) -> dict[str, Any]:
    """The tender: its id, title, status, the award criteria in words and with their weights."""
    t = ev.tender
    out: dict[str, Any] = {
        "id": t.id,
        "title": t.title,
        "status": "active" if ev.prices_sealed else "complete",
        "procuringEntity": {"id": BUYER_ID, "name": t.buyer},
        "awardCriteria": "ratedCriteria",
        "awardCriteriaDetails": criteria_words(t.criteria),
        "evaluationCriteria": [row for c in t.criteria for row in criteria_rows(c, None, ev.weights)],
        "numberOfTenderers": len(ev.bids),
        "tenderers": [{"id": b.bidder, "name": b.name} for b in ev.bids],
    }
    if t.description:
        out["description"] = t.description
    return out


def criteria_words(criteria: tuple[Criterion, ...]) -> str:
    """The criteria tree in one line: `Know-how 30 % (Kompetenz 30 %, …); Preis 30 %`."""
    parts = []
    for c in criteria:
        below = f" ({criteria_words(c.children).replace('; ', ', ')})" if c.children else ""
        parts.append(f"{c.name} {c.weight:g} %{below}")
    return "; ".join(parts)


def criteria_rows(c: Criterion, parent: str | None, weights: dict[str, float]) -> list[dict[str, Any]]:
    """A criterion and those below it: id, name, kind, weight among siblings and of the total (percent)."""
    row = {
        "id": c.id,
        "name": c.name,
        "kind": str(c.kind),
        "parent": parent,
        "weight": c.weight,
        "absoluteWeight": 100 * weights[c.id],
    }
    return [row, *(r for child in c.children for r in criteria_rows(child, c.id, weights))]


def bids_section(ev: Evaluation) -> dict[str, Any]:
    """Statistics and one entry per bid: status, value (prices opened), rank and the evaluation's points."""
    statistics = bid_statistics(len(ev.bids), len(ev.ranked), len(ev.excluded))
    return {"statistics": statistics, "details": [bid_detail(ev, b) for b in ev.bids]}


def bid_statistics(bids: int, valid: int, disqualified: int) -> list[dict[str, Any]]:
    """How many bids there are, how many are valid (evaluated) and how many disqualified (excluded)."""
    return [
        {"id": "bids", "measure": "bids", "value": bids},
        {"id": "validBids", "measure": "validBids", "value": valid},
        {"id": "disqualifiedBids", "measure": "disqualifiedBids", "value": disqualified},
    ]


def bid_detail(ev: Evaluation, b: BidResult) -> dict[str, Any]:
    """One bid; its price, price points, score and rank only once the prices are open."""
    out: dict[str, Any] = {
        "id": b.bidder,
        "status": "disqualified" if b.excluded else "valid",
        "tenderers": [{"id": b.bidder, "name": b.name}],
    }
    points = {leaf: r.points for leaf, r in b.criteria.items() if not is_price(ev, leaf)}
    evaluation: dict[str, Any] = {"performance": b.performance, "criteria": points}
    if b.excluded:
        evaluation["exclusionReasons"] = [r.message for r in b.reasons]
    if not ev.prices_sealed:
        if b.price is not None:
            out["value"] = {"amount": b.price, "currency": ev.tender.currency}
        out["hasRank"] = b.rank is not None
        if b.rank is not None:
            out["rank"] = b.rank
        evaluation.update({"pricePoints": b.price_points, "score": b.score, "tied": b.tied})
    out["evaluation"] = evaluation
    return out


def is_price(ev: Evaluation, leaf: str) -> bool:
    """Whether a leaf is the price criterion (its points are price points)."""
    return any(c.id == leaf and c.kind is Kind.PRICE for c in ev.tender.leaves())


def award(ev: Evaluation, process: str, document: dict[str, Any]) -> dict[str, Any]:
    """The award to the winner, pending until the award decision is made and notified."""
    assert ev.winner is not None
    w = ev.bid(ev.winner)
    out: dict[str, Any] = {
        "id": f"{process}-award-1",
        "status": "pending",
        "suppliers": [{"id": w.bidder, "name": w.name}],
        "relatedBids": [w.bidder],
        "documents": [document],
    }
    if w.price is not None:
        out["value"] = {"amount": w.price, "currency": ev.tender.currency}
    return out


def evaluation_document(t: Tender, fingerprint: str, report: str) -> dict[str, Any]:
    """The evaluation report the data comes from, by file name and fingerprint (it is filed, not published)."""
    return {
        "id": "evaluation-report",
        "documentType": "evaluationReports",
        "title": report,
        "description": f"tender evaluation, fingerprint (SHA-256 of the result) {fingerprint}",
        "format": "application/json",
        "language": t.language,
    }
