"""The kernel's ranking: competition ranks with the 1e-9 relative tie rule, the UfAB band first, many rows at once."""

from __future__ import annotations

import numpy as np

from tender.model import DecideBy, Method, MethodName
from tender.scoring import kernel

UFAB = Method(MethodName.UFAB_EXTENDED, band=0.1, decide_by=DecideBy.PERFORMANCE)
# methods.md §1: (L, P) of A … E; Z×1000: C 7.5, E 7.142857, A 7.0, B 6.666667, D 6.0
L = np.array([700.0, 800.0, 600.0, 900.0, 500.0])
P = np.array([100_000.0, 120_000.0, 80_000.0, 150_000.0, 70_000.0])
IDS = ["a", "b", "c", "d", "e"]


def ranks(scores: list[float], ids: list[str]) -> list[tuple[int, bool]]:
    """Competition ranks of plain scores."""
    values = np.array(scores)
    keys = kernel.Keys(np.zeros(len(values), dtype=np.int8), values, None, None, None)
    r, t = kernel.competition_ranks(keys, ids)
    return list(zip(r.tolist(), t.tolist(), strict=True))


def test_competition_ranks_share_a_rank_and_skip_the_next() -> None:
    assert ranks([80.0, 90.0, 80.0, 70.0], ["a", "b", "c", "d"]) == [(2, True), (1, False), (2, True), (4, False)]


def test_ties_within_a_billionth_relative() -> None:
    assert ranks([100.0, 100.0 * (1 - 1e-10), 100.0 * (1 - 1e-8)], ["a", "b", "c"]) == [
        (1, True),
        (1, True),
        (3, False),
    ]


def test_extended_band_oracle_orders_the_band_by_performance() -> None:
    scores = kernel.method_scores(UFAB, L, np.zeros(5), P)
    keys = kernel.ranking_keys(UFAB, scores, L, P)
    assert keys.in_band is not None and keys.floor is not None
    assert keys.in_band.tolist() == [True, False, True, False, True]  # band {C, E, A}
    assert float(keys.floor[0]) * 1000 == 6.75
    r, _ = kernel.competition_ranks(keys, IDS)
    assert dict(zip(IDS, r.tolist(), strict=True)) == {"a": 1, "c": 2, "e": 3, "b": 4, "d": 5}
    by_price = Method(MethodName.UFAB_EXTENDED, band=0.1, decide_by=DecideBy.PRICE)
    r, _ = kernel.competition_ranks(kernel.ranking_keys(by_price, scores, L, P), IDS)
    assert r.tolist()[4] == 1  # E, the cheapest in the band


def test_sort_keys_order_rows_as_the_ranking() -> None:
    scores = kernel.method_scores(UFAB, L, np.zeros(5), P)
    rows = np.stack([scores, scores * np.array([1, 1, 0.5, 1, 1])])
    perf = np.stack([L, L])
    sort = kernel.sort_keys(UFAB, rows, perf, P)
    for row in range(2):
        keys = kernel.ranking_keys(UFAB, rows[row], perf[row], P)
        r, _ = kernel.competition_ranks(keys, IDS)
        assert np.argsort(-sort[row], kind="stable").tolist() == np.argsort(r, kind="stable").tolist()


def test_best_other_and_beats() -> None:
    keys = kernel.ranking_keys(UFAB, kernel.method_scores(UFAB, L, np.zeros(5), P), L, P)
    g, k = kernel.best_other(keys, 0)  # everyone but A: C leads (band, highest L after A)
    assert (int(g), float(k)) == (0, 600.0)
    assert bool(kernel.beats(keys.group[0], keys.key[0], g, k))
