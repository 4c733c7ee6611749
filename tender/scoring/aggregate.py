"""Combine the evaluators' scores per bid and judged criterion: aggregate, consensus, spread."""

from __future__ import annotations

from collections.abc import Sequence

from tender.model import Aggregation, Score
from tender.result import EvaluatorScore, Judgement


def judge(
    scores: Sequence[Score],
    bidders: Sequence[str],
    criteria: Sequence[str],
    aggregation: Aggregation,
    threshold: float,
) -> dict[tuple[str, str], Judgement]:
    """One Judgement per (bidder, judged criterion): the value that counts and how it came about."""
    import pandas as pd

    individual = [s for s in scores if not s.consensus]
    evaluators = sorted({s.evaluator for s in individual})
    table = pd.DataFrame(
        [(s.bidder, s.criterion, s.score) for s in individual], columns=["bidder", "criterion", "score"]
    )
    stats = table.groupby(["bidder", "criterion"])["score"].agg(["mean", "median", "min", "max"])
    column = "median" if aggregation is Aggregation.MEDIAN else "mean"
    aggregates = stats[column].to_dict()
    spreads = (stats["max"] - stats["min"]).to_dict()
    marks: dict[tuple[str, str], list[EvaluatorScore]] = {}
    for s in individual:
        marks.setdefault((s.bidder, s.criterion), []).append(mark(s))
    consensus: dict[tuple[str, str], EvaluatorScore] = {(s.bidder, s.criterion): mark(s) for s in scores if s.consensus}
    out: dict[tuple[str, str], Judgement] = {}
    for bidder in bidders:
        for criterion in criteria:
            key = (bidder, criterion)
            given = sorted(marks.get(key, []), key=lambda m: m.evaluator)
            aggregate = float(aggregates[key]) if key in aggregates else None
            spread = float(spreads[key]) if key in spreads else None
            agreed = consensus.get(key)
            value = agreed.score if agreed else aggregate
            scored_by = {m.evaluator for m in given}
            abstained = tuple(e for e in evaluators if e not in scored_by) if given else ()
            flagged = spread is not None and spread >= threshold
            out[key] = Judgement(bidder, criterion, tuple(given), aggregate, agreed, value, spread, flagged, abstained)
    return out


def mark(s: Score) -> EvaluatorScore:
    """A score as shown in the result."""
    return EvaluatorScore(s.evaluator, s.score, s.justification, s.source, s.place)
