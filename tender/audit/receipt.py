"""Bids and scores are sealed at receipt: the files in bids/ and scores/ against the import events that recorded them.

Pure: given the audit log's events and the SHA-256 of every file now in bids/ and scores/, list each
file changed, added or removed outside an import, naming the import event (seq, time, actor).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tender.errors import Finding
from tender.wording import Said, said

IMPORT_ACTIONS = ("import-bids", "import-scores")
FOLDERS = {"import-bids": "bids", "import-scores": "scores"}


@dataclass(frozen=True)
class Receipt:
    """A file as an import recorded it: its SHA-256 and the import event."""

    sha256: str
    event: dict[str, Any]


def imports(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The import events of a log, in order."""
    return [e for e in events if e["action"] in IMPORT_ACTIONS]


def receipts(events: list[dict[str, Any]]) -> dict[str, Receipt]:
    """Every file the imports put in bids/ or scores/ and that no later import moved aside, by path."""
    out: dict[str, Receipt] = {}
    for event in imports(events):
        for old in event["details"].get("replaced", {}):
            out.pop(old, None)
        for path, digest in event["files"].items():
            out[path] = Receipt(digest, event)
    return out


def event_words(event: dict[str, Any]) -> Said:
    """An event as a finding names it (tender/wording `receipt.event`)."""
    return said("receipt.event", seq=event["seq"], time=event["time"], actor=event["actor"])


def when(event: dict[str, Any]) -> str:
    """An event as a message names it: `audit event 3, 2026-12-03T05:20:01.123456Z, by braun`."""
    return f"audit event {event['seq']}, {event['time']}, by {event['actor']}"


def differences(events: list[dict[str, Any]], now: dict[str, str]) -> list[Finding]:
    """Each file in bids/ or scores/ (path → SHA-256 now) changed, added or removed outside an import.

    Nothing when the log records no import: a workspace run without the procedure is not checked.
    """
    recorded = imports(events)
    if not recorded:
        return []
    expected = receipts(events)
    last = {FOLDERS[e["action"]]: e for e in recorded}
    out: list[Finding] = []
    for path in sorted(set(expected) | set(now)):
        receipt = expected.get(path)
        if receipt is None:
            folder = path.split("/", 1)[0]
            latest = last.get(folder)
            since = (
                said("receipt.last-import", folder=folder, event=event_words(latest))
                if latest
                else said("receipt.no-import", folder=folder)
            )
            out.append(Finding.of("added-outside-import", path, "", since=since))
        elif path not in now:
            out.append(Finding.of("removed-outside-import", path, "", event=event_words(receipt.event)))
        elif now[path] != receipt.sha256:
            out.append(
                Finding.of(
                    "changed-outside-import",
                    path,
                    "",
                    event=event_words(receipt.event),
                    now=now[path][:16],
                    sha256=receipt.sha256[:16],
                )
            )
    return out


def late_bids(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bids imported late (after the technical seal, as a procedure decision): file, bidder, event, reason."""
    out = []
    for event in imports(events):
        details = event["details"]
        if event["action"] == "import-bids" and details.get("late"):
            for path in event["files"]:
                owners = details.get("owners", {}).get(path) or [""]
                out.append(
                    {
                        "file": path,
                        "bidder": owners[0],
                        "event": event["seq"],
                        "time": event["time"],
                        "actor": event["actor"],
                        "reason": details.get("reason", ""),
                    }
                )
    return out


def admitted_after(events: list[dict[str, Any]], seq: int) -> frozenset[str]:
    """The files imports recorded (or moved aside) after the event `seq`: their receipt, not that seal, holds them."""
    paths: set[str] = set()
    for event in imports(events):
        if event["seq"] > seq:
            paths |= set(event["files"]) | set(event["details"].get("replaced", {}))
    return frozenset(paths)
