"""The drawing of lots for bids still level after the announced tie-break: recorded, reproducible, checkable.

The drawn order is not made by a random generator that nobody can check afterwards: it is derived
from the audit log itself. Each tied bidder's ticket is SHA-256 of `<prev>:<bidder id>`, where
`<prev>` is the hash of the log event just before the drawing (the drawing event's own `prev`), and
the bids are placed by ascending ticket. That hash is fixed only when the previous event is written,
it is unknown to anyone beforehand and depends on every event before it; the drawing event records
it, the groups, the order and both people present, and is signed like the opening of the prices.
An auditor recomputes every ticket from the recorded `prev` (which the hash chain already proves)
and `tender audit verify` does so for every drawing. Re-drawing until a convenient order comes up
would take new events before the drawing, each visible in the log, and a tie once drawn is never
drawn again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.seal import Phase, check_present, under_lock
from tender.audit.signing import UNSIGNED, Signing
from tender.errors import UsageError
from tender.model import Workspace
from tender.wording import said

DRAW = "draw"
RULE = "sha256(prev:bidder), ascending"


def ticket(prev: str, bidder: str) -> str:
    """A bidder's ticket in a drawing whose previous log event has hash `prev`."""
    return hashlib.sha256(f"{prev}:{bidder}".encode()).hexdigest()


def drawn_order(prev: str, bidders: Sequence[str]) -> list[str]:
    """The tied bidders in the order the drawing places them (ascending ticket)."""
    return sorted(bidders, key=lambda b: (ticket(prev, b), b))


def drawn_orders(events: list[dict[str, Any]], lot: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Every drawn order the log records (each drawing's groups, in log order): of a tender without lots, or
    those drawn for one `lot`."""
    out: list[tuple[str, ...]] = []
    for event in events:
        details = event.get("details") or {}
        if event.get("action") == DRAW and details.get("lot") == lot:
            out += [tuple(group) for group in details.get("groups", [])]
    return tuple(out)


def draw_problems(events: list[dict[str, Any]]) -> list[str]:
    """Every drawing whose recorded order does not follow from its previous event's hash."""
    out = []
    for event in events:
        if event.get("action") != DRAW:
            continue
        groups = (event.get("details") or {}).get("groups")
        if not isinstance(groups, list) or any(
            not isinstance(g, list) or g != drawn_order(str(event["prev"]), [str(b) for b in g]) for g in groups
        ):
            out.append(
                f"audit event {event['seq']} (draw, {event['time']}): the drawn order does not follow from the "
                "hash of the event before it"
            )
    return out


def record_draw(
    root: Path,
    ws: Workspace,
    ties: list[list[str]],
    actor: str,
    witness: str,
    signing: Signing = UNSIGNED,
    lot: str | None = None,
) -> dict[str, Any]:
    """Draw lots for each group of tied bids (of one `lot` of a tender divided into lots), before two listed
    people; the recorded event."""
    if not ties:
        if lot:
            raise UsageError("draw.no-tie.lot", lot=lot)
        raise UsageError("draw.no-tie")
    check_present(ws, actor, witness, said("act.draw-lots"))

    def check(phase: Phase) -> None:
        if ws.tender.two_envelope and not phase.opened:
            raise UsageError("draw.before-opening")
        if phase.final:
            raise UsageError("draw.after-final", seq=phase.final["seq"])

    events, _ = log.read(root)
    check(Phase.of(events))
    prev = events[-1]["hash"] if events else log.GENESIS

    def guard(now: list[dict[str, Any]]) -> None:
        under_lock(check)(now)
        if (now[-1]["hash"] if now else log.GENESIS) != prev:
            raise UsageError("draw.moved")

    groups = [drawn_order(prev, group) for group in ties]
    drawn: dict[str, Any] = {"witness": witness, "rule": RULE, "groups": groups}
    details = signing.details(drawn if lot is None else {"lot": lot, **drawn})
    return log.append(root, DRAW, actor, details, {}, guard=guard, sign=signing.sign)
