"""Invariants of the scoring engine, checked with Hypothesis over generated tenders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tender.model import Bid, BidderId, Workspace
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace

FORMULAS = ["proportional", "one-sided", "two-sided", "linear-span", "squared", "cubic"]
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module", params=FORMULAS)
def base(request, tmp_path_factory) -> Workspace:
    """A two-criterion tender (quality fact q 0–100, one price line) under each price formula."""
    method = {"name": "weighted-sum", "price_formula": request.param}
    if request.param == "linear-span":
        method["span"] = 0.5
    tender, bids = quality_price_tender({"seed": 50}, {"seed": 100}, price_weight=40, method=method)
    return load_workspace(write_workspace(tmp_path_factory.mktemp("ws"), tender, bids))


def bids_strategy(min_size: int = 1):
    entry = st.tuples(st.floats(0, 100), st.floats(1, 1e7), st.booleans())
    return st.lists(entry, min_size=min_size, max_size=8)


def make_bids(entries, start: int = 0) -> list[Bid]:
    return [
        Bid(BidderId(f"b{start + i}"), f"B{start + i}", {}, {"q": q}, {"total": price} if priced else {}, f"b{i}.yaml")
        for i, (q, price, priced) in enumerate(entries)
    ]


def with_bids(ws: Workspace, bids: list[Bid]) -> Workspace:
    return replace(ws, bids=tuple(bids))


@PROPERTY
@given(entries=bids_strategy())
def test_scores_within_0_and_100(base: Workspace, entries) -> None:
    ev = evaluate(with_bids(base, make_bids(entries)))
    for b in ev.ranked:
        assert 0 <= b.score <= 100 + 1e-9
        assert 0 <= b.price_points <= 40 + 1e-9


@PROPERTY
@given(entries=bids_strategy(), order=st.randoms(use_true_random=False))
def test_ranking_independent_of_file_order(base: Workspace, entries, order) -> None:
    bids = make_bids(entries)
    shuffled = list(bids)
    order.shuffle(shuffled)
    first, second = evaluate(with_bids(base, bids)), evaluate(with_bids(base, shuffled))
    assert [(b.bidder, b.rank, b.tied, b.score) for b in first.bids] == [
        (b.bidder, b.rank, b.tied, b.score) for b in second.bids
    ]
    assert first.winner == second.winner


@PROPERTY
@given(entries=bids_strategy(), which=st.integers(0, 7), cut=st.floats(0.01, 0.99))
def test_lower_price_never_lowers_price_points(base: Workspace, entries, which: int, cut: float) -> None:
    bids = make_bids([(q, p, True) for q, p, _ in entries])
    target = bids[which % len(bids)]
    cheaper = replace(target, prices={"total": target.prices["total"] * cut})
    before = evaluate(with_bids(base, bids)).bid(target.bidder).price_points
    after = evaluate(with_bids(base, [cheaper if b is target else b for b in bids])).bid(target.bidder).price_points
    assert after >= before - 1e-9


@PROPERTY
@given(entries=bids_strategy(), excluded=bids_strategy())
def test_excluded_bids_change_nothing(base: Workspace, entries, excluded) -> None:
    running = make_bids([(q, p, True) for q, p, _ in entries])
    unpriced = make_bids([(q, p, False) for q, p, _ in excluded], start=100)
    alone, together = evaluate(with_bids(base, running)), evaluate(with_bids(base, running + unpriced))
    assert [b.to_dict() for b in alone.ranked] == [b.to_dict() for b in together.ranked]
    assert alone.winner == together.winner
    assert all(b.excluded and b.rank is None and b.score is None for b in together.excluded)
    assert len(together.excluded) == len(unpriced)


def test_bundled_example_file_order(example: Path) -> None:
    ev = evaluate(load_workspace(example))
    for path in sorted((example / "bids").iterdir()):
        path.rename(path.with_name(f"z-{path.name}" if path.stem < "m" else f"a-{path.name}"))
    again = evaluate(load_workspace(example))
    assert [(b.bidder, b.score) for b in ev.bids] == [(b.bidder, b.score) for b in again.bids]
