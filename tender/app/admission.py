"""What an import may still bring in once the procedure is sealed: bids until the technical seal (later only as a
recorded late bid), scores until the technical seal, the moderated consensus until the final seal.

The checks are guards for `log.append`: they run on the log's events under the log lock, so that a seal
recorded meanwhile by another command cannot slip between the check and the import's event. They also run
once before anything is copied, so that a refused import leaves the workspace as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.log import Guard
from tender.audit.receipt import event_words
from tender.audit.seal import LABELS, Phase
from tender.errors import UsageError
from tender.parse.scorefile import CONSENSUS_STEM
from tender.parse.text import control_problem
from tender.procmodel import Person
from tender.wording import Said, said

NEW_PROCEDURE = said("import.new-procedure")


@dataclass(frozen=True)
class Late:
    """A bid received after the technical seal, admitted as a procedure decision: who decided and why."""

    reason: str
    actor: str


def sealed(event: dict[str, Any]) -> Said:
    """`the technical seal (audit event 5, TIME, by mueller)`: the step the event records, and the event."""
    return said("import.sealed", step=said(LABELS[event["action"]]), event=event_words(event))


def bid_guard(replace: bool, late: Late | None) -> Guard:
    """The guard of a bid import: nothing after the opening; after the technical seal only a late bid, never a
    replacement."""

    def guard(events: list[dict[str, Any]]) -> None:
        phase = Phase.of(events)
        if phase.opened:
            raise UsageError("import.after-opening", seal=sealed(phase.opened), new=NEW_PROCEDURE)
        if phase.technical is None:
            if late is not None:
                raise UsageError("import.late-unsealed")
            return
        seal = sealed(phase.technical)
        if replace:
            raise UsageError("import.replace-sealed", seal=seal, new=NEW_PROCEDURE)
        if late is None:
            raise UsageError("import.not-late", seal=seal)

    return guard


def score_guard(names: Sequence[str]) -> Guard:
    """The guard of a score import: after the technical seal only the consensus (scores/consensus.*), nothing after
    the final seal."""

    def guard(events: list[dict[str, Any]]) -> None:
        phase = Phase.of(events)
        if phase.final:
            raise UsageError("import.score-after-final", seal=sealed(phase.final), new=NEW_PROCEDURE)
        if phase.technical is None:
            return
        others = [n for n in names if Path(n).stem.lower() != CONSENSUS_STEM]
        if others:
            raise UsageError("import.consensus-only", names=", ".join(others), seal=sealed(phase.technical))

    return guard


def late_decision(reason: str | None, actor: str, people: tuple[Person, ...] | None) -> Late:
    """A late bid's record: refused without a reason or when the actor is not a listed person with a declaration."""
    text = (reason or "").strip()
    if not text:
        raise UsageError("import.late-no-reason")
    if (problem := control_problem(text)) is not None:
        raise UsageError("usage.option-control", option="--reason", problem=problem)
    listed = {p.id: p for p in people or ()}
    if actor not in listed:
        raise UsageError("import.late-not-listed", actor=actor)
    if not listed[actor].declaration:
        raise UsageError("usage.no-declaration", who=actor)
    return Late(text, actor)


def admit(root: Path, guard: Guard) -> None:
    """Run an import's guard on the log as it is now, before anything is copied (a workspace without a log has no
    seals to keep)."""
    if (Path(root) / log.LOG_NAME).exists():
        guard(log.read(root)[0])
