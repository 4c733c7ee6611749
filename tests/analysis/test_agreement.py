"""Evaluator agreement: Kendall's W by hand, and the bundled example's flagged criterion."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.analysis.agreement import average_ranks, kendall_w
from tests.analysis.oracles import evaluated


def test_average_ranks_and_tie_term() -> None:
    assert average_ranks([3.0, 1.0, 3.0, 2.0]) == ([3.5, 1.0, 3.5, 2.0], 6.0)


def test_kendall_w_by_hand() -> None:
    same = {"e1": {"a": 1, "b": 2, "c": 3}, "e2": {"a": 2, "b": 3, "c": 5}}
    assert kendall_w(same) == pytest.approx(1.0)
    opposite = {"e1": {"a": 1, "b": 2, "c": 3}, "e2": {"a": 3, "b": 2, "c": 1}}
    assert kendall_w(opposite) == pytest.approx(0.0)
    # ranks (1,2,3) and (1,3,2): totals 2,5,5, S = 6, W = 12·6 / (4·24) = 0.75
    assert kendall_w({"e1": {"a": 1, "b": 2, "c": 3}, "e2": {"a": 1, "b": 3, "c": 2}}) == pytest.approx(0.75)
    # ties: e2 ties b and c → tie term 6; totals 2, 4.5, 5.5, S = 6.5, W = 12·6.5 / (4·24 − 2·6)
    assert kendall_w({"e1": {"a": 1, "b": 2, "c": 3}, "e2": {"a": 1, "b": 4, "c": 4}}) == pytest.approx(78 / 84)
    assert kendall_w({"e1": {"a": 1, "b": 2}}) is None


def test_example_flags_loesungsorientierung(example: Path) -> None:
    from tender.analysis.agreement import agreement

    ev, _ = evaluated(example)
    found = {a.criterion: a for a in agreement(ev)}
    assert set(found) == {
        "kompetenz",
        "loesungsorientierung",
        "referenzen",
        "rz-besichtigung",
        "ha-design",
        "storage",
        "testserver",
    }
    lo = found["loesungsorientierung"]
    assert lo.flagged and lo.disputed == ("hanse",) and lo.spread == 2.0
    assert lo.evaluators == 3
    assert not found["referenzen"].flagged
    assert found["referenzen"].kendall_w == pytest.approx(0.901, abs=5e-4)
    # four bids were scored (elbtal is excluded and unscored); weber did not score rz-besichtigung
    # for spree, so W uses the three bids every evaluator scored
    assert found["kompetenz"].bids == 4
    assert found["rz-besichtigung"].bids == 3
