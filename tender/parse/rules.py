"""Read the scoring rules of tender.yaml beyond weights: measures (worst–best, value curves, step tables),
numeric requirements, group minimum scores and the leaves' values under value for money."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from tender.model import Criterion, Kind, Measure, Method, MethodName, Requirement, RequirementId
from tender.parse.common import Fields, describe, join

MEASURE_KEYS = {"fact", "best", "worst", "unit", "curve", "steps"}
REQUIREMENT_KEYS = {"id", "text", "fact", "min", "max", "unit"}
SHARE = "a share (0.6 = 60 %)"


def read_measure(f: Fields, data: object, place: str) -> Measure | None:
    """The fact a measured criterion reads and its rule: best and worst, a value curve, or a step table."""
    m = f.mapping(data, place, MEASURE_KEYS, {"fact"})
    if m is None:
        return None
    fact = f.text(m.get("fact"), join(place, "fact"))
    unit = f.text(m.get("unit"), join(place, "unit"), required=False) or ""
    rules = [k for k in ("curve", "steps") if k in m] + (["best/worst"] if "best" in m or "worst" in m else [])
    if len(rules) > 1:
        f.problem("mixed-measure", place, rules=", ".join(rules))
        return None
    if not rules:
        f.problem("missing-key.measure", join(place, "best"))
        return None
    if "curve" in m:
        curve = read_curve(f, m["curve"], join(place, "curve"))
        return None if fact is None or curve is None else Measure(fact=fact, unit=unit, curve=curve)
    if "steps" in m:
        steps = read_steps(f, m["steps"], join(place, "steps"))
        return None if fact is None or steps is None else Measure(fact=fact, unit=unit, steps=steps)
    for key in sorted({"best", "worst"} - set(m)):
        f.problem("missing-key", join(place, key))
    best = f.number(m.get("best"), join(place, "best")) if "best" in m else None
    worst = f.number(m.get("worst"), join(place, "worst")) if "worst" in m else None
    if best is not None and worst is not None and best == worst:
        f.problem("bad-measure", place)
        return None
    if fact is None or best is None or worst is None:
        return None
    return Measure(fact=fact, best=best, worst=worst, unit=unit)


def read_curve(f: Fields, data: object, place: str) -> tuple[tuple[float, float], ...] | None:
    """A value curve: at least two [x, v] points, x strictly increasing, v between 0 and 1."""
    items = f.items(data, place)
    if not isinstance(data, list):
        return None
    points: list[tuple[float, float]] = []
    sound = True
    for i, item in enumerate(items):
        here = f"{place}[{i}]"
        if not isinstance(item, list) or len(item) != 2:
            f.problem("bad-curve.point", here, found=describe(item))
            sound = False
            continue
        x = f.number(item[0], f"{here}[0]", what="a fact value x")
        v = f.number(item[1], f"{here}[1]", minimum=0, maximum=1, what="a value v")
        if x is None or v is None:
            sound = False
            continue
        if points and x <= points[-1][0]:
            f.problem("bad-curve.order", here, x=x, points=points[-1][0])
            sound = False
        points.append((x, v))
    if len(items) < 2:
        f.problem("bad-curve.points", place, count=len(items))
        return None
    return tuple(points) if sound else None


def read_steps(f: Fields, data: object, place: str) -> tuple[tuple[float, float], ...] | None:
    """A step table: at least one {min, value} row, each min once, each value between 0 and 1; sorted by min."""
    items = f.items(data, place)
    if not isinstance(data, list):
        return None
    rows: dict[float, float] = {}
    sound = True
    for i, item in enumerate(items):
        here = f"{place}[{i}]"
        row = f.mapping(item, here, {"min", "value"}, {"min", "value"})
        if row is None or not {"min", "value"} <= set(row):
            sound = False
            continue
        low = f.number(row["min"], join(here, "min"), what="a fact value")
        value = f.number(row["value"], join(here, "value"), minimum=0, maximum=1, what="a value")
        if low is None or value is None:
            sound = False
        elif low in rows:
            f.problem("bad-steps.twice", join(here, "min"), low=low)
            sound = False
        else:
            rows[low] = value
    if not items:
        f.problem("bad-steps.empty", place)
        return None
    return tuple(sorted(rows.items())) if sound else None


def read_requirement(f: Fields, r: Mapping[str, Any], place: str, ident: str, text: str) -> Requirement | None:
    """A knock-out requirement: yes/no, or numeric on a fact with a min or a max (not both)."""
    bounds = [k for k in ("min", "max") if k in r]
    if "fact" not in r:
        for key in [*bounds, *(["unit"] if "unit" in r else [])]:
            f.problem("not-applicable.numeric", join(place, key))
        return Requirement(RequirementId(ident), text)
    fact = f.text(r.get("fact"), join(place, "fact"))
    if len(bounds) != 1:
        found = "both" if bounds else "neither"
        f.problem("bad-requirement.bounds", place, found=found)
        return None
    limit = f.number(r[bounds[0]], join(place, bounds[0]), what="a fact value")
    unit = f.text(r.get("unit"), join(place, "unit"), required=False) or ""
    if fact is None or limit is None:
        return None
    low, high = (limit, None) if bounds == ["min"] else (None, limit)
    return Requirement(RequirementId(ident), text, fact=fact, min=low, max=high, unit=unit)


def check_requirement_facts(f: Fields, requirements: tuple[Requirement, ...], criteria: tuple[Criterion, ...]) -> None:
    """A fact named by a requirement and a measured criterion is one figure: its units must agree."""
    units = {n.measure.fact: n.measure.unit for top in criteria for _, n in top.walk() if n.measure is not None}
    for i, req in enumerate(requirements):
        if req.fact in units and req.unit and req.unit != units[req.fact]:
            f.problem(
                "bad-requirement.unit",
                f"requirements[{i}].unit",
                fact=req.fact,
                found=describe(units[req.fact]),
                found2=describe(req.unit),
            )


def read_points(f: Fields, c: Mapping[str, Any], place: str, method: Method, group: bool) -> float | None:
    """A criterion's weight (percent among its siblings), or under value for money a leaf's value (currency).

    Under value for money the weights are worked out from the values afterwards (value_weights); a group
    has neither weight nor value there. Returns the weight or value as read, 0 for such a group.
    """
    if method.name is not MethodName.VALUE_FOR_MONEY:
        for key in ("value", "malus"):
            if key in c:
                f.problem("not-applicable.value-for-money", join(place, key))
        if "weight" not in c:
            f.problem("missing-key", join(place, "weight"))
            return None
        return f.number(c.get("weight"), join(place, "weight"), minimum=0, maximum=100, what="a weight in percent")
    if "weight" in c:
        wanted = "a group has no weight" if group else "a leaf has a value (currency at full score)"
        f.problem("mixed-weight-value", join(place, "weight"), wanted=wanted)
        return None
    if group:
        for key in ("value", "malus"):
            if key in c:
                f.problem("not-applicable.group-value", join(place, key))
        return 0.0
    if "value" not in c:
        f.problem("missing-key.value", join(place, "value"))
        return None
    if "malus" in c and f.flag(c["malus"], join(place, "malus")) is None:
        return None
    return f.number(c.get("value"), join(place, "value"), minimum=0, what="an amount of money")


def subtree_value(node: Criterion) -> float:
    """The sum of the values of the leaves under a node (the leaf's own value for a leaf)."""
    if node.kind is not Kind.GROUP:
        return node.value or 0.0
    return sum(subtree_value(child) for child in node.children)


def value_weights(siblings: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
    """Value for money: each node's weight as its share (percent) of its siblings' total value, all the way down.

    A leaf's absolute weight is then its value / V, so that the performance points L give the deduction
    V · L / 100 = Σ value · n. Siblings worth nothing at all share their level equally.
    """
    totals = [subtree_value(c) for c in siblings]
    whole = sum(totals)
    return tuple(
        replace(
            c,
            weight=100 * t / whole if whole > 0 else 100 / len(siblings),
            children=value_weights(c.children) if c.children else (),
        )
        for c, t in zip(siblings, totals, strict=True)
    )


def value_method(f: Fields, method: Method, criteria: tuple[Criterion, ...]) -> Method:
    """Value for money: the method with the sum of the values V and of the malus values C."""
    leaves = [n for top in criteria for _, n in top.walk() if n.kind is not Kind.GROUP]
    total = sum(n.value or 0.0 for n in leaves)
    if total <= 0:
        f.problem("no-value", "criteria")
    return replace(method, value_total=total, malus_total=sum(n.value or 0.0 for n in leaves if n.malus))


def check_group_minimum(f: Fields, node: Criterion, place: str) -> None:
    """A group's min_score compares quality points: a group with the price criterion in it cannot have one."""
    if node.min_score is not None and any(n.kind is Kind.PRICE for _, n in node.walk()):
        f.problem("not-applicable.min-score", join(place, "min_score"))
