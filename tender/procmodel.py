"""The award procedure as tender.yaml announces it (type, notice, dates, the grounds per stage) and the committee
that runs it (evaluators.yaml): beside the tender's model (model.py), which holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ProcedureType(StrEnum):
    """The kind of award procedure (VgV), as announced."""

    OPEN = "open"
    RESTRICTED = "restricted"
    NEGOTIATED = "negotiated"
    COMPETITIVE_DIALOGUE = "competitive-dialogue"
    INNOVATION_PARTNERSHIP = "innovation-partnership"


class Stage(StrEnum):
    """The stages every bid passes, in order: formal check, suitability, knock-out requirements, evaluation,
    the check for abnormally low prices (§ 60 VgV)."""

    FORMAL = "formal"
    SUITABILITY = "suitability"
    REQUIREMENTS = "requirements"
    EVALUATION = "evaluation"
    PRICE_CHECK = "price-check"


# the procedure's dates in the order they must fall (each optional)
PROCEDURE_DATES = (
    "publication",
    "questions",
    "bid_deadline",
    "opening",
    "evaluation",
    "moderation",
    "decision",
    "standstill_end",
)


@dataclass(frozen=True)
class Procedure:
    """The procedure as announced: type, notice, CPV codes, estimated value, dates, and the grounds per stage."""

    type: ProcedureType | None = None
    notice: str = ""
    cpv: tuple[str, ...] = ()
    estimated_value: float | None = None
    dates: dict[str, str] = field(default_factory=dict)  # PROCEDURE_DATES key -> ISO date or date-time
    abnormally_low_of_estimate: float | None = None  # § 60 VgV: a price below this fraction of the estimate
    grounds: dict[str, str] = field(default_factory=dict)  # Stage value -> the ground printed for it


@dataclass(frozen=True)
class Person:
    """A member of the evaluation committee, with the date of their conflict-of-interest declaration and, where
    they sign, their public key (`ed25519:BASE64`)."""

    id: str
    name: str
    role: str
    declaration: str | None
    public_key: str | None = None
