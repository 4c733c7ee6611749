"""The audit log: an append-only, hash-chained JSON Lines file (audit.log) in the workspace."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tender.errors import TenderError
from tender.result import canonical_json
from tender.wording import Number, Said, said

LOG_NAME = "audit.log"
GENESIS = "0" * 64
EVENT_KEYS = ("seq", "time", "actor", "action", "details", "files", "prev", "hash")
# optional: {person id: signature over the event's hash}; not part of the hash it signs
SIGNATURES = "signatures"
Guard = Callable[[list[dict[str, Any]]], None]
Signer = Callable[[str], dict[str, str]]


class AuditError(TenderError):
    """The audit log cannot be appended to or read as it must be."""


@dataclass(frozen=True)
class Problem:
    """Something wrong with the log: where (line number, 0 for the log as a whole) and what."""

    line: int
    what: Said

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.what.text()

    def __str__(self) -> str:
        return self.text()

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The problem's line in `lang` ("audit.log: line 7: …")."""
        if self.line:
            return said("audit.line", log=LOG_NAME, line=self.line, problem=self.what).text(lang, number)
        return said("audit.whole", log=LOG_NAME, problem=self.what).text(lang, number)


def event_hash(event: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the event without its own hash (prev included)."""
    body = {k: v for k, v in event.items() if k not in ("hash", SIGNATURES)}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def actor_name(explicit: str | None = None) -> str:
    """Who acts: --actor, else $TENDER_ACTOR, else the operating-system user."""
    if explicit or os.environ.get("TENDER_ACTOR"):
        return explicit or os.environ["TENDER_ACTOR"]
    import getpass

    return getpass.getuser()


def now_utc() -> str:
    """The current UTC time, ISO 8601 with microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@contextmanager
def locked(path: Path) -> Iterator[int]:
    """Open the log for appending under an exclusive lock; yields the file descriptor."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # closing releases the lock


def tail(fd: int) -> bytes:
    """The last line of the file (with its newline, if it has one)."""
    size = os.fstat(fd).st_size
    chunk = 1 << 16
    start = max(0, size - chunk)
    data = os.pread(fd, size - start, start)
    while start > 0 and data.rstrip(b"\n").count(b"\n") == 0:
        start = max(0, start - chunk)
        data = os.pread(fd, size - start, start)
    body = data[:-1] if data.endswith(b"\n") else data
    cut = body.rfind(b"\n")
    return data[cut + 1 :]


def append(
    root: Path,
    action: str,
    actor: str,
    details: dict[str, Any],
    files: dict[str, str],
    *,
    guard: Guard | None = None,
    sign: Signer | None = None,
) -> dict[str, Any]:
    """Append one event under the lock, written whole and fsync'd; refuses after a torn last line.

    `guard` sees the log's sound events under the same lock and raises to refuse the append (a check
    and its record cannot be split by a concurrent command); `sign` returns the signatures over the
    new event's hash.
    """
    path = Path(root) / LOG_NAME
    with locked(path) as fd:
        if guard is not None:
            guard(read(root)[0])
        last = tail(fd)
        if last and not last.endswith(b"\n"):
            raise AuditError(
                f"{path}: the last line is torn (an interrupted write); run `tender audit verify` and "
                "`tender audit repair` before anything else is recorded"
            )
        if last:
            try:
                previous = json.loads(last)
                seq, prev = int(previous["seq"]) + 1, str(previous["hash"])
            except (ValueError, KeyError, TypeError) as exc:
                raise AuditError(
                    f"{path}: the last line is not a valid event ({exc}); run `tender audit verify`"
                ) from None
        else:
            seq, prev = 1, GENESIS
        event: dict[str, Any] = {
            "seq": seq,
            "time": now_utc(),
            "actor": actor,
            "action": action,
            "details": details,
            "files": dict(sorted(files.items())),
            "prev": prev,
        }
        event["hash"] = event_hash(event)
        if sign is not None and (signatures := sign(event["hash"])):
            event[SIGNATURES] = dict(sorted(signatures.items()))
        line = (canonical_json(event) + "\n").encode("utf-8")
        written = os.write(fd, line)
        if written != len(line):  # pragma: no cover - a short write on a local file means a full disk
            raise AuditError(f"{path}: short write ({written} of {len(line)} bytes)")
        os.fsync(fd)
    return event


def read(root: Path) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Every event of the log, and every problem with the chain (empty when it is sound)."""
    path = Path(root) / LOG_NAME
    if not path.exists():
        return [], [Problem(0, said("audit.no-log"))]
    data = path.read_bytes()
    events: list[dict[str, Any]] = []
    problems: list[Problem] = []
    lines = data.split(b"\n")
    torn = lines.pop() if lines else b""
    prev = GENESIS
    for number, raw in enumerate(lines, start=1):
        try:
            event = json.loads(raw)
            if not isinstance(event, dict) or tuple(sorted(k for k in event if k != SIGNATURES)) != tuple(
                sorted(EVENT_KEYS)
            ):
                raise ValueError("not an event")
        except ValueError:
            problems.append(Problem(number, said("audit.not-event")))
            break
        if event["seq"] != number:
            problems.append(Problem(number, said("audit.sequence", seq=event["seq"], line=number)))
            break
        if event["prev"] != prev:
            problems.append(Problem(number, said("audit.chain")))
            break
        if event_hash(event) != event["hash"]:
            problems.append(Problem(number, said("audit.changed-event", seq=event["seq"], action=event["action"])))
            break
        events.append(event)
        prev = event["hash"]
    if torn and not problems:
        problems.append(Problem(len(lines) + 1, said("audit.torn")))
    return events, problems


def head(root: Path) -> str | None:
    """The hash of the last sound event of the log; None when the workspace has no log."""
    if not (Path(root) / LOG_NAME).exists():
        return None
    events, _ = read(root)
    return events[-1]["hash"] if events else GENESIS


def repair(root: Path, actor: str) -> Path | None:
    """Move a torn last line out of the log into a side file and record that; None if nothing was torn."""
    path = Path(root) / LOG_NAME
    with locked(path) as fd:
        data = os.pread(fd, os.fstat(fd).st_size, 0)
        cut = data.rfind(b"\n") + 1
        if cut == len(data):
            return None
        side = path.with_name(f"{LOG_NAME}.torn-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}")
        side.write_bytes(data[cut:])
        os.ftruncate(fd, cut)
        os.fsync(fd)
    digest = hashlib.sha256(data[cut:]).hexdigest()
    append(root, "repair", actor, {"torn_bytes": len(data) - cut, "moved_to": side.name}, {side.name: digest})
    return side
