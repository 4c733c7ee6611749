"""The procedure on a tender with or without lots: the evaluation as the seals allow (one `Evaluation`, or every
lot's in a `LotsEvaluation`), each lot with its own workspace, and the § 60 checks still open in every lot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.evaluate import evaluate_lotted, evaluate_workspace, is_lotted
from tender.app.funnel import award_record
from tender.errors import UsageError
from tender.lotresult import LotResult, LotsEvaluation
from tender.model import Workspace
from tender.result import Evaluation
from tender.scoring.funnel import PriceCheck
from tender.scoring.lots import lot_workspaces

Evaluated = Evaluation | LotsEvaluation


def evaluate_any(root: Path) -> tuple[Workspace, Evaluated]:
    """The workspace and its evaluation as it may be shown now: every lot's where the tender is divided into lots."""
    if is_lotted(root):
        return evaluate_lotted(root)
    return evaluate_workspace(root)


def lot_parts(ws: Workspace, le: LotsEvaluation) -> list[tuple[LotResult, Workspace]]:
    """Each lot's result with the lot's workspace (the lot as a tender of its own, the bids for it)."""
    spaces = {lot.id: lws for lot, lws in lot_workspaces(ws)}
    return [(r, spaces[r.lot.id]) for r in le.lots]


def open_checks(
    root: Path, ws: Workspace, ev: Evaluated, events: list[dict[str, Any]] | None = None
) -> list[tuple[str | None, PriceCheck]]:
    """The § 60 VgV flags without a recorded outcome, each with its lot (None in a tender without lots)."""
    if isinstance(ev, Evaluation):
        return [(None, c) for c in award_record(root, ws, ev, events).unresolved()]
    return [
        (r.lot.id, check)
        for r, lws in lot_parts(ws, ev)
        for check in award_record(root, lws, r.evaluation, events).unresolved()
    ]


def chosen_lot(le: LotsEvaluation, lot: str | None, command: str) -> LotResult:
    """The lot named by `--lot` of a command that acts on one lot; refused when it is missing or unknown."""
    known = ", ".join(r.lot.id for r in le.lots)
    if lot is None:
        raise UsageError("lot.name-it", tender=le.tender.id, known=known, command=command)
    found = next((r for r in le.lots if r.lot.id == lot), None)
    if found is None:
        raise UsageError("lot.unknown", lot=lot, known=known)
    return found


def no_lot(lot: str | None) -> None:
    """Refuse `--lot` on a tender without lots."""
    if lot is not None:
        raise UsageError("lot.not-lotted", lot=lot)
