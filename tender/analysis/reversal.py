"""Rank reversal: remove each bid in turn, re-evaluate, and list the pairs of remaining bids whose order changes.

Relative price formulas take their basis (P_min, P_max) from the bids in the running, and the
extended UfAB method its band from the best Z, so removing a bid — even the last — can swap two
others (the "flipping effect"). Performance points do not depend on the other bids and are
computed once; whenever a removal moves the basis, price points, the method's score and the
ranking are recomputed by the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from tender.analysis.frame import Frame
from tender.model import MethodName


@dataclass(frozen=True)
class Reversal:
    """Two bids whose order changes when a third is removed: `pair[0]` was ahead (or level) before."""

    removed: str
    pair: tuple[str, str]
    before: tuple[int, int]
    after: tuple[int, int]

    def to_dict(self) -> dict[str, object]:
        """As JSON data; before/after hold the two bids' ranks."""
        return {
            "removed": self.removed,
            "pair": list(self.pair),
            "before": list(self.before),
            "after": list(self.after),
        }


@dataclass(frozen=True)
class Removal:
    """What removing one bid does: the new winner and the pairs that flip."""

    removed: str
    winner: str | None
    flips: tuple[Reversal, ...]


def basis(frame: Frame, bidders: list[str], performance: dict[str, float]) -> tuple[float, ...]:
    """What a bid's score and ranking key depend on besides its own figures: P_min and P_max (weighted
    sum), Z_max and with it the band floor (UfAB extended), nothing (UfAB simple)."""
    if frame.method is MethodName.WEIGHTED_SUM:
        prices = [frame.prices[b] for b in bidders]
        return (min(prices), max(prices))
    if frame.method is MethodName.UFAB_EXTENDED:
        return (max(performance[b] / frame.prices[b] for b in bidders),)
    return ()


def reversals(frame: Frame) -> list[Removal]:
    """Re-evaluate without each bid in the running (in rank order) and collect the order changes.

    A removal that leaves the basis (P_min, P_max or Z_max) as it was leaves every other bid's score
    and key exactly as it was: the others keep their order and move up one rank behind the removed
    bid, with no need to re-score. Every other removal is re-scored by the engine.
    """
    import numpy as np

    if len(frame.bidders) < 3:
        return []
    weights = frame.absolute(frame.local_weights())
    performance = frame.performance(weights)
    full = frame.outcome(weights, performance=performance)
    unchanged = basis(frame, list(frame.bidders), performance)
    out = []
    for removed in frame.bidders:
        rest = [b for b in frame.bidders if b != removed]
        if basis(frame, rest, performance) == unchanged:
            ahead = full.ranks[removed]
            ranks = {b: full.ranks[b] - (1 if ahead < full.ranks[b] else 0) for b in rest}
            first = [b for b in rest if ranks[b] == 1]
            out.append(Removal(removed, first[0] if len(first) == 1 else None, ()))
            continue
        after = frame.outcome(weights, bidders=rest, performance=performance)
        old = np.array([full.ranks[b] for b in rest])
        new = np.array([after.ranks[b] for b in rest])
        changed = np.sign(old[:, None] - old[None, :]) != np.sign(new[:, None] - new[None, :])
        first_index, second_index = np.nonzero(np.triu(changed, 1))
        flips = []
        for i, j in zip(first_index.tolist(), second_index.tolist(), strict=True):
            a, b = (i, j) if (old[i], rest[i]) <= (old[j], rest[j]) else (j, i)
            flips.append(Reversal(removed, (rest[a], rest[b]), (int(old[a]), int(old[b])), (int(new[a]), int(new[b]))))
        out.append(Removal(removed, after.winner, tuple(flips)))
    return out
