"""Break-even prices: the methods.md §4 oracles and every price formula checked against the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tender.analysis.breakeven import break_even
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.analysis.oracles import FORMULAS, evaluated, negometrix, proportional_break_even, set_method, ufab_five


def test_ufab_simple_oracle_d_needs_120000(tmp_path: Path) -> None:
    ev, frame = evaluated(ufab_five(tmp_path))
    assert ev.winner == "c"
    found = {x.bidder: x for x in break_even(frame, ev.winner)}
    assert found["d"].break_even == pytest.approx(120_000, rel=1e-9)
    assert found["d"].discount == pytest.approx(20.0, rel=1e-9)
    assert found["d"].ties_with == "c"
    # every other bid: P* = L / Z_C (closed form of the einfache Richtwertmethode)
    for b, (q, _) in {"a": (70, 0), "b": (80, 0), "e": (50, 0)}.items():
        assert found[b].break_even == pytest.approx(q / (60 / 80_000), rel=1e-9)


def test_negometrix_oracle_b_ties_a_at_7714_29(tmp_path: Path) -> None:
    ev, frame = evaluated(negometrix(tmp_path))
    assert ev.winner == "a"
    [b] = break_even(frame, ev.winner)
    assert b.bidder == "b"
    assert b.break_even == pytest.approx(54 / 0.007, rel=1e-9)
    assert f"{b.break_even:.2f}" == "7714.29"


def test_ufab_extended_band_oracle(tmp_path: Path) -> None:
    root = set_method(ufab_five(tmp_path), name="ufab-extended", band=0.1, decide_by="performance")
    ev, frame = evaluated(root)
    assert ev.winner == "a"  # band {C, E, A}, highest L
    found = {x.bidder: x for x in break_even(frame, ev.winner)}
    # D and B enter the band at Z = 0.9 · 7.5/1000 and then have the highest L
    assert found["d"].break_even == pytest.approx(90 / 0.000675, rel=1e-9)
    assert found["b"].break_even == pytest.approx(80 / 0.000675, rel=1e-9)
    # E must push A and then C out of the band by raising Z_max: Z_E > 7.5/0.9 per mille → P < 60,000
    # (the engine counts a Z within 1e-9 of the floor as inside, hence the tolerance)
    assert found["e"].break_even == pytest.approx(60_000, rel=1e-8)


def set_price(root: Path, bidder: str, target: float, current: float) -> None:
    """Scale the unit prices as submitted (evaluated price `current`) so that the evaluated price becomes target."""
    path = root / "bids" / f"{bidder}.yaml"
    original = root / f"{bidder}.original"
    if not original.exists():
        original.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load(original.read_text(encoding="utf-8"))
    data["prices"] = {k: v * target / current for k, v in data["prices"].items()}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize("method", FORMULAS, ids=[m["price_formula"] for m in FORMULAS])
def test_break_even_is_where_the_real_engine_changes_the_winner(example: Path, method: dict) -> None:
    set_method(example, **method)
    ev, frame = evaluated(example)
    found = break_even(frame, ev.winner)
    assert [x.bidder for x in found] == [b.bidder for b in ev.ranked[1:]]
    priced = [x for x in found if x.break_even is not None]
    assert priced, "some bid can win on price"
    for x in priced:
        assert x.break_even is not None
        set_price(example, x.bidder, x.break_even * (1 - 1e-6), x.price)
        assert evaluate(load_workspace(example)).bid(x.bidder).rank == 1
        set_price(example, x.bidder, x.break_even * (1 + 1e-6), x.price)
        assert evaluate(load_workspace(example)).bid(x.bidder).rank != 1
        set_price(example, x.bidder, x.price, x.price)


def test_cannot_win_on_price_alone(tmp_path: Path) -> None:
    from tests.conftest import quality_price_tender, write_workspace

    # proportional, price weight 20: B's best case is 0.8·20 + 20 = 36 points against A's 80 (A's price points → 0)
    tender, bids = quality_price_tender({"a": 100, "b": 20}, {"a": 100, "b": 90}, price_weight=20)
    ev, frame = evaluated(write_workspace(tmp_path / "hopeless", tender, bids))
    [b] = break_even(frame, ev.winner)
    assert (b.break_even, b.discount, b.ties_with) == (None, None, None)


def test_closed_form_branch_where_the_bid_becomes_the_cheapest(example: Path) -> None:
    # a better consensus mark for hanse's Lösungsorientierung would leave hanse above P_min; a worse one
    # (3 instead of 4) pushes its break-even below isar's 152,900, into the second branch of the closed form
    consensus = example / "scores" / "consensus.csv"
    consensus.write_text(consensus.read_text(encoding="utf-8").replace(",4,", ",3,", 1), encoding="utf-8")
    ev, frame = evaluated(example)
    assert ev.winner == "rheintal"
    [hanse] = [x for x in break_even(frame, ev.winner) if x.bidder == "hanse"]
    assert hanse.break_even is not None and hanse.break_even < (ev.price_min or 0)
    assert hanse.break_even == pytest.approx(proportional_break_even(ev, "hanse"), rel=1e-9)


def test_a_tie_only_at_price_zero_is_not_a_break_even(tmp_path: Path) -> None:
    from tests.conftest import quality_price_tender, write_workspace

    # squared formula, B already the cheaper: its 20 price points are fixed, A's 20·(P_B/51)² vanish only at P_B = 0
    tender, bids = quality_price_tender(
        {"a": 85, "b": 60},
        {"a": 51, "b": 50},
        price_weight=20,
        method={"name": "weighted-sum", "price_formula": "squared"},
    )
    ev, frame = evaluated(write_workspace(tmp_path / "limit", tender, bids))
    assert ev.winner == "a"
    [b] = break_even(frame, ev.winner)
    assert b.break_even is None
