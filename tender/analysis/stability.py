"""Weight stability: how far one criterion's weight can move before the winner changes.

The weight t of one criterion is varied from 0 to 100 % of its level while its siblings keep their
proportions and share the rest (1 − t). Every score is then linear in t (weighted sum, and Z = L/P),
so the only places where the ranking can change are where two such lines cross (for the extended
UfAB method also where a Z crosses the band floor of another and where two performances cross).
Between consecutive crossings the ranking is constant; the engine re-evaluates each piece once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise, permutations

from tender.analysis.frame import Frame, Outcome
from tender.model import DecideBy, MethodName


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


def crossing(a0: float, a1: float, b0: float, b1: float) -> float | None:
    """Where two lines a(t), b(t) given at t = 0 and t = 1 cross strictly inside (0, 1)."""
    d0, d1 = a0 - b0, a1 - b1
    if d0 == d1 or (d0 > 0) == (d1 > 0) or d0 == 0 or d1 == 0:
        return None
    t = d0 / (d0 - d1)
    return t if 0 < t < 1 else None


def breakpoints(frame: Frame, start: Outcome, end: Outcome, winner: str) -> list[float]:
    """Every weight in (0, 1) at which the ranking can change."""
    m = frame.tender.method
    points: set[float] = set()
    if m.name is MethodName.UFAB_EXTENDED:
        keep = 1 - m.band
        for a, b in permutations(frame.bidders, 2):
            pairs = [(start.scores[a], end.scores[a], keep * start.scores[b], keep * end.scores[b])]
            if a < b:
                pairs.append((start.scores[a], end.scores[a], start.scores[b], end.scores[b]))
                if m.decide_by is DecideBy.PERFORMANCE:
                    pairs.append((start.performance[a], end.performance[a], start.performance[b], end.performance[b]))
            for line in pairs:
                t = crossing(*line)
                if t is not None:
                    points.add(t)
    else:
        for other in frame.bidders:
            if other != winner:
                t = crossing(start.scores[winner], end.scores[winner], start.scores[other], end.scores[other])
                if t is not None:
                    points.add(t)
    return sorted(points)


def node_stability(frame: Frame, node: str, winner: str) -> Stability:
    """The stability interval of one criterion and the weight at which each other bid overtakes the winner."""
    criterion = frame.nodes[node]
    w0 = criterion.weight / 100
    ends = [frame.outcome(weights_at(frame, node, t)) for t in (0.0, 1.0)]
    cuts = [0.0, *breakpoints(frame, ends[0], ends[1], winner), 1.0]
    pieces = [(lo, hi, frame.outcome(weights_at(frame, node, (lo + hi) / 2))) for lo, hi in pairwise(cuts)]
    here = next(i for i, (lo, hi, _) in enumerate(pieces) if lo <= w0 <= hi)
    first, last = here, here
    while first > 0 and pieces[first - 1][2].winner == winner:
        first -= 1
    while last < len(pieces) - 1 and pieces[last + 1][2].winner == winner:
        last += 1
    low: float | None = pieces[first][0]
    high: float | None = pieces[last][1]
    if pieces[here][2].winner != winner:
        low = high = w0
    else:
        if first == 0 and ends[0].winner == winner:
            low = None
        if last == len(pieces) - 1 and ends[1].winner == winner:
            high = None
    overtakes = {}
    for other in frame.bidders:
        if other == winner:
            continue
        below = next((pieces[i][1] for i in range(here, -1, -1) if pieces[i][2].ahead(other, winner)), None)
        above = next((pieces[i][0] for i in range(here, len(pieces)) if pieces[i][2].ahead(other, winner)), None)
        candidates = [t for t in (below, above) if t is not None]
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
