"""Properties of value curves and step tables, as the kernel computes them (Hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tender.model import Measure
from tender.scoring.expr import evaluate, excel
from tender.scoring.formulas import curve_expr, curve_piece, steps_expr
from tender.scoring.kernel import measure_values

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
share = st.floats(0, 1, allow_nan=False)


@st.composite
def curves(draw: st.DrawFn, monotone: bool = False) -> tuple[tuple[float, float], ...]:
    """A curve: 2–6 points, x strictly increasing, v in [0, 1] (non-decreasing when monotone)."""
    xs = sorted(draw(st.sets(st.integers(-10_000, 10_000), min_size=2, max_size=6)))
    vs = draw(st.lists(share, min_size=len(xs), max_size=len(xs)))
    if monotone:
        vs = sorted(vs)
    return tuple((x / 100, v) for x, v in zip(xs, vs, strict=True))


@settings(deadline=None)  # a loaded machine must not fail a property
@given(curves(monotone=True), finite, finite)
def test_a_rising_curve_never_falls(curve: tuple[tuple[float, float], ...], a: float, b: float) -> None:
    low, high = sorted((a, b))
    values = measure_values(Measure("x", curve=curve), np.array([low, high]))
    assert values[0] <= values[1] + 4 * np.finfo(float).eps  # at a joint, v_i + (v_{i+1} − v_i) may round past v_{i+1}
    assert 0 <= values[0] <= 1 and 0 <= values[1] <= 1


@settings(deadline=None)  # a loaded machine must not fail a property
@given(curves(), st.data())
def test_a_curve_is_monotone_between_its_points(curve: tuple[tuple[float, float], ...], data: st.DataObject) -> None:
    """On each segment the value runs from v_i to v_{i+1} without turning back; outside it is the end's value."""
    i = data.draw(st.integers(0, len(curve) - 2))
    (x0, v0), (x1, v1) = curve[i], curve[i + 1]
    ts = sorted(data.draw(st.lists(st.floats(0, 1), min_size=2, max_size=5)))
    xs = np.clip([x0 + t * (x1 - x0) for t in ts], x0, x1)
    values = measure_values(Measure("x", curve=curve), xs)
    steps = np.diff(values) * (1 if v1 >= v0 else -1)
    assert (steps >= -4 * np.finfo(float).eps).all()  # at x1 exactly v1: v0 + (v1 − v0) · t may round past it
    ends = measure_values(Measure("x", curve=curve), np.array([curve[0][0] - 5, curve[-1][0] + 5]))
    assert ends.tolist() == [curve[0][1], curve[-1][1]]


@settings(deadline=None)  # a loaded machine must not fail a property
@given(curves(), st.data())
def test_a_curve_passes_through_its_points_and_the_trail_piece_agrees(
    curve: tuple[tuple[float, float], ...], data: st.DataObject
) -> None:
    for x, v in curve:  # exactly the announced value at each point
        assert float(evaluate(curve_expr(curve), {"x": x})) == v
    x = data.draw(st.floats(curve[0][0] - 1, curve[-1][0] + 1))
    piece, numbers = curve_piece(curve, x)
    assert float(evaluate(piece, {"x": x, **numbers})) == float(evaluate(curve_expr(curve), {"x": x}))


@settings(deadline=None)  # a loaded machine must not fail a property
@given(st.dictionaries(finite, share, min_size=1, max_size=6), finite)
def test_steps_equal_the_table(table: dict[float, float], x: float) -> None:
    """The value of the highest min not above the fact, 0 below every min: exactly the table's number."""
    rows = tuple(sorted(table.items()))
    held = [v for low, v in rows if low <= x]
    expected = held[-1] if held else 0.0
    assert measure_values(Measure("x", steps=rows), np.array([x])).tolist() == [expected]
    for low, v in rows:  # at each min exactly its own value
        assert measure_values(Measure("x", steps=rows), np.array([low])).tolist() == [v]


def test_steps_as_an_excel_formula() -> None:
    rows = ((99.5, 0.4), (99.9, 0.8), (99.95, 1.0))
    assert excel(steps_expr(rows), {"x": "G5"}) == "IF(G5>=99.95,1,IF(G5>=99.9,0.8,IF(G5>=99.5,0.4,0)))"


def test_steps_and_curves_in_javascript() -> None:
    """The what-if page's rendering: the same comparisons, in the kernel's order."""
    from tender.scoring.expr import javascript

    assert javascript(steps_expr(((99.5, 0.4), (99.9, 0.8)))) == '(v["x"] >= 99.9 ? 0.8 : (v["x"] >= 99.5 ? 0.4 : 0))'
    assert javascript(curve_expr(((1, 1), (4, 0.5)))) == (
        'Math.min(1, Math.max(0, (v["x"] >= 4 ? 0.5 : (v["x"] >= 1 ? 1 + (-0.5) * (v["x"] - 1) / 3 : 1))))'
    )
