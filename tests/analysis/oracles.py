"""Workspaces for the analysis oracles of methods.md §2 and §4, built on disk (plain helpers, not fixtures)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tender.analysis.frame import Frame, build_frame
from tender.result import Evaluation
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace

# name: (L/10, P) of the shared 5-bid UfAB oracle, methods.md §1
UFAB_FIVE = {"a": (70, 100_000), "b": (80, 120_000), "c": (60, 80_000), "d": (90, 150_000), "e": (50, 70_000)}


# every price formula, with the parameters it needs (method block of tender.yaml)
FORMULAS: list[dict[str, Any]] = [
    {"price_formula": "proportional"},
    {"price_formula": "one-sided"},
    {"price_formula": "two-sided"},
    {"price_formula": "linear-span", "span": 0.5},
    {"price_formula": "squared"},
    {"price_formula": "cubic"},
]


def evaluated(root: Path) -> tuple[Evaluation, Frame]:
    """Evaluate a workspace on disk and build its analysis frame."""
    ev = evaluate(load_workspace(root))
    return ev, build_frame(ev)


def two_bid_tender(method: str = "ufab-simple") -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """methods.md §4: A = (0.9, 0.3), B = (0.5, 0.6), w = (0.5, 0.5); equal prices, so only the weights decide.

    With ufab-simple the two criteria are the whole tree; with weighted-sum they form a group
    beside a price criterion that gives both bids the same points.
    """
    c1 = {"id": "c1", "name": "Criterion 1", "weight": 50, "measure": {"fact": "c1", "best": 100, "worst": 0}}
    c2 = {"id": "c2", "name": "Criterion 2", "weight": 50, "measure": {"fact": "c2", "best": 100, "worst": 0}}
    if method == "ufab-simple":
        criteria: list[dict[str, Any]] = [c1, c2]
    else:
        criteria = [
            {"id": "quality", "name": "Quality", "weight": 60, "criteria": [c1, c2]},
            {"id": "price", "name": "Price", "weight": 40, "price": True},
        ]
    tender = {
        "id": "two-bids",
        "title": "Two bids",
        "buyer": "Buyer",
        "term_months": 12,
        "method": {"name": method},
        "criteria": criteria,
        "prices": [{"id": "total", "name": "Total", "per": "once", "quantity": 1}],
    }
    bids = [
        {"bidder": "a", "name": "A", "facts": {"c1": 90, "c2": 30}, "prices": {"total": 1000}},
        {"bidder": "b", "name": "B", "facts": {"c1": 50, "c2": 60}, "prices": {"total": 1000}},
    ]
    return tender, bids


def two_bids(tmp_path: Path) -> Path:
    """The two-bid weight-stability and SMAA oracle as a ufab-simple workspace."""
    return write_workspace(tmp_path / "two", *two_bid_tender())


def ufab_five(tmp_path: Path) -> Path:
    """The shared 5-bid UfAB oracle (L/10 as performance points), einfache Richtwertmethode."""
    tender, bids = quality_price_tender(
        {b: q for b, (q, _) in UFAB_FIVE.items()},
        {b: p for b, (_, p) in UFAB_FIVE.items()},
        method={"name": "ufab-simple"},
    )
    return write_workspace(tmp_path / "ufab", tender, bids)


def negometrix(tmp_path: Path) -> Path:
    """Negometrix: quality 90 vs 74 of 130 points plus 70 price points, halved to 100 points in all."""
    tender, bids = quality_price_tender({"a": 45 / 0.65, "b": 37 / 0.65}, {"a": 10_000, "b": 8_000}, price_weight=35)
    return write_workspace(tmp_path / "negometrix", tender, bids)


def flipping(tmp_path: Path) -> Path:
    """methods.md §2: S = 0.5·Q + 50·P_min/P; A (78, 100), B (60, 80), C (10, 50): C's presence makes A win."""
    tender, bids = quality_price_tender({"a": 78, "b": 60, "c": 10}, {"a": 100, "b": 80, "c": 50})
    return write_workspace(tmp_path / "flipping", tender, bids)


def price_weight_crossing(ev: Evaluation, a: str, b: str, leaf: str = "preis") -> float:
    """methods.md §4 closed form: the weight t* (fraction) of a top-level leaf at which bids a and b swap.

    S_i(t) = t·100·v_i + (1 − t)·R_i with R_i = (S_i − 100·w·v_i)/(1 − w);
    t* = (R_a − R_b) / ((R_a − R_b) − 100·(v_a − v_b)).
    """
    w = ev.weights[leaf]
    v = {x: ev.bid(x).criteria[leaf].normalized or 0.0 for x in (a, b)}
    r = {x: ((ev.bid(x).score or 0.0) - 100 * w * v[x]) / (1 - w) for x in (a, b)}
    return (r[a] - r[b]) / ((r[a] - r[b]) - 100 * (v[a] - v[b]))


def proportional_break_even(ev: Evaluation, bidder: str, leaf: str = "preis") -> float:
    """methods.md §4 closed form under the proportional formula, both branches.

    While the bid stays above P_min: P* = 100·W_P·P_min / (S_best − Q_j). Once it is the cheapest it
    gets all 100·W_P price points and the others 100·W_P·P_j/P_k: P* = min_k P_k·(Q_j + 100·W_P − Q_k)/(100·W_P).
    """
    assert ev.winner is not None and ev.price_min is not None
    points = 100 * ev.weights[leaf]
    best = ev.bid(ev.winner).score or 0.0
    quality = ev.bid(bidder).performance or 0.0
    above = points * ev.price_min / (best - quality)
    if above >= ev.price_min:
        return above
    others = [b for b in ev.ranked if b.bidder != bidder]
    return min((b.price or 0.0) * (quality + points - (b.performance or 0.0)) / points for b in others)


def set_method(root: Path, **method: Any) -> Path:
    """Rewrite tender.yaml's method block (keeping everything else)."""
    path = root / "tender.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["method"] = {**data.get("method", {}), **method}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root
