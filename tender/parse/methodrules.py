"""Read the method's price-formula parameters, quality normalisation, rounding and tie-break from tender.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tender.model import PriceFormula, Quality, Rounding, RoundTo, TieBreak
from tender.parse.common import NUMBER_CEILING, Fields, describe

# the method keys each price formula names besides the prices (scoring.formulas.PRICE_RULES names the same:
# tests/parse/test_methodrules.py checks it); a key of another formula is refused
PRICE_PARAMETERS: dict[PriceFormula, tuple[str, ...]] = {
    PriceFormula.LINEAR_SPAN: ("span",),
    PriceFormula.FIXED_RANGE: ("best_price", "worst_price"),
    PriceFormula.REFERENCE: ("reference_price",),
}
MONEY_PARAMETERS = ("best_price", "worst_price", "reference_price")
ROUNDING_KEYS = {"decimals", "applies_to"}
MAX_DECIMALS = 10  # points are 0–100: more places than this only show binary noise


def read_prices_named(f: Fields, m: Mapping[str, Any], formula: PriceFormula) -> dict[str, float | None]:
    """The announced prices of fixed-range (best_price < worst_price) and reference (reference_price > 0).

    A formula's missing price is named, and a price key another formula names is refused.
    """
    own = PRICE_PARAMETERS.get(formula, ())
    for key in MONEY_PARAMETERS:
        if key in m and key not in own:
            users = " and ".join(str(o) for o, keys in PRICE_PARAMETERS.items() if key in keys)
            f.problem("not-applicable.price-formula", f"method.{key}", users=users, formula=formula)
    out: dict[str, float | None] = {}
    for key in own:
        if key not in MONEY_PARAMETERS:
            continue
        if key not in m:
            f.problem("missing-key.amounts", f"method.{key}", formula=formula, own=" and ".join(own))
            out[key] = None
            continue
        out[key] = f.number(m[key], f"method.{key}", above=0, ceiling=NUMBER_CEILING, what="an amount")
    best, worst = out.get("best_price"), out.get("worst_price")
    if best is not None and worst is not None and best >= worst:
        f.problem("bad-price-range", "method.best_price", best=best, worst=worst)
        out["best_price"] = out["worst_price"] = None
    return out


def read_quality(f: Fields, m: Mapping[str, Any]) -> Quality:
    """How a leaf's normalised value counts: absolute (the default) or relative to the best bid on it."""
    return f.choice(m.get("quality"), "method.quality", Quality, Quality.ABSOLUTE)


def read_rounding(f: Fields, data: object) -> Rounding | None:
    """`rounding: {decimals: N, applies_to: criterion | total}`: N whole places from 0 to MAX_DECIMALS."""
    if data is None:
        return None
    r = f.mapping(data, "method.rounding", ROUNDING_KEYS, ROUNDING_KEYS)
    if r is None:
        return None
    decimals = r.get("decimals")
    good = isinstance(decimals, int) and not isinstance(decimals, bool) and 0 <= decimals <= MAX_DECIMALS
    if "decimals" in r and not good:
        f.problem("bad-rounding", "method.rounding.decimals", most=MAX_DECIMALS, found=describe(decimals))
    target = r.get("applies_to")
    applies_to = f.choice(target, "method.rounding.applies_to", RoundTo, RoundTo.CRITERION)
    if not good or "applies_to" not in r or str(applies_to) != str(target):
        return None
    assert isinstance(decimals, int)
    return Rounding(decimals, applies_to)


def read_tie_break(f: Fields, data: object) -> tuple[TieBreak, ...]:
    """The announced tie-break rules in the order they apply; each at most once."""
    if data is None:
        return ()
    if isinstance(data, str):
        data = [data]
    out: list[TieBreak] = []
    for i, item in enumerate(f.items(data, "method.tie_break")):
        place = f"method.tie_break[{i}]"
        allowed = " | ".join(str(t) for t in TieBreak)
        try:
            rule = TieBreak(item) if isinstance(item, str) else None
        except ValueError:
            rule = None
        if rule is None:
            f.problem("bad-choice", place, allowed=allowed, found=describe(item))
        elif rule in out:
            f.problem("duplicate-tie-break", place, rule=rule)
        else:
            out.append(rule)
    return tuple(out)
