"""The award record beside the evaluation: the procedure, the receipt of each bid, every bid through each stage
(formal check, suitability, knock-out requirements, evaluation, § 60 check) with the bidder's own statement, its
source and the ground, and where each fact and price was read.

Pure: the use case hands in the workspace, its evaluation and the receipts it found in the audit log. Kept out of
the result's fingerprint (older evaluations keep theirs); the report JSON carries it under `record` with a
fingerprint of its own (docs/json.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tender.model import Bid, Clarification, Workspace
from tender.procmodel import Procedure, Stage
from tender.result import BidResult, Evaluation
from tender.scoring.abnormal import PriceFlag, abnormal_prices, latest, status

PASSED, FAILED, NOT_REACHED, NONE, SEALED = "passed", "failed", "not-reached", "none", "sealed"
FORMAL_CODES = ("incomplete", "missing-price")
STAGE_CODES = {
    Stage.FORMAL: FORMAL_CODES,
    Stage.SUITABILITY: ("suitability-not-met", "suitability-unanswered"),
    Stage.REQUIREMENTS: ("requirement-not-met", "requirement-unanswered"),
    Stage.EVALUATION: ("below-min-score",),
    Stage.PRICE_CHECK: ("abnormally-low-price",),
}


@dataclass(frozen=True)
class Receipt:
    """When and how a bid was received, whether on time (against the bid deadline) and complete, and the source."""

    bidder: str
    received: str  # ISO date-time (local, as the bid file states it) or UTC (Z, as the import recorded it); "" unknown
    channel: str
    on_time: bool | None
    complete: bool | None
    source: str  # file and place, or the import event
    late_reason: str = ""  # a late bid admitted by decision (`import-bids --late --reason`)

    def to_dict(self) -> dict[str, Any]:
        """The receipt as JSON data."""
        return {
            "bidder": self.bidder,
            "received": self.received or None,
            "channel": self.channel or None,
            "on_time": self.on_time,
            "complete": self.complete,
            "source": self.source,
            "late_reason": self.late_reason or None,
        }


@dataclass(frozen=True)
class Item:
    """One thing checked at a stage: what was asked, the bidder's own answer, its evidence and where it stands."""

    subject: str  # a requirement's or suitability criterion's id, a price line, a criterion, `received`
    asked: str  # the text of what was asked
    statement: str  # the bidder's answer as written: true/false, a number, a date
    evidence: str  # where the bidder says its bid proves it
    source: str  # file and cell, line or key
    met: bool | None

    def to_dict(self) -> dict[str, Any]:
        """The item as JSON data."""
        return {
            "subject": self.subject,
            "asked": self.asked,
            "statement": self.statement,
            "evidence": self.evidence or None,
            "source": self.source,
            "met": self.met,
        }


@dataclass(frozen=True)
class StageLine:
    """One bid at one stage: the outcome, what was checked, the ground, and (failing, prices open) its price."""

    bidder: str
    stage: Stage
    outcome: str  # passed, failed, not-reached, none (no criteria at this stage), sealed; § 60: flagged outcomes
    items: tuple[Item, ...]
    ground: str  # as tender.yaml words it; "" for the default of the report's language
    price: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The line as JSON data."""
        return {
            "bidder": self.bidder,
            "stage": str(self.stage),
            "outcome": self.outcome,
            "ground": self.ground or None,
            "price": self.price,
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True)
class PriceCheck:
    """A § 60 flag with the latest clarification recorded for it and its status (unresolved/accepted/rejected)."""

    flag: PriceFlag
    status: str
    requested: str = ""
    answered: str = ""
    actor: str = ""
    note: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The check as JSON data."""
        return {
            **self.flag.to_dict(),
            "status": self.status,
            "requested": self.requested or None,
            "answered": self.answered or None,
            "actor": self.actor or None,
            "note": self.note or None,
            "source": self.source or None,
        }


@dataclass(frozen=True)
class AwardRecord:
    """Procedure, receipts, the funnel, the § 60 checks and the source of every fact and price."""

    procedure: Procedure
    description: str
    abnormally_low: float
    receipts: tuple[Receipt, ...]
    funnel: tuple[StageLine, ...]
    price_checks: tuple[PriceCheck, ...]
    sources: dict[str, dict[str, str]]  # bidder -> key path (facts.x, prices.y) -> file and place
    prices_sealed: bool = False

    def unresolved(self) -> list[PriceCheck]:
        """The § 60 flags without a recorded outcome: they block the final seal."""
        return [c for c in self.price_checks if c.status == "unresolved"]

    def to_dict(self) -> dict[str, Any]:
        """The record as the report JSON's `record` (docs/json.md)."""
        p = self.procedure
        return {
            "procedure": {
                "type": None if p.type is None else str(p.type),
                "notice": p.notice or None,
                "cpv": list(p.cpv),
                "estimated_value": p.estimated_value,
                "dates": dict(p.dates),
                "abnormally_low_of_estimate": p.abnormally_low_of_estimate,
                "grounds": dict(p.grounds),
                "description": self.description or None,
            },
            "abnormally_low": self.abnormally_low,
            "receipts": [r.to_dict() for r in self.receipts],
            "funnel": [line.to_dict() for line in self.funnel],
            "price_checks": [c.to_dict() for c in self.price_checks],
            "sources": self.sources,
        }


def on_time(received: str, deadline: str | None) -> bool | None:
    """Whether a receipt lies before the bid deadline (a deadline without a time: the whole day); None: unknown."""
    if not received or not deadline:
        return None
    if len(deadline) == 10:
        return received[:10] <= deadline
    moment = datetime.fromisoformat(received.removesuffix("Z"))
    return moment <= datetime.fromisoformat(deadline)


def place(bid: Bid, path: str) -> str:
    """The file and place a value of a bid was read from: `bids/x.xlsx Preise!E7` (a YAML bid: its key path)."""
    return f"{bid.source} {bid.places.get(path, path)}"


def build_record(ws: Workspace, ev: Evaluation, receipts: Mapping[str, Receipt]) -> AwardRecord:
    """The award record of an evaluated workspace with the receipts found for its bids."""
    t = ws.tender
    results = {b.bidder: b for b in ev.bids}
    flagged = {} if ev.prices_sealed else abnormal_prices(t, {b.bidder: b.price for b in ev.bids}, candidates(ev))
    clarified = latest(ws.clarifications)
    checks = tuple(check_of(f, clarified.get(b)) for b, f in sorted(flagged.items()))
    lines: list[StageLine] = []
    for bid in ws.bids:
        lines.extend(
            stages(bid, results[bid.bidder], ev, receipts.get(bid.bidder), flagged, {c.flag.bidder: c for c in checks})
        )
    sources = {
        str(bid.bidder): {k: place(bid, k) for k in sorted(bid.places) if k.startswith(("facts.", "prices."))}
        for bid in ws.bids
    }
    return AwardRecord(
        t.procedure,
        t.description,
        t.method.abnormally_low,
        tuple(receipts[b.bidder] for b in ws.bids if b.bidder in receipts),
        tuple(lines),
        checks,
        sources,
        ev.prices_sealed,
    )


def candidates(ev: Evaluation) -> list[str]:
    """The bids the § 60 check compares: those not excluded on other grounds than a rejected price."""
    return [b.bidder for b in ev.bids if all(r.code == "abnormally-low-price" for r in b.reasons)]


def check_of(flag: PriceFlag, c: Clarification | None) -> PriceCheck:
    """A flag with its latest clarification."""
    if c is None:
        return PriceCheck(flag, status(None))
    return PriceCheck(flag, status(c), c.requested, c.answered, c.actor, c.note, c.source)


def stages(
    bid: Bid,
    result: BidResult,
    ev: Evaluation,
    receipt: Receipt | None,
    flagged: Mapping[str, PriceFlag],
    checks: Mapping[str, PriceCheck],
) -> list[StageLine]:
    """The five lines of one bid."""
    t = ev.tender
    grounds = t.procedure.grounds
    codes = {r.code for r in result.reasons}
    price = None if ev.prices_sealed else result.price

    def line(stage: Stage, items: tuple[Item, ...], outcome: str | None = None) -> StageLine:
        failed = any(c in codes for c in STAGE_CODES[stage])
        shown = outcome or (FAILED if failed else PASSED)
        return StageLine(bid.bidder, stage, shown, items, grounds.get(str(stage), ""), price if failed else None)

    formal = [
        Item(
            "received",
            "",
            receipt.received if receipt else "",
            receipt.channel if receipt else "",
            receipt.source if receipt else bid.source,
            receipt.on_time if receipt else None,
        ),
        Item("complete", "", answer(bid.complete), "", place(bid, "complete"), bid.complete),
        *(
            Item(r.subject, "", "", "", place(bid, f"prices.{r.subject}"), False)
            for r in result.reasons
            if r.code == "missing-price"
        ),
    ]
    suitability = tuple(answered(bid, "suitability", s.id, s.text, bid.suitability.get(s.id)) for s in t.suitability)
    requirements = tuple(
        answered(bid, "requirements", r.id, r.text, bid.requirements.get(r.id)) for r in t.requirements
    )
    out = [
        line(Stage.FORMAL, tuple(formal)),
        line(Stage.SUITABILITY, suitability, None if suitability else NONE),
        line(Stage.REQUIREMENTS, requirements, None if requirements else NONE),
    ]
    earlier = any(c in codes for s in (Stage.FORMAL, Stage.SUITABILITY, Stage.REQUIREMENTS) for c in STAGE_CODES[s])
    low = tuple(
        Item(r.subject, "", f"{r.values.get('score', 0):g}", "", "", False)
        for r in result.reasons
        if r.code == "below-min-score"
    )
    out.append(line(Stage.EVALUATION, low, NOT_REACHED if earlier else None))
    if earlier or "below-min-score" in codes:
        out.append(line(Stage.PRICE_CHECK, (), NOT_REACHED))
    elif ev.prices_sealed:
        out.append(line(Stage.PRICE_CHECK, (), SEALED))
    elif bid.bidder in flagged:
        c = checks[bid.bidder]
        item = Item("price", "", f"{c.flag.price:.2f}", c.note, c.source, c.status == "accepted")
        out.append(line(Stage.PRICE_CHECK, (item,), c.status))
    else:
        out.append(line(Stage.PRICE_CHECK, ()))
    return out


def answered(bid: Bid, group: str, ident: str, text: str, met: bool | None) -> Item:
    """A requirement or suitability criterion with the bidder's answer, evidence and source cell."""
    return Item(ident, text, answer(met), bid.evidence.get(ident, ""), place(bid, f"{group}.{ident}"), met)


def answer(value: bool | None) -> str:
    """A yes/no answer as JSON-friendly text: true, false, or empty (not answered)."""
    return "" if value is None else str(value).lower()
