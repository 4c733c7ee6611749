"""`tender draw`: draw lots for the bids still level after the announced tie-break, before two listed people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.evaluate import evaluate_workspace
from tender.app.keys import KeyUse
from tender.app.seal import witnessed
from tender.audit.draw import record_draw
from tender.audit.head import refuse_if_gone
from tender.errors import UsageError
from tender.model import TieBreak


def draw(
    root: Path,
    witness: str,
    actor: str | None = None,
    key: KeyUse | None = None,
    witness_key: KeyUse | None = None,
) -> dict[str, Any]:
    """Draw the order of every group of bids that share a rank after the announced tie-break; the log event."""
    who, signing = witnessed(root, witness, actor, key, witness_key)
    ws, ev = evaluate_workspace(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    if TieBreak.LOT not in ws.tender.method.tie_break:
        raise UsageError("tender.yaml announces no drawing of lots: method.tie_break does not name `lot`")
    level: dict[int, list[str]] = {}
    for b in ev.ranked:
        if b.tied and b.rank is not None:
            level.setdefault(b.rank, []).append(b.bidder)
    return record_draw(root, ws, [sorted(group) for _, group in sorted(level.items())], who, witness, signing)
