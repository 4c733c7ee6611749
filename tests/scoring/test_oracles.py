"""The engine reproduces the worked examples of ../shared/methods.md number for number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace

PRICES = {"a": 70_000, "b": 80_000, "c": 100_000, "d": 120_000, "e": 150_000}

# methods.md §2, oracle table: prices 70k, 80k, 100k, 120k, 150k with M = 40 price points.
FORMULA_TABLE = {
    "proportional": [40, 35, 28, 23.333, 18.667],
    "one-sided": [40, 34.286, 22.857, 11.429, 0],
    "two-sided": [40, 35, 25, 15, 0],
    "linear-span": [40, 28.571, 5.714, 0, 0],
    "squared": [40, 30.625, 19.6, 13.611, 8.711],
    "cubic": [40, 26.797, 13.72, 7.94, 4.065],
}


def run(tmp_path: Path, tender: dict, bids: list[dict]):
    return evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))


@pytest.mark.parametrize("formula", sorted(FORMULA_TABLE))
def test_price_formula_table(tmp_path: Path, formula: str) -> None:
    method = {"name": "weighted-sum", "price_formula": formula}
    if formula == "linear-span":
        method["span"] = 0.5
    tender, bids = quality_price_tender(dict.fromkeys(PRICES, 0), PRICES, price_weight=40, method=method)
    ev = run(tmp_path, tender, bids)
    points = [ev.bid(b).price_points for b in PRICES]
    assert points == pytest.approx(FORMULA_TABLE[formula], abs=1e-3)


def test_swiss_linear_method(tmp_path: Path) -> None:
    # submissionsrecht.ch: 1.0 / 1.2 / 1.3 / 1.6 M, span 50 %, 0–5 points -> 5 / 3 / 2 / 0.
    prices = {"a": 1_000_000, "b": 1_200_000, "c": 1_300_000, "d": 1_600_000}
    method = {"name": "weighted-sum", "price_formula": "linear-span", "span": 0.5}
    tender, bids = quality_price_tender(dict.fromkeys(prices, 0), prices, price_weight=5, method=method)
    ev = run(tmp_path, tender, bids)
    assert [ev.bid(b).price_points for b in prices] == pytest.approx([5, 3, 2, 0], abs=1e-9)


@pytest.mark.parametrize(("span", "expected"), [(0.75, [5, 4.333, 3.667]), (0.5, [5, 4, 3]), (0.3, [5, 3.333, 1.667])])
def test_swiss_span_effect(tmp_path: Path, span: float, expected: list[float]) -> None:
    prices = {"a": 1_000_000, "b": 1_100_000, "c": 1_200_000}
    method = {"name": "weighted-sum", "price_formula": "linear-span", "span": span}
    tender, bids = quality_price_tender(dict.fromkeys(prices, 0), prices, price_weight=5, method=method)
    ev = run(tmp_path, tender, bids)
    assert [ev.bid(b).price_points for b in prices] == pytest.approx(expected, abs=1e-3)


def test_swiss_span_flips_the_winner(tmp_path: Path) -> None:
    # Price weight 50 %, quality points 30 / 40 / 50: totals 80 / 83.3 / 86.6 at 75 %, 80 / 73.33 / 66.67 at 30 %.
    prices = {"a": 1_000_000, "b": 1_100_000, "c": 1_200_000}
    quality = {"a": 60, "b": 80, "c": 100}  # 50 % weight -> 30 / 40 / 50 points
    for span, expected, winner in ((0.75, [80, 83.333, 86.667], "c"), (0.3, [80, 73.333, 66.667], "a")):
        method = {"name": "weighted-sum", "price_formula": "linear-span", "span": span}
        tender, bids = quality_price_tender(quality, prices, price_weight=50, method=method)
        ev = run(tmp_path / str(span), tender, bids)
        assert [ev.bid(b).score for b in prices] == pytest.approx(expected, abs=1e-3)
        assert ev.winner == winner
    method = {"name": "weighted-sum", "price_formula": "linear-span", "span": 0.5}
    tender, bids = quality_price_tender(quality, prices, price_weight=50, method=method)
    ev = run(tmp_path / "tie", tender, bids)
    assert [b.rank for b in ev.bids] == [1, 1, 1]
    assert ev.winner is None


def test_negometrix(tmp_path: Path) -> None:
    # 130 quality + 70 price points (of 200): A 90 quality at $10,000 -> 146, B 74 at $8,000 -> 144.
    # On tender's 0–100 scale every figure is halved: price weight 35 %, quality 65 %.
    quality = {"a": 90 / 130 * 100, "b": 74 / 130 * 100}
    tender, bids = quality_price_tender(quality, {"a": 10_000, "b": 8_000}, price_weight=35)
    ev = run(tmp_path, tender, bids)
    assert 2 * ev.bid("a").score == pytest.approx(146, abs=1e-9)
    assert 2 * ev.bid("b").score == pytest.approx(144, abs=1e-9)
    assert 2 * ev.bid("a").price_points == pytest.approx(56, abs=1e-9)
    assert 2 * ev.bid("b").price_points == pytest.approx(70, abs=1e-9)
    assert ev.winner == "a"


def test_uk_ccs_proportional(tmp_path: Path) -> None:
    prices = {"a": 15_000, "b": 10_000, "c": 30_000}
    tender, bids = quality_price_tender(dict.fromkeys(prices, 0), prices, price_weight=100)
    ev = run(tmp_path, tender, bids)
    assert [ev.bid(b).criteria["price"].normalized for b in prices] == pytest.approx([2 / 3, 1, 1 / 3], abs=1e-9)


# methods.md §1: L = 700, 800, 600, 900, 500 (of 1000); P = 100k, 120k, 80k, 150k, 70k.
UFAB_L = {"a": 700, "b": 800, "c": 600, "d": 900, "e": 500}
UFAB_P = {"a": 100_000, "b": 120_000, "c": 80_000, "d": 150_000, "e": 70_000}


def ufab(tmp_path: Path, method: dict):
    quality = {b: level / 10 for b, level in UFAB_L.items()}  # performance in points of 100 = L / 10
    tender, bids = quality_price_tender(quality, UFAB_P, method=method)
    return run(tmp_path, tender, bids)


def test_ufab_simple(tmp_path: Path) -> None:
    ev = ufab(tmp_path, {"name": "ufab-simple"})
    # Z × 1000 with L out of 1000 equals score × 10,000 with performance out of 100.
    z = {b.bidder: b.score * 10_000 for b in ev.bids}
    assert z == pytest.approx({"c": 7.5, "e": 7.142857, "a": 7.0, "b": 6.666667, "d": 6.0}, abs=1e-6)
    assert [b.bidder for b in ev.bids] == ["c", "e", "a", "b", "d"]
    assert ev.winner == "c"
    assert all(b.price_points is None for b in ev.bids)


def test_ufab_extended_by_performance(tmp_path: Path) -> None:
    ev = ufab(tmp_path, {"name": "ufab-extended", "band": 0.10, "decide_by": "performance"})
    assert ev.band_floor * 10_000 == pytest.approx(6.75)
    assert {b.bidder for b in ev.bids if b.in_band} == {"a", "c", "e"}
    assert [b.bidder for b in ev.bids] == ["a", "c", "e", "b", "d"]
    assert ev.winner == "a"


def test_ufab_extended_by_price(tmp_path: Path) -> None:
    ev = ufab(tmp_path, {"name": "ufab-extended", "band": 0.10, "decide_by": "price"})
    assert [b.bidder for b in ev.bids] == ["e", "c", "a", "b", "d"]
    assert ev.winner == "e"


def test_goldilocks_proportional_tie(tmp_path: Path) -> None:
    quality = {"a": 50, "b": 75, "c": 100}
    prices = {"a": 50, "b": 75, "c": 100}
    tender, bids = quality_price_tender(quality, prices, price_weight=50)
    ev = run(tmp_path, tender, bids)
    assert [ev.bid(b).score for b in "abc"] == pytest.approx([75, 70.8333333, 75], abs=1e-6)
    assert (ev.bid("a").rank, ev.bid("c").rank, ev.bid("b").rank) == (1, 1, 3)
    assert ev.bid("a").tied and ev.bid("c").tied and not ev.bid("b").tied
    assert ev.winner is None


def test_goldilocks_ufab_three_way_tie(tmp_path: Path) -> None:
    quality = {"a": 50, "b": 75, "c": 100}
    tender, bids = quality_price_tender(quality, {"a": 50, "b": 75, "c": 100}, method={"name": "ufab-simple"})
    ev = run(tmp_path, tender, bids)
    assert [b.rank for b in ev.bids] == [1, 1, 1]
    assert all(b.tied for b in ev.bids)
    assert ev.winner is None


def test_price_sheet_over_the_term(tmp_path: Path) -> None:
    # methods.md §5: €1,100/month, support 200 h/yr × €120, setup €8,000; 36 months -> €119,600.
    tender, _ = quality_price_tender({"a": 0}, {"a": 1})
    tender["term_months"] = 36
    tender["prices"] = [
        {"id": "vcpu", "name": "vCPU", "per": "month", "quantity": 16},
        {"id": "ram", "name": "RAM GB", "per": "month", "quantity": 64},
        {"id": "disk", "name": "Disk TB", "per": "month", "quantity": 2},
        {"id": "backup", "name": "Backup", "per": "month", "quantity": 1},
        {"id": "support", "name": "Support hours", "per": "year", "quantity": 200},
        {"id": "setup", "name": "Setup", "per": "once", "quantity": 1},
    ]
    unit = {"vcpu": 25, "ram": 5, "disk": 40, "backup": 300, "support": 120, "setup": 8000}
    bid = {"bidder": "a", "name": "A", "facts": {"q": 0}, "prices": unit}
    ev = run(tmp_path, tender, [bid])
    assert ev.bid("a").price == pytest.approx(119_600)
    totals = {line.line: line.total for line in ev.bid("a").price_lines}
    assert totals == pytest.approx(
        {"vcpu": 14_400, "ram": 11_520, "disk": 2_880, "backup": 10_800, "support": 72_000, "setup": 8_000}
    )


def test_ufab_extended_band_zero_keeps_only_the_best_z(tmp_path: Path) -> None:
    ev = ufab(tmp_path, {"name": "ufab-extended", "band": 0, "decide_by": "performance"})
    assert {b.bidder for b in ev.bids if b.in_band} == {"c"}
    assert ev.winner == "c"
