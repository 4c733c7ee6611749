"""Numbers for a trail that recomputes: each line's printed operands give, rounded half-up, its printed result.

The kernel computes in floats and carries every value unrounded; the trail prints rounded values. A value
rounded to two decimals (a mean grade of 14/3 printed as 4,67) makes the line's own arithmetic wrong by a
cent (9,00 × 4,67 / 5 = 8,41, printed 8,40). `fit` finds the fewest decimals (at least two) with which the
formula, computed in Decimal from the printed operands, rounds to the printed result; the formula is the
kernel's own expression (tender.scoring.expr), evaluated here on Decimals.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache

from tender.scoring.expr import AtLeast, Below, Case, Clip, Expr, Num, Op, Var

CONTEXT = Context(prec=60)
MIN_PLACES = 2
MAX_PLACES = 12  # beyond this a float has no more digits to give


def dec(value: float) -> Decimal:
    """A float as the Decimal of its shortest repr (as the display rounds it)."""
    return Decimal(repr(float(value)))


def rounded(value: Decimal, places: int) -> Decimal:
    """Half-up to `places` decimals."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=CONTEXT)


def shown(value: float, places: int) -> Decimal:
    """A float rounded half-up to `places` decimals."""
    return rounded(dec(value), places)


def decimals(value: Decimal) -> int:
    """How many decimals a printed value needs: its own, at least MIN_PLACES (8.4000 → 2, 4.6667 → 4)."""
    exponent = value.normalize(CONTEXT).as_tuple().exponent
    return max(MIN_PLACES, -exponent if isinstance(exponent, int) else 0)


def value(e: Expr, env: Mapping[str, Decimal]) -> Decimal:
    """The expression's value in Decimal arithmetic (60 digits), clipping and cases as the kernel does."""
    if isinstance(e, Var):
        return env[e.name]
    if isinstance(e, Num):
        return dec(e.value)
    if isinstance(e, Clip):
        return min(Decimal(1), max(Decimal(0), value(e.inner, env)))
    if isinstance(e, Case):
        return value(e.then if value(e.a, env) == value(e.b, env) else e.otherwise, env)
    if isinstance(e, AtLeast):
        return value(e.then if value(e.a, env) >= value(e.b, env) else e.otherwise, env)
    if isinstance(e, Below):
        return value(e.then if value(e.a, env) < value(e.b, env) else e.otherwise, env)
    assert isinstance(e, Op)
    a, b = value(e.left, env), value(e.right, env)
    if e.op == "+":
        return CONTEXT.add(a, b)
    if e.op == "-":
        return CONTEXT.subtract(a, b)
    if e.op == "*":
        return CONTEXT.multiply(a, b)
    if e.op == "/":
        return CONTEXT.divide(a, b)
    return CONTEXT.power(a, b)


@lru_cache(maxsize=65_536)
def _fit(
    e: Expr, free: tuple[tuple[str, float], ...], fixed: tuple[tuple[str, Decimal], ...], result: float, places: int
) -> tuple[tuple[tuple[str, Decimal], ...], Decimal]:
    for result_places in range(places, MAX_PLACES + 1):
        target = shown(result, result_places)
        for k in range(MIN_PLACES, MAX_PLACES + 1):
            env = {name: shown(v, k) for name, v in free} | dict(fixed)
            if rounded(value(e, env), result_places) == target:
                return tuple(env.items()), target
    return tuple(env.items()), rounded(value(e, env), MAX_PLACES)  # pragma: no cover - no float is that close


def fit(
    e: Expr, free: Mapping[str, float], result: float, places: int, fixed: Mapping[str, Decimal] | None = None
) -> tuple[dict[str, Decimal], Decimal]:
    """The operands and the result of a line as it prints them.

    `free` operands are rounded to the fewest decimals (at least two) with which `e`, computed from the
    printed operands (and the `fixed` ones, printed elsewhere as they are), rounds half-up to the result
    rounded to `places` decimals; only where no number of decimals does (a result on a rounding boundary)
    the result gets more decimals.
    """
    env, target = _fit(e, tuple(sorted(free.items())), tuple(sorted((fixed or {}).items())), result, places)
    return dict(env), target


def printed(value: Decimal) -> Decimal:
    """A rounded value as it is printed: trailing zeros dropped down to MIN_PLACES decimals."""
    return rounded(value, decimals(value))


def adds_up(operands: list[Decimal], result: Decimal) -> bool:
    """Whether the operands as printed sum, rounded to the printed result's decimals, to the printed result."""
    total = sum((printed(x) for x in operands), Decimal(0))
    return rounded(total, decimals(result)) == printed(result)
