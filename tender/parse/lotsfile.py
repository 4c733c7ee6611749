"""Read a lotted tender.yaml's `lots:`, `lots_limit:` and `combinations:` into the lots, each a tender of its own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from tender.lotmodel import Compare, LimitOrder, LotsLimit
from tender.model import Criterion, Lot, Method, MethodName, Tender
from tender.parse.common import QUANTITY_CEILING, Fields, describe
from tender.parse.methodrules import read_method

LOT_KEYS = {"id", "title", "value", "criteria", "weights", "prices", "method", "requirements"}
# The method keys of one method's or one price formula's pricing (a lot naming another leaves the shared ones out)
PRICING_KEYS = {"price_formula", "span", "band", "best_price", "worst_price", "reference_price"}


def read_lots(root: Path, f: Fields, data: Mapping[str, Any], shared: Tender) -> Tender:
    """The shared tender with its lots: each lot takes the shared criteria, method, requirements and price sheet,
    with its own criteria (or weights), method keys, requirements and price sheet in their place or added."""
    from tender.parse import tenderfile as tf

    items = f.items(data.get("lots"), "lots")
    if not items and isinstance(data.get("lots"), list):
        f.problem("no-lots", "lots")
    lots: list[Lot] = []
    seen: dict[str, int] = {}
    raw_method = data.get("method")
    for i, item in enumerate(items):
        entry = f.mapping(item, f"lots[{i}]", LOT_KEYS, {"id", "title"})
        if entry is None:
            continue
        ident = f.slug(entry.get("id"), f"lots[{i}].id")
        if ident is None:
            continue
        if ident in seen:
            f.problem("duplicate-id.lot", f"lots[{i}].id", ident=ident, first=f"lots[{seen[ident]}]")
            continue
        seen[ident] = i
        lot = read_lot(root, f.within(f"lots.{ident}"), entry, shared, raw_method, tf)
        if lot is not None:
            lots.append(lot)
    if not shared.criteria and any(lot.tender.criteria == () for lot in lots):
        f.problem("missing-key.lot-criteria", "criteria")
    limit = read_limit(f, data.get("lots_limit"), lots)
    compare = read_compare(f, data.get("combinations"), lots)
    return replace(shared, lots=tuple(lots), lots_limit=limit, compare=compare)


def read_lot(
    root: Path, f: Fields, entry: Mapping[str, Any], shared: Tender, raw_method: object, tf: Any
) -> Lot | None:
    """One lot as a tender of its own; None when a part of it cannot be read."""
    title = f.text(entry.get("title"), "title")
    value = None
    if "value" in entry:
        value = f.number(entry["value"], "value", minimum=0, ceiling=QUANTITY_CEILING, what="an estimated value")
    method = shared.method
    if "method" in entry:
        own = entry["method"]
        if not isinstance(own, Mapping):
            f.problem("not-a-mapping.lot-method", "method", found=describe(own))
            return None
        base: dict[str, Any] = {"name": raw_method} if isinstance(raw_method, str) else {}
        if isinstance(raw_method, Mapping):
            base = {str(k): v for k, v in raw_method.items()}
        method = read_method(f, lot_method(base, own))
    criteria: tuple[Criterion | None, ...] = shared.criteria
    if "criteria" in entry:
        if "weights" in entry:
            f.problem("mixed-criterion.lot-weights", "weights")
        criteria, method = tf.read_criteria(root, f, entry["criteria"], shared.scale, method)
    elif "weights" in entry or "method" in entry:
        criteria = reweighted(f, shared.criteria, entry.get("weights"))
        if None not in criteria and criteria:
            criteria, method = checked(f, tuple(c for c in criteria if c is not None), method, tf)
    own_requirements = tf.read_requirements(f, entry.get("requirements"))
    ids = {r.id for r in shared.requirements}
    for r in own_requirements:
        if r.id in ids:
            f.problem("duplicate-id.shared-requirement", f"requirements.{r.id}", ident=r.id)
    prices = tf.read_prices(f, entry["prices"]) if "prices" in entry else shared.prices
    if not prices:
        f.problem("missing-key.lot-prices", "prices")
    if title is None or None in criteria or ("value" in entry and value is None):
        return None
    tender = replace(
        shared,
        id=f"{shared.id}-{entry['id']}",
        title=f"{shared.title} – {title}",
        method=method,
        criteria=tuple(c for c in criteria if c is not None),
        requirements=shared.requirements + tuple(r for r in own_requirements if r.id not in ids),
        prices=prices,
        procedure=replace(shared.procedure, estimated_value=value if value is not None else None),
    )
    return Lot(str(entry["id"]), title, value, tender)


def lot_method(shared: Mapping[str, Any], own: Mapping[str, Any]) -> dict[str, Any]:
    """The method keys of a lot: the shared ones with the lot's own in their place. A lot that names another method
    or price formula starts its pricing afresh: the shared price formula, span, band and announced prices belong to
    the shared method and are not carried over (what the lot states is checked as it stands)."""
    merged = {**shared, **own}
    other_method = "name" in own and own["name"] != shared.get("name", MethodName.WEIGHTED_SUM.value)
    other_formula = "price_formula" in own and own["price_formula"] != shared.get("price_formula")
    if other_method or other_formula:
        for key in PRICING_KEYS - own.keys():
            merged.pop(key, None)
    return merged


def checked(
    f: Fields, criteria: tuple[Criterion, ...], method: Method, tf: Any
) -> tuple[tuple[Criterion, ...], Method]:
    """The shared criteria checked again under the lot's weights or method."""
    tf.check_criteria(f, criteria, method)
    return criteria, method


def reweighted(f: Fields, criteria: tuple[Criterion, ...], data: object) -> tuple[Criterion | None, ...]:
    """The shared criteria with the lot's weights (criterion id -> weight) in place of the shared ones."""
    if data is None:
        return criteria
    weights = f.mapping(data, "weights", {str(node.id) for top in criteria for _, node in top.walk()})
    if weights is None:
        return (None,)
    given = {str(k): f.number(v, f"weights.{k}", minimum=0, maximum=100, what="a weight") for k, v in weights.items()}
    if None in given.values():
        return (None,)

    def apply(node: Criterion) -> Criterion:
        weight = given.get(str(node.id), node.weight)
        return replace(node, weight=float(weight or 0), children=tuple(apply(c) for c in node.children))

    return tuple(apply(top) for top in criteria)


def read_limit(f: Fields, data: object, lots: list[Lot]) -> LotsLimit | None:
    """`lots_limit: {max_per_bidder: N, order: by-value | by-list}`; by value needs every lot's estimated value."""
    if data is None:
        return None
    block = f.mapping(data, "lots_limit", {"max_per_bidder", "order"}, {"max_per_bidder"})
    if block is None:
        return None
    limit = block.get("max_per_bidder")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        f.problem("bad-limit", "lots_limit.max_per_bidder", found=describe(limit))
        return None
    order = f.choice(block.get("order"), "lots_limit.order", LimitOrder, LimitOrder.BY_LIST)
    if order is LimitOrder.BY_VALUE:
        for lot in lots:
            if lot.value is None:
                f.problem("missing-key.lot-value", f"lots.{lot.id}.value")
    return LotsLimit(limit, order)


def read_compare(f: Fields, data: object, lots: list[Lot]) -> Compare | None:
    """`combinations: {compare: price | score}`: combination bids are admitted and weighed on this criterion
    (None: not admitted). Under `score` the lots' scores are added up, which needs one method in every lot."""
    if data is None:
        return None
    block = f.mapping(data, "combinations", {"compare"}, {"compare"})
    if block is None:
        return None
    compare = f.choice(block.get("compare"), "combinations.compare", Compare, Compare.PRICE)
    names = {str(lot.tender.method.name) for lot in lots}
    if compare is Compare.SCORE and len(names) > 1:
        f.problem("conflicting-methods", "combinations.compare", names=", ".join(sorted(names)))
    return compare
