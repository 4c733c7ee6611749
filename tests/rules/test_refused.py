"""Bad scoring rules in tender.yaml: one line naming the file and the key, exit 2, the workspace unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import refused
from tests.rules.cases import sla_tender, sla_workspace, vfm_tender, vfm_workspace

Tender = dict[str, Any]
SERVICE = 'criterion "service"'


def measure(tender: Tender, leaf: int) -> dict[str, Any]:
    """The measure of the leaf at `leaf` under service levels."""
    return tender["criteria"][0]["criteria"][leaf]["measure"]


def curve(points: list[Any]) -> Callable[[Tender], None]:
    return lambda t: measure(t, 1).update(curve=points)


def steps(rows: list[Any]) -> Callable[[Tender], None]:
    return lambda t: measure(t, 0).update(steps=rows)


def requirement(**changes: Any) -> Callable[[Tender], None]:
    def change(t: Tender) -> None:
        t["requirements"][0].update(changes)
        for key, value in changes.items():
            if value is None:
                del t["requirements"][0][key]

    return change


CURVE = 'tender.yaml: criterion "response".measure.curve'
STEPS = 'tender.yaml: criterion "availability".measure.steps'
CASES: list[tuple[str, Callable[[Tender], None], str]] = [
    ("x-not-increasing", curve([[1, 1], [4, 0.5], [4, 0]]), f"{CURVE}[2]: x must increase strictly: 4 follows 4"),
    ("x-falling", curve([[4, 1], [1, 0]]), f"{CURVE}[1]: x must increase strictly: 1 follows 4"),
    (
        "v-above-1",
        curve([[1, 1.5], [4, 0]]),
        f"{CURVE}[0][1]: expected a value v of at least 0 and of at most 1, found 1.5",
    ),
    ("v-below-0", curve([[1, 1], [4, -0.1]]), f"{CURVE}[1][1]: expected a value v of at least 0 and of at most 1"),
    ("one-point", curve([[1, 1]]), f"{CURVE}: a curve needs at least 2 points, found 1"),
    ("not-a-point", curve([[1, 1], [2, 0.5, 3]]), f"{CURVE}[1]: expected a point [x, v], found"),
    (
        "steps-duplicate",
        steps([{"min": 99.5, "value": 0.4}, {"min": 99.5, "value": 0.8}]),
        f"{STEPS}[1].min: min 99.5 appears twice",
    ),
    (
        "steps-value",
        steps([{"min": 99.5, "value": 2}]),
        f"{STEPS}[0].value: expected a value of at least 0 and of at most 1, found 2",
    ),
    ("steps-empty", steps([]), f"{STEPS}: a step table needs at least one row"),
    (
        "curve-and-steps",
        lambda t: measure(t, 0).update(curve=[[1, 0], [2, 1]]),
        'criterion "availability".measure: a measure has one of best/worst, curve or steps, found curve, steps',
    ),
    (
        "curve-and-best",
        lambda t: measure(t, 1).update(best=1, worst=8),
        'criterion "response".measure: a measure has one of best/worst, curve or steps, found curve, best/worst',
    ),
    (
        "requirement-both",
        requirement(max=100),
        "tender.yaml: requirements[0]: a numeric requirement has a min or a max, found both",
    ),
    (
        "requirement-neither",
        requirement(min=None),
        "tender.yaml: requirements[0]: a numeric requirement has a min or a max, found neither",
    ),
    (
        "requirement-bound-without-fact",
        requirement(fact=None, unit=None),
        "tender.yaml: requirements[0].min: applies to a numeric requirement (with a fact) only",
    ),
    (
        "requirement-unit-conflict",
        requirement(unit="h"),
        'tender.yaml: requirements[0].unit: fact availability is measured in "%", found "h"',
    ),
    (
        "min-share-above-1",
        lambda t: t["criteria"][0].update(min_score=60),
        f"tender.yaml: {SERVICE}.min_score: expected a share (0.6 = 60 %) of at least 0 and of at most 1, found 60",
    ),
    (
        "threshold-above-1",
        lambda t: t["method"].update(quality_threshold=1.2),
        "tender.yaml: method.quality_threshold: expected a share (0.6 = 60 %) of at least 0 and of at most 1, found 1.2",  # noqa: E501
    ),
    (
        "threshold-negative",
        lambda t: t["method"].update(quality_threshold=-0.1),
        "tender.yaml: method.quality_threshold: expected a share (0.6 = 60 %) of at least 0",
    ),
    (
        "min-share-with-price",
        lambda t: t.update(
            criteria=[{"id": "all", "name": "All", "weight": 100, "min_score": 0.5, "criteria": t["criteria"]}]
        ),
        'tender.yaml: criterion "all".min_score: a group with the price criterion has no minimum score',
    ),
    (
        "value-in-weighted-sum",
        lambda t: t["criteria"][1].update(value=1000),
        'tender.yaml: criterion "price".value: applies to method value-for-money only',
    ),
]


@pytest.mark.parametrize(("change", "expect"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_rules_are_refused(tmp_path: Path, change: Callable[[Tender], None], expect: str) -> None:
    tender = sla_tender()
    change(tender)
    root = sla_workspace(tmp_path, tender)
    for command in ("validate", "evaluate", "report"):
        refused(root, command, root, expect=expect)


VFM = "tender.yaml: criterion"
VFM_CASES: list[tuple[str, Callable[[Tender], None], str]] = [
    (
        "weight-and-value",
        lambda t: t["criteria"][1].update(weight=20),
        f'{VFM} "exit".weight: value-for-money gives no weights: a leaf has a value (currency at full score)',
    ),
    (
        "group-weight",
        lambda t: t["criteria"][0].update(weight=80),
        f'{VFM} "service".weight: value-for-money gives no weights: a group has no weight',
    ),
    (
        "no-value",
        lambda t: t["criteria"][1].pop("value"),
        f'{VFM} "exit".value: value-for-money needs each leaf\'s value (currency)',
    ),
    (
        "price-leaf",
        lambda t: t["criteria"].append({"id": "price", "name": "Price", "value": 1, "price": True}),
        "tender.yaml: criteria: value-for-money deducts the quality's value from the price: remove the price "
        "criterion price",
    ),
    (
        "negative-value",
        lambda t: t["criteria"][1].update(value=-5),
        f'{VFM} "exit".value: expected an amount of money of at least 0',
    ),
    ("malus-not-flag", lambda t: t["criteria"][1].update(malus="yes"), f'{VFM} "exit".malus: expected true or false'),
    (
        "nothing-worth",
        lambda t: [c.update(value=0) for c in (*t["criteria"][0]["criteria"], t["criteria"][1])],
        "tender.yaml: criteria: value-for-money needs at least one leaf with a value above 0",
    ),
]


@pytest.mark.parametrize(("change", "expect"), [c[1:] for c in VFM_CASES], ids=[c[0] for c in VFM_CASES])
def test_bad_value_for_money_is_refused(tmp_path: Path, change: Callable[[Tender], None], expect: str) -> None:
    root = vfm_workspace(tmp_path)
    tender = vfm_tender()
    change(tender)
    import yaml

    (root / "tender.yaml").write_text(yaml.safe_dump(tender, sort_keys=False), encoding="utf-8")
    for command in ("validate", "evaluate"):
        refused(root, command, root, expect=expect)


def test_a_bid_stating_an_unknown_fact_or_answering_a_numeric_requirement_is_refused(tmp_path: Path) -> None:
    root = sla_workspace(tmp_path)
    bid = root / "bids" / "alpha.yaml"
    text = bid.read_text(encoding="utf-8")
    bid.write_text(text.replace("response: 2.5", "response: 2.5\n  uptime: 99.9"), encoding="utf-8")
    refused(
        root, "validate", root, expect="bids/alpha.yaml: facts.uptime: unknown key (allowed: availability, response)"
    )
    bid.write_text(text + "requirements: {availability-floor: true}\n", encoding="utf-8")
    refused(root, "evaluate", root, expect="bids/alpha.yaml: requirements.availability-floor: unknown key")
