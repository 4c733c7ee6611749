"""A tiny formula language: one expression, rendered as numpy arithmetic, an Excel formula, trail text or JavaScript.

Every scoring formula is written once as an expression over named symbols (P, P_min, M, ...);
the kernel evaluates it on arrays, the workbook writes it with cell references, the trail prints
it with the bid's numbers. Operators: + − × / ^, two conditionals (`Case`: if a = b then ... else ...;
`AtLeast`: if a ≥ b then ... else ..., the step of a step table) and clipping to [0, 1] (`Clip`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
EXCEL_OPS = {"+": "+", "-": "-", "*": "*", "/": "/", "^": "^"}
JS_OPS = {"+": " + ", "-": " - ", "*": " * ", "/": " / "}
TEXT_OPS = {"+": " + ", "-": " − ", "*": " × ", "/": " / "}
SUPERSCRIPTS = {2: "²", 3: "³"}


@dataclass(frozen=True)
class Expr:
    """A node of a formula."""

    def __add__(self, other: Expr | float) -> Expr:
        return Op("+", self, lift(other))

    def __radd__(self, other: float) -> Expr:
        return Op("+", lift(other), self)

    def __sub__(self, other: Expr | float) -> Expr:
        return Op("-", self, lift(other))

    def __rsub__(self, other: float) -> Expr:
        return Op("-", lift(other), self)

    def __mul__(self, other: Expr | float) -> Expr:
        return Op("*", self, lift(other))

    def __rmul__(self, other: float) -> Expr:
        return Op("*", lift(other), self)

    def __truediv__(self, other: Expr | float) -> Expr:
        return Op("/", self, lift(other))

    def __rtruediv__(self, other: float) -> Expr:
        return Op("/", lift(other), self)

    def __pow__(self, other: float) -> Expr:
        return Op("^", self, lift(other))


@dataclass(frozen=True)
class Var(Expr):
    """A named symbol: a figure of the bid, of the field, or a parameter of the method."""

    name: str


@dataclass(frozen=True)
class Num(Expr):
    """A constant."""

    value: float


@dataclass(frozen=True)
class Op(Expr):
    """A binary operation."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Case(Expr):
    """`then` where a = b, else `otherwise` (e.g. two-sided: every price equal)."""

    a: Expr
    b: Expr
    then: Expr
    otherwise: Expr


@dataclass(frozen=True)
class AtLeast(Expr):
    """`then` where a ≥ b, else `otherwise` (a step: the row of a step table that applies)."""

    a: Expr
    b: Expr
    then: Expr
    otherwise: Expr


@dataclass(frozen=True)
class Clip(Expr):
    """The value limited to [0, 1] (the text shows the formula; the trail notes the clipping)."""

    inner: Expr


def lift(x: Expr | float) -> Expr:
    """A number as a constant node."""
    return x if isinstance(x, Expr) else Num(float(x))


def symbols(e: Expr) -> set[str]:
    """Every symbol an expression names."""
    if isinstance(e, Var):
        return {e.name}
    if isinstance(e, Op):
        return symbols(e.left) | symbols(e.right)
    if isinstance(e, Case | AtLeast):
        return symbols(e.a) | symbols(e.b) | symbols(e.then) | symbols(e.otherwise)
    if isinstance(e, Clip):
        return symbols(e.inner)
    return set()


def evaluate(e: Expr, env: Mapping[str, Any]) -> Any:
    """The expression's value for numbers or numpy arrays (broadcast like numpy)."""
    if isinstance(e, Var):
        return env[e.name]
    if isinstance(e, Num):
        return e.value
    import numpy as np

    if isinstance(e, Op):
        a, b = evaluate(e.left, env), evaluate(e.right, env)
        return {
            "+": lambda: a + b,
            "-": lambda: a - b,
            "*": lambda: a * b,
            "/": lambda: a / b,
            "^": lambda: np.float_power(a, b),  # the C library's pow, as Python's ** (numpy's ** may differ by an ulp)
        }[e.op]()

    if isinstance(e, Clip):
        return np.minimum(1.0, np.maximum(0.0, evaluate(e.inner, env)))
    assert isinstance(e, Case | AtLeast)
    a, b = evaluate(e.a, env), evaluate(e.b, env)
    same = a == b if isinstance(e, Case) else a >= b
    if np.ndim(same) == 0:
        return evaluate(e.then, env) if same else evaluate(e.otherwise, env)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(same, evaluate(e.then, env), evaluate(e.otherwise, env))


def number(value: float) -> str:
    """A number as written in a formula: 2, 0.5, 1000000, (-1) (negative numbers in parentheses)."""
    shown = str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    return f"({shown})" if value < 0 else shown


def render(e: Expr, leaf: Callable[[Var], str], ops: Mapping[str, str], power: Callable[[str, float], str]) -> str:
    """The expression as text with the fewest parentheses that keep its meaning."""

    def go(node: Expr) -> tuple[str, int]:
        if isinstance(node, Var):
            return leaf(node), 9
        if isinstance(node, Num):
            return number(node.value), 9
        if isinstance(node, (Case, AtLeast, Clip)):  # pragma: no cover - resolved by the caller
            raise ValueError("resolve Case, AtLeast and Clip before rendering")
        assert isinstance(node, Op)
        p = PRECEDENCE[node.op]
        left, lp = go(node.left)
        right, rp = go(node.right)
        if lp < p or (node.op == "^" and lp == p):
            left = f"({left})"
        if node.op == "^":
            assert isinstance(node.right, Num)
            return power(left, node.right.value), p
        if rp < p or (rp == p and node.op in "-/"):
            right = f"({right})"
        return f"{left}{ops[node.op]}{right}", p

    return go(e)[0]


def excel(e: Expr, refs: Mapping[str, str]) -> str:
    """The expression as an Excel formula body (no leading '='), symbols replaced by cell references."""

    def resolve(node: Expr) -> Expr:
        if isinstance(node, Case | AtLeast):
            inner = {k: excel(resolve(x), refs) for k, x in (("a", node.a), ("b", node.b))}
            then, otherwise = excel(resolve(node.then), refs), excel(resolve(node.otherwise), refs)
            relation = "=" if isinstance(node, Case) else ">="
            return Var(f"IF({inner['a']}{relation}{inner['b']},{then},{otherwise})")
        if isinstance(node, Clip):
            return Var(f"MIN(1,MAX(0,{excel(resolve(node.inner), refs)}))")
        if isinstance(node, Op):
            return Op(node.op, resolve(node.left), resolve(node.right))
        return node

    return render(
        resolve(e),
        lambda v: refs.get(v.name, v.name),
        EXCEL_OPS,
        lambda base, exponent: f"{base}^{number(exponent)}",
    )


def text(e: Expr, shown: Mapping[str, str], values: Mapping[str, float] | None = None) -> str:
    """The expression as readable text (× − ², symbols replaced by the shown strings).

    A Case is decided on `values` when given, else its general branch is shown; an AtLeast is decided on
    `values` when given, else shown as (a ≥ b ? then : otherwise); a factor 1 is dropped.
    Without values the text's shape depends on the expression alone: it is made once and filled in.
    """
    if values is None:
        return pattern(e).format_map(Shown(shown))
    return spelled(e, shown, values)


class Shown(dict[str, str]):
    """The shown strings; a symbol without one is shown by its name."""

    def __missing__(self, key: str) -> str:
        return key


@lru_cache(maxsize=256)
def pattern(e: Expr) -> str:
    """The text of an expression with a `{name}` slot for every symbol (the trail renders it once per bid and leaf)."""
    return spelled(e, {name: "{" + name + "}" for name in symbols(e)}, None)


def spelled(e: Expr, shown: Mapping[str, str], values: Mapping[str, float] | None) -> str:
    """The text of `text`, rendered from the expression tree."""

    def resolve(node: Expr) -> Expr:
        if isinstance(node, Case):
            if values is not None and evaluate(node.a, values) == evaluate(node.b, values):
                return resolve(node.then)
            return resolve(node.otherwise)
        if isinstance(node, AtLeast):
            if values is not None:
                above = bool(evaluate(node.a, values) >= evaluate(node.b, values))
                return resolve(node.then if above else node.otherwise)
            parts = [spelled(x, shown, None) for x in (node.a, node.b, node.then, node.otherwise)]
            return Var(f"({parts[0]} ≥ {parts[1]} ? {parts[2]} : {parts[3]})")
        if isinstance(node, Clip):
            return resolve(node.inner)
        if isinstance(node, Op):
            left, right = resolve(node.left), resolve(node.right)
            if node.op == "*" and right == Num(1.0):
                return left
            return Op(node.op, left, right)
        return node

    return render(
        resolve(e),
        lambda v: shown.get(v.name, v.name),
        TEXT_OPS,
        lambda base, exponent: base + SUPERSCRIPTS.get(int(exponent), f"^{number(exponent)}"),
    )


@dataclass(frozen=True)
class Code(Var):
    """A piece of JavaScript already rendered (a resolved Case or Clip), written as it is."""


def javascript(e: Expr, env: str = "v") -> str:
    """The expression as a JavaScript expression over the object `env` (the what-if page computes with it).

    `^` becomes Math.pow, a Case or an AtLeast the conditional operator, Clip Math.min/Math.max; a symbol is read as
    env["name"]. The operations and their order are the kernel's, so the page's numbers equal it.
    """
    import json

    def resolve(node: Expr) -> Expr:
        if isinstance(node, Case | AtLeast):
            a, b = javascript(node.a, env), javascript(node.b, env)
            then, otherwise = javascript(node.then, env), javascript(node.otherwise, env)
            relation = "===" if isinstance(node, Case) else ">="
            return Code(f"({a} {relation} {b} ? {then} : {otherwise})")
        if isinstance(node, Clip):
            return Code(f"Math.min(1, Math.max(0, {javascript(node.inner, env)}))")
        if isinstance(node, Op):
            return Op(node.op, resolve(node.left), resolve(node.right))
        return node

    return render(
        resolve(e),
        lambda v: v.name if isinstance(v, Code) else f"{env}[{json.dumps(v.name)}]",
        JS_OPS,
        lambda base, exponent: f"Math.pow({base}, {number(exponent)})",
    )
