"""Evaluator agreement per judged criterion: the spread of the marks and Kendall's W (coefficient of concordance).

Kendall's W compares how the evaluators order the bids on one criterion: 1 means they rank them
identically, 0 means no agreement at all. It uses average ranks for tied marks and the usual tie
correction, over the bids every evaluator of that criterion scored. A criterion is flagged for
moderation when a pair's spread reaches the tender's disagreement threshold or W is below 0.5.
"""

from __future__ import annotations

from dataclasses import dataclass

from tender.model import Kind
from tender.result import Evaluation, Judgement

LOW_CONCORDANCE = 0.5


@dataclass(frozen=True)
class Agreement:
    """How far the evaluators agree on one judged criterion."""

    criterion: str
    name: str
    evaluators: int
    bids: int
    spread: float | None
    mean_spread: float | None
    kendall_w: float | None
    flagged: bool
    reasons: tuple[str, ...]
    disputed: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """As JSON data: spread is the largest max − min over the bids, in scale steps."""
        return {
            "criterion": self.criterion,
            "name": self.name,
            "evaluators": self.evaluators,
            "bids": self.bids,
            "spread": self.spread,
            "mean_spread": self.mean_spread,
            "kendall_w": self.kendall_w,
            "flagged": self.flagged,
            "reasons": list(self.reasons),
            "disputed": list(self.disputed),
        }


def average_ranks(values: list[float]) -> tuple[list[float], float]:
    """Ranks 1..n with ties sharing their average rank, and the tie term Σ (t³ − t)."""
    import numpy as np

    n = len(values)
    if n == 0:
        return [], 0.0
    marks = np.asarray(values, dtype=float)
    order = np.argsort(marks, kind="stable")
    ordered = marks[order]
    start = np.ones(n, dtype=bool)
    start[1:] = ordered[1:] != ordered[:-1]
    first = np.flatnonzero(start)
    last = np.append(first[1:] - 1, n - 1)
    ranks = np.empty(n)
    ranks[order] = ((first + last) / 2 + 1)[np.cumsum(start) - 1]
    t = last - first + 1
    return ranks.tolist(), float(np.sum(t**3 - t))


def kendall_w(table: dict[str, dict[str, float]]) -> float | None:
    """Kendall's W for marks[evaluator][bidder] over complete rows; None when undefined (fewer than 2 of either)."""
    evaluators = sorted(table)
    bidders = sorted(set.intersection(*(set(table[e]) for e in evaluators))) if evaluators else []
    m, n = len(evaluators), len(bidders)
    if m < 2 or n < 2:
        return None
    totals = [0.0] * n
    tie_sum = 0.0
    for e in evaluators:
        ranks, ties = average_ranks([table[e][b] for b in bidders])
        tie_sum += ties
        totals = [t + r for t, r in zip(totals, ranks, strict=True)]
    mean = sum(totals) / n
    s = sum((t - mean) ** 2 for t in totals)
    denominator = m**2 * (n**3 - n) - m * tie_sum
    if denominator <= 0:
        return None
    return 12 * s / denominator


def agreement(ev: Evaluation) -> list[Agreement]:
    """One entry per judged criterion, in file order."""
    threshold = ev.tender.method.disagreement
    by_criterion: dict[str, list[Judgement]] = {}
    for j in ev.judgements:
        if j.scores:
            by_criterion.setdefault(j.criterion, []).append(j)
    out = []
    for leaf in ev.tender.leaves():
        if leaf.kind is not Kind.JUDGED:
            continue
        pairs = by_criterion.get(leaf.id, [])
        table: dict[str, dict[str, float]] = {}
        for j in pairs:
            for s in j.scores:
                table.setdefault(s.evaluator, {})[j.bidder] = s.score
        spreads = [j.spread for j in pairs if j.spread is not None]
        w = kendall_w(table)
        disputed = tuple(j.bidder for j in pairs if j.spread is not None and j.spread >= threshold)
        reasons = []
        if disputed:
            reasons.append("spread")
        if w is not None and w < LOW_CONCORDANCE:
            reasons.append("low-concordance")
        complete = set.intersection(*(set(v) for v in table.values())) if table else set()
        out.append(
            Agreement(
                criterion=leaf.id,
                name=leaf.name,
                evaluators=len(table),
                bids=len(complete),
                spread=max(spreads) if spreads else None,
                mean_spread=sum(spreads) / len(spreads) if spreads else None,
                kendall_w=w,
                flagged=bool(reasons),
                reasons=tuple(reasons),
                disputed=disputed,
            )
        )
    return out
