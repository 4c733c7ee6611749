"""Break-even prices: the evaluated price at which a losing bid would tie for first place.

Everything but the bid's own price stays fixed. A lower price never lowers a bid's own points
and never raises anyone else's (relative formulas move the basis P_min with it), so the gap to
the leader shrinks monotonically as the price falls and a bracketing search finds the tie; the engine
re-scores every step, so each price formula and each method is covered by the same code.
Closed forms exist for some cases (methods.md §4) and serve as test oracles.
"""

from __future__ import annotations

from collections.abc import Callable
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
    """The break-even price of one bid, found by a bracketing search on its own price."""
    price = frame.prices[bidder]

    def at(p: float) -> Outcome:
        return frame.outcome(weights, prices={bidder: p}, performance=performance)

    def gap_at(p: float) -> float:
        if frame.method is MethodName.UFAB_EXTENDED:
            return gap(frame, at(p), bidder)
        _, scores = frame.scores(weights, frame.bidders, performance, {bidder: p})  # no ranking needed: faster
        return scores[bidder] - max(s for b, s in scores.items() if b != bidder)

    lo, hi = price * FLOOR, price
    g_lo = gap_at(lo)
    if g_lo <= 0:  # not even ahead at a near-zero price: a tie there is only a limit
        return BreakEven(bidder, price, None, None, None)
    continuous = frame.method is not MethodName.UFAB_EXTENDED  # the band's gap is a step: bisection only
    tie = bracket(gap_at, lo, hi, g_lo, gap_at(hi) if continuous else None)
    if tie < price * NEGLIGIBLE:
        return BreakEven(bidder, price, None, None, None)
    return BreakEven(bidder, price, tie, 100 * (price - tie) / price, leader(at(tie), bidder))


def bracket(f: Callable[[float], float], lo: float, hi: float, f_lo: float, f_hi: float | None) -> float:
    """The largest x in [lo, hi] with f(x) ≥ 0 for a falling f with f(lo) > 0, to 1e-13 relative.

    Given f(hi), the Illinois variant of false position (superlinear: about 10 steps instead of 45 for a
    continuous gap, which matters for 200 bids); without it, plain bisection (for step functions).
    """
    side = 0
    for _ in range(ITERATIONS):
        mid = (lo + hi) / 2
        if f_hi is not None and f_lo != f_hi:
            guess = hi - f_hi * (hi - lo) / (f_hi - f_lo)
            mid = guess if lo < guess < hi else mid
        f_mid = f(mid)
        if f_mid >= 0:
            lo, f_lo = mid, f_mid
            if side == -1 and f_hi is not None:
                f_hi /= 2  # the same end kept twice: halve its value so the next guess moves it (Illinois)
            side = -1
        else:
            hi = mid
            f_hi = f_mid if f_hi is not None else None
            if side == 1:
                f_lo /= 2
            side = 1
        if hi - lo <= 1e-13 * hi or f_mid == 0:
            break
    return lo


def break_even(frame: Frame, winner: str | None) -> list[BreakEven]:
    """The break-even price of every bid in the running other than the winner, in rank order."""
    if winner is None:
        return []
    weights = frame.absolute(frame.local_weights())
    performance = frame.performance(weights)
    return [bid_break_even(frame, b, weights, performance) for b in frame.bidders if b != winner]
