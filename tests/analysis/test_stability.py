"""Weight stability: the methods.md §4 oracle and the bounds checked against the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tender.analysis.stability import stability, weights_at
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.analysis.oracles import evaluated, price_weight_crossing, two_bid_tender, two_bids
from tests.conftest import write_workspace


def test_two_bid_oracle_stable_for_w1_above_three_sevenths(tmp_path: Path) -> None:
    ev, frame = evaluated(two_bids(tmp_path))
    assert ev.winner == "a"
    found = {s.criterion: s for s in stability(frame, "a")}
    c1, c2 = found["c1"], found["c2"]
    assert c1.low == pytest.approx(300 / 7, abs=1e-9)
    assert c1.high is None
    assert c1.overtakes == {"b": pytest.approx(300 / 7, abs=1e-9)}
    assert c2.low is None
    assert c2.high == pytest.approx(400 / 7, abs=1e-9)
    assert (c1.weight, c1.level, c1.parent) == (50.0, 1, None)


def test_nested_group_is_varied_at_its_own_level(tmp_path: Path) -> None:
    ev, frame = evaluated(write_workspace(tmp_path / "nested", *two_bid_tender("weighted-sum")))
    found = {s.criterion: s for s in stability(frame, ev.winner)}
    assert found["c1"].low == pytest.approx(300 / 7, abs=1e-9)
    assert found["c1"].parent == "quality"
    assert found["c1"].level == 2
    # the price gives both bids the same points: only at a quality weight of exactly 0 do they tie
    assert found["quality"].low == 0.0
    assert (found["price"].low, found["price"].high) == (None, 100.0)


def test_rescaling_keeps_sibling_proportions(example: Path) -> None:
    _, frame = evaluated(example)
    w = weights_at(frame, "preis", 0.5)
    assert w["preis"] == pytest.approx(0.5)
    # know-how : architektur stays 30 : 40 and they share the other half
    assert w["kompetenz"] / w["ha-design"] == pytest.approx((0.3 * 0.3) / (0.4 * 0.35))
    assert sum(w.values()) == pytest.approx(1.0)


def siblings_of(criteria: list[dict], node: str) -> list[dict] | None:
    """The list of criteria (at any depth) that holds node."""
    if any(c["id"] == node for c in criteria):
        return criteria
    for c in criteria:
        found = siblings_of(c.get("criteria", []), node)
        if found is not None:
            return found
    return None


def rewrite_weight(root: Path, node: str, percent: float) -> None:
    """Set one weight in criteria/hosting.yaml (at any level) and rescale its siblings proportionally."""
    path = root / "criteria" / "hosting.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    level = siblings_of(data["criteria"], node)
    assert level is not None
    own = next(c for c in level if c["id"] == node)["weight"]
    for c in level:
        c["weight"] = percent if c["id"] == node else c["weight"] * (100 - percent) / (100 - own)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_example_every_bound_matches_a_real_re_evaluation(example: Path) -> None:
    ev, frame = evaluated(example)
    original = (example / "criteria" / "hosting.yaml").read_text(encoding="utf-8")
    bounded = [s for s in stability(frame, ev.winner) if s.low is not None or s.high is not None]
    assert {s.level for s in bounded} == {1, 2}
    for s in bounded:
        for bound, inward in ((s.low, 0.01), (s.high, -0.01)):
            if bound is None:
                continue
            rewrite_weight(example, s.criterion, bound + inward)
            assert evaluate(load_workspace(example)).winner == ev.winner, (s.criterion, bound)
            (example / "criteria" / "hosting.yaml").write_text(original, encoding="utf-8")
            rewrite_weight(example, s.criterion, bound - inward)
            assert evaluate(load_workspace(example)).winner != ev.winner, (s.criterion, bound)
            (example / "criteria" / "hosting.yaml").write_text(original, encoding="utf-8")


def test_example_price_bound_matches_a_real_re_evaluation(example: Path) -> None:
    ev, frame = evaluated(example)
    price = next(s for s in stability(frame, ev.winner) if s.criterion == "preis")
    assert price.low is None
    assert price.high == pytest.approx(100 * price_weight_crossing(ev, "rheintal", "hanse"), rel=1e-9)
    assert price.overtakes["hanse"] == price.high
    rewrite_weight(example, "preis", price.high - 0.01)
    assert evaluate(load_workspace(example)).winner == "rheintal"
    rewrite_weight(example, "preis", price.high + 0.01)
    assert evaluate(load_workspace(example)).winner == "hanse"


def test_no_winner_no_intervals(tmp_path: Path) -> None:
    tender, bids = two_bid_tender()
    bids[1]["facts"] = dict(bids[0]["facts"])
    ev, frame = evaluated(write_workspace(tmp_path / "tie", tender, bids))
    assert ev.winner is None
    assert stability(frame, ev.winner) == []


def flat_tender(method: dict, weights: tuple[float, float, float]) -> tuple[dict, list[dict]]:
    """Three measured criteria, four bids with different prices (a case where the UfAB band matters)."""
    criteria = [
        {"id": f"c{i}", "name": f"C{i}", "weight": w, "measure": {"fact": f"c{i}", "best": 100, "worst": 0}}
        for i, w in enumerate(weights)
    ]
    if method["name"] == "weighted-sum":
        criteria[-1] = {"id": "c2", "name": "Price", "weight": weights[2], "price": True}
    tender = {
        "id": "flat",
        "title": "Flat",
        "buyer": "Buyer",
        "term_months": 12,
        "method": method,
        "criteria": criteria,
        "prices": [{"id": "total", "name": "Total", "per": "once", "quantity": 1}],
    }
    offers = {"a": (90, 40, 70, 1000), "b": (50, 90, 60, 900), "c": (70, 70, 20, 820), "d": (30, 60, 95, 700)}
    measured = [c["id"] for c in criteria if "measure" in c]
    bids = [
        {"bidder": b, "name": b.upper(), "facts": dict(zip(measured, q, strict=False)), "prices": {"total": q[3]}}
        for b, q in offers.items()
    ]
    return tender, bids


@pytest.mark.parametrize(
    "method",
    [
        {"name": "ufab-extended", "band": 0.1, "decide_by": "performance"},
        {"name": "ufab-extended", "band": 0.05, "decide_by": "price"},
        {"name": "ufab-simple"},
        {"name": "weighted-sum", "price_formula": "two-sided"},
    ],
    ids=["band-performance", "band-price", "simple", "two-sided"],
)
def test_every_bound_is_where_the_real_engine_changes_the_winner(tmp_path: Path, method: dict) -> None:
    announced = (40.0, 35.0, 25.0)
    ev, frame = evaluated(write_workspace(tmp_path / "base", *flat_tender(method, announced)))
    assert ev.winner is not None
    checked = 0
    for s in stability(frame, ev.winner):
        for bound, inside in ((s.low, +0.01), (s.high, -0.01)):
            if bound is None or bound in (0.0, 100.0):
                continue
            j = int(s.criterion[1])
            for step, expect_winner in ((inside, True), (-inside, False)):
                t = bound + step
                w = [x * (100 - t) / (100 - announced[j]) for x in announced]
                w[j] = t
                root = write_workspace(tmp_path / f"{s.criterion}-{t}", *flat_tender(method, tuple(w)))
                assert (evaluate(load_workspace(root)).winner == ev.winner) is expect_winner
                checked += 1
    assert checked >= 2
