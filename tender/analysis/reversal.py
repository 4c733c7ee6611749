"""Rank reversal: remove each bid in turn, re-evaluate, and list the pairs of remaining bids whose order changes.

Relative price formulas take their basis (P_min, P_max) from the bids in the running, and the
extended UfAB method its band from the best Z, so removing a bid — even the last — can swap two
others (the "flipping effect"). Performance points do not depend on the other bids and are
computed once; prices, price points, the method's score and the ranking are recomputed by the
engine for every removal.
"""

from __future__ import annotations

from dataclasses import dataclass

from tender.analysis.frame import Frame


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


def reversals(frame: Frame) -> list[Removal]:
    """Re-evaluate without each bid in the running (in rank order) and collect the order changes."""
    import numpy as np

    if len(frame.bidders) < 3:
        return []
    weights = frame.absolute(frame.local_weights())
    performance = frame.performance(weights)
    full = frame.outcome(weights, performance=performance)
    out = []
    for removed in frame.bidders:
        rest = [b for b in frame.bidders if b != removed]
        after = frame.outcome(weights, bidders=rest, performance=performance)
        old = np.array([full.ranks[b] for b in rest])
        new = np.array([after.ranks[b] for b in rest])
        changed = np.sign(old[:, None] - old[None, :]) != np.sign(new[:, None] - new[None, :])
        first, second = np.nonzero(np.triu(changed, 1))
        flips = []
        for i, j in zip(first.tolist(), second.tolist(), strict=True):
            a, b = (i, j) if (old[i], rest[i]) <= (old[j], rest[j]) else (j, i)
            flips.append(Reversal(removed, (rest[a], rest[b]), (int(old[a]), int(old[b])), (int(new[a]), int(new[b]))))
        out.append(Removal(removed, after.winner, tuple(flips)))
    return out
