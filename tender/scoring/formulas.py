"""The one table of scoring formulas: per price formula and per method, the parameters, the expression, the wording.

Each entry is written once as an expression (tender.scoring.expr); the kernel evaluates it on
numpy arrays, the workbook renders it as an Excel formula, the trail and the method description
print it as text. A new price formula is one new PriceRule in PRICE_RULES (and its name in
model.PriceFormula); a new method one MethodRule in METHOD_RULES.

Units: every value here is a fraction (weights, normalised values 0–1, the band); points are
100 · weight · normalised value; percent appears only in text.

Symbols: P the bid's evaluated price, P_min / P_max the lowest / highest price in the running,
s the span (linear-span), M the price criterion's maximum points (100 · its absolute weight),
w a leaf's absolute weight, n its normalised value, L the performance points, PP the price points,
Z the UfAB figure, Z_max the best Z, band the UfAB band; value-for-money: V the sum of the leaves'
values, C the sum of the malus leaves' values, F the fictitious price.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from tender.model import Measure, Method, MethodName, PriceFormula
from tender.scoring.expr import AtLeast, Case, Clip, Expr, Num, Var, lift, symbols

P, P_MIN, P_MAX, SPAN = Var("P"), Var("P_min"), Var("P_max"), Var("s")
M, W, N = Var("M"), Var("w"), Var("n")
L, PP, Z_MAX, BAND = Var("L"), Var("PP"), Var("Z_max"), Var("band")
VALUE, LOW, HIGH = Var("x"), Var("low"), Var("high")
V, C = Var("V"), Var("C")
WORTH = Var("value")  # value for money: a leaf's value (currency at full score)
DEDUCTION = WORTH * N  # what a leaf takes off the price
MALUS = WORTH * (1 - N)  # what a malus leaf adds to the price
FICTITIOUS = P - V * L / 100 + C  # value for money: the price less the value of the quality (L: points of 100)


@dataclass(frozen=True)
class PriceRule:
    """A price-to-points formula: `raw` is the normalised value n of a price before clipping to [0, 1].

    parameters: the method parameters it names besides the prices (model.Method attributes),
    with the symbol each stands for; clip_note: whether the trail notes a clipped value
    (a formula that cannot leave [0, 1] for prices in the running has none); floor_words: whether
    its wording adds "at least 0" (the text form is rendered from `raw`, the words around it are
    the report catalogue's).
    """

    formula: PriceFormula
    raw: Expr
    parameters: tuple[tuple[str, str], ...] = ()
    clip_note: bool = True
    floor_words: bool = False

    @property
    def normalised(self) -> Expr:
        """n: the raw value clipped to [0, 1]."""
        return Clip(self.raw)

    def points(self) -> Expr:
        """Price points M · n."""
        return M * self.normalised


PRICE_RULES: dict[PriceFormula, PriceRule] = {
    r.formula: r
    for r in (
        PriceRule(PriceFormula.PROPORTIONAL, P_MIN / P, clip_note=False),
        PriceRule(PriceFormula.ONE_SIDED, 2 - P / P_MIN, floor_words=True),
        PriceRule(PriceFormula.TWO_SIDED, Case(P_MAX, P_MIN, Num(1.0), (P_MAX - P) / (P_MAX - P_MIN))),
        PriceRule(
            PriceFormula.LINEAR_SPAN,
            (P_MIN * (1 + SPAN) - P) / (P_MIN * SPAN),
            parameters=(("span", "s"),),
            floor_words=True,
        ),
        PriceRule(PriceFormula.SQUARED, (P_MIN / P) ** 2),
        PriceRule(PriceFormula.CUBIC, (P_MIN / P) ** 3),
    )
}

# normalisation of the leaves that are not priced, and the weighting (points of a leaf)
# judged: x the grade, low/high the scale's ends; measured: x the fact, low = worst, high = best, clipped
JUDGED = (VALUE - LOW) / (HIGH - LOW)
MEASURED = Clip(JUDGED)
POINTS = 100 * W * N


def curve_expr(curve: tuple[tuple[float, float], ...]) -> Expr:
    """A piecewise-linear value curve through (x, v) points, flat outside them: on the segment x_i ≤ x < x_{i+1}
    v_i + (v_{i+1} − v_i) · (x − x_i) / (x_{i+1} − x_i), chosen by steps (AtLeast), so that it is exactly v_i at
    each point and the trail's piece (curve_piece) computes the same number; clipped to [0, 1] against rounding."""
    out: Expr = Num(curve[0][1])  # below the first point
    for (x0, v0), (x1, v1) in pairwise(curve):
        piece = Num(v0) if v1 == v0 else v0 + (v1 - v0) * ((VALUE - x0) / (x1 - x0))
        out = AtLeast(VALUE, Num(x0), piece, out)
    return Clip(AtLeast(VALUE, Num(curve[-1][0]), Num(curve[-1][1]), out))


def curve_piece(curve: tuple[tuple[float, float], ...], x: float) -> tuple[Expr, dict[str, float]]:
    """The part of a curve that holds at x, for the trail, with the numbers of its symbols: v0 outside the points
    (the nearest end's value), else v0 + (v1 − v0) · (x − x0) / (x1 − x0) on the segment that holds x
    (the same arithmetic as curve_expr, so the same number)."""
    if x < curve[0][0] or x >= curve[-1][0]:
        return Var("v0"), {"v0": curve[0][1] if x < curve[0][0] else curve[-1][1]}
    i = max(k for k, (start, _) in enumerate(curve[:-1]) if start <= x)  # the segment curve_expr chooses
    (x0, v0), (x1, v1) = curve[i], curve[i + 1]
    if v1 == v0:
        return Var("v0"), {"v0": v0}
    return Var("v0") + (Var("v1") - Var("v0")) * ((VALUE - Var("x0")) / (Var("x1") - Var("x0"))), {
        "x0": x0,
        "x1": x1,
        "v0": v0,
        "v1": v1,
    }


def steps_expr(steps: tuple[tuple[float, float], ...]) -> Expr:
    """A step table of (min, value) rows: the value of the highest min not above x, 0 below every min."""
    out: Expr = Num(0.0)
    for low, value in sorted(steps):
        out = AtLeast(VALUE, lift(low), Num(value), out)
    return out


def measure_expr(measure: Measure) -> Expr:
    """n of a measured leaf in the fact x: the curve, the steps, or (x − low) / (high − low) clipped
    (low = worst, high = best: the symbols of MEASURED)."""
    if measure.curve:
        return curve_expr(measure.curve)
    if measure.steps:
        return steps_expr(measure.steps)
    return MEASURED


@dataclass(frozen=True)
class MethodRule:
    """A method: the score that ranks the bids, its display scale, and the band (UfAB extended)."""

    name: MethodName
    score: Expr
    parameters: tuple[str, ...]
    scale: float = 1.0
    band: Expr | None = None
    priced_leaf: bool = False
    fictitious: Expr | None = None  # value-for-money: the fictitious price F (the score is −F: higher first)


METHOD_RULES: dict[MethodName, MethodRule] = {
    r.name: r
    for r in (
        MethodRule(MethodName.WEIGHTED_SUM, L + PP, ("price_formula",), priced_leaf=True),
        MethodRule(MethodName.UFAB_SIMPLE, L / P, (), scale=1_000_000),
        MethodRule(MethodName.UFAB_EXTENDED, L / P, ("band", "decide_by"), scale=1_000_000, band=Z_MAX * (1 - BAND)),
        MethodRule(MethodName.VALUE_FOR_MONEY, 0 - FICTITIOUS, ("value_total", "malus_total"), fictitious=FICTITIOUS),
    )
}


def field_symbols(method: Method) -> set[str]:
    """The figures of the whole field (P_min, P_max, Z_max) that a bid's score or ranking key depends on."""
    rule = METHOD_RULES[method.name]
    used = symbols(price_rule(method).raw) if rule.priced_leaf else set()
    if rule.band is not None:
        used |= symbols(rule.band)
    return used & {"P_min", "P_max", "Z_max"}


def price_rule(method: Method) -> PriceRule:
    """The announced price formula's rule."""
    return PRICE_RULES[method.price_formula]


def price_parameters(method: Method) -> dict[str, float]:
    """The values of the parameters the announced price formula names, by symbol."""
    out: dict[str, float] = {}
    for attribute, symbol in price_rule(method).parameters:
        value = getattr(method, attribute)
        assert value is not None, f"{method.price_formula} needs {attribute} (validated when reading tender.yaml)"
        out[symbol] = float(value)
    return out
