"""Combine the evaluators' scores per bid and judged criterion: aggregate, consensus, spread."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from tender.gcpause import gc_paused
from tender.model import Aggregation, Score
from tender.result import Judgement

if TYPE_CHECKING:
    import numpy as np


@gc_paused()  # tens of thousands of judgements, none in a reference cycle
def judge(
    scores: Sequence[Score],
    bidders: Sequence[str],
    criteria: Sequence[str],
    aggregation: Aggregation,
    threshold: float,
) -> dict[tuple[str, str], Judgement]:
    """One Judgement per (bidder, judged criterion): the value that counts and how it came about.

    The marks of a pair are the Scores themselves, sorted by evaluator; mean (compensated summation in
    file order, as pandas sums), median, minimum and maximum are computed for all pairs at once.
    """
    import numpy as np

    individual = [s for s in scores if not s.consensus]
    evaluators = sorted({s.evaluator for s in individual})
    width = len(criteria)
    row_of = {b: i for i, b in enumerate(bidders)}
    column_of = {c: i for i, c in enumerate(criteria)}
    pair = np.fromiter(
        map(
            pair_index,
            map(row_of.get, map(attrgetter("bidder"), individual)),
            map(column_of.get, map(attrgetter("criterion"), individual)),
            repeat(width),
        ),
        dtype=np.int64,
        count=len(individual),
    )
    known = pair >= 0
    rank = {e: i for i, e in enumerate(evaluators)}
    who = np.fromiter(map(rank.__getitem__, map(attrgetter("evaluator"), individual)), np.int64, len(individual))
    values = np.fromiter(map(attrgetter("score"), individual), np.float64, len(individual))
    taken = np.flatnonzero(known)
    order = taken[np.lexsort((who[taken], pair[taken]))]  # by pair, then evaluator
    pairs = len(bidders) * width
    counts = np.bincount(pair[order], minlength=pairs) if pairs else np.zeros(0, np.int64)
    ends = np.cumsum(counts)
    starts = ends - counts
    aggregates, spreads = pair_statistics(pair[taken], values[taken], counts, starts, aggregation, pairs)
    marks = [individual[i] for i in order.tolist()]
    consensus: dict[tuple[str, str], Score] = {(s.bidder, s.criterion): s for s in scores if s.consensus}
    complete = len(evaluators)
    out: dict[tuple[str, str], Judgement] = {}
    index = 0
    for bidder in bidders:
        for criterion in criteria:
            start, end = int(starts[index]), int(ends[index])
            given = tuple(marks[start:end])
            aggregate = aggregates[index]
            spread = spreads[index]
            agreed = consensus.get((bidder, criterion))
            value = agreed.score if agreed else aggregate
            if not given or end - start == complete:
                abstained: tuple[str, ...] = ()
            else:
                scored_by = {m.evaluator for m in given}
                abstained = tuple(e for e in evaluators if e not in scored_by)
            flagged = spread is not None and spread >= threshold
            out[(bidder, criterion)] = Judgement(
                bidder, criterion, given, aggregate, agreed, value, spread, flagged, abstained
            )
            index += 1
    return out


def pair_index(row: int | None, column: int | None, width: int) -> int:
    """The index of a (bidder, criterion) pair in bidder-major order; -1 for a pair not evaluated."""
    return -1 if row is None or column is None else row * width + column


def pair_statistics(
    pair: np.ndarray, values: np.ndarray, counts: np.ndarray, starts: np.ndarray, aggregation: Aggregation, pairs: int
) -> tuple[list[float | None], list[float | None]]:
    """The aggregate (mean or median) and the spread (max − min) of every pair; None where nobody scored."""
    import numpy as np

    if not pairs:
        return [], []
    stable = np.argsort(pair, kind="stable")  # by pair, each pair's values in file order
    ordered = values[stable]
    scored = counts > 0
    spread = np.zeros(pairs)
    if ordered.size:
        first = starts[scored]
        spread[scored] = np.maximum.reduceat(ordered, first) - np.minimum.reduceat(ordered, first)
    if aggregation is Aggregation.MEDIAN:
        aggregate = medians(ordered, counts, starts, scored)
    else:
        aggregate = compensated_means(ordered, counts, starts, scored)
    return none_where_unscored(aggregate, scored), none_where_unscored(spread, scored)


def compensated_means(ordered: np.ndarray, counts: np.ndarray, starts: np.ndarray, scored: np.ndarray) -> np.ndarray:
    """Each pair's mean, summed with Kahan compensation in file order (pandas' groupby mean, bit for bit)."""
    import numpy as np

    total = np.zeros(len(counts))
    compensation = np.zeros(len(counts))
    for k in range(int(counts.max()) if counts.size else 0):
        live = np.flatnonzero(counts > k)
        y = ordered[starts[live] + k] - compensation[live]
        t = total[live] + y
        compensation[live] = (t - total[live]) - y
        total[live] = t
    return np.divide(total, counts, out=np.zeros(len(counts)), where=scored)


def medians(ordered: np.ndarray, counts: np.ndarray, starts: np.ndarray, scored: np.ndarray) -> np.ndarray:
    """Each pair's median: the middle value, or the mean of the two middle values."""
    import numpy as np

    pair = np.repeat(np.arange(len(counts)), counts)
    ranked = ordered[np.lexsort((ordered, pair))]
    half = counts // 2
    upper = ranked[np.minimum(starts + half, max(len(ranked) - 1, 0))] if ranked.size else np.zeros(len(counts))
    lower = ranked[np.maximum(starts + half - 1, 0)] if ranked.size else np.zeros(len(counts))
    out = np.where(counts % 2 == 1, upper, (upper + lower) / 2)
    return np.where(scored, out, 0.0)


def none_where_unscored(figures: np.ndarray, scored: np.ndarray) -> list[float | None]:
    """Python floats, None for a pair nobody scored."""
    return [f if s else None for f, s in zip(figures.tolist(), scored.tolist(), strict=True)]
