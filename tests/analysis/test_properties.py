"""Invariants of the analyses on random small tenders (Hypothesis), across every price formula."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tender.analysis.breakeven import break_even
from tender.analysis.smaa import smaa
from tender.analysis.stability import stability
from tests.analysis.oracles import FORMULAS, evaluated
from tests.conftest import quality_price_tender, write_workspace

METHODS = [
    *FORMULAS,
    {"name": "ufab-simple"},
    {"name": "ufab-extended", "band": 0.1, "decide_by": "performance"},
    {"name": "ufab-extended", "band": 0.05, "decide_by": "price"},
]
bids = st.lists(st.tuples(st.integers(0, 100), st.integers(50, 500)), min_size=2, max_size=5, unique_by=lambda b: b[1])


def tender_on_disk(root: Path, offers: list[tuple[int, int]], formula: dict, price_weight: int) -> Path:
    """A quality/price tender with the given (quality, price) offers under one price formula or UfAB method."""
    names = [f"b{i}" for i in range(len(offers))]
    tender, bid_files = quality_price_tender(
        {n: q for n, (q, _) in zip(names, offers, strict=True)},
        {n: p for n, (_, p) in zip(names, offers, strict=True)},
        price_weight=price_weight,
        method=formula if "name" in formula else {"name": "weighted-sum", **formula},
    )
    return write_workspace(root, tender, bid_files)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offers=bids, formula=st.sampled_from(METHODS), price_weight=st.integers(10, 90))
def test_invariants(offers: list[tuple[int, int]], formula: dict, price_weight: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ev, frame = evaluated(tender_on_disk(Path(tmp) / "t", offers, formula, price_weight))
    if ev.winner is None:
        return
    weights = frame.absolute(frame.local_weights())
    performance = frame.performance(weights)
    # the announced weight lies inside the interval in which the winner stays first
    for s in stability(frame, ev.winner):
        assert s.low is None or s.low < s.weight
        assert s.high is None or s.high > s.weight
    # a break-even price is where the bid's first place begins, re-scored by the engine
    for x in break_even(frame, ev.winner):
        if x.break_even is None:
            continue
        assert 0 < x.break_even < x.price
        # a step of a millionth of the bid's price: far wider than the engine's 1e-9 tie tolerance on scores
        step = 1e-6 * x.price
        below = frame.outcome(
            weights, prices={x.bidder: max(x.break_even - step, x.break_even / 2)}, performance=performance
        )
        above = frame.outcome(weights, prices={x.bidder: x.break_even + step}, performance=performance)
        assert below.ranks[x.bidder] == 1
        assert above.ranks[x.bidder] != 1
    # every sample ranks every bid once
    s = smaa(frame, ev, samples=500, seed=3)
    n = len(frame.bidders)
    for b in frame.bidders:
        assert sum(s.acceptability[b]) == pytest.approx(1.0)
    for r in range(n):
        assert sum(s.acceptability[b][r] for b in frame.bidders) == pytest.approx(1.0)
