"""The log's head (its last event's seq and hash), kept outside to prove later that no events were cut off,
and the refusal to go on when the whole log is gone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.errors import UsageError
from tender.wording import Said, said
from tender.wording.lists import quoted

HEAD_FORMAT = re.compile(r"^(\d{1,12}):([0-9a-f]{16,64})$")
SHOWN = 16  # hex digits of a hash in a message
# the folders whose files show that a procedure was under way
PROCEDURE_FOLDERS = ("bids", "scores", "reports")


@dataclass(frozen=True)
class Head:
    """A log's head: the number and hash of its last event (0 and the genesis hash for an empty log)."""

    seq: int
    hash: str
    action: str = field(default="", compare=False)  # what the event recorded, where known

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


def of(events: list[dict[str, Any]]) -> Head:
    """The head of a log's sound events."""
    if not events:
        return Head(0, log.GENESIS)
    return Head(int(events[-1]["seq"]), str(events[-1]["hash"]), str(events[-1]["action"]))


def current(root: Path) -> Head | None:
    """The head of a workspace's log; None when it keeps no log."""
    if not (Path(root) / log.LOG_NAME).exists():
        return None
    return of(log.read(root)[0])


def parse(text: str) -> Head:
    """`12:3f2a…` (the full hash, or at least its first 16 hex digits) as a Head; a usage error otherwise."""
    found = HEAD_FORMAT.match(text.strip().lower())
    if found is None:
        raise UsageError("head.bad", found=quoted(text))
    return Head(int(found.group(1)), found.group(2))


def missing(events: list[dict[str, Any]], kept: Head, what: str = "its head when it was kept") -> str | None:
    """Why the log no longer holds a head kept earlier (cut off or rewritten), or None when it does."""
    shown = f"{kept.hash[:SHOWN]}…"
    if kept.seq == 0:
        return (
            None if kept.hash == log.GENESIS[: len(kept.hash)] else f"{log.LOG_NAME}: no event 0 has the hash {shown}"
        )
    if kept.seq > len(events):
        return (
            f"{log.LOG_NAME}: ends at event {len(events)}: event {kept.seq} ({shown}), {what}, is gone "
            "(the log was cut)"
        )
    found = str(events[kept.seq - 1]["hash"])
    if not found.startswith(kept.hash):
        return (
            f"{log.LOG_NAME}: event {kept.seq} has the hash {found[:SHOWN]}…, not {shown}, {what} "
            "(the log was rewritten)"
        )
    return None


def gone(root: Path, two_envelope: bool) -> str | None:
    """Why the procedure cannot be recorded (its words in tender/wording): the log was emptied, or deleted from a
    two-envelope workspace that already holds bids, scores or reports; None when the log can go on (or start)."""
    path = Path(root) / log.LOG_NAME
    if path.exists():
        if path.stat().st_size == 0:
            return "usage.log-empty"
        return None
    if two_envelope and procedure_files(root):
        return "usage.log-missing"
    return None


def refuse_if_gone(root: Path, two_envelope: bool) -> None:
    """Raise a usage error when the record is gone (see gone)."""
    reason = gone(root, two_envelope)
    if reason is not None:
        raise UsageError(reason, log=log.LOG_NAME)


def procedure_files(root: Path) -> list[Path]:
    """The files (not hidden ones) in bids/, scores/ and reports/."""
    out = []
    for folder in PROCEDURE_FOLDERS:
        path = Path(root) / folder
        if path.is_dir():
            out += [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")]
    return out


def log_problem(root: Path, events: list[dict[str, Any]], two_envelope: bool) -> Said | None:
    """What `audit verify` says of a log that is empty, or missing from a two-envelope workspace."""
    path = Path(root) / log.LOG_NAME
    if not path.exists():
        return said("head.log-missing", log=log.LOG_NAME) if two_envelope else None
    if not events and path.stat().st_size == 0:
        return said("head.log-empty", log=log.LOG_NAME)
    return None
