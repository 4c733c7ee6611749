"""`tender clarify`: record the request for an explanation of an abnormally low price (§ 60 VgV) and its outcome."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tender.app.funnel import award_record
from tender.app.keys import KeyUse, signing_for
from tender.app.lotproc import chosen_lot, evaluate_any, lot_parts, no_lot
from tender.audit import log
from tender.audit.clarify import CLARIFY
from tender.audit.head import refuse_if_gone
from tender.audit.seal import Phase, current_phase, under_lock
from tender.errors import UsageError
from tender.lotresult import LotsEvaluation
from tender.model import Outcome
from tender.parse.text import control_problem
from tender.wording.lists import quoted


def clarify(
    root: Path,
    bidder: str,
    requested: str,
    answered: str | None = None,
    outcome: str | None = None,
    note: str = "",
    actor: str | None = None,
    key: KeyUse | None = None,
    lot: str | None = None,
) -> dict[str, Any]:
    """Record, for a bid whose price is flagged as abnormally low, when its explanation was requested and, once
    answered, whether the price was accepted or rejected (a rejected price excludes the bid, § 60(3) VgV); in a
    tender divided into lots, for the bid's price in one `lot` (it excludes the bid from that lot only)."""
    who = log.actor_name(actor)
    asked, got = day(requested, "--requested"), day(answered, "--answered") if answered else None
    if (outcome is None) != (got is None):
        raise UsageError("clarify.answer-outcome")
    if got is not None and got < asked:
        raise UsageError("clarify.answered-before", answered=got.isoformat(), requested=asked.isoformat())
    if (problem := control_problem(note)) is not None:
        raise UsageError("usage.option-control", option="--note", problem=problem)
    if outcome is not None and outcome not in {str(o) for o in Outcome}:
        raise UsageError("clarify.bad-outcome", outcome=quoted(outcome))
    signing = signing_for(root, {who: key})
    ws, evaluated = evaluate_any(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    listed = {p.id: p for p in ws.people or ()}
    if who not in listed:
        raise UsageError("usage.clarify-not-listed", who=who)
    if not listed[who].declaration:
        raise UsageError("usage.no-declaration", who=who)
    if evaluated.prices_sealed:
        raise UsageError("usage.clarify-sealed")
    if isinstance(evaluated, LotsEvaluation):
        chosen = chosen_lot(evaluated, lot, "clarify")
        ws, ev = next((lws, r.evaluation) for r, lws in lot_parts(ws, evaluated) if r is chosen)  # the lot's alone
    else:
        no_lot(lot)
        ev = evaluated
    known = {b.bidder for b in ws.bids}
    if bidder not in known:
        known_ids = ", ".join(sorted(known))
        if lot:
            raise UsageError("usage.unknown-bidder.lot", bidder=repr(bidder), lot=lot, known=known_ids)
        raise UsageError("usage.unknown-bidder", bidder=repr(bidder), known=known_ids)
    flags = {c.flag.bidder: c.flag for c in award_record(root, ws, ev).price_checks}
    if bidder not in flags:
        if lot:
            raise UsageError("usage.not-flagged.lot", bidder=bidder, lot=lot)
        raise UsageError("usage.not-flagged", bidder=bidder)

    def check(phase: Phase) -> None:
        if phase.final:
            raise UsageError("usage.final-sealed", seq=phase.final["seq"])

    check(current_phase(root))
    details: dict[str, Any] = {
        "bidder": bidder,
        "price": flags[bidder].price,
        "requested": asked.isoformat(),
        "answered": got.isoformat() if got else None,
        "outcome": outcome,
        "note": note,
    }
    if lot is not None:
        details = {"lot": lot, **details}
    return log.append(root, CLARIFY, who, signing.details(details), {}, guard=under_lock(check), sign=signing.sign)


def day(text: str, option: str) -> date:
    """A calendar date YYYY-MM-DD given on the command line."""
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError("clarify.bad-date", option=option, day=quoted(text))
