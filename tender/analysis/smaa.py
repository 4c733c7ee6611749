"""SMAA-2: Monte Carlo over the weights (and optionally the evaluators' scores) → rank acceptability.

Weights are drawn level by level: the local weights of every set of siblings uniformly on their
simplex (Dirichlet(1, …, 1), normalised Exp(1) draws), or uniformly within ±vary of the announced
weights and rescaled to 100 %. Absolute leaf weights are the products along each path, as in the
engine. With `evaluators=True` each judged score is drawn from that pair's individual scores
(the consensus is set aside); a draw below a criterion's minimum score excludes the bid from that
sample, and the price basis is taken over the bids still in. Seeded: the same seed and sample
count give the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tender.analysis.frame import Frame
from tender.analysis.vector import Arrays, arrays, linear_keys, method_scores_many, rank_codes, ranking_keys
from tender.model import Kind
from tender.result import Evaluation
from tender.scoring.ranking import TIE_TOLERANCE

if TYPE_CHECKING:
    import numpy as np

CHUNK = 32_768
THREADS = 2
DRAWN_CELLS = 4_000_000


@dataclass(frozen=True)
class Smaa:
    """Rank acceptability indices, central weights and confidence factors of the bids in the running."""

    samples: int
    seed: int
    vary: float | None
    evaluators: bool
    bidders: tuple[str, ...]
    acceptability: dict[str, list[float]]
    central_weights: dict[str, dict[str, float] | None]
    confidence: dict[str, float | None]
    excluded: dict[str, float]

    def to_dict(self) -> dict[str, object]:
        """The SMAA settings and figures as JSON data (weights in percent at each criterion's level)."""
        return {
            "samples": self.samples,
            "seed": self.seed,
            "weights": "simplex" if self.vary is None else f"±{self.vary * 100:g} %",
            "vary": self.vary,
            "scores": "evaluators" if self.evaluators else "fixed",
            "acceptability": self.acceptability,
            "central_weights": self.central_weights,
            "confidence": self.confidence,
            "excluded": self.excluded,
        }


@dataclass(frozen=True)
class Draws:
    """The evaluators' individual scores per (bid, judged leaf), padded into arrays for drawing."""

    columns: np.ndarray
    options: np.ndarray
    counts: np.ndarray
    low: float
    span: float
    minimum: np.ndarray


def score_draws(frame: Frame, ev: Evaluation) -> Draws:
    """Each running bid's individual scores per judged leaf (pairs without any keep their value)."""
    import numpy as np

    judged = [j for j, leaf in enumerate(frame.leaves) if leaf.kind is Kind.JUDGED]
    marks = {(j.bidder, j.criterion): [s.score for s in j.scores] for j in ev.judgements}
    width = max([len(v) for v in marks.values()] + [1])
    options = np.zeros((len(frame.bidders), len(judged), width))
    counts = np.zeros((len(frame.bidders), len(judged)), dtype=np.int64)
    for i, b in enumerate(frame.bidders):
        for k, j in enumerate(judged):
            given = marks.get((b, frame.leaves[j].id), [])
            counts[i, k] = len(given)
            options[i, k, : len(given)] = given
    minimum = np.array(
        [frame.leaves[j].min_score if frame.leaves[j].min_score is not None else -np.inf for j in judged]
    )
    scale = frame.tender.scale
    return Draws(np.array(judged, dtype=np.int64), options, counts, scale.min, scale.max - scale.min, minimum)


def draw_values(rng: np.random.Generator, a: Arrays, d: Draws, m: int) -> tuple[np.ndarray, np.ndarray | None]:
    """m copies of the value matrix with every judged pair replaced by one of its individual scores."""
    import numpy as np

    values = np.broadcast_to(a.values, (m, *a.values.shape)).copy()
    pick = np.floor(rng.random((m, *d.counts.shape)) * d.counts).astype(np.int64)
    drawn = np.take_along_axis(np.broadcast_to(d.options, (m, *d.options.shape)), pick[..., None], axis=3)[..., 0]
    has = d.counts > 0
    fixed = values[:, :, d.columns] * d.span + d.low
    raw = np.where(has, drawn, fixed)
    values[:, :, d.columns] = (raw - d.low) / d.span
    below = (raw < d.minimum) & has
    if not np.isfinite(d.minimum).any():
        return values, None
    return values, np.asarray(below.any(axis=2))


def draw_local(rng: np.random.Generator, frame: Frame, m: int, vary: float | None) -> np.ndarray:
    """m rows of local weights (fractions of their level), one column per criterion in frame.nodes order."""
    import numpy as np

    index = {node: i for i, node in enumerate(frame.nodes)}
    local = None
    for group in frame.groups:
        k = len(group.children)
        if k == 1:
            continue
        if vary is None:
            w = rng.standard_exponential((m, k))
        else:
            base = np.array(group.weights)
            w = np.maximum(base * (1 - vary) + rng.random((m, k)) * (2 * vary * base), 0.0)
        w /= w.sum(axis=1, keepdims=True)
        cols = [index[c] for c in group.children]
        if cols == list(range(len(index))):
            return w
        if local is None:
            local = np.ones((m, len(index)))
        local[:, cols] = w
    return np.ones((m, len(index))) if local is None else local


def leaf_weights(frame: Frame, local: np.ndarray) -> np.ndarray:
    """Absolute leaf weights (rows × leaves) as products of the local weights along each path."""
    import numpy as np

    index = {node: i for i, node in enumerate(frame.nodes)}
    if all(len(frame.paths[leaf.id]) == 1 for leaf in frame.leaves):
        cols = [index[leaf.id] for leaf in frame.leaves]
        return local if cols == list(range(local.shape[1])) else np.ascontiguousarray(local[:, cols])
    out = np.ones((local.shape[0], len(frame.leaves)))
    for j, leaf in enumerate(frame.leaves):
        for node in frame.paths[leaf.id]:
            out[:, j] *= local[:, index[node]]
    return out


@dataclass(frozen=True)
class Setup:
    """What every chunk of samples needs: the frame, its arrays, score draws and the settings."""

    frame: Frame
    arrays: Arrays
    draws: Draws | None
    linear: np.ndarray | None
    vary: float | None


def tally(setup: Setup, seed: np.random.SeedSequence, m: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One chunk of m samples: (bid × rank counts, sums of local weights per first-ranked bid, exclusions per bid)."""
    import numpy as np

    frame, a, d = setup.frame, setup.arrays, setup.draws
    n = len(frame.bidders)
    rng = np.random.default_rng(seed)
    local = draw_local(rng, frame, m, setup.vary)
    values, excluded = draw_values(rng, a, d, m) if d is not None else (None, None)
    if setup.linear is not None and values is None:
        keys = leaf_weights(frame, local) @ setup.linear.T
    else:
        scores, performance = method_scores_many(frame, a, leaf_weights(frame, local), values, excluded)
        keys = ranking_keys(frame, scores, performance)
    codes = rank_codes(keys)  # codes[s, p] = n − 1 − the bid at rank n − p of sample s
    first = (n - 1) - codes[:, n - 1]
    out = np.zeros(n)
    weights = None
    if excluded is not None:
        valid = ~np.take_along_axis(excluded, (n - 1) - codes, axis=1)
        weights = valid.ravel().astype(float)
        out += excluded.sum(axis=0)
    codes *= n  # in place: one cell per (code, position) for a single bincount
    codes += np.arange(n)
    table = np.bincount(codes.ravel(), weights=weights, minlength=n * n).reshape(n, n)
    counts = table[::-1, ::-1].astype(float)  # counts[bid, rank − 1]
    chosen = local
    if excluded is not None:
        keep = valid[:, n - 1]
        first, chosen = first[keep], local[keep]
    columns = np.ascontiguousarray(chosen.T)
    sums = np.stack([np.bincount(first, weights=column, minlength=n) for column in columns], axis=1)
    return counts.ravel(), sums, out


def smaa(
    frame: Frame,
    ev: Evaluation,
    samples: int = 10_000,
    seed: int = 0,
    vary: float | None = None,
    evaluators: bool = False,
) -> Smaa:
    """Run SMAA-2 over the bids in the running: acceptability of every rank, central weights, confidence.

    The samples are drawn in chunks, each from its own stream spawned from the seed, and tallied
    on a few threads (numpy releases the GIL); the chunk results are added in chunk order, so the
    figures do not depend on the number of threads.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    n = len(frame.bidders)
    a = arrays(frame)
    setup = Setup(frame, a, score_draws(frame, ev) if evaluators else None, linear_keys(frame, a), vary)
    chunk = CHUNK
    if setup.draws is not None:  # samples × bids × leaves of drawn values: keep a chunk near 32 MB
        chunk = min(CHUNK, max(256, DRAWN_CELLS // max(1, n * len(frame.leaves))))
    sizes = [min(chunk, samples - start) for start in range(0, samples, chunk)]
    seeds = np.random.SeedSequence(seed).spawn(len(sizes))
    workers = max(1, min(len(sizes), os.cpu_count() or 1, THREADS))
    if workers == 1:
        parts = [tally(setup, s, m) for s, m in zip(seeds, sizes, strict=True)]
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(tally, [setup] * len(sizes), seeds, sizes))
    counts = np.zeros(n * n)
    first_sum = np.zeros((n, len(frame.nodes)))
    out = np.zeros(n)
    for c, f, o in parts:
        counts += c
        first_sum += f
        out += o
    table = counts.reshape(n, n) / samples
    wins = table[:, 0] * samples
    nodes = list(frame.nodes)
    central: dict[str, dict[str, float] | None] = {}
    centre_rows: dict[str, np.ndarray] = {}
    for i, b in enumerate(frame.bidders):
        if wins[i] == 0:
            central[b] = None
            continue
        centre_rows[b] = first_sum[i] / wins[i]
        central[b] = {node: float(100 * centre_rows[b][c]) for c, node in enumerate(nodes)}
    confidence = confidence_factors(frame, a, setup.draws, centre_rows, samples, seed)
    return Smaa(
        samples=samples,
        seed=seed,
        vary=vary,
        evaluators=evaluators,
        bidders=frame.bidders,
        acceptability={b: [float(x) for x in table[i]] for i, b in enumerate(frame.bidders)},
        central_weights=central,
        confidence={b: confidence.get(b) for b in frame.bidders},
        excluded={b: float(out[i] / samples) for i, b in enumerate(frame.bidders)} if setup.draws is not None else {},
    )


def confidence_factors(
    frame: Frame, a: Arrays, d: Draws | None, centres: dict[str, np.ndarray], samples: int, seed: int
) -> dict[str, float]:
    """Each bid's share of first places under its own central weights (1 or 0 when scores are fixed)."""
    import numpy as np

    out: dict[str, float] = {}
    index = {b: i for i, b in enumerate(frame.bidders)}
    if d is None and centres:
        rows = [index[b] for b in centres]
        scores, performance = method_scores_many(frame, a, leaf_weights(frame, np.array(list(centres.values()))))
        keys = ranking_keys(frame, scores, performance)
        top = keys.max(axis=1)
        own = keys[np.arange(len(rows)), rows]
        first = own >= top - TIE_TOLERANCE * np.abs(top)
        return {b: float(first[k]) for k, b in enumerate(centres)}
    assert d is not None
    if not centres:
        return out
    weights = leaf_weights(frame, np.array(list(centres.values())))
    wins = dict.fromkeys(centres, 0)
    rng = np.random.default_rng([seed, 1])
    step = min(CHUNK, max(256, DRAWN_CELLS // max(1, len(frame.bidders) * len(frame.leaves))))
    for start in range(0, samples, step):
        m = min(step, samples - start)
        values, excluded = draw_values(rng, a, d, m)  # the same score draws serve every bid's centre
        for k, b in enumerate(centres):
            scores, performance = method_scores_many(
                frame, a, np.repeat(weights[k : k + 1], m, axis=0), values, excluded
            )
            keys = ranking_keys(frame, scores, performance)
            top = keys.max(axis=1)
            wins[b] += int(np.count_nonzero((keys[:, index[b]] == top) & np.isfinite(top)))
    return {b: wins[b] / samples for b in centres}
