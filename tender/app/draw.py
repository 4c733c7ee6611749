"""`tender draw`: draw lots for the bids still level after the announced tie-break, before two listed people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.keys import KeyUse
from tender.app.lotproc import chosen_lot, evaluate_any, no_lot
from tender.app.seal import witnessed
from tender.audit.draw import record_draw
from tender.audit.head import refuse_if_gone
from tender.errors import UsageError
from tender.lotresult import LotsEvaluation
from tender.model import TieBreak


def draw(
    root: Path,
    witness: str,
    actor: str | None = None,
    key: KeyUse | None = None,
    witness_key: KeyUse | None = None,
    lot: str | None = None,
) -> dict[str, Any]:
    """Draw the order of every group of bids that share a rank after the announced tie-break (in one `lot` of a
    tender divided into lots); the log event."""
    who, signing = witnessed(root, witness, actor, key, witness_key)
    ws, evaluated = evaluate_any(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    if isinstance(evaluated, LotsEvaluation):
        ev = chosen_lot(evaluated, lot, "draw").evaluation
    else:
        no_lot(lot)
        ev = evaluated
    if TieBreak.LOT not in ev.tender.method.tie_break:
        if lot:
            raise UsageError("draw.not-announced.lot", lot=lot)
        raise UsageError("draw.not-announced")
    level: dict[int, list[str]] = {}
    for b in ev.ranked:
        if b.tied and b.rank is not None:
            level.setdefault(b.rank, []).append(b.bidder)
    ties = [sorted(group) for _, group in sorted(level.items())]
    return record_draw(root, ws, ties, who, witness, signing, lot)
