"""The validated, immutable model of a tender, its bids and the evaluators' scores."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import filterfalse
from operator import attrgetter
from typing import NamedTuple, NewType

from tender.lotmodel import CombinationBid, Compare, LotsLimit
from tender.procmodel import Person, Procedure

BidderId = NewType("BidderId", str)
CriterionId = NewType("CriterionId", str)
RequirementId = NewType("RequirementId", str)
PriceLineId = NewType("PriceLineId", str)


class MethodName(StrEnum):
    """How performance and price combine into the score that ranks the bids."""

    WEIGHTED_SUM = "weighted-sum"
    UFAB_SIMPLE = "ufab-simple"
    UFAB_EXTENDED = "ufab-extended"
    VALUE_FOR_MONEY = "value-for-money"


class PriceFormula(StrEnum):
    """Price-to-points formulas of the weighted-sum method."""

    PROPORTIONAL = "proportional"
    ONE_SIDED = "one-sided"
    TWO_SIDED = "two-sided"
    LINEAR_SPAN = "linear-span"
    SQUARED = "squared"
    CUBIC = "cubic"
    FIXED_RANGE = "fixed-range"
    REFERENCE = "reference"


class Quality(StrEnum):
    """How a leaf's normalised value counts: as it is, or relative to the best bid in the running on that leaf."""

    ABSOLUTE = "absolute"
    RELATIVE_TO_BEST = "relative-to-best"


class RoundTo(StrEnum):
    """Where the announced rounding applies: every criterion's points, or the total score."""

    CRITERION = "criterion"
    TOTAL = "total"


class TieBreak(StrEnum):
    """An announced rule that orders bids level on the score."""

    LOWEST_PRICE = "lowest-price"
    HIGHEST_PERFORMANCE = "highest-performance"
    LOT = "lot"


class DecideBy(StrEnum):
    """The announced decision criterion inside the UfAB band."""

    PERFORMANCE = "performance"
    PRICE = "price"


class Aggregation(StrEnum):
    """How the evaluators' scores for one bid and criterion are combined."""

    MEAN = "mean"
    MEDIAN = "median"


class Per(StrEnum):
    """How often a price line is charged."""

    ONCE = "once"
    MONTH = "month"
    YEAR = "year"


class Kind(StrEnum):
    """What a criterion is: a group of others, or a leaf judged, measured or priced."""

    GROUP = "group"
    JUDGED = "judged"
    MEASURED = "measured"
    PRICE = "price"


@dataclass(frozen=True)
class Scale:
    """The published scoring scale, e.g. 0–5 with a label per grade."""

    min: float = 0.0
    max: float = 5.0
    labels: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rounding:
    """The announced rounding: half-up to `decimals` places, of every criterion's points or of the total."""

    decimals: int
    applies_to: RoundTo


@dataclass(frozen=True)
class Method:
    """The announced evaluation method and its parameters."""

    name: MethodName = MethodName.WEIGHTED_SUM
    price_formula: PriceFormula = PriceFormula.PROPORTIONAL
    span: float | None = None
    band: float = 0.10
    decide_by: DecideBy = DecideBy.PERFORMANCE
    aggregation: Aggregation = Aggregation.MEAN
    disagreement: float = 2.0
    best_price: float | None = None
    worst_price: float | None = None
    reference_price: float | None = None
    quality: Quality = Quality.ABSOLUTE
    rounding: Rounding | None = None
    tie_break: tuple[TieBreak, ...] = ()
    quality_threshold: float | None = None  # share (0–1) of the maximum performance points a bid must reach
    value_total: float = 0.0  # value-for-money: the sum of every leaf's value (read from the criteria)
    malus_total: float = 0.0  # value-for-money: the sum of the malus leaves' values
    abnormally_low: float = 0.20  # § 60 VgV: a price this fraction below the next is flagged (not in parameters():
    # the result's fingerprint stays that of older evaluations; the award record carries it)

    def parameters(self) -> dict[str, object]:
        """The parameters that apply to this method, for the result and the reports."""
        params: dict[str, object] = {"aggregation": str(self.aggregation)}
        params["disagreement"] = self.disagreement
        if self.name is MethodName.WEIGHTED_SUM:
            params["price_formula"] = str(self.price_formula)
            if self.price_formula is PriceFormula.LINEAR_SPAN:
                params["span"] = self.span
            if self.price_formula is PriceFormula.FIXED_RANGE:
                params["best_price"] = self.best_price
                params["worst_price"] = self.worst_price
            if self.price_formula is PriceFormula.REFERENCE:
                params["reference_price"] = self.reference_price
        if self.name is MethodName.UFAB_EXTENDED:
            params["band"] = self.band
            params["decide_by"] = str(self.decide_by)
        if self.quality is not Quality.ABSOLUTE:  # the defaults are left out: older results keep their fingerprint
            params["quality"] = str(self.quality)
        if self.rounding is not None:
            params["rounding"] = {"decimals": self.rounding.decimals, "applies_to": str(self.rounding.applies_to)}
        if self.tie_break:
            params["tie_break"] = [str(rule) for rule in self.tie_break]
        if self.name is MethodName.VALUE_FOR_MONEY:
            params["value_total"] = self.value_total
            params["malus_total"] = self.malus_total
        if self.quality_threshold is not None:
            params["quality_threshold"] = self.quality_threshold
        return params


@dataclass(frozen=True)
class Measure:
    """How a measured criterion turns a bid's fact into a normalised value: linear between worst and best,
    a piecewise-linear value curve of (x, v) points, or a step table of (min, value) rows (exactly one of the three)."""

    fact: str
    best: float | None = None
    worst: float | None = None
    unit: str = ""
    curve: tuple[tuple[float, float], ...] = ()
    steps: tuple[tuple[float, float], ...] = ()

    @property
    def xs(self) -> tuple[float, ...]:
        """Every fact value the rule names (best and worst, the curve's x, the steps' minimums)."""
        if self.curve:
            return tuple(x for x, _ in self.curve)
        if self.steps:
            return tuple(x for x, _ in self.steps)
        return tuple(x for x in (self.best, self.worst) if x is not None)


@dataclass(frozen=True)
class Criterion:
    """A node of the criteria tree; weights are percentages among siblings."""

    id: CriterionId
    name: str
    weight: float
    kind: Kind
    children: tuple[Criterion, ...] = ()
    min_score: float | None = None  # judged leaf: a grade on the scale; group: a share (0–1) of its maximum points
    measure: Measure | None = None
    description: str = ""
    value: float | None = None  # value-for-money: currency at full score (instead of a weight)
    malus: bool = False  # value-for-money: the value is added to the price when the score is 0

    def walk(self, path: tuple[Criterion, ...] = ()) -> Iterator[tuple[tuple[Criterion, ...], Criterion]]:
        """Yield (ancestors, node) for this node and everything below it, depth first."""
        yield path, self
        for child in self.children:
            yield from child.walk((*path, self))


@dataclass(frozen=True)
class Requirement:
    """A knock-out (A) criterion that every bid must meet."""

    id: RequirementId
    text: str
    fact: str | None = None  # a numeric requirement: the fact must lie within [min, max] (one of them given)
    min: float | None = None
    max: float | None = None
    unit: str = ""


@dataclass(frozen=True)
class PriceLine:
    """One line of the price sheet: unit price × quantity × term factor."""

    id: PriceLineId
    name: str
    per: Per
    quantity: float
    unit: str = ""

    def factor(self, term_months: int) -> float:
        """How many times the unit price is charged over the contract term."""
        if self.per is Per.MONTH:
            return float(term_months)
        if self.per is Per.YEAR:
            return term_months / 12
        return 1.0


@dataclass(frozen=True)
class Tender:
    """The tender definition from tender.yaml."""

    id: str
    title: str
    buyer: str
    currency: str
    language: str
    term_months: int
    scale: Scale
    method: Method
    requirements: tuple[Requirement, ...]
    criteria: tuple[Criterion, ...]
    prices: tuple[PriceLine, ...]
    description: str = ""
    two_envelope: bool = False
    procedure: Procedure = field(default_factory=Procedure)
    suitability: tuple[Requirement, ...] = ()  # suitability criteria (§ 122 GWB): pass/fail per bid, with evidence
    ocid_prefix: str = ""  # the publisher's registered OCDS prefix (ocds: ocid_prefix), for `tender export ocds`
    lots: tuple[Lot, ...] = ()  # none: the tender is one lot (itself)
    lots_limit: LotsLimit | None = None
    compare: Compare | None = None  # how combination bids are weighed against single awards; None: not admitted

    def nodes(self) -> Iterator[tuple[tuple[Criterion, ...], Criterion]]:
        """Every criterion with its ancestors, depth first in file order."""
        for top in self.criteria:
            yield from top.walk()

    def leaves(self) -> list[Criterion]:
        """The leaf criteria in file order."""
        return list(self.leaf_tuple)

    def facts(self) -> dict[str, tuple[str, str, str]]:
        """Every fact a bid states, once, in file order: measured leaves, then numeric requirements.

        Per fact: what is measured (criterion name or requirement text), its description, its unit.
        """
        out: dict[str, tuple[str, str, str]] = {}
        for leaf in self.leaf_tuple:
            if leaf.measure is not None and leaf.measure.fact not in out:
                out[leaf.measure.fact] = (leaf.name, leaf.description, leaf.measure.unit)
        for req in self.requirements:
            if req.fact is not None and req.fact not in out:
                out[req.fact] = (req.text, "", req.unit)
        return out

    @cached_property
    def leaf_tuple(self) -> tuple[Criterion, ...]:
        """The leaf criteria, worked out once per tender (every bid and score is checked against them)."""
        return tuple(node for _, node in self.nodes() if node.kind is not Kind.GROUP)


@dataclass(frozen=True)
class Lot:
    """One lot: id, title, estimated value, and the lot as a tender of its own (the shared criteria, method and
    requirements with the lot's own, and the lot's price sheet)."""

    id: str
    title: str
    value: float | None
    tender: Tender


@dataclass(frozen=True)
class Bid:
    """One bid as submitted: answers to the requirements, facts and unit prices."""

    bidder: BidderId
    name: str
    requirements: dict[str, bool]
    facts: dict[str, float]
    prices: dict[str, float]
    source: str
    contact: str = ""
    submitted: str = ""
    suitability: dict[str, bool] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)  # requirement or suitability id -> where the bid proves it
    places: dict[str, str] = field(default_factory=dict)  # key path (prices.setup) -> where it was read (Preise!E7)
    received: str = ""  # ISO date-time the bid was received, as the bid file states it
    channel: str = ""  # how it was received (e-Vergabe, post, ...)
    complete: bool | None = None  # whether it was complete at receipt; None: not stated
    offers: dict[str, Bid] = field(default_factory=dict)  # lotted tender: lot id -> the bid for that lot
    combinations: tuple[CombinationBid, ...] = ()


class Score(NamedTuple):
    """One evaluator's mark for one bid on one judged criterion, with the reason.

    A named tuple: hundreds of thousands are read at once, and a tuple is made and held cheaply.
    """

    evaluator: str
    bidder: BidderId
    criterion: CriterionId
    score: float
    justification: str
    source: str
    place: str
    consensus: bool = False
    participants: tuple[str, ...] = ()  # of the moderation, for a consensus score (its evaluator is the moderator)
    lot: str = ""  # the lot the score is for, in a lotted tender


class Outcome(StrEnum):
    """How the explanation of an abnormally low price (§ 60 VgV) was judged."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Clarification:
    """The buyer's request for an explanation of a price flagged as abnormally low, and its outcome."""

    bidder: BidderId
    actor: str
    requested: str  # ISO date
    answered: str = ""  # ISO date; empty while no answer is recorded
    outcome: Outcome | None = None  # None: not yet judged
    note: str = ""
    source: str = ""  # where it is recorded: `audit.log event 12`
    lot: str = ""  # the lot whose price it is, in a tender divided into lots


@dataclass(frozen=True)
class Workspace:
    """Everything read from a workspace folder, validated."""

    root: str
    tender: Tender
    bids: tuple[Bid, ...]
    scores: tuple[Score, ...]
    inputs: dict[str, str] = field(default_factory=dict)
    people: tuple[Person, ...] | None = None
    draws: tuple[tuple[str, ...], ...] = ()  # the drawn orders of tied bids (`tender draw`, from the audit log)
    clarifications: tuple[Clarification, ...] = ()
    lot_draws: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # a lotted tender's, per lot

    @property
    def evaluators(self) -> list[str]:
        """The evaluators who scored individually (not the consensus), sorted."""
        return sorted(set(map(attrgetter("evaluator"), filterfalse(attrgetter("consensus"), self.scores))))
