"""Combine the evaluators' scores per bid and judged criterion: aggregate, consensus, spread."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import filterfalse, repeat
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

    individual = list(filterfalse(attrgetter("consensus"), scores))
    who_column, bidder_column, criterion_column, score_column = (
        list(map(attrgetter(name), individual)) for name in ("evaluator", "bidder", "criterion", "score")
    )
    evaluators = sorted(set(who_column))
    width, count = len(criteria), len(individual)
    row_of = {b: i for i, b in enumerate(bidders)}
    column_of = {c: i for i, c in enumerate(criteria)}
    rank = {e: i for i, e in enumerate(evaluators)}
    row = np.fromiter(map(row_of.get, bidder_column, repeat(-1)), np.int64, count)
    column = np.fromiter(map(column_of.get, criterion_column, repeat(-1)), np.int64, count)
    who = np.fromiter(map(rank.__getitem__, who_column), np.int64, count)
    values = np.array(score_column, dtype=np.float64)
    taken = np.flatnonzero((row >= 0) & (column >= 0))  # scores for pairs not asked about are left out
    pair = row[taken] * width + column[taken]
    order = taken[np.lexsort((who[taken], pair))]  # by pair, then evaluator
    pairs = len(bidders) * width
    counts = np.bincount(pair, minlength=pairs)[:pairs]
    ends = np.cumsum(counts)
    starts = ends - counts
    aggregates, spreads = pair_statistics(pair, values[taken], counts, starts, aggregation, pairs)
    marks = list(map(individual.__getitem__, order.tolist()))
    given = list(map(tuple, map(marks.__getitem__, map(slice, starts.tolist(), ends.tolist()))))
    keys = [(b, c) for b in bidders for c in criteria]
    consensus: dict[tuple[str, str], Score] = {(s.bidder, s.criterion): s for s in scores if s.consensus}
    agreed = list(map(consensus.get, keys))
    value = [a.score if a else v for a, v in zip(agreed, aggregates, strict=True)] if consensus else aggregates
    flagged = [s is not None and s >= threshold for s in spreads]
    abstained: list[tuple[str, ...]] = [()] * pairs
    for index in np.flatnonzero((counts > 0) & (counts < len(evaluators))).tolist():
        scored_by = {m.evaluator for m in given[index]}
        abstained[index] = tuple(e for e in evaluators if e not in scored_by)
    rows = zip(*zip(*keys, strict=True), given, aggregates, agreed, value, spreads, flagged, abstained, strict=True)
    return dict(zip(keys, map(partial(tuple.__new__, Judgement), rows), strict=True))


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
