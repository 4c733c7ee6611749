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
from tender.audit.receipt import when
from tender.audit.seal import Phase
from tender.errors import UsageError
from tender.parse.peoplefile import PEOPLE_FILE
from tender.parse.scorefile import CONSENSUS_STEM
from tender.parse.text import control_problem
from tender.procmodel import Person

NEW_PROCEDURE = "start a new procedure from this workspace (`tender init NEW --from DIR`)"


@dataclass(frozen=True)
class Late:
    """A bid received after the technical seal, admitted as a procedure decision: who decided and why."""

    reason: str
    actor: str


def sealed(event: dict[str, Any], what: str) -> str:
    """`the technical seal (audit event 5, TIME, by mueller)`, with the words for the step."""
    return f"{what} ({when(event)})"


def bid_guard(replace: bool, late: Late | None) -> Guard:
    """The guard of a bid import: nothing after the opening; after the technical seal only a late bid, never a
    replacement."""

    def guard(events: list[dict[str, Any]]) -> None:
        phase = Phase.of(events)
        if phase.opened:
            raise UsageError(
                f"no bid can be imported after {sealed(phase.opened, 'the opening of the prices')}: {NEW_PROCEDURE}"
            )
        if phase.technical is None:
            if late is not None:
                raise UsageError(
                    "--late is for a bid received after `tender seal technical`, and nothing is sealed yet: "
                    "import the bid without --late"
                )
            return
        seal = sealed(phase.technical, "the technical seal")
        if replace:
            raise UsageError(
                f"a bid cannot be replaced after {seal}: the sealed bid stands; to change it, {NEW_PROCEDURE}"
            )
        if late is None:
            raise UsageError(
                f"no new bid can be imported after {seal}: a bid received late is a procedure decision, recorded "
                "with `tender import-bids FILE --late --reason TEXT --actor ID` by a listed person"
            )

    return guard


def score_guard(names: Sequence[str]) -> Guard:
    """The guard of a score import: after the technical seal only the consensus (scores/consensus.*), nothing after
    the final seal."""

    def guard(events: list[dict[str, Any]]) -> None:
        phase = Phase.of(events)
        if phase.final:
            raise UsageError(
                f"no score can be imported after {sealed(phase.final, 'the final seal')}: the award is sealed; "
                f"to evaluate again, {NEW_PROCEDURE}"
            )
        if phase.technical is None:
            return
        others = [n for n in names if Path(n).stem.lower() != CONSENSUS_STEM]
        if others:
            raise UsageError(
                f"{', '.join(others)}: only the moderated consensus (scores/consensus.*) may be imported after "
                f"{sealed(phase.technical, 'the technical seal')}, until `tender seal final`: record a changed "
                "mark as the committee's consensus"
            )

    return guard


def late_decision(reason: str | None, actor: str, people: tuple[Person, ...] | None) -> Late:
    """A late bid's record: refused without a reason or when the actor is not a listed person with a declaration."""
    text = (reason or "").strip()
    if not text:
        raise UsageError("--late needs --reason TEXT: why the late bid is admitted (it is shown in every report)")
    if (problem := control_problem(text)) is not None:
        raise UsageError("usage.option-control", option="--reason", problem=problem)
    listed = {p.id: p for p in people or ()}
    if actor not in listed:
        raise UsageError(
            f"{actor} is not listed in {PEOPLE_FILE}: a late bid is admitted by a listed person (--actor ID)"
        )
    if not listed[actor].declaration:
        raise UsageError(f"{actor} has no signed conflict-of-interest declaration in {PEOPLE_FILE}")
    return Late(text, actor)


def admit(root: Path, guard: Guard) -> None:
    """Run an import's guard on the log as it is now, before anything is copied (a workspace without a log has no
    seals to keep)."""
    if (Path(root) / log.LOG_NAME).exists():
        guard(log.read(root)[0])
