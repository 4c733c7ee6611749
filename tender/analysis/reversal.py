"""Rank reversal: remove each bid in turn, re-evaluate, and list the pairs of remaining bids whose order changes.

Relative price formulas take their basis (P_min, P_max) from the bids in the running, and the
extended UfAB method its band from the best Z, so removing a bid — even the last — can swap two
others (the "flipping effect"). Performance points do not depend on the other bids and are
computed once; whenever a removal moves the basis, price points, the method's score and the
ranking are recomputed by the kernel (only then: a removal that keeps the basis keeps every other score).
"""

from __future__ import annotations

from dataclasses import dataclass

from tender.analysis.frame import Frame
from tender.scoring.formulas import field_symbols


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


def keeps_basis(frame: Frame, performance: dict[str, float]) -> list[bool]:
    """Per bid in the running: whether removing it leaves what the others' scores and keys depend on besides
    their own figures as it was: the figures of the field the method's formulas name (P_min and P_max of
    the price formula, Z_max and with it the band floor; n_best of each quality leaf when quality counts
    relative to the best), none for UfAB simple."""
    import numpy as np

    prices = frame.field.prices
    z = np.array([performance[b] for b in frame.bidders]) / prices
    figures = {"P_min": (prices, True), "P_max": (prices, False), "Z_max": (z, False)}
    ends = [figures[symbol] for symbol in sorted(field_symbols(frame.tender.method))]
    if frame.field.best is not None:  # quality relative to the best: the best value of each quality leaf as well
        quality = np.delete(
            frame.field.values, [] if frame.field.price_column is None else [frame.field.price_column], 1
        )
        ends += [(column, False) for column in quality.T if column.max() > 0]
    keep = np.ones(len(prices), dtype=bool)
    for values, lowest in ends:
        edge = values.min() if lowest else values.max()
        at_edge = values == edge
        keep &= ~at_edge | (np.count_nonzero(at_edge) > 1)
    return keep.tolist()


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
    keeps = keeps_basis(frame, performance)
    ordered = sorted(frame.bidders, key=lambda b: (full.ranks[b], b))
    out = []
    for removed, keep in zip(frame.bidders, keeps, strict=True):
        if keep:
            out.append(Removal(removed, winner_without(full.ranks, ordered, removed), ()))
            continue
        rest = [b for b in frame.bidders if b != removed]
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


def winner_without(ranks: dict[str, int], ordered: list[str], removed: str) -> str | None:
    """The winner when a bid whose removal leaves every other score as it was is taken out: the others move up
    one rank behind it, so the winner is the sole bid then at rank 1."""
    rest = [b for b in ordered[:3] if b != removed][:2]
    moved = [ranks[b] - (1 if ranks[removed] < ranks[b] else 0) for b in rest]
    if not rest or moved[0] != 1:
        return None
    return rest[0] if len(rest) == 1 or moved[1] != 1 else None
