"""Weight stability: how far one criterion's weight can move before the winner changes.

The weight t of one criterion is varied from 0 to 100 % of its level while its siblings keep their
proportions and share the rest (1 − t). Every score is then linear in t (weighted sum, and Z = L/P),
so the only places where the winner's standing can change are where its line crosses another's (for
the extended UfAB method also where a Z crosses the band floor, which follows the best Z, and where
the winner's performance crosses another's).
Between consecutive crossings the ranking is constant; the kernel scores every piece at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tender.analysis.frame import Frame, Outcome
from tender.model import DecideBy, MethodName
from tender.scoring import kernel

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Stability:
    """The weight interval of one criterion within which the winner stays first."""

    criterion: str
    name: str
    parent: str | None
    level: int
    weight: float
    low: float | None
    high: float | None
    overtakes: dict[str, float | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """As in the documented JSON (percent at the criterion's own level, null where unbounded)."""
        return {
            "criterion": self.criterion,
            "name": self.name,
            "parent": self.parent,
            "level": self.level,
            "weight": self.weight,
            "low": self.low,
            "high": self.high,
            "overtakes": dict(self.overtakes),
        }


def weights_at(frame: Frame, node: str, t: float) -> dict[str, float]:
    """Absolute leaf weights with node's local weight set to t and its siblings rescaled proportionally."""
    local = frame.local_weights()
    own = local[node]
    group = next(g for g in frame.groups if node in g.children)
    for sibling in group.children:
        local[sibling] = t if sibling == node else local[sibling] * (1 - t) / (1 - own)
    return frame.absolute(local)


def variable_nodes(frame: Frame) -> list[str]:
    """The criteria whose weight can vary: those with siblings and a weight below 100 %."""
    out: list[str] = []
    for group in frame.groups:
        if len(group.children) < 2:
            continue
        out.extend(c for c, w in zip(group.children, group.weights, strict=True) if w < 1)
    order = list(frame.nodes)
    return sorted(out, key=order.index)


def crossings(a0: np.ndarray, a1: np.ndarray, b0: np.ndarray, b1: np.ndarray) -> np.ndarray:
    """Where lines a(t), b(t) given at t = 0 and t = 1 cross strictly inside (0, 1) (element-wise, the rest dropped)."""
    d0, d1 = a0 - b0, a1 - b1
    valid = (d0 != d1) & ((d0 > 0) != (d1 > 0)) & (d0 != 0) & (d1 != 0)
    t = d0[valid] / (d0[valid] - d1[valid])
    return t[(t > 0) & (t < 1)]


def breakpoints(frame: Frame, start: Outcome, end: Outcome, winner: str) -> list[float]:
    """Every weight in (0, 1) at which the ranking can change."""
    import numpy as np

    m = frame.tender.method
    s0, s1 = (np.array([o.scores[b] for b in frame.bidders]) for o in (start, end))
    w = frame.bidders.index(winner)
    found = [crossings(np.full_like(s0, s0[w]), np.full_like(s1, s1[w]), s0, s1)]
    if m.name is MethodName.UFAB_EXTENDED:
        if m.decide_by is DecideBy.PERFORMANCE:
            p0, p1 = (np.array([o.performance[b] for b in frame.bidders]) for o in (start, end))
            found.append(crossings(np.full_like(p0, p0[w]), np.full_like(p1, p1[w]), p0, p1))
        for lo, hi, leader in envelope(s0, s1):
            floor0, floor1 = kernel.band_floor(m, s0[leader]), kernel.band_floor(m, s1[leader])
            t = crossings(s0, s1, np.full_like(s0, floor0), np.full_like(s1, floor1))
            found.append(np.append(t[(t >= lo) & (t <= hi)], [lo, hi]))
    points = np.concatenate(found)
    return sorted(set(points[(points > 0) & (points < 1)].tolist()))


def envelope(z0: np.ndarray, z1: np.ndarray) -> list[tuple[float, float, int]]:
    """The upper envelope of the lines z(t) on [0, 1]: (from, to, the line on top), left to right.

    Under the extended UfAB method the band floor follows the best Z, so a bid enters or leaves the
    band where its Z crosses the floor of the bid on top; only the winner's own order against each
    other bid matters besides (its Z below the band, its performance inside).
    """
    import numpy as np

    slope = z1 - z0
    top = int(np.lexsort((slope, z0))[-1])
    t, out = 0.0, []
    while True:
        steeper = np.flatnonzero(slope > slope[top])
        meet = (z0[top] - z0[steeper]) / (slope[steeper] - slope[top])
        ahead = (meet >= t) & (meet < 1)
        if not ahead.any():
            out.append((t, 1.0, top))
            return out
        at = float(meet[ahead].min())
        candidates = steeper[ahead][meet[ahead] == at]
        out.append((t, at, top))
        t, top = at, int(candidates[np.argmax(slope[candidates])])


def piece_standing(
    frame: Frame, node: str, mids: np.ndarray, winner: int, here: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For pieces with midpoints mids: whether the winner is first alone in each, and per bid the
    nearest piece at or below `here` and at or above it in which that bid ranks ahead of the winner.

    Scores are affine in the weight t of the node, so the performance and price points at the two
    ends are interpolated; the kernel turns them into scores, the band and the ranking keys.
    """
    import numpy as np

    f = frame.field
    ends = np.stack([frame.vector(weights_at(frame, node, t)) for t in (0.0, 1.0)])
    perf, pp = kernel.parts_rows(f, ends)
    n = len(frame.bidders)
    first = np.zeros(len(mids), dtype=bool)
    below = np.full(n, -1)
    above = np.full(n, len(mids))
    step = max(1, 2_000_000 // max(1, n))
    for lo in range(0, len(mids), step):
        t = mids[lo : lo + step, None]
        performance = (1 - t) * perf[0] + t * perf[1]
        scores = kernel.method_scores(f.method, performance, (1 - t) * pp[0] + t * pp[1], f.prices)
        keys = kernel.ranking_keys(f.method, scores, performance, f.prices)
        gw, kw = keys.group[:, [winner]], keys.key[:, [winner]]
        first[lo : lo + step] = kernel.beats(gw[:, 0], kw[:, 0], *kernel.best_other(keys, winner))
        ahead = kernel.beats(keys.group, keys.key, gw, kw)
        index = np.arange(lo, lo + len(t))[:, None]
        below = np.maximum(below, np.where(ahead & (index <= here), index, -1).max(axis=0))
        above = np.minimum(above, np.where(ahead & (index >= here), index, len(mids)).min(axis=0))
    return first, below, above


def node_stability(frame: Frame, node: str, winner: str) -> Stability:
    """The stability interval of one criterion and the weight at which each other bid overtakes the winner."""
    import numpy as np

    criterion = frame.nodes[node]
    w0 = criterion.weight / 100
    ends = [frame.outcome(weights_at(frame, node, t)) for t in (0.0, 1.0)]
    cuts = np.array([0.0, *breakpoints(frame, ends[0], ends[1], winner), 1.0])
    lows, highs = cuts[:-1], cuts[1:]
    here = int(np.flatnonzero((lows <= w0) & (w0 <= highs))[0])
    w = frame.bidders.index(winner)
    first, below, above = piece_standing(frame, node, (lows + highs) / 2, w, here)
    start, last = here, here
    while start > 0 and first[start - 1]:
        start -= 1
    while last < len(first) - 1 and first[last + 1]:
        last += 1
    low: float | None = float(lows[start])
    high: float | None = float(highs[last])
    if not first[here]:
        low = high = w0
    else:
        if start == 0 and ends[0].winner == winner:
            low = None
        if last == len(first) - 1 and ends[1].winner == winner:
            high = None
    overtakes: dict[str, float | None] = {}
    for i, other in enumerate(frame.bidders):
        if other == winner:
            continue
        candidates = [float(highs[below[i]])] if below[i] >= 0 else []
        if above[i] < len(first):
            candidates.append(float(lows[above[i]]))
        overtakes[other] = percent(min(candidates, key=lambda t: abs(t - w0))) if candidates else None
    path = frame.paths[node]
    return Stability(
        criterion=node,
        name=criterion.name,
        parent=path[-2] if len(path) > 1 else None,
        level=len(path),
        weight=criterion.weight,
        low=percent(low),
        high=percent(high),
        overtakes=overtakes,
    )


def percent(t: float | None) -> float | None:
    """A fraction as percent (None stays None)."""
    return None if t is None else 100 * t


def stability(frame: Frame, winner: str | None) -> list[Stability]:
    """The stability interval of every criterion whose weight can vary, in file order; empty without a winner."""
    if winner is None or len(frame.bidders) < 2:
        return []
    return [node_stability(frame, node, winner) for node in variable_nodes(frame)]
