"""`tender evaluate` and every use case that evaluates: read, check the seals, evaluate, keep sealed prices sealed."""

from __future__ import annotations

from pathlib import Path

from tender.audit.seal import current_phase, sealed_changes
from tender.errors import InputError
from tender.model import Workspace
from tender.result import Evaluation
from tender.scoring import evaluate
from tender.scoring.envelope import quality_only
from tender.workspace import load_workspace


def evaluate_workspace(root: Path) -> tuple[Workspace, Evaluation]:
    """The workspace and its evaluation as it may be shown now.

    Refuses (InputError naming the files) when a sealed input changed; in a two-envelope procedure
    the prices stay out until they have been opened.
    """
    ws = load_workspace(root)
    phase = current_phase(Path(root))
    changed = sealed_changes(ws, phase)
    if changed:
        raise InputError(changed)
    ev = evaluate(ws)
    if ws.tender.two_envelope and not phase.opened:
        ev = quality_only(ev)
    return ws, ev
