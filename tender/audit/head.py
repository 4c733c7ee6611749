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


def missing(events: list[dict[str, Any]], kept: Head, report: bool = False) -> Said | None:
    """Why the log no longer holds a head kept earlier (cut off or rewritten), or None when it does; `report`: the
    head was the log's when a report was made (else it was kept by hand)."""
    shown = f"{kept.hash[:SHOWN]}…"
    what = said("audit.head.report" if report else "audit.head.kept")
    if kept.seq == 0:
        if kept.hash == log.GENESIS[: len(kept.hash)]:
            return None
        return said("audit.head.no-genesis", log=log.LOG_NAME, hash=shown)
    if kept.seq > len(events):
        return said("audit.head.cut", log=log.LOG_NAME, count=len(events), seq=kept.seq, hash=shown, what=what)
    found = str(events[kept.seq - 1]["hash"])
    if not found.startswith(kept.hash):
        rewritten = {"log": log.LOG_NAME, "seq": kept.seq, "found": f"{found[:SHOWN]}…", "hash": shown, "what": what}
        return said("audit.head.rewritten", **rewritten)
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
