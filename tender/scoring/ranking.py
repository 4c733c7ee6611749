"""Standard competition ranking (1, 1, 3) with a relative tolerance for ties."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tender.model import DecideBy, Method, MethodName

TIE_TOLERANCE = 1e-9


def close(a: float, b: float) -> bool:
    """Two scores tie when |a − b| ≤ 1e-9 · max(|a|, |b|)."""
    return abs(a - b) <= TIE_TOLERANCE * max(abs(a), abs(b))


def competition_ranks(entries: Sequence[tuple[str, int, float]]) -> dict[str, tuple[int, bool]]:
    """Rank (id, group, value) entries: lower group first, then higher value; ties share a rank.

    Returns id -> (rank, tied). The order inside a tie is by id, so file order never matters.
    """
    ordered = sorted(entries, key=lambda e: (e[1], -e[2], e[0]))
    ranks: dict[str, int] = {}
    for i, (ident, group, value) in enumerate(ordered):
        if i and ordered[i - 1][1] == group and close(ordered[i - 1][2], value):
            ranks[ident] = ranks[ordered[i - 1][0]]
        else:
            ranks[ident] = i + 1
    counts: dict[int, int] = {}
    for rank in ranks.values():
        counts[rank] = counts.get(rank, 0) + 1
    return {ident: (rank, counts[rank] > 1) for ident, rank in ranks.items()}


def ranking_entries(
    method: Method, scores: Mapping[str, float], performance: Mapping[str, float], prices: Mapping[str, float]
) -> list[tuple[str, int, float]]:
    """(bidder, group, key) for competition_ranks, as the engine ranks: by score, or band first under UfAB extended."""
    if method.name is not MethodName.UFAB_EXTENDED or not scores:
        return [(b, 0, s) for b, s in scores.items()]
    floor = max(scores.values()) * (1 - method.band)
    entries = []
    for b, z in scores.items():
        if not (z >= floor or close(z, floor)):
            entries.append((b, 1, z))
        elif method.decide_by is DecideBy.PERFORMANCE:
            entries.append((b, 0, performance[b]))
        else:
            entries.append((b, 0, -prices[b]))
    return entries
