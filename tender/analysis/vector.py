"""The scoring engine's arithmetic in numpy, for many weight vectors (and score draws) at once.

Only the Monte Carlo analysis uses this; tests check that it reproduces `evaluate()`'s scores
to 1e-9. Every formula mirrors tender/scoring: points = 100 · weight · normalised value, price
formulas as in price.py, Z = L/P, the UfAB band and its decision criterion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tender.analysis.frame import Frame
from tender.model import DecideBy, Kind, MethodName, PriceFormula
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


def price_normalized_many(
    formula: PriceFormula, price: np.ndarray, p_min: np.ndarray, p_max: np.ndarray, span: float | None
) -> np.ndarray:
    """price_normalized() for arrays: p_min and p_max broadcast against price."""
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore"):
        if formula is PriceFormula.PROPORTIONAL:
            raw = p_min / price
        elif formula is PriceFormula.ONE_SIDED:
            raw = 2 - price / p_min
        elif formula is PriceFormula.TWO_SIDED:
            raw = np.where(p_max == p_min, 1.0, (p_max - price) / (p_max - p_min))
        elif formula is PriceFormula.LINEAR_SPAN:
            assert span is not None
            raw = (p_min * (1 + span) - price) / (p_min * span)
        elif formula is PriceFormula.SQUARED:
            raw = (p_min / price) ** 2
        elif formula is PriceFormula.CUBIC:
            raw = (p_min / price) ** 3
        else:  # pragma: no cover - the Enum is exhausted above
            raise ValueError(formula)
    return np.clip(raw, 0.0, 1.0)


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
    quality = weights.copy()
    if a.price_column is not None:
        quality[:, a.price_column] = 0.0
    performance = 100 * (quality @ a.values.T) if values is None else 100 * np.einsum("sl,snl->sn", quality, values)
    if m.name is MethodName.WEIGHTED_SUM:
        assert a.price_column is not None and a.price_values is not None
        if excluded is None:
            price_values = np.broadcast_to(a.price_values, performance.shape)
        else:
            live = np.where(excluded, np.nan, a.prices)
            p_min = np.nanmin(live, axis=1, keepdims=True)
            p_max = np.nanmax(live, axis=1, keepdims=True)
            price_values = price_normalized_many(m.price_formula, a.prices, p_min, p_max, m.span)
        scores = performance + 100 * weights[:, [a.price_column]] * price_values
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


def rank_codes(keys: np.ndarray) -> np.ndarray:
    """Per row, the bids in ascending key order, coded as n − 1 − column index (ties: lower index ranks higher).

    Overwrites keys (a float64 array the caller no longer needs).

    Sorting integers is much faster than argsort: each float is mapped to an order-preserving
    int64, its lowest bits are replaced by the code, and the rows are sorted. Keys closer than
    about 2^-45 of their size (for up to 128 bids) count as tied. Column p of the result holds
    the bid at rank n − p.
    """
    import numpy as np

    n = keys.shape[1]
    mask = np.int64((1 << max(1, (n - 1).bit_length())) - 1)
    ints = np.ascontiguousarray(keys, dtype=np.float64).view(np.int64)  # overwritten in place
    if keys.min() < 0:  # negative floats order backwards as integers: flip their magnitude bits
        ints ^= (ints >> 63) & np.int64(0x7FFFFFFFFFFFFFFF)
    ints &= ~mask
    ints |= np.arange(n - 1, -1, -1, dtype=np.int64)
    ints.sort(axis=1)
    ints &= mask
    return ints


def frame_prices(frame: Frame) -> np.ndarray:
    """The evaluated prices in the frame's bid order."""
    import numpy as np

    return np.array([frame.prices[b] for b in frame.bidders], dtype=float)
