"""SMAA: the methods.md §4 analytic oracle within Monte Carlo tolerance, the ±vary and evaluator-score modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.analysis.smaa import smaa
from tests.analysis.oracles import evaluated, two_bid_tender, two_bids
from tests.conftest import write_workspace

N = 60_000
TOL = 0.01  # about five standard errors at N = 60,000


def test_two_bid_acceptability_and_central_weights(tmp_path: Path) -> None:
    ev, frame = evaluated(two_bids(tmp_path))
    s = smaa(frame, ev, samples=N, seed=11)
    assert s.acceptability["a"][0] == pytest.approx(4 / 7, abs=TOL)
    assert s.acceptability["b"][0] == pytest.approx(3 / 7, abs=TOL)
    assert s.acceptability["a"][0] + s.acceptability["a"][1] == pytest.approx(1.0)
    assert s.acceptability["a"][1] == pytest.approx(s.acceptability["b"][0])
    ca, cb = s.central_weights["a"], s.central_weights["b"]
    assert ca is not None and cb is not None
    assert ca["c1"] == pytest.approx(100 * 5 / 7, abs=100 * TOL)
    assert ca["c2"] == pytest.approx(100 * 2 / 7, abs=100 * TOL)
    assert cb["c1"] == pytest.approx(100 * 3 / 14, abs=100 * TOL)
    assert cb["c2"] == pytest.approx(100 * 11 / 14, abs=100 * TOL)
    assert s.confidence == {"a": 1.0, "b": 1.0}


def test_nested_group_gives_the_same_oracle(tmp_path: Path) -> None:
    ev, frame = evaluated(write_workspace(tmp_path / "nested", *two_bid_tender("weighted-sum")))
    s = smaa(frame, ev, samples=N, seed=5)
    assert s.acceptability["a"][0] == pytest.approx(4 / 7, abs=TOL)
    ca = s.central_weights["a"]
    assert ca is not None and ca["c1"] == pytest.approx(100 * 5 / 7, abs=100 * TOL)


def test_seeded_and_reproducible(tmp_path: Path) -> None:
    ev, frame = evaluated(two_bids(tmp_path))
    first = smaa(frame, ev, samples=20_000, seed=7)
    assert smaa(frame, ev, samples=20_000, seed=7) == first
    assert smaa(frame, ev, samples=20_000, seed=8).acceptability != first.acceptability


def test_vary_around_announced_weights(tmp_path: Path) -> None:
    # w1 = u1/(u1+u2) with u ~ U[0.4, 0.6]: P(w1 > 3/7) = P(u1 > 0.75 u2) = 23/24
    ev, frame = evaluated(two_bids(tmp_path))
    s = smaa(frame, ev, samples=N, seed=2, vary=0.2)
    assert s.acceptability["a"][0] == pytest.approx(23 / 24, abs=TOL)
    assert s.vary == 0.2


def judged_pair(tmp_path: Path, min_score: float | None = None) -> Path:
    """A judged criterion with marks A = (5, 3), B = (4, 4) and equal prices: A wins whenever 5 is drawn."""
    quality: dict = {"id": "q", "name": "Quality", "weight": 50}
    if min_score is not None:
        quality["min_score"] = min_score
    tender = {
        "id": "judged",
        "title": "Judged",
        "buyer": "Buyer",
        "term_months": 12,
        "method": {"name": "weighted-sum", "disagreement": 3},
        "criteria": [quality, {"id": "price", "name": "Price", "weight": 50, "price": True}],
        "prices": [{"id": "total", "name": "Total", "per": "once", "quantity": 1}],
    }
    bids = [{"bidder": b, "name": b.upper(), "prices": {"total": 100}} for b in ("a", "b")]
    scores = {
        "e1": [{"bidder": "a", "criterion": "q", "score": 5}, {"bidder": "b", "criterion": "q", "score": 4}],
        "e2": [{"bidder": "a", "criterion": "q", "score": 3}, {"bidder": "b", "criterion": "q", "score": 4}],
    }
    return write_workspace(tmp_path / "judged", tender, bids, scores)


def test_evaluator_scores_are_drawn_per_pair(tmp_path: Path) -> None:
    ev, frame = evaluated(judged_pair(tmp_path))
    # means 4 and 4: a tie; with fixed scores the weights cannot break it
    assert ev.winner is None
    s = smaa(frame, ev, samples=N, seed=1, evaluators=True)
    assert s.acceptability["a"][0] == pytest.approx(0.5, abs=TOL)
    assert s.acceptability["b"][0] == pytest.approx(0.5, abs=TOL)
    assert s.excluded == {"a": 0.0, "b": 0.0}


def test_drawn_score_below_minimum_excludes_in_that_sample(tmp_path: Path) -> None:
    ev, frame = evaluated(judged_pair(tmp_path, min_score=4))
    s = smaa(frame, ev, samples=N, seed=1, evaluators=True)
    assert s.excluded["a"] == pytest.approx(0.5, abs=TOL)
    assert s.acceptability["a"] == pytest.approx([0.5, 0.0], abs=TOL)
    # when A is out, B is first alone
    assert s.acceptability["b"] == pytest.approx([0.5, 0.5], abs=TOL)


def test_figures_do_not_depend_on_threads_or_chunking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tender.analysis.smaa as module

    ev, frame = evaluated(two_bids(tmp_path))
    monkeypatch.setattr(module, "CHUNK", 1000)
    monkeypatch.setattr(module, "THREADS", 1)
    one = smaa(frame, ev, samples=5_500, seed=3)
    monkeypatch.setattr(module, "THREADS", 2)
    assert smaa(frame, ev, samples=5_500, seed=3) == one
