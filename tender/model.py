"""The validated, immutable model of a tender, its bids and the evaluators' scores."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import filterfalse
from operator import attrgetter
from typing import NamedTuple, NewType

BidderId = NewType("BidderId", str)
CriterionId = NewType("CriterionId", str)
RequirementId = NewType("RequirementId", str)
PriceLineId = NewType("PriceLineId", str)


class MethodName(StrEnum):
    """How performance and price combine into the score that ranks the bids."""

    WEIGHTED_SUM = "weighted-sum"
    UFAB_SIMPLE = "ufab-simple"
    UFAB_EXTENDED = "ufab-extended"


class PriceFormula(StrEnum):
    """Price-to-points formulas of the weighted-sum method."""

    PROPORTIONAL = "proportional"
    ONE_SIDED = "one-sided"
    TWO_SIDED = "two-sided"
    LINEAR_SPAN = "linear-span"
    SQUARED = "squared"
    CUBIC = "cubic"


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
class Method:
    """The announced evaluation method and its parameters."""

    name: MethodName = MethodName.WEIGHTED_SUM
    price_formula: PriceFormula = PriceFormula.PROPORTIONAL
    span: float | None = None
    band: float = 0.10
    decide_by: DecideBy = DecideBy.PERFORMANCE
    aggregation: Aggregation = Aggregation.MEAN
    disagreement: float = 2.0

    def parameters(self) -> dict[str, object]:
        """The parameters that apply to this method, for the result and the reports."""
        params: dict[str, object] = {"aggregation": str(self.aggregation)}
        params["disagreement"] = self.disagreement
        if self.name is MethodName.WEIGHTED_SUM:
            params["price_formula"] = str(self.price_formula)
            if self.price_formula is PriceFormula.LINEAR_SPAN:
                params["span"] = self.span
        if self.name is MethodName.UFAB_EXTENDED:
            params["band"] = self.band
            params["decide_by"] = str(self.decide_by)
        return params


@dataclass(frozen=True)
class Measure:
    """How a measured criterion turns a bid's fact into a normalised value."""

    fact: str
    best: float
    worst: float
    unit: str = ""


@dataclass(frozen=True)
class Criterion:
    """A node of the criteria tree; weights are percentages among siblings."""

    id: CriterionId
    name: str
    weight: float
    kind: Kind
    children: tuple[Criterion, ...] = ()
    min_score: float | None = None
    measure: Measure | None = None
    description: str = ""

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
    ocid_prefix: str = ""  # the publisher's registered OCDS prefix (ocds: ocid_prefix), for `tender export ocds`

    def nodes(self) -> Iterator[tuple[tuple[Criterion, ...], Criterion]]:
        """Every criterion with its ancestors, depth first in file order."""
        for top in self.criteria:
            yield from top.walk()

    def leaves(self) -> list[Criterion]:
        """The leaf criteria in file order."""
        return list(self.leaf_tuple)

    @cached_property
    def leaf_tuple(self) -> tuple[Criterion, ...]:
        """The leaf criteria, worked out once per tender (every bid and score is checked against them)."""
        return tuple(node for _, node in self.nodes() if node.kind is not Kind.GROUP)


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


@dataclass(frozen=True)
class Person:
    """A member of the evaluation committee, with the date of their conflict-of-interest declaration and, where
    they sign, their public key (`ed25519:BASE64`)."""

    id: str
    name: str
    role: str
    declaration: str | None
    public_key: str | None = None


@dataclass(frozen=True)
class Workspace:
    """Everything read from a workspace folder, validated."""

    root: str
    tender: Tender
    bids: tuple[Bid, ...]
    scores: tuple[Score, ...]
    inputs: dict[str, str] = field(default_factory=dict)
    people: tuple[Person, ...] | None = None

    @property
    def evaluators(self) -> list[str]:
        """The evaluators who scored individually (not the consensus), sorted."""
        return sorted(set(map(attrgetter("evaluator"), filterfalse(attrgetter("consensus"), self.scores))))
