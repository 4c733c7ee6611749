"""`tender evaluate` and every use case that evaluates: read, check the seals, evaluate, keep sealed prices sealed."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path
from typing import Any

from tender.app.receipt import check_receipts
from tender.app.staging import check_clean
from tender.audit import log
from tender.audit.clarify import clarifications
from tender.audit.draw import drawn_orders
from tender.audit.seal import phase_of, sealed_changes
from tender.errors import InputError, TenderError, UsageError
from tender.gcpause import gc_paused
from tender.lotresult import LotsEvaluation
from tender.model import Workspace
from tender.result import BULK, Evaluation
from tender.scoring import evaluate
from tender.scoring.envelope import quality_only
from tender.scoring.lots import evaluate_lots
from tender.workspace import load_tender, load_workspace


def evaluate_workspace(root: Path) -> tuple[Workspace, Evaluation]:
    """The workspace and its evaluation as it may be shown now.

    Refuses (InputError naming the files) when a bid or score file differs from its import or a sealed
    input changed; in a two-envelope procedure the prices stay out until they have been opened. A lotted
    tender is refused here (UsageError): the commands that know lots call evaluate_lotted.
    """
    ws, opened = checked_workspace(root)
    if ws.tender.lots:
        raise UsageError("lot.whole-only", tender=ws.tender.id, known=", ".join(lot.id for lot in ws.tender.lots))
    ev = evaluate(ws)
    if ws.tender.two_envelope and not opened:
        ev = quality_only(ev)
    return ws, ev


def evaluate_lotted(root: Path) -> tuple[Workspace, LotsEvaluation]:
    """A lotted tender's workspace and the evaluation of every lot with the award, as it may be shown now (the
    same checks as evaluate_workspace; while the prices are sealed, each lot by quality alone and no award)."""
    ws, opened = checked_workspace(root)
    return ws, evaluate_lots(ws, sealed=ws.tender.two_envelope and not opened)


def checked_workspace(root: Path) -> tuple[Workspace, bool]:
    """The workspace read and checked against its imports and seals, with the drawings and clarifications of its
    log; and whether the prices have been opened."""
    check_clean(Path(root))
    try:
        ws = load_workspace(root)
    except InputError:
        check_receipts(Path(root))  # a file changed outside an import says more than what it now fails
        raise
    events, problems = log.read(Path(root))  # read once, for the receipts, the phase and the clarifications
    check_receipts(Path(root), ws.inputs, events)  # the hashes the workspace has taken: no file is read twice
    phase = phase_of(events, problems)
    changed = sealed_changes(ws, phase)
    if changed:
        raise InputError(changed)
    if ws.tender.method.tie_break:
        ws = replace(ws, draws=drawn_orders(events))  # the drawings recorded in the log decide the ties left to lot
    if ws.tender.lots:  # each lot's own drawings (a lot may announce its own tie-break)
        ws = replace(ws, lot_draws={lot.id: drawn_orders(events, lot.id) for lot in ws.tender.lots})
    found = clarifications(events)
    if found:
        ws = replace(ws, clarifications=ws.clarifications + found)
    return ws, phase.opened is not None


def evaluation_json(root: Path, write: Callable[[dict[str, Any], Collection[str]], object]) -> None:
    """`tender evaluate --json`: evaluate and hand the JSON result to `write`, with the keys known to hold only
    finite numbers (write_json need not search them again).

    The cyclic garbage collector stays paused from reading to writing: nothing made here is in a reference
    cycle, and its full scans of the hundreds of thousands of scores and dicts cost a tenth of the time.
    """
    with gc_paused():
        write_evaluation(root, write)


def write_evaluation(root: Path, write: Callable[[dict[str, Any], Collection[str]], object]) -> None:
    """The work of evaluation_json, in a function of its own: what it made is freed when it returns, before the
    collector resumes (which would otherwise scan all of it once, at 500 bids for 0.05 s)."""
    if is_lotted(root):
        write(evaluate_lotted(root)[1].to_dict(), ())
        return
    _, ev = evaluate_workspace(root)
    write(ev.to_dict(), BULK if ev.bulk_finite() else ())


def is_lotted(root: Path) -> bool:
    """Whether the workspace's tender is divided into lots (an unreadable tender.yaml: its command says why)."""
    try:
        return bool(load_tender(Path(root)).lots)
    except TenderError:
        return False
