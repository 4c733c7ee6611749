"""§ 60 VgV: which prices are abnormally low, against the next bid or against the estimated value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tender.model import Clarification, Outcome, Tender

UNRESOLVED, ACCEPTED, REJECTED = "unresolved", str(Outcome.ACCEPTED), str(Outcome.REJECTED)


@dataclass(frozen=True)
class PriceFlag:
    """A price flagged as abnormally low: against the next higher price (gap) and/or the estimated value (share)."""

    bidder: str
    price: float
    next_bidder: str | None
    next_price: float | None
    gap: float | None  # (next price − price) / next price
    share_of_estimate: float | None  # price / estimated value
    by_gap: bool
    by_estimate: bool

    def to_dict(self) -> dict[str, Any]:
        """The flag as JSON data."""
        return {
            "bidder": self.bidder,
            "price": self.price,
            "next_bidder": self.next_bidder,
            "next_price": self.next_price,
            "gap": self.gap,
            "share_of_estimate": self.share_of_estimate,
            "by_gap": self.by_gap,
            "by_estimate": self.by_estimate,
        }


def abnormal_prices(
    tender: Tender, prices: Mapping[str, float | None], candidates: Iterable[str]
) -> dict[str, PriceFlag]:
    """The flagged bids among `candidates` (bids not excluded on other grounds), by bidder.

    A price is flagged when it lies at least `method.abnormally_low` below the next higher price of a candidate,
    or below `procedure.abnormally_low_of_estimate` × `procedure.estimated_value`.
    """
    priced = sorted((p, b) for b in candidates if (p := prices.get(b)) is not None)
    threshold = tender.method.abnormally_low
    estimate, share = tender.procedure.estimated_value, tender.procedure.abnormally_low_of_estimate
    out: dict[str, PriceFlag] = {}
    for i, (price, bidder) in enumerate(priced):
        above = priced[i + 1] if i + 1 < len(priced) else None
        gap = (above[0] - price) / above[0] if above is not None and above[0] > 0 else None
        by_gap = gap is not None and gap >= threshold - 1e-12
        of_estimate = price / estimate if estimate else None
        by_estimate = of_estimate is not None and share is not None and of_estimate < share
        if by_gap or by_estimate:
            out[bidder] = PriceFlag(
                bidder,
                price,
                above[1] if above else None,
                above[0] if above else None,
                gap,
                of_estimate,
                by_gap,
                by_estimate,
            )
    return out


def latest(clarifications: Iterable[Clarification]) -> dict[str, Clarification]:
    """The last clarification recorded per bidder (a later record replaces an earlier one)."""
    return {c.bidder: c for c in clarifications}


def status(clarification: Clarification | None) -> str:
    """unresolved (no outcome recorded yet), accepted or rejected."""
    if clarification is None or clarification.outcome is None:
        return UNRESOLVED
    return str(clarification.outcome)
