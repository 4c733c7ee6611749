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

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from tender.analysis.frame import Frame
from tender.analysis.ranks import Scratch, linear_codes, quantised, rank_codes, rank_counts
from tender.model import Kind
from tender.result import Evaluation
from tender.scoring import kernel
from tender.scoring.kernel import TIE_TOLERANCE

if TYPE_CHECKING:
    import numpy as np
    from threadpoolctl import ThreadpoolController

CHUNK = 4_096  # samples per chunk: the working arrays stay in the CPU caches
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


def draw_values(rng: np.random.Generator, a: kernel.Field, d: Draws, m: int) -> tuple[np.ndarray, np.ndarray | None]:
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


def draw_local(
    rng: np.random.Generator, frame: Frame, m: int, vary: float | None, scratch: Scratch | None = None
) -> np.ndarray:
    """m rows of local weights (fractions of their level), one column per criterion in frame.nodes order.

    Drawn in float32, which halves the cost of drawing and of the fast ranking; every score computed
    from them is computed in float64 (or checked against it: ranks.linear_codes).
    """
    import numpy as np

    scratch = scratch or Scratch()
    index = {node: i for i, node in enumerate(frame.nodes)}
    local = None
    for g, group in enumerate(frame.groups):
        k = len(group.children)
        if k == 1:
            continue
        w = scratch.array(f"group {g}", (m, k), np.float32)
        if vary is None:
            rng.standard_exponential(dtype=np.float32, out=w)
        else:
            base = np.array(group.weights, dtype=np.float32)
            rng.random(dtype=np.float32, out=w)
            w *= 2 * vary * base
            w += base * (1 - vary)
            np.maximum(w, 0, out=w)
        w /= np.matmul(w, np.ones(k, dtype=np.float32), out=scratch.array(f"sums {g}", (m,), np.float32))[:, None]
        cols = [index[c] for c in group.children]
        if cols == list(range(len(index))):
            return w
        if local is None:
            local = scratch.array("local", (m, len(index)), np.float32)
            local.fill(1)
        local[:, cols] = w
    if local is None:
        local = scratch.array("local", (m, len(index)), np.float32)
        local.fill(1)
    return local


def leaf_weights(frame: Frame, local: np.ndarray, scratch: Scratch | None = None) -> np.ndarray:
    """Absolute leaf weights (rows × leaves) as products of the local weights along each path."""
    import numpy as np

    index = {node: i for i, node in enumerate(frame.nodes)}
    if all(len(frame.paths[leaf.id]) == 1 for leaf in frame.leaves):
        cols = [index[leaf.id] for leaf in frame.leaves]
        return local if cols == list(range(local.shape[1])) else np.ascontiguousarray(local[:, cols])
    out = (scratch or Scratch()).array("leaves", (local.shape[0], len(frame.leaves)), local.dtype.type)
    out.fill(1)
    for j, leaf in enumerate(frame.leaves):
        for node in frame.paths[leaf.id]:
            out[:, j] *= local[:, index[node]]
    return out


@dataclass(frozen=True)
class Setup:
    """What every chunk of samples needs: the frame, its arrays, score draws and the settings."""

    frame: Frame
    arrays: kernel.Field
    draws: Draws | None
    linear: np.ndarray | None
    scaled: np.ndarray | None
    vary: float | None
    advance: Callable[[int], None] | None = None  # told the samples of each chunk done (from the worker's thread)


def tally(
    setup: Setup, seed: np.random.SeedSequence, m: int, scratch: Scratch | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One chunk of m samples: (bid × rank counts, sums of local weights per first-ranked bid, exclusions per bid)."""
    import numpy as np

    scratch = scratch or Scratch()
    frame, a, d = setup.frame, setup.arrays, setup.draws
    n = len(frame.bidders)
    rng = np.random.Generator(np.random.SFC64(seed))  # SFC64: the fastest of numpy's generators
    local = draw_local(rng, frame, m, setup.vary, scratch)
    values, excluded = draw_values(rng, a, d, m) if d is not None else (None, None)
    if setup.linear is not None and setup.scaled is not None and values is None:
        codes = linear_codes(leaf_weights(frame, local, scratch), setup.linear, setup.scaled, scratch)
    else:
        scores, performance = kernel.score_rows(a, leaf_weights(frame, local, scratch), values, excluded)
        codes = rank_codes(kernel.sort_keys(a.method, scores, performance, a.prices))
    # codes[s, p] = n − 1 − the bid at rank n − p of sample s
    first = (n - 1) - codes[:, n - 1]
    out = np.zeros(n)
    present = None  # each (sample, position) counts once, unless its bid is out of that sample
    chosen = local
    if excluded is not None:
        valid = ~np.take_along_axis(excluded, (n - 1) - codes, axis=1)
        present = valid.ravel().astype(float)
        out += excluded.sum(axis=0)
        keep = valid[:, n - 1]
        first, chosen = first[keep], local[keep]
    counts = rank_counts(codes, present, scratch)
    width = chosen.shape[1]
    pairs = np.add((first * width)[:, None], np.arange(width), out=scratch.array("pairs", chosen.shape, np.intp))
    summed = scratch.array("summed", chosen.shape, np.float64)
    np.copyto(summed, chosen)
    sums = np.bincount(pairs.ravel(), weights=summed.ravel(), minlength=n * width).reshape(n, width)
    return counts.ravel(), sums, out


def tally_chunks(
    setup: Setup, chunks: list[tuple[int, np.random.SeedSequence, int]]
) -> list[tuple[int, tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """Tally chunks one after the other in one thread, reusing its work arrays: (chunk number, tally)."""
    scratch = Scratch()
    done = []
    for number, seed, m in chunks:
        done.append((number, tally(setup, seed, m, scratch)))
        if setup.advance is not None:
            setup.advance(m)
    return done


def chunk_sizes(samples: int, chunk: int) -> list[int]:
    """An even number of near-equal chunks of at most `chunk` samples (two threads finish together)."""
    parts = 2 * max(1, -(-samples // (2 * chunk)))
    sizes = [samples * (k + 1) // parts - samples * k // parts for k in range(parts)]
    return [size for size in sizes if size]


@cache
def blas_libraries() -> ThreadpoolController:
    """The BLAS libraries loaded in this process, found once (finding them takes a few ms)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def smaa(
    frame: Frame,
    ev: Evaluation,
    samples: int = 10_000,
    seed: int = 0,
    vary: float | None = None,
    evaluators: bool = False,
    advance: Callable[[int], None] | None = None,
) -> Smaa:
    """Run SMAA-2 over the bids in the running: acceptability of every rank, central weights, confidence
    (`advance`, if given, is told the number of samples of each chunk tallied).

    The samples are drawn in chunks, each from its own stream spawned from the seed, and tallied
    on a few threads (numpy releases the GIL), each reusing its work arrays; the chunk results are
    added in chunk order, so the figures do not depend on the number of threads.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    n = len(frame.bidders)
    a = frame.field
    linear = kernel.linear_matrix(a)
    scaled = quantised(linear) if linear is not None and n else None
    setup = Setup(frame, a, score_draws(frame, ev) if evaluators else None, linear, scaled, vary, advance)
    chunk = CHUNK
    if setup.draws is not None:  # samples × bids × leaves of drawn values: keep a chunk near 32 MB
        chunk = min(CHUNK, max(256, DRAWN_CELLS // max(1, n * len(frame.leaves))))
    sizes = chunk_sizes(samples, chunk)
    seeds = np.random.SeedSequence(seed).spawn(len(sizes))
    chunks = [(number, s, m) for number, (s, m) in enumerate(zip(seeds, sizes, strict=True))]
    workers = max(1, min(len(sizes), os.cpu_count() or 1, THREADS))
    if workers == 1:
        done = tally_chunks(setup, chunks)
    else:  # one BLAS thread per worker: more would fight over the same cores
        with blas_libraries().limit(limits=1, user_api="blas"), ThreadPoolExecutor(max_workers=workers) as pool:
            done = [
                part
                for parts in pool.map(tally_chunks, [setup] * workers, [chunks[w::workers] for w in range(workers)])
                for part in parts
            ]
    parts = [part for _, part in sorted(done, key=lambda numbered: numbered[0])]
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
        acceptability=dict(zip(frame.bidders, table.tolist(), strict=True)),
        central_weights=central,
        confidence={b: confidence.get(b) for b in frame.bidders},
        excluded={b: float(out[i] / samples) for i, b in enumerate(frame.bidders)} if setup.draws is not None else {},
    )


def confidence_factors(
    frame: Frame, a: kernel.Field, d: Draws | None, centres: dict[str, np.ndarray], samples: int, seed: int
) -> dict[str, float]:
    """Each bid's share of first places under its own central weights (1 or 0 when scores are fixed)."""
    import numpy as np

    out: dict[str, float] = {}
    index = {b: i for i, b in enumerate(frame.bidders)}
    if d is None and centres:
        rows = [index[b] for b in centres]
        scores, performance = kernel.score_rows(a, leaf_weights(frame, np.array(list(centres.values()))))
        keys = kernel.sort_keys(a.method, scores, performance, a.prices)
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
            scores, performance = kernel.score_rows(a, np.repeat(weights[k : k + 1], m, axis=0), values, excluded)
            keys = kernel.sort_keys(a.method, scores, performance, a.prices)
            top = keys.max(axis=1)
            wins[b] += int(np.count_nonzero((keys[:, index[b]] == top) & np.isfinite(top)))
    return {b: wins[b] / samples for b in centres}
