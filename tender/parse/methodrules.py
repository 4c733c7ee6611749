"""Read the method block of tender.yaml: its name and parameters, the price formula's, quality normalisation,
rounding and tie-break."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tender.model import Aggregation, DecideBy, Method, MethodName, PriceFormula, Quality, Rounding, RoundTo, TieBreak
from tender.parse.common import NUMBER_CEILING, SCALE_CEILING, SPAN_CEILING, Fields, describe
from tender.parse.rules import SHARE

METHOD_KEYS = {
    "name",
    "price_formula",
    "span",
    "band",
    "decide_by",
    "aggregation",
    "disagreement",
    "quality_threshold",
    "abnormally_low",
}
METHOD_KEYS |= {"best_price", "worst_price", "reference_price", "quality", "rounding", "tie_break"}
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


def read_method(f: Fields, data: object) -> Method:
    """The evaluation method and its parameters."""
    if data is None:
        return Method()
    if isinstance(data, str):
        data = {"name": data}
    m = f.mapping(data, "method", METHOD_KEYS)
    if m is None:
        return Method()
    name = f.choice(m.get("name"), "method.name", MethodName, MethodName.WEIGHTED_SUM)
    formula = f.choice(m.get("price_formula"), "method.price_formula", PriceFormula, PriceFormula.PROPORTIONAL)
    if name is not MethodName.WEIGHTED_SUM and "price_formula" in m:
        f.problem("not-applicable.weighted-sum", "method.price_formula", name=name)
    span = None
    if formula is PriceFormula.LINEAR_SPAN:
        if "span" not in m:
            f.problem("missing-key.span", "method.span")
        else:
            span = f.number(m["span"], "method.span", above=0, ceiling=SPAN_CEILING, what="a fraction (0.5 = 50 %)")
    elif "span" in m:
        f.problem("not-applicable.linear-span", "method.span")
    band = 0.10
    if "band" in m:
        given = f.number(m["band"], "method.band", minimum=0, maximum=0.10, what="a fraction (0.10 = 10 %)")
        band = 0.10 if given is None else given  # 0 is a valid band: only the best Z is in it
        if name is not MethodName.UFAB_EXTENDED:
            f.problem("not-applicable.ufab-extended", "method.band")
    decide_by = f.choice(m.get("decide_by"), "method.decide_by", DecideBy, DecideBy.PERFORMANCE)
    aggregation = f.choice(m.get("aggregation"), "method.aggregation", Aggregation, Aggregation.MEAN)
    disagreement = 2.0
    if "disagreement" in m:
        disagreement = (
            f.number(
                m["disagreement"], "method.disagreement", above=0, ceiling=SCALE_CEILING, what="a number of scale steps"
            )
            or 2.0
        )
    threshold = None
    if "quality_threshold" in m:
        threshold = f.number(m["quality_threshold"], "method.quality_threshold", minimum=0, maximum=1, what=SHARE)
    abnormally_low = 0.20
    if "abnormally_low" in m:
        given = f.number(
            m["abnormally_low"], "method.abnormally_low", above=0, maximum=1, what="a fraction (0.20 = 20 %)"
        )
        abnormally_low = 0.20 if given is None else given
    named = read_prices_named(f, m, formula)
    return Method(
        name,
        formula,
        span,
        band,
        decide_by,
        aggregation,
        disagreement,
        best_price=named.get("best_price"),
        worst_price=named.get("worst_price"),
        reference_price=named.get("reference_price"),
        quality=read_quality(f, m),
        rounding=read_rounding(f, m.get("rounding")),
        tie_break=read_tie_break(f, m.get("tie_break")),
        quality_threshold=threshold,
        abnormally_low=abnormally_low,
    )


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
