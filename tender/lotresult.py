"""The result of a lotted tender: each lot's evaluation, the combination bids weighed and who is awarded which lot.

One object every renderer reads, like `result.Evaluation` for a tender without lots; its JSON (docs/json.md, "Lots")
holds each lot's evaluation in full and every step of the award, and its fingerprint covers all of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from tender.lotmodel import CombinationBid
from tender.model import Lot, Tender
from tender.result import RESULT_SCHEMA_VERSION, Evaluation, fingerprint_of


@dataclass(frozen=True)
class Standing:
    """One lot's evaluation: its admitted bids best first, with rank, evaluated price and score."""

    lot: str
    ranks: tuple[tuple[str, int], ...]
    prices: Mapping[str, float]
    scores: Mapping[str, float]
    value: float | None = None


@dataclass(frozen=True)
class Combination:
    """An admissible combination bid: one bidder, the lots it covers, its combined price and total score."""

    id: str
    bidder: str
    lots: tuple[str, ...]
    price: float
    score: float


@dataclass(frozen=True)
class Step:
    """How one lot was awarded singly: to whom, past which better-ranked bidders (at the limit), or a tie."""

    lot: str
    bidder: str | None
    passed_over: tuple[tuple[str, tuple[str, ...]], ...] = ()
    tied: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alternative:
    """One way to award all lots: a set of combination bids and single awards for the rest."""

    combinations: tuple[Combination, ...]
    steps: tuple[Step, ...]
    price: float
    score: float

    @property
    def awarded(self) -> int:
        """How many lots this alternative awards."""
        return sum(len(c.lots) for c in self.combinations) + sum(s.bidder is not None for s in self.steps)

    def awards(self) -> dict[str, str | None]:
        """Lot → awarded bidder (None: not awarded)."""
        out: dict[str, str | None] = {lot: c.bidder for c in self.combinations for lot in c.lots}
        out.update((s.lot, s.bidder) for s in self.steps)
        return out


@dataclass(frozen=True)
class Award:
    """The outcome: every alternative weighed (the single awards first) and the index of the chosen one."""

    alternatives: tuple[Alternative, ...]
    chosen: int

    @property
    def result(self) -> Alternative:
        """The alternative that is awarded."""
        return self.alternatives[self.chosen]


@dataclass(frozen=True)
class Offered:
    """A combination bid as weighed: the bid's own terms, its evaluated price and score, or why it is not admitted."""

    bidder: str
    bid: CombinationBid
    single: float | None  # the sum of the bidder's evaluated prices in the combination's lots
    price: float | None  # the combination's evaluated price
    score: float | None  # the bidder's total score in those lots at the combination's prices
    excluded_in: tuple[str, ...] = ()  # the lots in which the bid is not in the running: then it is not weighed

    def to_dict(self) -> dict[str, Any]:
        """The combination bid as in the JSON result."""
        return {
            "id": self.bid.id,
            "bidder": self.bidder,
            "lots": list(self.bid.lots),
            "stated_price": self.bid.price,
            "discount": self.bid.discount,
            "single_total": self.single,
            "price": self.price,
            "score": self.score,
            "admissible": not self.excluded_in,
            "excluded_in": list(self.excluded_in),
        }


@dataclass(frozen=True)
class LotResult:
    """One lot with its evaluation (its own ranking, exclusions, ties) and the bidder awarded it."""

    lot: Lot
    evaluation: Evaluation
    awarded: str | None = None  # after the limit and the combinations; None while undecided or sealed


@dataclass(frozen=True)
class LotsEvaluation:
    """The evaluation of a lotted tender: every lot, the combination bids and the award."""

    tender: Tender
    lots: tuple[LotResult, ...]
    offered: tuple[Offered, ...] = ()
    award: Award | None = None  # None while the prices are sealed

    @property
    def prices_sealed(self) -> bool:
        """Whether the prices are still sealed (two envelopes, not yet opened)."""
        return any(r.evaluation.prices_sealed for r in self.lots)

    def lot(self, ident: str) -> LotResult:
        """The result of one lot."""
        return next(r for r in self.lots if r.lot.id == ident)

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON result (every lot's evaluation and the award)."""
        return fingerprint_of(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON result of a lotted tender (docs/json.md, "Lots")."""
        t = self.tender
        limit = t.lots_limit
        return {
            "schema_version": RESULT_SCHEMA_VERSION,
            "tender": t.id,
            "title": t.title,
            "buyer": t.buyer,
            "language": t.language,
            "currency": t.currency,
            "term_months": t.term_months,
            "prices_sealed": self.prices_sealed,
            "lots_limit": None
            if limit is None
            else {"max_per_bidder": limit.max_per_bidder, "order": str(limit.order)},
            "combinations_compare": None if t.compare is None else str(t.compare),
            "lots": [
                {
                    "id": r.lot.id,
                    "title": r.lot.title,
                    "value": r.lot.value,
                    "awarded": r.awarded,
                    "fingerprint": r.evaluation.fingerprint,
                    "evaluation": r.evaluation.to_dict(),
                }
                for r in self.lots
            ],
            "combinations": [o.to_dict() for o in self.offered],
            "award": None if self.award is None else award_dict(self.award),
        }


def award_dict(award: Award) -> dict[str, Any]:
    """Every alternative weighed, each with its steps; the chosen one's index and its awards."""
    return {
        "chosen": award.chosen,
        "awards": award.result.awards(),
        "alternatives": [
            {
                "combinations": [c.id for c in alt.combinations],
                "price": alt.price,
                "score": alt.score,
                "lots_awarded": alt.awarded,
                "steps": [
                    {
                        "lot": s.lot,
                        "bidder": s.bidder,
                        "passed_over": [{"bidder": b, "holds": list(held)} for b, held in s.passed_over],
                        "tied": list(s.tied),
                    }
                    for s in alt.steps
                ],
            }
            for alt in award.alternatives
        ],
    }


def implicit_lot(evaluation: Evaluation) -> dict[str, Any]:
    """The one implicit lot of a tender without lots, as the JSON result lists it beside its top level."""
    return {"id": None, "implicit": True, "title": evaluation.tender.title, "awarded": evaluation.winner}
