"""The announced rules of #15 against worked examples computed by hand (docs/method.md §6), and their properties.

The example (docs/method.md §6): quality 60 % (a measured fact q, 0–100), price 40 %, four bids
A q 70 at 70,000, B q 80 at 100,000, C q 60 at 120,000, D q 90 at 170,000.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tender.result import Evaluation
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace

QUALITY = {"a": 70.0, "b": 80.0, "c": 60.0, "d": 90.0}
PRICES = {"a": 70_000.0, "b": 100_000.0, "c": 120_000.0, "d": 170_000.0}
FIXED = {"price_formula": "fixed-range", "best_price": 80_000, "worst_price": 160_000}


def run(
    root: Path, method: dict[str, Any], quality: dict[str, float] = QUALITY, prices: dict[str, float] = PRICES
) -> Evaluation:
    """Evaluate the example (or other figures) under a weighted-sum method with the given keys."""
    tender, bids = quality_price_tender(quality, prices, price_weight=40, method={"name": "weighted-sum", **method})
    return evaluate(load_workspace(write_workspace(root, tender, bids)))


def figures(ev: Evaluation) -> dict[str, tuple[float | None, float | None, int | None]]:
    """Per bid: price points, score, rank."""
    return {b.bidder: (b.price_points, b.score, b.rank) for b in ev.bids}


def test_fixed_range_worked_example(tmp_path: Path) -> None:
    # n = (160,000 − P) / (160,000 − 80,000), clipped: A 1.125 → 1, B 0.75, C 0.5, D −0.125 → 0; M = 40
    ev = run(tmp_path / "ws", FIXED)
    assert figures(ev) == {
        "a": (40.0, 82.0, 1),
        "b": (30.0, 78.0, 2),
        "c": (20.0, 56.0, 3),
        "d": (0.0, 54.0, 4),
    }
    assert ev.to_dict()["method_parameters"]["best_price"] == 80_000.0
    assert ev.to_dict()["method_parameters"]["worst_price"] == 160_000.0


def test_reference_worked_example(tmp_path: Path) -> None:
    # n = (150,000 − P) / (150,000 − 70,000), clipped: A 1, B 0.625, C 0.375, D −0.25 → 0
    ev = run(tmp_path / "ws", {"price_formula": "reference", "reference_price": 150_000})
    assert figures(ev) == {
        "a": (40.0, 82.0, 1),
        "b": (25.0, 73.0, 2),
        "d": (0.0, 54.0, 3),
        "c": (15.0, 51.0, 4),
    }


def test_reference_below_the_lowest_bid_gives_it_alone_full_points(tmp_path: Path) -> None:
    ev = run(tmp_path / "ws", {"price_formula": "reference", "reference_price": 60_000})
    assert [ev.bid(b).price_points for b in "abcd"] == [40.0, 0.0, 0.0, 0.0]


def test_quality_relative_to_best_worked_example(tmp_path: Path) -> None:
    # n = q / 100; n_best = 0.9 (D); A 0.7 / 0.9 = 0.7778 → 60 × 0.7778 = 46.667, B 53.333, C 40, D 60
    ev = run(tmp_path / "ws", {**FIXED, "quality": "relative-to-best"})
    assert ev.quality_best == {"quality": pytest.approx(0.9)}
    assert [ev.bid(b).performance for b in "abcd"] == pytest.approx([140 / 3, 160 / 3, 40.0, 60.0])
    assert [ev.bid(b).score for b in "abcd"] == pytest.approx([40 + 140 / 3, 30 + 160 / 3, 60.0, 60.0])
    assert ev.bid("c").tied and ev.bid("d").tied and ev.bid("c").rank == ev.bid("d").rank == 3
    assert ev.to_dict()["quality_best"] == {"quality": pytest.approx(0.9)}


def test_quality_relative_to_best_is_zero_when_every_bid_is_zero(tmp_path: Path) -> None:
    ev = run(tmp_path / "ws", {**FIXED, "quality": "relative-to-best"}, quality=dict.fromkeys(QUALITY, 0.0))
    assert [ev.bid(b).performance for b in "abcd"] == [0.0, 0.0, 0.0, 0.0]


def test_tie_break_lowest_price_then_highest_performance(tmp_path: Path) -> None:
    # relative-to-best leaves C and D level at 60.00: C is cheaper (120,000 < 170,000), D performs better (60 > 40)
    cheaper = run(tmp_path / "a", {**FIXED, "quality": "relative-to-best", "tie_break": ["lowest-price"]})
    assert (cheaper.bid("c").rank, cheaper.bid("d").rank) == (3, 4)
    assert not cheaper.bid("c").tied and cheaper.bid("c").decided_by == "lowest-price"
    assert cheaper.bid("a").decided_by is None
    better = run(tmp_path / "b", {**FIXED, "quality": "relative-to-best", "tie_break": ["highest-performance"]})
    assert (better.bid("d").rank, better.bid("c").rank) == (3, 4)
    assert better.to_dict()["bids"][2]["decided_by"] == "highest-performance"


def test_no_tie_break_keeps_the_shape_of_the_json(tmp_path: Path) -> None:
    data = run(tmp_path / "ws", FIXED).to_dict()
    assert "decided_by" not in data["bids"][0] and "quality_best" not in data
    assert set(data["method_parameters"]) == {
        "aggregation",
        "disagreement",
        "price_formula",
        "best_price",
        "worst_price",
    }


def test_rounding_per_criterion_is_half_up_on_the_decimal_number(tmp_path: Path) -> None:
    # q 5.35 at 50 %: 100 × 0.5 × 0.0535 = 2.675 (binary 2.67499…): round() says 2.67, half-up 2.68
    rounding = {"rounding": {"decimals": 2, "applies_to": "criterion"}}
    tender, bids = quality_price_tender({"x": 5.35, "y": 5.0}, {"x": 100.0, "y": 100.0}, method=FIXED | rounding)
    tender["method"] = {"name": "weighted-sum", "price_formula": "fixed-range", "best_price": 50, "worst_price": 200}
    tender["method"] |= rounding
    ev = evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))
    # price: (200 − 100) / 150 = 0.6667 → 33.333… → 33.33
    assert ev.bid("x").criteria["quality"].points == 2.68
    assert ev.bid("x").price_points == 33.33
    assert ev.bid("x").score == 36.01  # 2.68 + 33.33, itself a number with two decimals


def test_rounding_of_the_total_decides_the_ranking(tmp_path: Path) -> None:
    # X: 42 + 40 = 82.0; Y: 60 × 0.71 = 42.6, (160 − 81) / 80 = 0.9875 → 39.5, 82.1; whole points: both 82
    quality, prices = {"x": 70.0, "y": 71.0}, {"x": 80_000.0, "y": 81_000.0}
    unrounded = run(tmp_path / "a", FIXED, quality, prices)
    assert unrounded.winner == "y"
    total = {"rounding": {"decimals": 0, "applies_to": "total"}}
    rounded = run(tmp_path / "b", {**FIXED, **total}, quality, prices)
    assert [rounded.bid(b).score for b in "xy"] == [82.0, 82.0] and rounded.winner is None
    assert rounded.bid("y").performance == pytest.approx(42.6)  # only the total is rounded
    broken = run(tmp_path / "c", {**FIXED, **total, "tie_break": ["lowest-price"]}, quality, prices)
    assert broken.winner == "x" and broken.bid("x").decided_by == "lowest-price"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prices=st.lists(st.integers(1_000, 300_000), min_size=2, max_size=6),
    extra=st.integers(1_000, 300_000),
    formula=st.sampled_from(["fixed-range", "reference"]),
)
def test_scores_do_not_move_when_another_bid_comes_or_goes(
    tmp_path_factory: pytest.TempPathFactory, prices: list[int], extra: int, formula: str
) -> None:
    """fixed-range: never; reference: as long as the lowest price stays the lowest (its only figure of the field)."""
    method = FIXED if formula == "fixed-range" else {"price_formula": "reference", "reference_price": 200_000}
    if formula == "reference":
        extra = max(extra, min(prices))  # a bid that does not undercut the lowest
    base = {f"b{i}": float(p) for i, p in enumerate(prices)}
    quality = dict.fromkeys(base, 50.0)
    root = tmp_path_factory.mktemp("ws")
    before = run(root / "a", method, quality, base)
    after = run(root / "b", method, {**quality, "new": 50.0}, {**base, "new": float(extra)})
    assert {b: before.bid(b).score for b in base} == {b: after.bid(b).score for b in base}
