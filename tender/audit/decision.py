"""The award decision in the audit log: the `decide` and `approve` events, the rules for recording them, and
the decision the log holds now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.seal import Phase, phase_of
from tender.audit.signing import UNSIGNED, Signing
from tender.errors import UsageError
from tender.procmodel import Person
from tender.wording import Said, said

DECIDE = "decide"
APPROVE = "approve"
LETTERS = "letters"


@dataclass(frozen=True)
class Decided:
    """The award decision the log records: the last `decide` event and the approval of it, if any (either in
    the same event, by its `approver`, or by a later `approve` event that names it)."""

    event: dict[str, Any]
    approval: dict[str, Any] | None = None  # the `approve` event; None when approved in `event` or not approved

    @classmethod
    def of(cls, events: list[dict[str, Any]]) -> Decided | None:
        """The latest decision in a log's events, with its approval; None when none is recorded."""
        decision = next((e for e in reversed(events) if e["action"] == DECIDE), None)
        if decision is None:
            return None
        approval = next(
            (e for e in events if e["action"] == APPROVE and e["details"].get("decision") == decision["seq"]), None
        )
        return cls(decision, approval)

    @property
    def details(self) -> dict[str, Any]:
        """The decide event's details."""
        details: dict[str, Any] = self.event["details"]
        return details

    @property
    def approver(self) -> str | None:
        """Who approved the decision, or None while it awaits approval."""
        if self.approval is not None:
            return str(self.approval["actor"])
        approver = self.details.get("approver")
        return approver if isinstance(approver, str) else None

    @property
    def approval_date(self) -> str | None:
        """The date of the approval (YYYY-MM-DD), or None while it awaits approval."""
        if self.approval is not None:
            return str(self.approval["details"]["date"])
        return self.details.get("approval_date") if self.approver else None

    @property
    def approval_seq(self) -> int | None:
        """The event that records the approval."""
        if self.approval is not None:
            return int(self.approval["seq"])
        return int(self.event["seq"]) if self.approver else None

    def describe(self) -> Said:
        """'audit event 9 (by braun, 2007-04-20)', in either language (tender/wording `decide.event`)."""
        return said("decide.event", seq=self.event["seq"], actor=self.event["actor"], date=self.details["date"])


def logged(root: Path) -> list[dict[str, Any]]:
    """The log's events; refuses to go on when the log is broken."""
    events, problems = log.read(root)
    phase_of(events, problems)
    return events


def check_person(listed: dict[str, Person], who: str, act: Said) -> None:
    """Refuse a person who is not listed in evaluators.yaml or has signed no declaration (for `act`, `act.*`)."""
    if who not in listed:
        raise UsageError("people.not-listed", who=who, act=act)
    if not listed[who].declaration:
        raise UsageError("usage.no-declaration.vgv", who=who)


def check_phase(phase: Phase, two_envelope: bool, what: Said) -> None:
    """A decision or approval (`what`, `step.*`) comes after the opening of the prices and before the final seal."""
    if two_envelope and not phase.opened:
        raise UsageError("decide.before-opening", what=what)
    if phase.final:
        raise UsageError("decide.after-final", seq=phase.final["seq"], what=what)


def record_decision(
    root: Path,
    actor: str,
    details: dict[str, Any],
    two_envelope: bool,
    signing: Signing = UNSIGNED,
) -> dict[str, Any]:
    """Append the `decide` event (details: date, winner, fingerprint, margins, recommendation, perhaps the
    approver), checked again under the log's lock: after the opening, before the final seal, and no second
    decision on the same evaluation."""

    def check(events: list[dict[str, Any]]) -> None:
        check_phase(Phase.of(events), two_envelope, said("step.decision"))
        found = Decided.of(events)
        if found is not None and found.details.get("fingerprint") == details["fingerprint"]:
            raise UsageError("decide.recorded", event=found.describe())

    events = logged(root)
    check(events)  # refused before the lock would create a missing log; checked again under it
    found = Decided.of(events)
    if found is not None:
        details = {**details, "supersedes": found.event["seq"]}
    return log.append(root, DECIDE, actor, signing.details(details), {}, guard=check, sign=signing.sign)


def record_approval(
    root: Path,
    actor: str,
    date: str,
    two_envelope: bool,
    signing: Signing = UNSIGNED,
) -> dict[str, Any]:
    """Append the `approve` event for the latest decision: by someone other than its proposer, not before it,
    once, after the opening and before the final seal (checked under the log's lock)."""
    seen: list[Decided] = []

    def check(events: list[dict[str, Any]]) -> None:
        check_phase(Phase.of(events), two_envelope, said("step.approval"))
        found = Decided.of(events)
        if found is None:
            raise UsageError("decide.none")
        if found.approver is not None:
            raise UsageError("decide.approved", event=found.describe(), approver=found.approver, seq=found.approval_seq)
        if found.event["actor"] == actor:
            raise UsageError("decide.own-approval", actor=actor, event=found.describe())
        if date < str(found.details["date"]):
            raise UsageError("decide.approval-before", day=date, decided=str(found.details["date"]))
        seen[:] = [found]

    check(logged(root))
    decision = seen[0].event
    details = {"decision": decision["seq"], "decision_hash": decision["hash"], "date": date}
    return log.append(root, APPROVE, actor, signing.details(details), {}, guard=check, sign=signing.sign)


def final_seal_check(fingerprint: str) -> Callable[[list[dict[str, Any]]], None]:
    """The final seal's check of the decision: one recorded must be approved and on the evaluation sealed."""

    def check(events: list[dict[str, Any]]) -> None:
        found = Decided.of(events)
        if found is None:
            return
        if found.approver is None:
            raise UsageError("decide.final-unapproved", event=found.describe())
        if found.details.get("fingerprint") != fingerprint:
            raise UsageError("decide.final-stale", event=found.describe())

    return check
