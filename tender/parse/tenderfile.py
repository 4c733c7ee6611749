"""Read tender.yaml (and the criteria catalogue it names) into a validated Tender."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from tender.errors import Collector
from tender.model import (
    Criterion,
    CriterionId,
    Kind,
    Method,
    MethodName,
    Per,
    PriceLine,
    PriceLineId,
    Requirement,
    Scale,
    Tender,
)
from tender.parse.catalogue import CATALOGUE_KEYS, TENDER_ONLY_KEYS, read_catalogue_ref
from tender.parse.common import (
    QUANTITY_CEILING,
    SCALE_CEILING,
    TERM_CEILING,
    Fields,
    describe,
    join,
    load_yaml,
)
from tender.parse.lotsfile import read_lots
from tender.parse.methodrules import read_method
from tender.parse.procedure import read_procedure, read_suitability
from tender.parse.rules import (
    REQUIREMENT_KEYS,
    SHARE,
    check_group_minimum,
    check_requirement_facts,
    read_measure,
    read_points,
    read_requirement,
    value_method,
    value_weights,
)

# Every key of tender.yaml: the catalogue's own and those only a tender.yaml may hold.
TENDER_KEYS = CATALOGUE_KEYS | TENDER_ONLY_KEYS
CRITERION_KEYS = {"id", "name", "weight", "description", "criteria", "min_score", "measure", "price", "value", "malus"}
WEIGHT_TOLERANCE = 0.001


def read_tender(root: Path, collector: Collector) -> Tender | None:
    """Parse root/tender.yaml; every problem is recorded, None when it cannot be built."""
    path = root / "tender.yaml"
    f = Fields(collector, "tender.yaml")
    if not (path.is_file() or path.is_symlink()):  # a link is refused by the opener
        f.problem("missing-file.tender", "")
        return None
    raw = load_yaml(path, "tender.yaml")
    lotted = isinstance(raw, Mapping) and "lots" in raw  # each lot may bring its own criteria
    data = f.mapping(raw, "", TENDER_KEYS, {"id", "title", "buyer", "term_months", *(() if lotted else ("criteria",))})
    if data is None:
        return None
    scale = read_scale(f, data.get("scale"))
    method = read_method(f, data.get("method"))
    criteria, method = read_criteria(root, f, data.get("criteria"), scale, method, shared=lotted)
    requirements = read_requirements(f, data.get("requirements"))
    if all(c is not None for c in criteria):
        check_requirement_facts(f, requirements, criteria)  # type: ignore[arg-type]
    prices = read_prices(f, data.get("prices"))
    language = f.text(data.get("language", "en"), "language")
    if language not in ("de", "en", None):
        f.problem("bad-choice.language", "language", found=describe(language))
    currency = f.text(data.get("currency", "EUR"), "currency") or "EUR"
    if not (len(currency) == 3 and currency.isalpha() and currency.isupper()):
        f.problem("bad-currency", "currency", found=describe(currency))
    term = data.get("term_months")
    if isinstance(term, bool) or not isinstance(term, int) or term <= 0:
        if "term_months" in data:
            f.problem("bad-term", "term_months", found=describe(term))
        term = None
    elif term > TERM_CEILING:
        f.problem("absurd-number.term", "term_months", term_ceiling=TERM_CEILING, term=term)
        term = None
    ident = f.slug(data.get("id"), "id")
    title = f.text(data.get("title"), "title")
    buyer = f.text(data.get("buyer"), "buyer")
    two_envelope, procedure = read_procedure(f, data.get("procedure"))
    suitability = read_suitability(f, data.get("suitability"), requirements)
    if ident is None or title is None or buyer is None or term is None or scale is None or None in criteria:
        return None
    tender = Tender(
        id=str(ident),
        title=str(title),
        buyer=str(buyer),
        currency=currency,
        language=str(language or "en"),
        term_months=int(term),
        scale=scale,
        method=method,
        requirements=requirements,
        criteria=tuple(c for c in criteria if c is not None),
        prices=prices,
        description=f.text(data.get("description"), "description", required=False) or "",
        two_envelope=two_envelope,
        procedure=procedure,
        suitability=suitability,
        ocid_prefix=read_ocds(f, data.get("ocds")),
    )
    for key in ("lots_limit", "combinations"):
        if key in data and not lotted:
            f.problem("not-applicable.lots", key)
    return read_lots(root, f, data, tender) if lotted else tender


def read_criteria(
    root: Path, f: Fields, data: object, scale: Scale | None, method: Method, shared: bool = False
) -> tuple[tuple[Criterion | None, ...], Method]:
    """The criteria tree (inline, or the catalogue file named) checked as a whole, with the method as the criteria
    complete it (value for money); (None,) when it cannot be read. `shared`: a lotted tender's shared catalogue,
    which may be absent (each lot brings its own)."""
    if shared and data is None:
        return (), method
    cf = f
    if isinstance(data, str):
        data, cf = read_catalogue_ref(root, data, f.collector, f)
        if data is None:  # a catalogue that could not be read: its problem is reported, not the empty list's
            return (None,), method
    criteria = tuple(
        read_criterion(cf, item, f"criteria[{i}]", scale, method) for i, item in enumerate(cf.items(data, "criteria"))
    )
    if None in criteria:
        return criteria, method
    checked = cast(tuple[Criterion, ...], criteria)
    check_criteria(cf, checked, method)
    if method.name is MethodName.VALUE_FOR_MONEY:
        return value_weights(checked), value_method(cf, method, checked)
    return criteria, method


OCID_PREFIX = re.compile(r"ocds-[a-z0-9]{6}")


def read_ocds(f: Fields, data: object) -> str:
    """The optional ocds block: the publisher's registered OCID prefix (ocds- and six letters or digits)."""
    if data is None:
        return ""
    block = f.mapping(data, "ocds", {"ocid_prefix"})
    prefix = None if block is None else f.text(block.get("ocid_prefix"), "ocds.ocid_prefix", required=False)
    if prefix and not OCID_PREFIX.fullmatch(prefix):
        f.problem("bad-ocid-prefix", "ocds.ocid_prefix", prefix=repr(prefix))
        return ""
    return prefix or ""


def read_scale(f: Fields, data: object) -> Scale | None:
    """The scoring scale: min, max and optional labels per grade."""
    if data is None:
        return Scale()
    scale = f.mapping(data, "scale", {"min", "max", "labels"})
    if scale is None:
        return None
    low = f.number(scale.get("min", 0), "scale.min", ceiling=SCALE_CEILING)
    high = f.number(scale.get("max", 5), "scale.max", ceiling=SCALE_CEILING)
    if low is None or high is None:
        return None
    if high <= low:
        f.problem("bad-scale", "scale", high=high, low=low)
        return None
    labels: dict[int, str] = {}
    raw = scale.get("labels") or {}
    if not isinstance(raw, Mapping):
        f.problem("not-a-mapping.labels", "scale.labels")
        raw = {}
    for grade, label in raw.items():
        place = f"scale.labels.{grade}"
        if isinstance(grade, bool) or not isinstance(grade, int) or not low <= grade <= high:
            f.problem("bad-label", place, low=low, high=high)
            continue
        text = f.text(label, place)
        if text is not None:
            labels[grade] = text
    return Scale(min=low, max=high, labels=dict(sorted(labels.items())))


def read_criterion(f: Fields, data: object, place: str, scale: Scale | None, method: Method) -> Criterion | None:
    """One node of the criteria tree and everything below it."""
    c = f.mapping(data, place, CRITERION_KEYS, {"id", "name"})
    if c is None:
        return None
    ident = f.slug(c.get("id"), join(place, "id"))
    if ident:
        place = f'criterion "{ident}"'
    name = f.text(c.get("name"), join(place, "name"))
    weight = read_points(f, c, place, method, "criteria" in c)
    kinds = [k for k in ("criteria", "measure", "price") if k in c]
    if len(kinds) > 1:
        f.problem("mixed-criterion", place, kinds=", ".join(kinds))
        return None
    if "min_score" in c and kinds and "criteria" not in c:
        f.problem("not-applicable.judged", join(place, "min_score"))
    children: tuple[Criterion | None, ...] = ()
    measure = None
    min_score = None
    kind = Kind.JUDGED
    if "criteria" in c:
        kind = Kind.GROUP
        items = f.items(c["criteria"], join(place, "criteria"))
        if not items:
            f.problem("empty-group", join(place, "criteria"))
        children = tuple(
            read_criterion(f, item, f"{place}.criteria[{i}]", scale, method) for i, item in enumerate(items)
        )
        if "min_score" in c and len(kinds) == 1:
            min_score = f.number(c["min_score"], join(place, "min_score"), minimum=0, maximum=1, what=SHARE)
    elif "measure" in c:
        kind = Kind.MEASURED
        measure = read_measure(f, c["measure"], join(place, "measure"))
    elif "price" in c:
        kind = Kind.PRICE
        if c["price"] is not True:
            f.problem("bad-price-flag", join(place, "price"))
    elif "min_score" in c and scale is not None:
        min_score = f.number(
            c["min_score"], join(place, "min_score"), minimum=scale.min, maximum=scale.max, what="a score on the scale"
        )
    if None in (ident, name, weight) or None in children or (kind is Kind.MEASURED and measure is None):
        return None
    value = None if method.name is not MethodName.VALUE_FOR_MONEY or kind is Kind.GROUP else weight
    return Criterion(
        id=CriterionId(str(ident)),
        name=str(name),
        weight=float(weight or 0),
        kind=kind,
        children=tuple(child for child in children if child is not None),
        min_score=min_score,
        measure=measure,
        description=f.text(c.get("description"), join(place, "description"), required=False) or "",
        value=value,
        malus=value is not None and c.get("malus") is True,
    )


def check_criteria(f: Fields, criteria: tuple[Criterion, ...], method: Method) -> None:
    """Tree-wide rules: unique ids, sibling weights summing to 100, the price criterion."""
    seen: set[str] = set()
    prices: list[str] = []
    if method.name is not MethodName.VALUE_FOR_MONEY:  # under value for money the values make the weights
        check_weights(f, criteria, None)
    for top in criteria:
        for _, node in top.walk():
            if node.id in seen:
                f.problem("duplicate-id.criterion", f'criterion "{node.id}"')
            seen.add(node.id)
            if node.kind is Kind.PRICE:
                prices.append(node.id)
            check_group_minimum(f, node, f'criterion "{node.id}"')
            if node.children and method.name is not MethodName.VALUE_FOR_MONEY:
                check_weights(f, node.children, node)
    if method.name is MethodName.WEIGHTED_SUM and len(prices) != 1:
        found = ", ".join(prices) if prices else "none"
        f.problem("price-criterion", "criteria", found=found)
    if method.name is MethodName.VALUE_FOR_MONEY and prices:
        f.problem("price-criterion.value-for-money", "criteria", prices=", ".join(prices))
    elif method.name is not MethodName.WEIGHTED_SUM and prices:
        f.problem("price-criterion.ufab", "criteria", name=method.name, prices=", ".join(prices))


def check_weights(f: Fields, siblings: tuple[Criterion, ...], parent: Criterion | None) -> None:
    """The weights of one level must sum to 100."""
    total = sum(c.weight for c in siblings)
    if abs(total - 100) > WEIGHT_TOLERANCE:
        where = f'criterion "{parent.id}"' if parent else "criteria"
        if parent:
            f.problem("weights-not-100", where, parent=parent.id, total=total)
        else:
            f.problem("weights-not-100.top", where, total=total)


def read_requirements(f: Fields, data: object) -> tuple[Requirement, ...]:
    """The knock-out (A) criteria."""
    out: list[Requirement] = []
    for i, item in enumerate(f.items(data, "requirements")):
        place = f"requirements[{i}]"
        r = f.mapping(item, place, REQUIREMENT_KEYS, {"id", "text"})
        if r is None:
            continue
        ident, text = f.slug(r.get("id"), join(place, "id")), f.text(r.get("text"), join(place, "text"))
        if ident in {q.id for q in out}:
            f.problem("duplicate-id.requirement", join(place, "id"), ident=ident)
        elif ident and text and (req := read_requirement(f, r, place, ident, text)) is not None:
            out.append(req)
    return tuple(out)


def read_prices(f: Fields, data: object) -> tuple[PriceLine, ...]:
    """The price sheet: the lines every bid must price."""
    out: list[PriceLine] = []
    for i, item in enumerate(f.items(data, "prices")):
        place = f"prices[{i}]"
        p = f.mapping(item, place, {"id", "name", "per", "quantity", "unit"}, {"id", "name", "per", "quantity"})
        if p is None:
            continue
        ident = f.slug(p.get("id"), join(place, "id"))
        name = f.text(p.get("name"), join(place, "name"))
        per = f.choice(p.get("per"), join(place, "per"), Per, Per.ONCE)
        qty = f.number(
            p.get("quantity"), join(place, "quantity"), minimum=0, ceiling=QUANTITY_CEILING, what="a quantity"
        )
        unit = f.text(p.get("unit"), join(place, "unit"), required=False) or ""
        if ident in {q.id for q in out}:
            f.problem("duplicate-id.price-line", join(place, "id"), ident=ident)
        elif ident and name and qty is not None:
            out.append(PriceLine(PriceLineId(ident), name, per, qty, unit))
    return tuple(out)
