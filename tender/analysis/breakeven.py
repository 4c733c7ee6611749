"""Break-even prices: the evaluated price at which a losing bid would tie for first place.

Everything but the bid's own price stays fixed. A lower price never lowers a bid's own points
and never raises anyone else's (relative formulas move the basis P_min with it), so the gap to
the leader shrinks monotonically as the price falls and a bracketing search finds the tie; the kernel
re-scores every step for every bid at once, so each price formula and each method is covered by the same code.
Closed forms exist for some cases (methods.md §4) and serve as test oracles. Under the fixed-range
price formula the break-even is computed in closed form (`exact`): a bid's price points depend on its
own price alone, so nobody else's score moves and the price that ties the leader is read off the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tender.analysis.frame import Frame
from tender.model import MethodName, PriceFormula
from tender.scoring import kernel

if TYPE_CHECKING:
    import numpy as np

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


class Search:
    """The field with one bid's price replaced per row: scores every row's bid against all the others at once."""

    def __init__(self, frame: Frame, bids: np.ndarray) -> None:
        import numpy as np

        self.frame = frame
        self.f = frame.field
        self.bids = bids
        weights = frame.vector(frame.absolute(frame.local_weights()))
        scored = kernel.score(self.f, weights)
        self.performance = scored.performance
        self.weight = weights[self.f.price_column] if self.f.price_column is not None else 0.0
        self.banded = not self.f.linear
        self.by_id = np.empty(len(frame.bidders), dtype=np.int64)
        self.by_id[sorted(range(len(frame.bidders)), key=frame.bidders.__getitem__)] = np.arange(len(frame.bidders))

    def keys(self, rows: np.ndarray, price: np.ndarray) -> kernel.Keys:
        """Ranking keys (rows × bids) with bid bids[row] at the given price in each row."""
        import numpy as np

        prices = np.repeat(self.f.prices[None, :], len(rows), axis=0)
        prices[np.arange(len(rows)), self.bids[rows]] = price
        pp = np.zeros_like(prices)
        if self.f.price_column is not None:
            lo, hi = prices.min(axis=1, keepdims=True), prices.max(axis=1, keepdims=True)
            pp = kernel.points(np.asarray(self.weight), kernel.price_values(self.f.method, prices, lo, hi))
        performance = np.broadcast_to(self.performance, prices.shape)
        scores = kernel.method_scores(self.f.method, performance, pp, prices)
        return kernel.ranking_keys(self.f.method, scores, performance, prices)

    def gap(self, rows: np.ndarray, price: np.ndarray) -> np.ndarray:
        """How far each row's bid is from first place: score minus the best other (±1 by rank for the band)."""
        import numpy as np

        out = np.empty(len(rows))
        step = max(1, 1_000_000 // max(1, len(self.f.ids)))
        for lo in range(0, len(rows), step):
            part = slice(lo, lo + step)
            keys = self.keys(rows[part], price[part])
            own = self.bids[rows[part]]
            at = np.arange(len(own))
            g, k = kernel.best_other(keys, own)
            if self.banded:
                behind = kernel.beats(g, k, keys.group[at, own], keys.key[at, own])
                out[part] = np.where(behind, -1.0, 1.0)
            else:
                out[part] = keys.key[at, own] - k
        return out

    def leaders(self, price: np.ndarray) -> list[str]:
        """The best-ranked other bid of each row at its price (ties by id)."""
        import numpy as np

        rows = np.arange(len(price))
        keys = self.keys(rows, price)
        g, k = kernel.best_other(keys, self.bids)
        candidate = (keys.group == g[:, None]) & (kernel.close(keys.key, k[:, None]) | (keys.key == k[:, None]))
        candidate[rows, self.bids] = False
        pick = np.where(candidate, self.by_id[None, :], len(self.by_id)).argmin(axis=1)
        return [self.frame.bidders[i] for i in pick.tolist()]


def bracket(search: Search, price: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per bid: whether it is ahead at a near-zero price, and the largest price with gap ≥ 0 (to 1e-13 relative).

    With a continuous gap, the Illinois variant of false position (superlinear: about 10 steps instead
    of 45); for the band's step-shaped gap, plain bisection. Every bid is searched at once, row by row.
    """
    import numpy as np

    rows = np.arange(len(price))
    lo, hi = price * FLOOR, price.copy()
    f_lo = search.gap(rows, lo)
    winnable = f_lo > 0
    continuous = not search.banded
    f_hi = search.gap(rows, hi) if continuous else np.full(len(price), np.nan)
    side = np.zeros(len(price), dtype=np.int8)
    active = winnable.copy()
    for _ in range(ITERATIONS):
        at = np.flatnonzero(active)
        if not at.size:
            break
        mid = (lo[at] + hi[at]) / 2
        if continuous:
            fl, fh = f_lo[at], f_hi[at]
            with np.errstate(divide="ignore", invalid="ignore"):
                guess = hi[at] - fh * (hi[at] - lo[at]) / (fh - fl)
            mid = np.where((fl != fh) & (lo[at] < guess) & (guess < hi[at]), guess, mid)
        f_mid = search.gap(at, mid)
        up, down = at[f_mid >= 0], at[f_mid < 0]
        lo[up], f_lo[up] = mid[f_mid >= 0], f_mid[f_mid >= 0]
        if continuous:
            f_hi[up[side[up] == -1]] /= 2  # the same end kept twice: halve its value so the next guess moves it
            f_hi[down] = f_mid[f_mid < 0]
        f_lo[down[side[down] == 1]] /= 2
        side[up], side[down] = -1, 1
        hi[down] = mid[f_mid < 0]
        active[at[(hi[at] - lo[at] <= 1e-13 * hi[at]) | (f_mid == 0)]] = False
    return winnable, lo


def exact(search: Search, price: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Under fixed-range (weighted sum): per bid, whether it can draw level and the largest price that does.

    With L the bid's performance, S the best other score (fixed: it does not depend on this bid's price)
    and M the price criterion's points, the bid needs n = (S − L) / M; it draws level at
    P* = P_worst − n · (P_worst − P_best) when 0 < n ≤ 1 (n = 1: at P_best), never when n > 1, and at its
    own price when n ≤ 0 (it is level already and placed behind by the tie-break). None for other formulas.
    """
    import numpy as np

    method = search.f.method
    if method.name is not MethodName.WEIGHTED_SUM or method.price_formula is not PriceFormula.FIXED_RANGE:
        return None
    if search.f.price_column is None or method.best_price is None or method.worst_price is None:
        return None
    rows = np.arange(len(price))
    _, best = kernel.best_other(search.keys(rows, price), search.bids)
    points = 100 * search.weight
    needed = (best - search.performance[search.bids]) / points if points > 0 else np.full(len(price), np.inf)
    low, high = method.best_price, method.worst_price
    reachable = (needed <= 1) | kernel.close(needed, 1.0)
    tie = np.where(needed <= 0, price, high - np.clip(needed, 0.0, 1.0) * (high - low))
    return reachable, tie


def break_even(frame: Frame, winner: str | None) -> list[BreakEven]:
    """The break-even price of every bid in the running other than the winner, in rank order."""
    import numpy as np

    if winner is None:
        return []
    bids = np.array([i for i, b in enumerate(frame.bidders) if b != winner], dtype=np.int64)
    if not bids.size:
        return []
    search = Search(frame, bids)
    price = frame.field.prices[bids]
    closed = exact(search, price)
    winnable, tie = bracket(search, price) if closed is None else closed
    found = winnable & (tie >= price * NEGLIGIBLE)
    leaders = search.leaders(np.where(found, tie, price))
    out = []
    for k, i in enumerate(bids.tolist()):
        bidder, p = frame.bidders[i], float(price[k])
        if not found[k]:
            out.append(BreakEven(bidder, p, None, None, None))
            continue
        t = float(tie[k])
        out.append(BreakEven(bidder, p, t, 100 * (p - t) / p, leaders[k]))
    return out
