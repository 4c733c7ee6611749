"""The Evaluation: the one result object every output reads, and its canonical JSON."""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import Any, NamedTuple, Protocol

from tender.finite import all_finite
from tender.gcpause import gc_paused
from tender.model import Criterion, Kind, MethodName, Requirement, Tender

RESULT_SCHEMA_VERSION = 1
BULK = ("bids", "judgements")  # the keys of the JSON result that hold the evaluation's many numbers


@dataclass(frozen=True)
class Reason:
    """Why a bid is excluded: a stable code, the item concerned, and an English message."""

    code: str
    subject: str
    message: str
    values: dict[str, float] = field(default_factory=dict)


class LeafResult(NamedTuple):
    """A bid's figures on one leaf criterion (a named tuple: one for every bid and leaf, made cheaply)."""

    criterion: str
    value: float | None
    normalized: float | None
    points: float | None


@dataclass(frozen=True)
class PriceLineResult:
    """One priced line: unit price × quantity × term factor = total."""

    line: str
    name: str
    per: str
    unit_price: float | None
    quantity: float
    factor: float
    total: float | None


class Mark(Protocol):
    """What the result reads of one evaluator's (or the consensus') mark: a Score or an EvaluatorScore."""

    @property
    def evaluator(self) -> str: ...

    @property
    def score(self) -> float: ...

    @property
    def justification(self) -> str: ...

    @property
    def source(self) -> str: ...

    @property
    def place(self) -> str: ...


class EvaluatorScore(NamedTuple):
    """One evaluator's (or the consensus') mark with its reason and where it was entered."""

    evaluator: str
    score: float
    justification: str
    source: str
    place: str


class Judgement(NamedTuple):
    """The scores of one bid on one judged criterion and the value that counts.

    `scores` and `consensus` hold the marks as read (model Scores, sorted by evaluator), not copies:
    a large tender has hundreds of thousands of them. A named tuple, made in bulk by the aggregation.
    """

    bidder: str
    criterion: str
    scores: tuple[Mark, ...]
    aggregate: float | None
    consensus: Mark | None
    value: float | None
    spread: float | None
    flagged: bool
    abstained: tuple[str, ...]


@dataclass(frozen=True)
class Flag:
    """Something the reader of the result must notice: disagreement, abstention, a missing fact."""

    code: str
    bidder: str
    criterion: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The flag as JSON data."""
        return {
            "code": self.code,
            "bidder": self.bidder,
            "criterion": self.criterion,
            "message": self.message,
            **self.details,
        }


@dataclass(frozen=True)
class BidResult:
    """Everything computed for one bid."""

    bidder: str
    name: str
    source: str
    excluded: bool
    reasons: tuple[Reason, ...]
    price: float | None
    performance: float | None
    price_points: float | None
    score: float | None
    rank: int | None
    tied: bool
    criteria: dict[str, LeafResult]
    price_lines: tuple[PriceLineResult, ...]
    in_band: bool | None = None
    group_points: dict[str, float] = field(
        default_factory=dict
    )  # per group criterion: its leaves' points (not in JSON)

    def to_dict(self) -> dict[str, Any]:
        """The bid as in the documented JSON result."""
        return {
            "bidder": self.bidder,
            "name": self.name,
            "excluded": self.excluded,
            "reasons": [r.message for r in self.reasons],
            "price": self.price,
            "performance": self.performance,
            "price_points": self.price_points,
            "score": self.score,
            "rank": self.rank,
            "tied": self.tied,
            "in_band": self.in_band,
            "criteria": {
                cid: {"value": leaf.value, "normalized": leaf.normalized, "points": leaf.points}
                for cid, leaf in self.criteria.items()
            },
            "price_lines": [
                {
                    "line": p.line,
                    "unit_price": p.unit_price,
                    "quantity": p.quantity,
                    "factor": p.factor,
                    "total": p.total,
                }
                for p in self.price_lines
            ],
            "source": self.source,
        }


@dataclass(frozen=True)
class Evaluation:
    """The complete, ranked evaluation of a workspace."""

    tender: Tender
    bids: tuple[BidResult, ...]
    winner: str | None
    flags: tuple[Flag, ...]
    judgements: tuple[Judgement, ...]
    evaluators: tuple[str, ...]
    weights: dict[str, float]
    price_min: float | None
    price_max: float | None
    z_max: float | None = None
    band_floor: float | None = None
    inputs: dict[str, str] = field(default_factory=dict)
    prices_sealed: bool = False

    def bid(self, bidder: str) -> BidResult:
        """The result of one bidder."""
        return next(b for b in self.bids if b.bidder == bidder)

    @property
    def ranked(self) -> list[BidResult]:
        """The bids in the running, in rank order."""
        return [b for b in self.bids if not b.excluded]

    @property
    def excluded(self) -> list[BidResult]:
        """The excluded bids."""
        return [b for b in self.bids if b.excluded]

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON result, worked out once (a report, its audit block, its analysis and the
        log's report event all name it)."""
        return fingerprint_of(self.to_dict())

    def bulk_finite(self) -> bool:
        """Whether every number of the bids and judgements (BULK in the JSON result) is finite.

        One sum over them all: a NaN or an infinity makes it non-finite. So may an overflow of finite numbers,
        which only costs the caller the thorough search it would have made anyway.
        """
        bids, judgements = self.bids, self.judgements
        numbers = chain(
            (x for b in bids for x in (b.price, b.performance, b.price_points, b.score)),
            (x for b in bids for leaf in b.criteria.values() for x in (leaf.value, leaf.normalized, leaf.points)),
            (x for b in bids for p in b.price_lines for x in (p.unit_price, p.quantity, p.factor, p.total)),
            (x for j in judgements for x in (j.aggregate, j.value, j.spread)),
            (m.score for j in judgements for m in j.scores),
            (j.consensus.score for j in judgements if j.consensus is not None),
        )
        return math.isfinite(sum(x for x in numbers if x is not None))

    def fictitious_price(self, bid: BidResult) -> float | None:
        """Value for money: the bid's fictitious price F (its score is −F, so that higher ranks first)."""
        if self.tender.method.name is not MethodName.VALUE_FOR_MONEY or bid.score is None:
            return None
        return -bid.score

    def bid_dict(self, bid: BidResult) -> dict[str, Any]:
        """A bid as in the JSON result; under value for money with its fictitious price."""
        out = bid.to_dict()
        if self.tender.method.name is MethodName.VALUE_FOR_MONEY:
            out["fictitious_price"] = self.fictitious_price(bid)
        return out

    @gc_paused()  # hundreds of thousands of small dicts, none in a reference cycle
    def to_dict(self) -> dict[str, Any]:
        """The documented JSON result (docs/json.md): numbers unrounded, nulls where not applicable."""
        t = self.tender
        return {
            "schema_version": RESULT_SCHEMA_VERSION,
            "tender": t.id,
            "title": t.title,
            "buyer": t.buyer,
            "language": t.language,
            "method": str(t.method.name),
            "method_parameters": t.method.parameters(),
            "currency": t.currency,
            "term_months": t.term_months,
            "scale": {"min": t.scale.min, "max": t.scale.max, "labels": {str(k): v for k, v in t.scale.labels.items()}},
            "winner": self.winner,
            "prices_sealed": self.prices_sealed,
            "price_min": self.price_min,
            "price_max": self.price_max,
            "z_max": self.z_max,
            "band_floor": self.band_floor,
            "bids": [self.bid_dict(b) for b in self.bids],
            "flags": [f.to_dict() for f in self.flags],
            "criteria": [criterion_dict(c, self.weights) for c in t.criteria],
            "requirements": [requirement_dict(r) for r in t.requirements],
            "price_sheet": [
                {"id": p.id, "name": p.name, "per": str(p.per), "quantity": p.quantity, "unit": p.unit}
                for p in t.prices
            ],
            "evaluators": list(self.evaluators),
            "judgements": [judgement_dict(j) for j in self.judgements],
            "inputs": dict(sorted(self.inputs.items())),
        }


def criterion_dict(c: Criterion, weights: dict[str, float]) -> dict[str, Any]:
    """One node of the criteria tree with its relative and absolute weight."""
    out: dict[str, Any] = {
        "id": c.id,
        "name": c.name,
        "kind": str(c.kind),
        "weight": c.weight,
        "absolute_weight": weights[c.id],
    }
    if c.kind is Kind.GROUP:
        out["criteria"] = [criterion_dict(child, weights) for child in c.children]
    if c.min_score is not None:
        out["min_score"] = c.min_score
    if c.measure is not None:
        m = c.measure
        out["measure"] = {"fact": m.fact, "unit": m.unit}
        if m.curve:
            out["measure"]["curve"] = [list(point) for point in m.curve]
        elif m.steps:
            out["measure"]["steps"] = [{"min": low, "value": value} for low, value in m.steps]
        else:
            out["measure"].update(best=m.best, worst=m.worst)
    if c.value is not None:
        out["value"] = c.value
        out["malus"] = c.malus
    return out


def requirement_dict(r: Requirement) -> dict[str, Any]:
    """One knock-out requirement; a numeric one with its fact and bound."""
    out: dict[str, Any] = {"id": r.id, "text": r.text}
    if r.fact is not None:
        out.update(fact=r.fact, unit=r.unit)
        out.update({"min": r.min} if r.min is not None else {"max": r.max})
    return out


def judgement_dict(j: Judgement) -> dict[str, Any]:
    """One judged pair with every evaluator's score and reason."""
    agreed = j.consensus
    return {
        "bidder": j.bidder,
        "criterion": j.criterion,
        "scores": [  # mark_dict written out: one call less for each of hundreds of thousands of marks
            {"evaluator": s.evaluator, "score": s.score, "justification": s.justification, "source": s.source}
            for s in j.scores
        ],
        "aggregate": j.aggregate,
        "consensus": None if agreed is None else mark_dict(agreed),
        "value": j.value,
        "spread": j.spread,
        "flagged": j.flagged,
        "abstained": list(j.abstained),
    }


def mark_dict(s: Mark) -> dict[str, Any]:
    """One mark as in the JSON result (where it was entered is in `source`; the cell is not shown)."""
    return {"evaluator": s.evaluator, "score": s.score, "justification": s.justification, "source": s.source}


# where orjson spells a number unlike json.dumps: only |x| < 1e-4 (0.00001 for 1e-05, 1e-7 for 1e-07); two
# patterns, each led by a literal, search 100 MB ten times faster than one alternation
SPELT_APART = (re.compile(rb"\.0000\d"), re.compile(rb"e-\d"))


def fingerprint_of(data: Any) -> str:
    """SHA-256 (hex) of the canonical JSON text of data: an evaluation's fingerprint, of its result object."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def canonical_json(data: Any) -> str:
    """The canonical text of JSON data: sorted keys, no spaces, UTF-8; the basis of fingerprints.

    The text is json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False) to the
    byte (fingerprints recorded in reports rely on it). orjson makes the same text about seven times faster; where
    it could differ (a tiny number, a key that is not a string, a float subclass, a big integer, NaN or
    infinity, which orjson writes as null) json.dumps makes it, and refuses what JSON cannot hold.
    """
    import orjson

    try:
        text = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # orjson.JSONEncodeError
        text = b""
    if text and not any(p.search(text) for p in SPELT_APART) and all_finite(data):
        return text.decode("utf-8")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def fingerprint(evaluation: Evaluation) -> str:
    """SHA-256 of the canonical JSON result."""
    return evaluation.fingerprint
