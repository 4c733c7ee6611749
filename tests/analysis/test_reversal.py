"""Rank reversal: the methods.md §2 flipping oracle, and removal equal to evaluating without the bid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tender.analysis.reversal import reversals
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.analysis.oracles import evaluated, flipping, set_method, ufab_five


def test_adding_c_turns_bs_win_into_as(tmp_path: Path) -> None:
    ev, frame = evaluated(flipping(tmp_path))
    assert ev.winner == "a"
    assert ev.bid("a").score == pytest.approx(64.0)
    assert ev.bid("b").score == pytest.approx(61.25)
    removals = {r.removed: r for r in reversals(frame)}
    assert removals["c"].winner == "b"
    [flip] = removals["c"].flips
    assert flip.pair == ("a", "b")
    assert (flip.before, flip.after) == ((1, 2), (2, 1))
    assert removals["a"].flips == () and removals["b"].flips == ()


def test_ufab_simple_never_reverses(tmp_path: Path) -> None:
    _, frame = evaluated(ufab_five(tmp_path))
    assert all(r.flips == () for r in reversals(frame))


@pytest.mark.parametrize("formula", ["proportional", "two-sided", "one-sided"])
def test_removal_equals_evaluating_without_the_bid(example: Path, tmp_path: Path, formula: str) -> None:
    set_method(example, price_formula=formula)
    ev, frame = evaluated(example)
    weights = frame.absolute(frame.local_weights())
    removals = {r.removed: r for r in reversals(frame)}
    for removed in frame.bidders:
        copy = tmp_path / f"without-{removed}-{formula}"
        shutil.copytree(example, copy)
        # take the bid out of the running the way the engine does: a knock-out requirement not met
        bid = copy / "bids" / f"{removed}.yaml"
        data = yaml.safe_load(bid.read_text(encoding="utf-8"))
        data["requirements"]["rz-deutschland"] = False
        bid.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        real = evaluate(load_workspace(copy))
        mine = frame.outcome(weights, bidders=[b for b in frame.bidders if b != removed])
        for b in real.ranked:
            assert mine.scores[b.bidder] == pytest.approx(b.score, abs=1e-9)
            assert mine.ranks[b.bidder] == b.rank
        assert mine.winner == real.winner
        # the reversals found are exactly the pairs the real engine orders differently
        assert removals[removed].winner == real.winner
        rest = real.ranked
        flipped = {
            tuple(sorted((a.bidder, b.bidder)))
            for i, a in enumerate(rest)
            for b in rest[i + 1 :]
            if (ev.bid(a.bidder).rank or 0) - (ev.bid(b.bidder).rank or 0) != 0
            and ((ev.bid(a.bidder).rank or 0) < (ev.bid(b.bidder).rank or 0)) != ((a.rank or 0) < (b.rank or 0))
        }
        assert {tuple(sorted(f.pair)) for f in removals[removed].flips} == flipped


def test_ufab_extended_band_moves_when_the_best_z_leaves(tmp_path: Path) -> None:
    root = set_method(ufab_five(tmp_path), name="ufab-extended", band=0.1, decide_by="performance")
    ev, frame = evaluated(root)
    assert ev.winner == "a"
    removals = {r.removed: r for r in reversals(frame)}
    # without C (Z_max 7.5 per mille) the floor drops to 0.9 · 7.142857 = 6.43: B (6.67) enters and wins on L
    assert removals["c"].winner == "b"
    assert ("a", "b") in {f.pair for f in removals["c"].flips}
    (root / "bids" / "c.yaml").unlink()
    real = evaluate(load_workspace(root))
    assert real.winner == "b"
    after = {f.pair: f.after for f in removals["c"].flips}
    assert after[("a", "b")] == (real.bid("a").rank, real.bid("b").rank)
