"""Break-even prices: the evaluated price at which a losing bid would tie for first place.

Everything but the bid's own price stays fixed. A lower price never lowers a bid's own points
and never raises anyone else's (relative formulas move the basis P_min with it), so the gap to
the leader shrinks monotonically as the price falls and bisection finds the tie; the engine
re-scores every step, so each price formula and each method is covered by the same code.
Closed forms exist for some cases (methods.md §4) and serve as test oracles.
"""

from __future__ import annotations

from dataclasses import dataclass

from tender.analysis.frame import Frame, Outcome
from tender.model import MethodName

FLOOR = 1e-9
NEGLIGIBLE = 1e-6  # a break-even below a millionth of the bid's price counts as zero: not winnable on price
ITERATIONS = 200


@dataclass(frozen=True)
class BreakEven:
    """The price at which one bid would tie the leader, and the discount that means."""

    bidder: str
    price: float
    break_even: float | None
    discount: float | None
    ties_with: str | None

    def to_dict(self) -> dict[str, object]:
        """As JSON data: prices in the tender's currency, the discount in percent."""
        return {
            "bidder": self.bidder,
            "price": self.price,
            "break_even": self.break_even,
            "discount": self.discount,
            "ties_with": self.ties_with,
        }


def gap(frame: Frame, outcome: Outcome, bidder: str) -> float:
    """How far the bid is from first place: score minus the best other score (rank based for the band)."""
    if frame.method is MethodName.UFAB_EXTENDED:
        return 1.0 if outcome.ranks[bidder] == 1 else -1.0
    best = max(s for b, s in outcome.scores.items() if b != bidder)
    return outcome.scores[bidder] - best


def leader(outcome: Outcome, bidder: str) -> str:
    """The best-ranked other bid (ties by id)."""
    return min((b for b in outcome.ranks if b != bidder), key=lambda b: (outcome.ranks[b], b))


def bid_break_even(frame: Frame, bidder: str, weights: dict[str, float], performance: dict[str, float]) -> BreakEven:
    """The break-even price of one bid, found by bisection on its own price."""
    price = frame.prices[bidder]

    def at(p: float) -> Outcome:
        return frame.outcome(weights, prices={bidder: p}, performance=performance)

    lo, hi = price * FLOOR, price
    if gap(frame, at(lo), bidder) <= 0:  # not even ahead at a near-zero price: a tie there is only a limit
        return BreakEven(bidder, price, None, None, None)
    for _ in range(ITERATIONS):
        mid = (lo + hi) / 2
        if gap(frame, at(mid), bidder) >= 0:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-13 * hi:
            break
    tie = lo
    if tie < price * NEGLIGIBLE:
        return BreakEven(bidder, price, None, None, None)
    return BreakEven(bidder, price, tie, 100 * (price - tie) / price, leader(at(tie), bidder))


def break_even(frame: Frame, winner: str | None) -> list[BreakEven]:
    """The break-even price of every bid in the running other than the winner, in rank order."""
    if winner is None:
        return []
    weights = frame.absolute(frame.local_weights())
    performance = frame.performance(weights)
    return [bid_break_even(frame, b, weights, performance) for b in frame.bidders if b != winner]
