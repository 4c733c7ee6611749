"""The bundled example evaluates to its known ranking."""

from __future__ import annotations

from pathlib import Path

from tender.scoring import evaluate
from tender.workspace import load_workspace


def test_bundled_example_ranking(example: Path) -> None:
    ev = evaluate(load_workspace(example))
    assert ev.winner == "rheintal"
    assert [b.bidder for b in ev.bids] == ["rheintal", "hanse", "spree", "isar", "elbtal"]
