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
from tender.audit.seal import phase_of, sealed_changes
from tender.errors import InputError
from tender.gcpause import gc_paused
from tender.model import Workspace
from tender.result import BULK, Evaluation
from tender.scoring import evaluate
from tender.scoring.envelope import quality_only
from tender.workspace import load_workspace


def evaluate_workspace(root: Path) -> tuple[Workspace, Evaluation]:
    """The workspace and its evaluation as it may be shown now.

    Refuses (InputError naming the files) when a bid or score file differs from its import or a sealed
    input changed; in a two-envelope procedure the prices stay out until they have been opened.
    """
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
    found = clarifications(events)
    if found:
        ws = replace(ws, clarifications=ws.clarifications + found)
    ev = evaluate(ws)
    if ws.tender.two_envelope and not phase.opened:
        ev = quality_only(ev)
    return ws, ev


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
    _, ev = evaluate_workspace(root)
    write(ev.to_dict(), BULK if ev.bulk_finite() else ())
