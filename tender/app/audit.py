"""`tender audit show/verify/head/repair`: the audit trail, checked against the files and a kept head."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.keys import listed_people
from tender.app.receipt import receipt_findings
from tender.audit import head, log, pin
from tender.audit.draw import draw_problems
from tender.audit.seal import Phase, sealed_changes
from tender.audit.signing import signature_problems
from tender.errors import InputError, UsageError
from tender.wording import Said
from tender.workspace import load_tender, load_workspace


def audit_events(root: Path) -> tuple[list[dict[str, Any]], list[log.Problem]]:
    """The log's events and the problems found reading it."""
    return log.read(root)


def audit_problems(root: Path, kept_head: str | None = None) -> tuple[list[str | Said], int]:
    """Every problem of the audit trail (empty when sound; a line, or the catalogue's words) and the number of
    sound events.

    Also: a log emptied, or missing where tender.yaml declares the two-envelope procedure; report files
    edited since their report event; with `kept_head` (SEQ:HASH), a head the log no longer holds (cut off
    or rewritten).
    """
    kept = None if kept_head is None else head.parse(kept_head)
    events, problems = log.read(root)
    gone = head.log_problem(root, events, two_envelope(root))
    out: list[str | Said] = [gone] if gone else [str(p) for p in problems]
    if kept is not None and (cut := head.missing(events, kept)):
        out.append(cut)
    if not (Path(root) / log.LOG_NAME).exists():
        return out, 0
    out += pin.changed_reports(root, events)
    out += [str(f) for f in receipt_findings(root, events=events)]
    try:
        people = listed_people(root) or {}
    except InputError as exc:
        return [*out, "evaluators.yaml cannot be read, so no signature can be checked:", *exc.lines()], len(events)
    out += signature_problems(events, {p.id: p.public_key for p in people.values()})
    out += draw_problems(events)
    phase = Phase.of(events)
    if phase.last:
        try:
            ws = load_workspace(root)
        except InputError as exc:
            return [*out, "the workspace no longer reads as it was sealed:", *exc.lines()], len(events)
        out += [str(f) for f in sealed_changes(ws, phase)]
    return out, len(events)


def two_envelope(root: Path) -> bool:
    """Whether the workspace's tender.yaml declares the two-envelope procedure (False if it cannot be read)."""
    try:
        return load_tender(root).two_envelope
    except InputError:
        return False


def log_head(root: Path) -> head.Head:
    """The head of the workspace's log; a usage error when it keeps none."""
    found = head.current(root)
    if found is None:
        raise UsageError("usage.no-log", path=str(Path(root) / log.LOG_NAME))
    return found


def repair_log(root: Path, actor: str | None = None) -> Path | None:
    """Move a torn last line out of the log into a side file and record that; the side file, or None."""
    return log.repair(root, log.actor_name(actor))
