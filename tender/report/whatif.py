"""The HTML page's what-if panel: whether the page can recompute the method, and the data it computes from.

The page recomputes in the browser what the kernel computes: leaf points 100 · w · n from the
normalised values in the result, the price points from the price formula's expression, the score
and the competition ranking with the kernel's tie tolerance and order by bidder id. Every formula
it uses is rendered to JavaScript from the one formula table (tender.scoring.formulas), so a price
formula added there appears in the panel. What the page does not know how to recompute (another
method, a setting that changes exclusions or rounding) makes the panel say so instead of computing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from tender.model import Criterion, Kind, Method, MethodName
from tender.report.fmt import Formatter
from tender.report.messages import CATALOGUE, Messages
from tender.result import Evaluation
from tender.scoring.expr import javascript, symbols, text
from tender.scoring.formulas import METHOD_RULES, POINTS, PRICE_RULES, PriceRule
from tender.scoring.kernel import TIE_TOLERANCE

# the settings of a weighted-sum method the page recomputes (the price formulas' parameters are added below);
# band and decide_by apply to the UfAB methods only, aggregation and disagreement are in the normalised values
METHOD_FIELDS = {"name", "price_formula", "aggregation", "disagreement", "band", "decide_by"}
# the criterion fields it knows: the normalised value of a leaf is in the result whatever its measure
CRITERION_FIELDS = {"id", "name", "weight", "kind", "children", "measure", "description", "min_score"}
# the figures of the field a price formula may name besides its parameters
FIELD_SYMBOLS = {"P", "P_min", "P_max"}


@dataclass(frozen=True)
class WeightInput:
    """One criterion's weight control: its place in the tree and the announced weight (percent of its level)."""

    index: int
    parent: int
    depth: int
    name: str
    kind: str
    weight: float
    shown: str
    absolute: str
    fixed: bool  # the only child of its parent: always 100 %


@dataclass(frozen=True)
class ParameterInput:
    """An input for one parameter of a price formula, with the announced value (empty when none)."""

    formula: str
    attribute: str
    symbol: str
    label: str
    value: str


@dataclass(frozen=True)
class FormulaChoice:
    """A price formula the panel offers, as the cover names it."""

    id: str
    label: str
    parameters: tuple[ParameterInput, ...]


@dataclass(frozen=True)
class WhatIf:
    """The panel: available or the sentence why not; the weight controls, the formulas and the data."""

    reason: str
    weights: tuple[WeightInput, ...] = ()
    formulas: tuple[FormulaChoice, ...] = ()
    formula: str = ""
    not_offered: str = ""
    data: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def available(self) -> bool:
        """Whether the page can recompute this evaluation."""
        return not self.reason


def unknown_settings(method: Method, nodes: list[tuple[tuple[Criterion, ...], Criterion]]) -> list[str]:
    """The settings the page cannot recompute: a method field or criterion field it does not know, set."""
    known = METHOD_FIELDS | {attribute for rule in PRICE_RULES.values() for attribute, _ in rule.parameters}
    found = [f"method.{f.name}" for f in dataclasses.fields(method) if f.name not in known and set_(method, f)]
    for _, node in nodes:
        for f in dataclasses.fields(node):
            group_minimum = f.name == "min_score" and node.kind is Kind.GROUP and node.min_score is not None
            if group_minimum or (f.name not in CRITERION_FIELDS and set_(node, f)):
                found.append(f"{node.id}.{f.name}")
    return found


def set_(obj: object, f: dataclasses.Field[Any]) -> bool:
    """Whether a dataclass field differs from its default."""
    value = getattr(obj, f.name)
    if f.default is not dataclasses.MISSING:
        return bool(value != f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(value != f.default_factory())
    return True


def computable(rule: PriceRule) -> bool:
    """Whether the page can compute a price formula: it names only the prices, their basis and its parameters."""
    return symbols(rule.raw) <= FIELD_SYMBOLS | {symbol for _, symbol in rule.parameters}


def why_not(ev: Evaluation, msg: Messages) -> str:
    """The sentence why the page cannot recompute this evaluation, or "" when it can."""
    method = ev.tender.method
    rule = METHOD_RULES[method.name]
    if ev.prices_sealed:
        return msg("whatif.sealed")
    if method.name is not MethodName.WEIGHTED_SUM or rule.band is not None:
        return msg(
            "whatif.method",
            method=msg(f"method.{method.name}") if f"method.{method.name}" in CATALOGUE else str(method.name),
        )
    unknown = unknown_settings(method, list(ev.tender.nodes()))
    if unknown:
        return msg("whatif.setting", settings=", ".join(unknown))
    if not computable(PRICE_RULES[method.price_formula]):
        return msg("whatif.formula_unknown", formula=str(method.price_formula))
    leaves = [leaf for leaf in ev.tender.leaves() if leaf.kind is not Kind.PRICE]
    if not ev.ranked or any(b.criteria[leaf.id].normalized is None for b in ev.ranked for leaf in leaves):
        return msg("whatif.no_bids")
    return ""


def whatif(ev: Evaluation, lang: str) -> WhatIf:
    """The panel of one report: its controls and the data island's `whatif` part, or the reason it has none."""
    msg, fmt = Messages(lang), Formatter(lang, ev.tender.currency)
    reason = why_not(ev, msg)
    if reason:
        return WhatIf(reason)
    method = ev.tender.method
    nodes = list(ev.tender.nodes())
    index = {node.id: i for i, (_, node) in enumerate(nodes)}
    weights = []
    for i, (path, node) in enumerate(nodes):
        parent = index[path[-1].id] if path else -1
        siblings = path[-1].children if path else ev.tender.criteria
        weights.append(
            WeightInput(
                i,
                parent,
                len(path),
                node.name,
                str(node.kind),
                node.weight,
                repr(float(node.weight)),
                fmt.pct(ev.weights[node.id]),
                len(siblings) == 1,
            )
        )
    leaves = ev.tender.leaves()
    price = next((j for j, leaf in enumerate(leaves) if leaf.kind is Kind.PRICE), None)
    offered = [r for r in PRICE_RULES.values() if computable(r)] if price is not None else []
    formulas = tuple(formula_choice(r, method, msg) for r in offered)
    formula = str(method.price_formula) if price is not None else ""  # the announced one
    order = {bidder: k for k, bidder in enumerate(sorted(b.bidder for b in ev.ranked))}  # ties are ordered by id
    data = {
        "tolerance": TIE_TOLERANCE,
        "formula": formula,
        "nodes": [{"parent": w.parent, "weight": w.weight} for w in weights],
        "leaves": [index[leaf.id] for leaf in leaves],
        "price": price,
        "bids": [
            {
                "bidder": b.bidder,
                "name": b.name,
                "order": order[b.bidder],
                "price": b.price,
                "values": [None if j == price else b.criteria[leaf.id].normalized for j, leaf in enumerate(leaves)],
                "rank": b.rank,
                "tied": b.tied,
            }
            for b in ev.ranked
        ],
    }
    hidden = [str(r.formula) for r in PRICE_RULES.values() if not computable(r)]
    return WhatIf(
        "",
        tuple(weights),
        formulas,
        formula,
        msg("whatif.not_offered", formulas=", ".join(hidden)) if hidden and price is not None else "",
        data,
    )


def formula_choice(rule: PriceRule, method: Method, msg: Messages) -> FormulaChoice:
    """A price formula as an option: the cover's wording of it, and an input per parameter."""
    key = f"price.{rule.formula}"
    label = msg(key) if key in CATALOGUE else text(rule.points(), {})
    parameters = []
    for attribute, symbol in rule.parameters:
        value = getattr(method, attribute, None)
        name = f"param.{attribute}"
        parameters.append(
            ParameterInput(
                str(rule.formula),
                attribute,
                symbol,
                msg(name) if name in CATALOGUE else attribute,
                "" if value is None else repr(float(value)),
            )
        )
    return FormulaChoice(str(rule.formula), label, tuple(parameters))


def kernel_script() -> str:
    """The kernel's formulas as JavaScript: each price formula's n, a leaf's points and the weighted sum's score."""
    import json

    rows = [
        f"    {json.dumps(str(f))}: function (v) {{ return {javascript(r.normalised)}; }},"
        for f, r in PRICE_RULES.items()
        if computable(r)
    ]
    score = javascript(METHOD_RULES[MethodName.WEIGHTED_SUM].score)
    return "\n".join(
        [
            "var KERNEL = {",
            "  price: {",
            *rows,
            "  },",
            f"  points: function (v) {{ return {javascript(POINTS)}; }},",
            f"  score: function (v) {{ return {score}; }},",
            "};",
        ]
    )
