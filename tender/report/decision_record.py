"""What the award record adds to an evaluation: the people by name with their tasks, the award decision and its
approval, the letters sent (as the log records them), and the procedure's own evaluation date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tender.procmodel import Person
from tender.report.recommend import Margins
from tender.result import Evaluation

# the order tasks are listed in
TASKS = ("evaluator", "moderator", "participant", "sealer", "opener", "witness", "proposer", "approver")


@dataclass(frozen=True)
class Participant:
    """A listed person with the tasks the scores and the log record for them."""

    id: str
    name: str
    role: str
    declaration: str | None
    tasks: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The person in the JSON report's `people` block."""
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "declaration": self.declaration,
            "tasks": list(self.tasks),
        }


@dataclass(frozen=True)
class DecisionInfo:
    """The award decision as the log records it: when, by whom, approved by whom, on which evaluation."""

    date: str
    proposer: str
    event: int
    winner: str
    winner_name: str
    fingerprint: str
    margins: Margins
    recommendation: str  # the text recorded, in the language of `language`
    language: str
    approver: str | None = None
    approval_date: str | None = None
    approval_event: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The decision in the JSON report's `decision` block."""
        return {
            "date": self.date,
            "proposer": self.proposer,
            "event": self.event,
            "winner": self.winner,
            "winner_name": self.winner_name,
            "fingerprint": self.fingerprint,
            "margins": self.margins.to_dict(),
            "recommendation": self.recommendation,
            "language": self.language,
            "approver": self.approver,
            "approval_date": self.approval_date,
            "approval_event": self.approval_event,
        }


@dataclass(frozen=True)
class LettersInfo:
    """The last `letters` event: when they were sent, how, the standstill's end and the earliest award date."""

    sent_on: str
    channel: str
    standstill_end: str
    earliest_award: str
    count: int
    event: int

    def to_dict(self) -> dict[str, Any]:
        """The letters in the JSON report's `decision` block."""
        return {
            "sent_on": self.sent_on,
            "channel": self.channel,
            "standstill_end": self.standstill_end,
            "earliest_award": self.earliest_award,
            "count": self.count,
            "event": self.event,
        }


@dataclass(frozen=True)
class DecisionRecord:
    """The award record's data beside the evaluation: None/empty where the workspace has none of it."""

    people: tuple[Participant, ...] | None = None  # None: no evaluators.yaml
    decision: DecisionInfo | None = None
    letters: LettersInfo | None = None
    evaluation_date: str | None = None  # from the procedure data, where the tender states it

    def person(self, ident: str) -> Participant | None:
        """The listed person with this id, if any."""
        return next((p for p in self.people or () if p.id == ident), None)

    def named(self, ident: str) -> str:
        """'Dr. Klaus Müller (IT-Leitung)' for a listed person, the id itself for anyone else."""
        p = self.person(ident)
        return ident if p is None else f"{p.name} ({p.role})"

    def to_dict(self) -> dict[str, Any]:
        """The JSON report's `people` and `decision` blocks (outside `result`: the fingerprint is unchanged)."""
        decision = None if self.decision is None else self.decision.to_dict()
        if decision is not None:
            decision["letters"] = None if self.letters is None else self.letters.to_dict()
        people = None if self.people is None else [p.to_dict() for p in self.people]
        return {"people": people, "decision": decision}


NO_DECISION_RECORD = DecisionRecord()


def participants(
    people: tuple[Person, ...], ev: Evaluation, acts: dict[str, set[str]] | None = None
) -> tuple[Participant, ...]:
    """Every listed person with their tasks: evaluator and moderation from the scores, the rest (`acts`: person →
    tasks such as sealer, opener, witness, proposer, approver) from the log."""
    tasks: dict[str, set[str]] = {p.id: set() for p in people}
    for ident in ev.evaluators:
        tasks.setdefault(ident, set()).add("evaluator")
    for j in ev.judgements:
        if j.consensus is not None:
            tasks.setdefault(j.consensus.evaluator, set()).add("moderator")
            for ident in getattr(j.consensus, "participants", ()):
                tasks.setdefault(ident, set()).add("participant")
    for ident, done in (acts or {}).items():
        tasks.setdefault(ident, set()).update(done)
    return tuple(
        Participant(p.id, p.name, p.role, p.declaration, tuple(t for t in TASKS if t in tasks[p.id])) for p in people
    )
