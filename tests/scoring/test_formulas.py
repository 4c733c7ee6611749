"""The formula table: every price formula and method has one entry, and its numpy, Excel and text forms agree."""

from __future__ import annotations

import numpy as np
import pytest

from tender.model import Method, MethodName, PriceFormula
from tender.report.messages import CATALOGUE
from tender.scoring.expr import Var, evaluate, excel, symbols, text
from tender.scoring.formulas import METHOD_RULES, POINTS, PRICE_RULES, price_parameters
from tender.scoring.kernel import price_values

# methods.md §2, oracle table: prices 70k … 150k, M = 40 (the same as tests/scoring/test_oracles.py, at unit level)
PRICES = np.array([70_000, 80_000, 100_000, 120_000, 150_000], dtype=float)
ORACLE = {
    PriceFormula.PROPORTIONAL: [40, 35, 28, 23.333, 18.667],
    PriceFormula.ONE_SIDED: [40, 34.286, 22.857, 11.429, 0],
    PriceFormula.TWO_SIDED: [40, 35, 25, 15, 0],
    PriceFormula.LINEAR_SPAN: [40, 28.571, 5.714, 0, 0],
    PriceFormula.SQUARED: [40, 30.625, 19.6, 13.611, 8.711],
    PriceFormula.CUBIC: [40, 26.797, 13.72, 7.94, 4.065],
    # by hand: best 80k, worst 160k: (160 − P) / 80, clipped; reference 160k: (160 − P) / (160 − 70), clipped
    PriceFormula.FIXED_RANGE: [40, 40, 30, 20, 5],
    PriceFormula.REFERENCE: [40, 35.556, 26.667, 17.778, 4.444],
}

# the workbook's formulas as they were written by hand before the table (E7 = the price, E$2:E$6 = all prices)
EXCEL = {
    PriceFormula.PROPORTIONAL: "MIN(1,MAX(0,MIN(E$2:E$6)/E7))",
    PriceFormula.ONE_SIDED: "MIN(1,MAX(0,2-E7/MIN(E$2:E$6)))",
    PriceFormula.TWO_SIDED: (
        "MIN(1,MAX(0,IF(MAX(E$2:E$6)=MIN(E$2:E$6),1,(MAX(E$2:E$6)-E7)/(MAX(E$2:E$6)-MIN(E$2:E$6)))))"
    ),
    PriceFormula.LINEAR_SPAN: "MIN(1,MAX(0,(MIN(E$2:E$6)*(1+0.5)-E7)/(MIN(E$2:E$6)*0.5)))",
    PriceFormula.SQUARED: "MIN(1,MAX(0,(MIN(E$2:E$6)/E7)^2))",
    PriceFormula.CUBIC: "MIN(1,MAX(0,(MIN(E$2:E$6)/E7)^3))",
    PriceFormula.FIXED_RANGE: "MIN(1,MAX(0,(160000-E7)/(160000-80000)))",
    PriceFormula.REFERENCE: (
        "MIN(1,MAX(0,IF(MIN(E$2:E$6)<160000,(160000-E7)/(160000-MIN(E$2:E$6)),IF(E7=MIN(E$2:E$6),1,0))))"
    ),
}


def method_for(formula: PriceFormula) -> Method:
    """A weighted-sum method with the formula (span 50 %, best/worst 80k/160k, reference 160k where it needs them)."""
    return Method(
        MethodName.WEIGHTED_SUM,
        formula,
        0.5 if formula is PriceFormula.LINEAR_SPAN else None,
        best_price=80_000.0 if formula is PriceFormula.FIXED_RANGE else None,
        worst_price=160_000.0 if formula is PriceFormula.FIXED_RANGE else None,
        reference_price=160_000.0 if formula is PriceFormula.REFERENCE else None,
    )


def test_every_price_formula_and_method_has_one_entry() -> None:
    assert set(PRICE_RULES) == set(PriceFormula)
    assert set(METHOD_RULES) == set(MethodName)
    for rule in PRICE_RULES.values():
        named = {symbol for _, symbol in rule.parameters}
        assert symbols(rule.raw) <= {"P", "P_min", "P_max"} | named


@pytest.mark.parametrize("formula", list(PriceFormula))
def test_numpy_form_gives_the_oracle_points(formula: PriceFormula) -> None:
    n = price_values(method_for(formula), PRICES, PRICES.min(), PRICES.max())
    assert 40 * n == pytest.approx(ORACLE[formula], abs=1e-3)


@pytest.mark.parametrize("formula", list(PriceFormula))
def test_excel_form_is_the_workbook_formula(formula: PriceFormula) -> None:
    refs = {"P": "E7", "P_min": "MIN(E$2:E$6)", "P_max": "MAX(E$2:E$6)", "s": "0.5"}
    refs |= {"P_best": "80000", "P_worst": "160000", "P_ref": "160000"}
    assert excel(PRICE_RULES[formula].normalised, refs) == EXCEL[formula]


@pytest.mark.parametrize("formula", list(PriceFormula))
def test_text_form_is_the_published_wording(formula: PriceFormula) -> None:
    rule = PRICE_RULES[formula]
    for lang, (label, floor) in (("de", ("Preispunkte", ", mindestens 0")), ("en", ("Price points", ", at least 0"))):
        wording = CATALOGUE[f"price.{formula}"][0 if lang == "de" else 1]
        expected = f"{label} = {text(rule.points(), {})}" + (floor if rule.floor_words else "")
        assert wording == expected


def test_text_form_with_numbers_decides_the_case_and_drops_a_factor_one() -> None:
    rule = PRICE_RULES[PriceFormula.TWO_SIDED]
    shown = {"M": "30", "P": "100", "P_min": "100", "P_max": "100"}
    assert text(rule.points(), shown, {"P": 100, "P_min": 100, "P_max": 100}) == "30"
    assert text(rule.points(), shown, {"P": 100, "P_min": 90, "P_max": 100}) == "30 × (100 − 100) / (100 − 100)"
    assert evaluate(rule.normalised, {"P": 100.0, "P_min": 100.0, "P_max": 100.0}) == 1.0


def test_method_forms() -> None:
    ws, ufab = METHOD_RULES[MethodName.WEIGHTED_SUM], METHOD_RULES[MethodName.UFAB_EXTENDED]
    assert excel(ws.score, {"L": "D7", "PP": "G7"}) == "D7+G7"
    assert excel(ufab.score * Var("scale"), {"L": "D7", "P": "E7", "scale": "1000000"}) == "D7/E7*1000000"
    assert excel(POINTS, {"w": "0.3", "n": "F7"}) == "100*0.3*F7"
    assert ufab.band is not None
    assert text(ufab.band, {"band": "10%"}) == "Z_max × (1 − 10%)"
    assert evaluate(ufab.band, {"Z_max": 7.5, "band": 0.1}) == pytest.approx(6.75)


def test_parameters_are_read_from_the_method() -> None:
    assert price_parameters(method_for(PriceFormula.LINEAR_SPAN)) == {"s": 0.5}
    assert price_parameters(method_for(PriceFormula.PROPORTIONAL)) == {}


def test_field_symbols_name_what_a_removal_can_move() -> None:
    from tender.scoring.formulas import field_symbols

    assert field_symbols(method_for(PriceFormula.PROPORTIONAL)) == {"P_min"}
    assert field_symbols(method_for(PriceFormula.TWO_SIDED)) == {"P_min", "P_max"}
    assert field_symbols(Method(MethodName.UFAB_SIMPLE)) == set()
    assert field_symbols(Method(MethodName.UFAB_EXTENDED)) == {"Z_max"}
    assert field_symbols(method_for(PriceFormula.FIXED_RANGE)) == set()  # no removal can move it
    assert field_symbols(method_for(PriceFormula.REFERENCE)) == {"P_min"}
