"""The scoring engine's arithmetic in numpy, for many weight vectors (and score draws) at once.

Only the Monte Carlo analysis uses this; tests check that it reproduces `evaluate()`'s scores
to 1e-9. It mirrors tender/scoring: points = 100 · weight · normalised value, Z = L/P, the UfAB
band and its decision criterion; normalised prices come from the engine's price_normalized().
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tender.analysis.frame import Frame
from tender.model import DecideBy, Kind, MethodName
from tender.scoring.ranking import TIE_TOLERANCE

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Arrays:
    """The frame as arrays: bids × leaves values, prices, and the leaf layout."""

    values: np.ndarray
    prices: np.ndarray
    price_column: int | None
    price_values: np.ndarray | None


def arrays(frame: Frame) -> Arrays:
    """Values (bids × leaves, the price column holding the engine's normalised price) and prices."""
    import numpy as np

    from tender.scoring.price import price_normalized

    m = frame.tender.method
    prices = np.array([frame.prices[b] for b in frame.bidders], dtype=float)
    column = next((i for i, leaf in enumerate(frame.leaves) if leaf.kind is Kind.PRICE), None)
    values = np.zeros((len(frame.bidders), len(frame.leaves)))
    for i, b in enumerate(frame.bidders):
        for j, leaf in enumerate(frame.leaves):
            if j != column:
                values[i, j] = frame.values[b][leaf.id]
    price_values = None
    if column is not None:
        p_min, p_max = min(frame.prices.values()), max(frame.prices.values())
        price_values = np.array(
            [price_normalized(m.price_formula, frame.prices[b], p_min, p_max, m.span) for b in frame.bidders]
        )
        values[:, column] = price_values
    return Arrays(values, prices, column, price_values)


def price_values(frame: Frame, a: Arrays, excluded: np.ndarray) -> np.ndarray:
    """Normalised prices per sample (samples × bids) when the bids out of a sample move the price basis.

    Only a few distinct (P_min, P_max) occur, so the engine's own price_normalized() is applied once
    per distinct basis and the rows are gathered from that small table.
    """
    import numpy as np

    from tender.scoring.price import price_normalized

    m = frame.tender.method
    live = np.where(excluded, np.nan, a.prices)
    with np.errstate(invalid="ignore"):
        basis = np.stack([np.nanmin(live, axis=1), np.nanmax(live, axis=1)], axis=1)
    basis = np.nan_to_num(basis, nan=1.0)  # every bid out: any basis, the scores are −inf anyway
    unique, inverse = np.unique(basis, axis=0, return_inverse=True)
    table = np.array(
        [
            [price_normalized(m.price_formula, float(p), float(lo), float(hi), m.span) for p in a.prices]
            for lo, hi in unique
        ]
    )
    return table[inverse.ravel()]


def method_scores_many(
    frame: Frame, a: Arrays, weights: np.ndarray, values: np.ndarray | None = None, excluded: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, performance), samples × bids, for weight rows (samples × leaves).

    values (samples × bids × leaves) replaces the fixed values when scores are drawn; excluded
    (samples × bids) marks bids out of the running in a sample: their score is −inf and the price
    basis is taken over the others.
    """
    import numpy as np

    m = frame.tender.method
    weights = weights.astype(np.float64)  # drawn in float32; scored in float64
    quality = weights.copy()
    if a.price_column is not None:
        quality[:, a.price_column] = 0.0
    performance = 100 * (quality @ a.values.T) if values is None else 100 * np.einsum("sl,snl->sn", quality, values)
    if m.name is MethodName.WEIGHTED_SUM:
        assert a.price_column is not None and a.price_values is not None
        if excluded is None:
            priced = np.broadcast_to(a.price_values, performance.shape)
        else:
            priced = price_values(frame, a, excluded)
        scores = performance + 100 * weights[:, [a.price_column]] * priced
    else:
        scores = performance / a.prices
    if excluded is not None:
        scores = np.where(excluded, -np.inf, scores)
    return scores, performance


def ranking_keys(frame: Frame, scores: np.ndarray, performance: np.ndarray) -> np.ndarray:
    """Keys that sort the bids as the engine's ranking does, higher first (the UfAB band comes first)."""
    import numpy as np

    m = frame.tender.method
    if m.name is not MethodName.UFAB_EXTENDED:
        return scores
    z_max = scores.max(axis=1, keepdims=True)
    floor = z_max * (1 - m.band)
    inside = (scores >= floor) | (np.abs(scores - floor) <= TIE_TOLERANCE * np.maximum(np.abs(scores), np.abs(floor)))
    if m.decide_by is DecideBy.PERFORMANCE:
        second = performance / 100
    else:
        second = np.broadcast_to(np.min(frame_prices(frame)) / frame_prices(frame), scores.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        below = np.where(z_max > 0, scores / z_max, 0.0)
    return np.where(inside & np.isfinite(scores), 2 + second, below)


def linear_keys(frame: Frame, a: Arrays) -> np.ndarray | None:
    """M (bids × leaves) with keys = weights @ M.T ranking as the engine does, when the method allows it.

    Weighted sum: the values themselves (score / 100). UfAB simple: values / P (Z / 100). The
    extended UfAB method needs performance and Z separately, so it has no such matrix (None).
    """
    m = frame.tender.method
    if m.name is MethodName.WEIGHTED_SUM:
        return a.values
    if m.name is MethodName.UFAB_SIMPLE:
        return a.values / a.prices[:, None]
    return None


def frame_prices(frame: Frame) -> np.ndarray:
    """The evaluated prices in the frame's bid order."""
    import numpy as np

    return np.array([frame.prices[b] for b in frame.bidders], dtype=float)
