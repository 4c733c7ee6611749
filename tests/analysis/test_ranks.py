"""Exact per-sample rankings: the int64 and the 32-bit sorts agree with a stable argsort, near-ties included."""

from __future__ import annotations

import numpy as np
import pytest


def test_rank_codes_sort_like_argsort_with_ties_negatives_and_minus_infinity() -> None:
    from tender.analysis.ranks import rank_codes

    rng = np.random.default_rng(9)
    keys = rng.normal(size=(500, 37))
    keys[:, 5] = keys[:, 9]  # exact ties: the lower index ranks higher
    keys[::7, 3] = -np.inf  # excluded bids rank last
    expected = np.argsort(-keys, axis=1, kind="stable")
    codes = rank_codes(keys.copy())
    descending = (keys.shape[1] - 1) - codes[:, ::-1]
    assert np.array_equal(descending, expected)


@pytest.mark.parametrize("ties", [False, True])
def test_linear_codes_equal_rank_codes_with_ties_and_near_ties(ties: bool) -> None:
    from tender.analysis.ranks import linear_codes, quantised, rank_codes

    rng = np.random.default_rng(12)
    linear = rng.uniform(0.2, 0.9, size=(40, 6))
    if ties:
        linear[7] = linear[3]  # identical bids: an exact tie in every sample
        linear[11] = linear[5] * (1 + 1e-12)  # apart by far less than one step of the 32-bit keys
        linear[12] = linear[5] + 1e-9
    weights = rng.standard_exponential((3000, 6), dtype=np.float32)
    weights /= weights.sum(axis=1, keepdims=True)
    codes = linear_codes(weights, linear, quantised(linear))
    assert codes.dtype == np.int32
    keys = weights.astype(np.float64) @ linear.T
    assert np.array_equal(codes, rank_codes(keys.copy()))
    descending = (linear.shape[0] - 1) - codes[:, ::-1]
    assert np.array_equal(descending, np.argsort(-keys, axis=1, kind="stable"))


def test_linear_codes_when_every_bid_is_equal() -> None:
    from tender.analysis.ranks import linear_codes, quantised

    linear = np.full((3, 2), 0.5)
    weights = np.array([[0.3, 0.7], [1.0, 0.0]], dtype=np.float32)
    assert linear_codes(weights, linear, quantised(linear)).tolist() == [[0, 1, 2], [0, 1, 2]]
