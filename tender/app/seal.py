"""`tender seal` and `tender open-prices`: evaluate as the seals allow, then record the next step in the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.keys import KeyUse, signing_for
from tender.app.lotproc import evaluate_any, open_checks
from tender.audit import log
from tender.audit.decision import final_seal_check
from tender.audit.head import refuse_if_gone
from tender.audit.seal import open_prices as record_opening
from tender.audit.seal import seal_final, seal_technical
from tender.audit.signing import Signing
from tender.errors import UsageError
from tender.scoring.funnel import PriceCheck
from tender.wording import Said, said
from tender.wording.lists import SEMICOLON, joined

TECHNICAL = "technical"
FINAL = "final"


def seal(root: Path, what: str, actor: str | None = None, key: KeyUse | None = None) -> dict[str, Any]:
    """Seal the technical evaluation (before the prices are opened) or everything (`final`); the log event.

    The actor signs with `key` (required where evaluators.yaml lists a key for them).
    """
    who = log.actor_name(actor)
    signing = signing_for(root, {who: key})
    ws, ev = evaluate_any(root)  # a tender divided into lots: one seal for all its lots
    refuse_if_gone(root, ws.tender.two_envelope)
    if what == TECHNICAL:
        return seal_technical(root, ws, who, signing)
    if not ev.prices_sealed:
        refuse_unresolved(open_checks(root, ws, ev))
    return seal_final(root, ws, who, signing, also=final_seal_check(ev.fingerprint))


def refuse_unresolved(checks: list[tuple[str | None, PriceCheck]], key: str = "clarify.unresolved") -> None:
    """Refuse the final seal (or, with its own sentence `key`, the award decision) while a price flagged as
    abnormally low (§ 60 VgV) has no recorded outcome (each named with its lot in a tender divided into lots)."""
    if checks:
        named = [unclarified(lot, c) for lot, c in checks]
        option = " --lot ID" if any(lot for lot, _ in checks) else ""
        raise UsageError(key, named=joined(named, SEMICOLON), option=option)


def unclarified(lot: str | None, check: PriceCheck) -> Said:
    """One price still to clarify: `lot test: elbtal (18780.00, no request)`."""
    request = said("clarify.requested", day=check.requested) if check.requested else said("clarify.no-request")
    bid = said("clarify.unresolved.bid", bidder=check.flag.bidder, price=check.flag.price, request=request)
    return said("clarify.unresolved.lot", lot=lot, bid=bid) if lot else bid


def open_prices(
    root: Path,
    witness: str,
    actor: str | None = None,
    key: KeyUse | None = None,
    witness_key: KeyUse | None = None,
) -> dict[str, Any]:
    """Open the prices in the presence of two different listed people, each signing with their own key; the event."""
    who, signing = witnessed(root, witness, actor, key, witness_key)
    ws, _ = evaluate_any(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    return record_opening(root, ws, who, witness, signing)


def witnessed(
    root: Path, witness: str, actor: str | None, key: KeyUse | None, witness_key: KeyUse | None
) -> tuple[str, Signing]:
    """The actor of an event with a witness, and the signing of both (each with their own key where listed)."""
    who = log.actor_name(actor)
    hints = {who: "--key PATH --passphrase-env VAR", witness: "--witness-key PATH --witness-passphrase-env VAR"}
    return who, signing_for(root, {who: key, witness: witness_key} if who != witness else {who: key}, hints)
