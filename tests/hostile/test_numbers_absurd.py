"""Absurd and non-finite numbers are refused per field, naming it, in YAML, CSV and xlsx alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.report.numbers import half_up, plain
from tender.sheets.layout import FACT_VALUE_COL
from tests.hostile.conftest import refused, run


def replace(path: Path, old: str, new: str) -> None:
    """Change one piece of a file's text (it must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_1e26_price_in_a_bid(example: Path) -> None:
    replace(example / "bids" / "hanse.yaml", "setup: 19500.0", "setup: 1.0e+26")
    refused(
        example,
        "evaluate",
        example,
        expect="bids/hanse.yaml: prices.setup: expected a unit price of at most 1e+12 in size, found 1e+26",
    )


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1.0e+400"])
def test_non_finite_fact_and_price(example: Path, value: str) -> None:
    replace(example / "bids" / "hanse.yaml", "verfuegbarkeit: 99.9", f"verfuegbarkeit: {value}")
    refused(example, "evaluate", example, expect="bids/hanse.yaml: facts.verfuegbarkeit: expected a number, found")
    result = refused(example, "evaluate", example, "--json", expect='"place": "facts.verfuegbarkeit"')
    assert "Infinity" not in result.output and "NaN" not in result.output
    [error] = json.loads(result.output)["errors"]  # with --json, the errors are JSON too
    assert error["file"] == "bids/hanse.yaml" and error["message"].endswith("(not a finite number)")


def test_1e308_quantity_never_reaches_json(example: Path) -> None:
    replace(example / "tender.yaml", "quantity: 100, unit: Stunden", "quantity: 1.0e+308, unit: Stunden")
    result = refused(
        example,
        "evaluate",
        example,
        "--json",
        expect='"place": "prices[4].quantity", "message": "expected a quantity of at most 1e+09 in size, found 1e+308',
    )
    assert "Infinity" not in result.output


@pytest.mark.parametrize(
    ("old", "new", "expect"),
    [
        ("term_months: 36", "term_months: 1201", "tender.yaml: term_months: expected at most 1200 months"),
        ("quantity: 100,", "quantity: 2000000000,", "prices[4].quantity: expected a quantity of at most 1e+09"),
        ("  max: 5", "  max: 5000000", "tender.yaml: scale.max: expected a number of at most 1e+06 in size"),
        ("  disagreement: 2", "  disagreement: 1.0e+7", "method.disagreement: expected a number of scale steps of"),
        (
            "  price_formula: proportional",
            "  price_formula: linear-span\n  span: 101",
            "method.span: expected a fraction (0.5 = 50 %) of at most 100 in size, found 101",
        ),
    ],
)
def test_tender_fields_have_ceilings(example: Path, old: str, new: str, expect: str) -> None:
    replace(example / "tender.yaml", old, new)
    refused(example, "validate", example, expect=expect)


def test_csv_and_xlsx_number_cells_meet_the_same_ceilings(bundled: Path) -> None:
    bid = bundled / "bids" / "spree.csv"
    bid.write_bytes(bid.read_bytes().replace(b"price;setup;17.500;", b"price;setup;17.500.000.000.000;"))
    refused(bundled, "validate", bundled, expect="bids/spree.csv: line 11: expected a unit price of at most 1e+12")
    bid.unlink()
    form = bundled / "bids" / "elbtal.xlsx"
    wb = load_workbook(form, rich_text=True)
    ws = wb["Kennzahlen"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "verfuegbarkeit")
    ws.cell(row, FACT_VALUE_COL).value = 1e300
    wb.save(form)
    refused(
        bundled, "validate", bundled, expect=f"bids/elbtal.xlsx: Kennzahlen!D{row}: expected a number of at most 1e+12"
    )


def test_a_price_just_under_the_ceiling_is_evaluated(example: Path) -> None:
    replace(example / "bids" / "hanse.yaml", "setup: 19500.0", "setup: 999999999999.0")
    result = run("evaluate", example, "--json")
    assert result.exit_code == 0, result.output
    hanse = next(b for b in json.loads(result.output)["bids"] if b["bidder"] == "hanse")
    assert hanse["price"] > 999999999999


def test_half_up_rounds_huge_numbers_exactly() -> None:
    assert str(half_up(1e26)) == "100000000000000000000000000.00"
    assert plain(123456789012345678901234567.0) == "123,456,789,012,345,680,000,000,000.00"  # from the shortest repr
    assert str(half_up(2.675)) == "2.68" and str(half_up(-0.125)) == "-0.13"
