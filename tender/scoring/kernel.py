"""The scoring kernel: normalisation, price formulas, weighting, the method's score, the UfAB band and the ranking.

Vectorised over numpy arrays (bids × leaves, and rows of weights or prices for the analyses),
evaluating the expressions of tender.scoring.formulas. evaluate() scores one evaluation with it;
every analysis (stability, SMAA, break-even, rank reversal) re-scores through the same functions.
Everything is in fractions (weights, normalised values, band); points are 100 · w · n.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tender.model import DecideBy, Measure, Method, MethodName, Tender
from tender.scoring.expr import evaluate
from tender.scoring.formulas import (
    JUDGED,
    METHOD_RULES,
    POINTS,
    measure_expr,
    price_parameters,
    price_rule,
)

if TYPE_CHECKING:
    import numpy as np

TIE_TOLERANCE = 1e-9


def close(a: np.ndarray | float, b: np.ndarray | float) -> np.ndarray:
    """Two ranking keys tie when |a − b| ≤ 1e-9 · max(|a|, |b|) (element-wise)."""
    import numpy as np

    return np.asarray(np.abs(a - b) <= TIE_TOLERANCE * np.maximum(np.abs(a), np.abs(b)))


def local_weights(tender: Tender) -> dict[str, float]:
    """Every criterion's announced weight as a fraction of its level (the file states percent)."""
    return {node.id: node.weight / 100 for _, node in tender.nodes()}


def path_weight(local: Mapping[str, float], path: Sequence[str]) -> float:
    """A criterion's absolute weight: the product of the local weights along its path (its own first)."""
    *ancestors, own = path
    weight = local[own]
    for ancestor in ancestors:
        weight *= local[ancestor]
    return weight


def judged_values(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """Normalised grades (x − low) / (high − low) on the scale low–high."""
    import numpy as np

    return np.asarray(evaluate(JUDGED, {"x": x, "low": low, "high": high}))


def measure_values(measure: Measure, x: np.ndarray) -> np.ndarray:
    """Normalised facts in [0, 1] by the leaf's rule: worst–best, the value curve or the step table."""
    import numpy as np

    env = {"x": x, "low": measure.worst, "high": measure.best}
    return np.broadcast_to(np.asarray(evaluate(measure_expr(measure), env), dtype=float), np.shape(x))


def price_values(
    method: Method, prices: np.ndarray, p_min: np.ndarray | float, p_max: np.ndarray | float
) -> np.ndarray:
    """Normalised prices n in [0, 1] by the announced formula (the basis broadcasts against the prices)."""
    import numpy as np

    env = {"P": prices, "P_min": p_min, "P_max": p_max, **price_parameters(method)}
    n = evaluate(price_rule(method).normalised, env)
    return np.broadcast_to(n, np.broadcast_shapes(np.shape(prices), np.shape(p_min), np.shape(p_max)))


def points(weights: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Points 100 · w · n of every leaf (weights broadcast against the values)."""
    import numpy as np

    return np.asarray(evaluate(POINTS, {"w": weights, "n": values}))


def total(points: np.ndarray) -> np.ndarray:
    """The sum over the last axis, added leaf by leaf in order (as a reader adds the trail's lines)."""
    import numpy as np

    out = np.zeros(points.shape[:-1])
    for j in range(points.shape[-1]):
        out = out + points[..., j]
    return out


def method_scores(method: Method, performance: np.ndarray, price_points: np.ndarray, prices: np.ndarray) -> np.ndarray:
    """The score that ranks the bids: L + PP (weighted sum), Z = L / P (UfAB) or −F (value for money)."""
    import numpy as np

    env = {"L": performance, "PP": price_points, "P": prices, "V": method.value_total, "C": method.malus_total}
    return np.asarray(evaluate(METHOD_RULES[method.name].score, env))


def band_floor(method: Method, z_max: np.ndarray | float) -> np.ndarray | float:
    """The UfAB band's lower bound Z_max · (1 − band)."""
    rule = METHOD_RULES[method.name].band
    assert rule is not None, "only a method with a band has a band floor"
    value: np.ndarray | float = evaluate(rule, {"Z_max": z_max, "band": method.band})
    return value


@dataclass(frozen=True)
class Keys:
    """What the ranking sorts by, per bid (along the last axis): group (0 first), then key (higher first)."""

    group: np.ndarray
    key: np.ndarray
    in_band: np.ndarray | None
    z_max: np.ndarray | None
    floor: np.ndarray | None


def ranking_keys(method: Method, scores: np.ndarray, performance: np.ndarray, prices: np.ndarray) -> Keys:
    """Group and key per bid: the score, or under UfAB extended the band first, ordered by the decision criterion."""
    import numpy as np

    if METHOD_RULES[method.name].band is None:
        return Keys(np.zeros(scores.shape, dtype=np.int8), scores, None, None, None)
    z_max = scores.max(axis=-1, keepdims=True)
    floor = np.asarray(band_floor(method, z_max))
    inside = (scores >= floor) | close(scores, floor)
    second = performance if method.decide_by is DecideBy.PERFORMANCE else -np.broadcast_to(prices, scores.shape)
    key = np.where(inside, second, scores)
    return Keys(np.where(inside, 0, 1).astype(np.int8), key, inside, z_max, floor)


def beats(g1: np.ndarray, k1: np.ndarray, g2: np.ndarray, k2: np.ndarray) -> np.ndarray:
    """Whether (group, key) 1 ranks strictly ahead of 2: a lower group, or the same group and a higher key, untied."""
    import numpy as np

    return np.asarray((g1 < g2) | ((g1 == g2) & (k1 > k2) & ~close(k1, k2)))


def competition_ranks(keys: Keys, ids: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Standard competition ranks (1, 1, 3) and tie marks of one row of bids; inside a tie the order is by id."""
    import numpy as np

    n = len(ids)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    by_id = np.empty(n, dtype=np.int64)
    by_id[sorted(range(n), key=ids.__getitem__)] = np.arange(n)
    order = np.lexsort((by_id, -keys.key, keys.group))
    g, k = keys.group[order], keys.key[order]
    start = np.ones(n, dtype=bool)
    start[1:] = ~((g[1:] == g[:-1]) & close(k[:-1], k[1:]))
    sorted_ranks = np.maximum.accumulate(np.where(start, np.arange(1, n + 1), 0))
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = sorted_ranks
    tied = np.bincount(ranks, minlength=n + 1)[ranks] > 1
    return ranks, tied


def sort_keys(method: Method, scores: np.ndarray, performance: np.ndarray, prices: np.ndarray) -> np.ndarray:
    """One float per bid that sorts rows as the ranking does, higher first (the band folded in), for many rows."""
    import numpy as np

    keys = ranking_keys(method, scores, performance, prices)
    if keys.in_band is None:
        return scores
    assert keys.z_max is not None
    if method.decide_by is DecideBy.PERFORMANCE:
        second = performance / 100
    else:
        second = np.broadcast_to(np.min(prices) / prices, scores.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        below = np.where(keys.z_max > 0, scores / keys.z_max, 0.0)
    return np.where(keys.in_band & np.isfinite(scores), 2 + second, below)


@dataclass(frozen=True)
class Field:
    """Bids in the running as arrays: normalised values (bids × leaves; the price column is filled per
    price basis), evaluated prices, and where the price leaf is."""

    method: Method
    ids: tuple[str, ...]
    values: np.ndarray
    prices: np.ndarray
    price_column: int | None

    @property
    def linear(self) -> bool:
        """Whether scores are linear in the weights for fixed prices (all but UfAB extended)."""
        return METHOD_RULES[self.method.name].band is None


@dataclass(frozen=True)
class Scored:
    """One scoring of (some of) the field: per bid the performance, price points, score and prices used."""

    performance: np.ndarray
    price_points: np.ndarray
    scores: np.ndarray
    prices: np.ndarray


def score(
    f: Field, weights: np.ndarray, prices: np.ndarray | None = None, performance: np.ndarray | None = None
) -> Scored:
    """Score every bid of the field under leaf weights (one row), optionally with other prices or a known performance.

    The price basis (P_min, P_max) is taken over the field, as the engine takes it over the bids in the running.
    """
    import numpy as np

    price = f.prices if prices is None else prices
    quality = weights.copy()
    if f.price_column is not None:
        quality[f.price_column] = 0.0
    perf = total(points(quality, f.values)) if performance is None else performance
    pp = np.zeros(len(price))
    if f.price_column is not None and METHOD_RULES[f.method.name].priced_leaf and len(price):
        pp = points(weights[f.price_column], price_values(f.method, price, price.min(), price.max()))
    return Scored(perf, pp, method_scores(f.method, perf, pp, price), price)


def parts_rows(
    f: Field, weights: np.ndarray, values: np.ndarray | None = None, excluded: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(performance, price points), rows × bids, for rows of leaf weights (rows × leaves).

    values (rows × bids × leaves) replaces the fixed values when scores are drawn; excluded (rows × bids)
    marks bids out of the running in a row: the price basis is taken over the others.
    """
    import warnings

    import numpy as np

    weights = weights.astype(np.float64)
    quality = weights.copy()
    if f.price_column is not None:
        quality[:, f.price_column] = 0.0
    performance = 100 * (quality @ f.values.T) if values is None else 100 * np.einsum("sl,snl->sn", quality, values)
    pp = np.zeros_like(performance)
    if f.price_column is not None and METHOD_RULES[f.method.name].priced_leaf:
        if excluded is None:
            n = price_values(f.method, f.prices, f.prices.min(), f.prices.max())
        else:
            live = np.where(excluded, np.nan, f.prices)
            with warnings.catch_warnings():  # a row with every bid out: All-NaN slice
                warnings.simplefilter("ignore", RuntimeWarning)
                lo, hi = np.nanmin(live, axis=1, keepdims=True), np.nanmax(live, axis=1, keepdims=True)
            lo, hi = np.nan_to_num(lo, nan=1.0), np.nan_to_num(hi, nan=1.0)  # every bid out: scores are −inf anyway
            n = price_values(f.method, f.prices, lo, hi)
        pp = points(weights[:, [f.price_column]], n)
    return performance, pp


def score_rows(
    f: Field, weights: np.ndarray, values: np.ndarray | None = None, excluded: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, performance), rows × bids, for rows of leaf weights; an excluded bid scores −inf (see parts_rows)."""
    import numpy as np

    performance, pp = parts_rows(f, weights, values, excluded)
    scores = method_scores(f.method, performance, pp, f.prices)
    if excluded is not None:
        scores = np.where(excluded, -np.inf, scores)
    return scores, performance


def best_other(keys: Keys, bid: int | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the (group, key) of the best-placed bid other than column `bid` (one column, or one per row)."""
    import numpy as np

    rows = np.arange(keys.key.shape[0]) if keys.key.ndim == 2 else ...
    group = keys.group.astype(np.int16)
    group[rows, bid] = np.iinfo(np.int16).max
    top = group.min(axis=-1, keepdims=True)
    key = np.where(group == top, keys.key, -np.inf)
    key[rows, bid] = -np.inf
    return top[..., 0], key.max(axis=-1)


def linear_matrix(f: Field) -> np.ndarray | None:
    """M (bids × leaves) with scores = 100 · weights @ M.T for weight rows, when the method is linear.

    Weighted sum: the values with the price column at the field's basis. UfAB simple: values / P.
    The extended UfAB method needs performance and Z separately, and value for money's −F has the price
    as an offset, so neither has one.
    """
    if not f.linear or METHOD_RULES[f.method.name].fictitious is not None:  # −F = V·L/100 − P − C: not linear
        return None
    values = f.values.copy()
    if f.price_column is not None and METHOD_RULES[f.method.name].priced_leaf:
        values[:, f.price_column] = price_values(f.method, f.prices, f.prices.min(), f.prices.max())
        return values
    return values / f.prices[:, None] if f.method.name is MethodName.UFAB_SIMPLE else values
