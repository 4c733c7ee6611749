"""Bad announced prices, rounding and tie-breaks in tender.yaml: one line naming the file and the key, exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tender.parse.methodrules import PRICE_PARAMETERS
from tender.scoring.formulas import PRICE_RULES
from tests.conftest import quality_price_tender, write_workspace
from tests.hostile.conftest import refused

CASES = [
    (
        {"price_formula": "reference", "reference_price": 0},
        "tender.yaml: method.reference_price: expected an amount greater than 0, found 0",
    ),
    (
        {"price_formula": "reference", "reference_price": -5},
        "tender.yaml: method.reference_price: expected an amount greater than 0, found -5",
    ),
    (
        {"price_formula": "fixed-range", "best_price": 100, "worst_price": 100},
        "tender.yaml: method.best_price: best_price (100) must be below worst_price (100)",
    ),
    (
        {"price_formula": "fixed-range", "best_price": 200, "worst_price": 100},
        "tender.yaml: method.best_price: best_price (200) must be below worst_price (100)",
    ),
    (
        {"price_formula": "fixed-range", "best_price": 100},
        "tender.yaml: method.worst_price: fixed-range needs best_price and worst_price",
    ),
    ({"price_formula": "reference"}, "tender.yaml: method.reference_price: reference needs reference_price"),
    (
        {"price_formula": "proportional", "reference_price": 100},
        "tender.yaml: method.reference_price: applies to price_formula reference only, not proportional",
    ),
    (
        {"price_formula": "reference", "reference_price": 100, "best_price": 50},
        "tender.yaml: method.best_price: applies to price_formula fixed-range only, not reference",
    ),
    (
        {"tie_break": ["lowest-price", "lot", "lowest-price"]},
        "tender.yaml: method.tie_break[2]: tie-break rule lowest-price named twice",
    ),
    (
        {"tie_break": ["coin"]},
        'tender.yaml: method.tie_break[0]: expected one of lowest-price | highest-performance | lot, found "coin"',
    ),
    (
        {"rounding": {"decimals": -1, "applies_to": "total"}},
        "tender.yaml: method.rounding.decimals: expected a whole number of decimal places from 0 to 10, found -1",
    ),
    (
        {"rounding": {"decimals": 400, "applies_to": "total"}},
        "tender.yaml: method.rounding.decimals: expected a whole number of decimal places from 0 to 10, found 400",
    ),
    (
        {"rounding": {"decimals": 2.5, "applies_to": "total"}},
        "tender.yaml: method.rounding.decimals: expected a whole number of decimal places from 0 to 10, found 2.5",
    ),
    (
        {"rounding": {"decimals": 2, "applies_to": "bid"}},
        'tender.yaml: method.rounding.applies_to: expected one of criterion | total, found "bid"',
    ),
    ({"rounding": {"decimals": 2}}, "tender.yaml: method.rounding.applies_to: required key is missing"),
    (
        {"quality": "relative"},
        'tender.yaml: method.quality: expected one of absolute | relative-to-best, found "relative"',
    ),
]


@pytest.mark.parametrize(("method", "expect"), CASES)
def test_bad_method_keys_are_refused_naming_file_and_key(tmp_path: Path, method: dict[str, Any], expect: str) -> None:
    tender, bids = quality_price_tender({"a": 50.0}, {"a": 100.0}, method={"name": "weighted-sum", **method})
    root = write_workspace(tmp_path / "ws", tender, bids)
    for command in ("validate", "evaluate", "report"):
        result = refused(root, command, root, expect=expect)
        assert result.output.count("tender.yaml:") == 1, result.output  # one line: the one problem


def test_the_parameter_table_names_what_the_formula_table_names() -> None:
    named = {rule.formula: tuple(a for a, _ in rule.parameters) for rule in PRICE_RULES.values() if rule.parameters}
    assert named == PRICE_PARAMETERS
