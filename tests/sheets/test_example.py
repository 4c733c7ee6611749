"""The bundled example holds the files the providers and evaluators returned; its result is the known one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.scoring import evaluate
from tender.sheets.xlsxread import Workbook
from tender.workspace import load_workspace

SCORES = {
    "rheintal": 85.5516765285996,
    "hanse": 80.09916771450814,
    "spree": 72.76398526037677,
    "isar": 70.66315789473683,
}


def test_example_is_made_of_returned_forms(bundled: Path) -> None:
    ws = load_workspace(bundled)
    assert sorted(b.source for b in ws.bids) == [
        "bids/elbtal.xlsx",
        "bids/hanse.xlsx",
        "bids/isar.xlsx",
        "bids/rheintal.xlsx",
        "bids/spree.csv",
    ]
    assert (bundled / "bids" / "spree.csv").read_bytes().count(b"\xfc") >= 1  # ü in Windows-1252
    assert sorted({s.source for s in ws.scores}) == [
        "scores/consensus.csv",
        "scores/mueller.xlsx",
        "scores/schmidt.xlsx",
        "scores/weber.xlsx",
    ]


def test_example_result_is_unchanged(bundled: Path) -> None:
    ev = evaluate(load_workspace(bundled))
    assert ev.winner == "rheintal"
    for bidder, score in SCORES.items():
        assert ev.bid(bidder).score == pytest.approx(score, abs=1e-9)
    assert ev.bid("elbtal").excluded
    assert ev.bid("spree").price == 166540.0


@pytest.mark.parametrize("bidder", ["elbtal", "hanse", "isar", "rheintal"])
def test_form_formulas_agree_with_the_evaluated_price(bundled: Path, bidder: str) -> None:
    """The forms were saved by an office suite: the cached result of the form's own total formula
    equals the evaluated price tender computes from the unit prices."""
    ev = evaluate(load_workspace(bundled))
    grid = Workbook(bundled / "bids" / f"{bidder}.xlsx", bidder).grid("Preise")
    assert grid.value(12, 7) == pytest.approx(ev.bid(bidder).price, abs=1e-9)
    assert [grid.value(r, 6) for r in range(7, 12)] == [1, 36, 36, 36, 3]
