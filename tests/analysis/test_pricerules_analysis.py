"""The analyses under the announced rules of #15: exact break-even under fixed-range, relative-to-best in the
reversal and SMAA, and what they say they leave out (rounding, tie-break)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tender.analysis import analyze
from tender.analysis.breakeven import Search, bracket, break_even, exact
from tender.analysis.frame import build_frame
from tender.analysis.reversal import reversals
from tender.report.robustness_text import analysis_document
from tests.scoring.test_pricerules import FIXED, run


def test_break_even_under_fixed_range_is_the_closed_form(tmp_path: Path) -> None:
    # A leads with 82. B: L 48, needs (82 − 48) / 40 = 0.85 → P* = 160,000 − 0.85 × 80,000 = 92,000;
    # D: L 54, needs 0.7 → 104,000; C: L 36, needs 1.15 > 1: not even at P_best
    ev = run(tmp_path / "ws", FIXED)
    frame = build_frame(ev)
    found = {x.bidder: x for x in break_even(frame, ev.winner)}
    assert found["b"].break_even == 92_000.0 and found["b"].ties_with == "a"
    assert found["d"].break_even == 104_000.0
    assert found["c"].break_even is None
    # the bracketing search finds the same prices
    bids = np.array([frame.bidders.index(b) for b in ("b", "d")])
    search = Search(frame, bids)
    closed = exact(search, frame.field.prices[bids])
    assert closed is not None
    _, searched = bracket(search, frame.field.prices[bids])
    assert searched == pytest.approx(closed[1], rel=1e-12)


def test_fixed_range_never_reverses_a_rank(tmp_path: Path) -> None:
    frame = build_frame(run(tmp_path / "ws", FIXED))
    assert all(not removal.flips for removal in reversals(frame))


def test_removing_the_best_on_a_criterion_relates_the_others_to_the_next_best(tmp_path: Path) -> None:
    # relative-to-best, fixed-range; without D (the best quality, 0.9) the best is B (0.8):
    # A 60 × 0.7/0.8 + 40 = 92.5, B 60 + 30 = 90, C 60 × 0.6/0.8 + 20 = 65 — as `evaluate` gives without D
    ev = run(tmp_path / "a", {**FIXED, "quality": "relative-to-best"})
    without = run(
        tmp_path / "b",
        {**FIXED, "quality": "relative-to-best"},
        {"a": 70, "b": 80, "c": 60},
        {
            "a": 70_000,
            "b": 100_000,
            "c": 120_000,
        },
    )
    assert [without.bid(b).score for b in "abc"] == pytest.approx([92.5, 90.0, 65.0])
    frame = build_frame(ev)
    weights = frame.absolute(frame.local_weights())
    outcome = frame.outcome(weights, bidders=["a", "b", "c"])
    assert [outcome.scores[b] for b in "abc"] == pytest.approx([92.5, 90.0, 65.0])
    removal = next(r for r in reversals(frame) if r.removed == "d")
    assert removal.winner == "a"


def test_smaa_with_evaluator_scores_relates_each_draw_to_its_best(tmp_path: Path) -> None:
    ev = run(tmp_path / "ws", {**FIXED, "quality": "relative-to-best"})
    found = analyze(ev, samples=200, evaluators=True)
    assert found.smaa is not None
    assert sum(found.smaa.acceptability["a"]) == pytest.approx(1.0)


def test_the_analysis_says_what_it_leaves_out(tmp_path: Path) -> None:
    method = {**FIXED, "rounding": {"decimals": 1, "applies_to": "total"}, "tie_break": ["lowest-price"]}
    document = analysis_document(analyze(run(tmp_path / "ws", method), samples=100))
    assert document["limits"] == ["rounding", "tie-break"]
    assert any(s.startswith("The analyses re-score unrounded") for s in document["sentences"]["en"])
    assert any(s.startswith("Die Analysen lassen Gleichstände stehen") for s in document["sentences"]["de"])
    plain = analysis_document(analyze(run(tmp_path / "plain", FIXED), samples=100))
    assert "limits" not in plain
