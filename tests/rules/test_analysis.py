"""The robustness analyses under the new rules: break-even prices by hand, and the plain words on what they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.analysis import analyze
from tender.report.robustness_text import sentences
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.rules.cases import sla_workspace, vfm_workspace


def test_break_even_with_curves_steps_and_a_threshold(tmp_path: Path) -> None:
    a = analyze(evaluate(load_workspace(sla_workspace(tmp_path))), samples=200)
    # beta at P < 80,000 is the lowest: 39 + 40 = 52.5 + 40 · P / 100,000 → P = 66,250
    beta = next(b for b in a.break_even if b.bidder == "beta")
    assert beta.break_even == pytest.approx(66_250, abs=0.01)
    assert a.bidders == ("alpha", "beta")  # the excluded bids stay out
    assert sentences(a, "en")[-1].startswith("The analysis holds the exclusions fixed:")


def test_break_even_under_value_for_money(tmp_path: Path) -> None:
    a = analyze(evaluate(load_workspace(vfm_workspace(tmp_path))), samples=200)
    # alpha's fictitious price is P − 27,500; it ties beta's 61,500 at P = 89,000
    alpha = next(b for b in a.break_even if b.bidder == "alpha")
    assert alpha.break_even == pytest.approx(89_000, abs=0.01)
    assert all(not r.flips for r in a.removals)  # F depends on no other bid: removing one reverses nothing
    assert sentences(a, "en")[-1] == (
        "Under value for money a criterion's weight is its share of the sum of the values (€35,000.00); the "
        "analysis moves these shares and keeps the sum."
    )


def test_the_recommendation_under_value_for_money(tmp_path: Path) -> None:
    """The decision's sentence names fictitious prices, not a figure Z: Beta 61,500, 11,000 below Alpha's 72,500."""
    from tender.report.fmt import Formatter
    from tender.report.messages import Messages
    from tender.report.recommend import Margins, recommendation

    ev = evaluate(load_workspace(vfm_workspace(tmp_path)))
    text = recommendation(Margins.of(ev), Messages("en"), Formatter("en", "EUR"))
    assert "fictitious price €61,500.00" in text
    assert "€11,000.00 below the fictitious price of the runner-up, Alpha" in text
