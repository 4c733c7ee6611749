"""The trail's price-point lines, rendered from the formula table, read as they were written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.trail import trails
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace

PRICES = {"a": 70_000, "b": 80_000, "c": 100_000, "d": 120_000, "e": 150_000}


def hand_written(formula: str, m: str, p: str, lo: str, hi: str, span: str) -> str:
    """The trail's price-point formulas as trail.py wrote them before the table."""
    return {
        "proportional": f"{m} × {lo} / {p}",
        "one-sided": f"{m} × (2 − {p} / {lo})",
        "two-sided": f"{m} × ({hi} − {p}) / ({hi} − {lo})",
        "linear-span": f"{m} × ({lo} × (1 + {span}) − {p}) / ({lo} × {span})",
        "squared": f"{m} × ({lo} / {p})²",
        "cubic": f"{m} × ({lo} / {p})³",
    }[formula]


@pytest.mark.parametrize("formula", ["proportional", "one-sided", "two-sided", "linear-span", "squared", "cubic"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_price_points_line_for_every_formula(tmp_path: Path, formula: str, lang: str) -> None:
    method = {"name": "weighted-sum", "price_formula": formula, **({"span": 0.5} if formula == "linear-span" else {})}
    tender, bids = quality_price_tender(dict.fromkeys(PRICES, 50), PRICES, price_weight=40, method=method)
    ev = evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))
    msg, fmt = Messages(lang), Formatter(lang, ev.tender.currency)
    clipped = msg("trail.clipped", max=fmt.num(40))
    for trail in trails(ev, ev.ranked, msg, fmt):
        b = ev.bid(trail.bidder)
        [line] = [x for x in trail.lines if x.label == msg("trail.price_points")]
        money = fmt.money
        expected = hand_written(
            formula, fmt.num(40), money(b.price), money(ev.price_min), money(ev.price_max), fmt.num(0.5, 2)
        )
        assert line.expression == expected
        normalized = b.criteria["price"].normalized
        assert (line.note == clipped) == (normalized in (0.0, 1.0) and formula != "proportional")


def test_two_sided_with_one_price_is_the_maximum(tmp_path: Path) -> None:
    method = {"name": "weighted-sum", "price_formula": "two-sided"}
    tender, bids = quality_price_tender({"a": 50, "b": 60}, {"a": 100, "b": 100}, price_weight=40, method=method)
    ev = evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))
    msg, fmt = Messages("en"), Formatter("en", ev.tender.currency)
    for trail in trails(ev, ev.ranked, msg, fmt):
        [line] = [x for x in trail.lines if x.label == msg("trail.price_points")]
        assert (line.expression, line.result) == ("40.00", "40.00")
