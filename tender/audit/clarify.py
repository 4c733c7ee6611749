"""The `clarify` events of the audit log: the buyer's requests for an explanation of an abnormally low price
(§ 60 VgV) and their outcome, as Clarifications."""

from __future__ import annotations

from typing import Any

from tender.model import BidderId, Clarification, Outcome

CLARIFY = "clarify"


def clarifications(events: list[dict[str, Any]]) -> tuple[Clarification, ...]:
    """Every clarification the log records, in order (a later one for the same bidder replaces an earlier one)."""
    out = []
    for event in events:
        if event.get("action") != CLARIFY:
            continue
        d = event["details"]
        outcome = d.get("outcome")
        out.append(
            Clarification(
                bidder=BidderId(str(d.get("bidder", ""))),
                actor=str(event["actor"]),
                requested=str(d.get("requested", "")),
                answered=str(d.get("answered") or ""),
                outcome=Outcome(outcome) if outcome in {str(o) for o in Outcome} else None,
                note=str(d.get("note") or ""),
                source=f"audit.log event {event['seq']}",
                lot=str(d.get("lot") or ""),
            )
        )
    return tuple(out)
