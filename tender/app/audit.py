"""`tender audit show/verify/repair`: read the audit trail, check it against the files, repair a torn line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.receipt import receipt_findings
from tender.audit import log
from tender.audit.seal import Phase, sealed_changes
from tender.errors import InputError
from tender.workspace import load_workspace


def audit_events(root: Path) -> tuple[list[dict[str, Any]], list[log.Problem]]:
    """The log's events and the problems found reading it."""
    return log.read(root)


def audit_problems(root: Path) -> tuple[list[str], int]:
    """Every problem of the audit trail (empty when sound) and the number of sound events."""
    events, problems = log.read(root)
    out = [str(p) for p in problems]
    if not (Path(root) / log.LOG_NAME).exists():
        return out, 0
    out += [str(f) for f in receipt_findings(root)]
    phase = Phase.of(events)
    if phase.last:
        try:
            ws = load_workspace(root)
        except InputError as exc:
            return [*out, "the workspace no longer reads as it was sealed:", *exc.lines()], len(events)
        out += [str(f) for f in sealed_changes(ws, phase)]
    return out, len(events)


def repair_log(root: Path, actor: str | None = None) -> Path | None:
    """Move a torn last line out of the log into a side file and record that; the side file, or None."""
    return log.repair(root, log.actor_name(actor))
