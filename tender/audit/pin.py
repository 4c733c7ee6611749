"""Reports pinned in the audit log: the digest of a report's bytes, which event recorded them, which changed since."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tender.wording import Said, said

REPORT = "report"  # the action of the event that records the reports a run wrote


def unsigned_bytes(data: bytes) -> bytes:
    """The bytes of a report as `tender report` wrote them.

    The one place that knows what a later step may add to a report without changing it: `tender sign`
    appends PAdES signatures to a PDF as incremental updates, so a signed PDF is cut back here to its
    revision before the first signature. Every other report is its bytes.
    """
    from tender.audit.pdfsign import recorded_bytes

    return recorded_bytes(data) if data.startswith(b"%PDF") else data


def report_digest(data: bytes) -> str:
    """The SHA-256 (hex) the log records for a report: of its bytes as written (see unsigned_bytes)."""
    return hashlib.sha256(unsigned_bytes(data)).hexdigest()


def file_digest(path: Path) -> str:
    """report_digest of a file's bytes."""
    return report_digest(path.read_bytes())


@dataclass(frozen=True)
class Pin:
    """Where the log records a report's bytes: the report event and the path it wrote them to."""

    event: dict[str, Any]
    path: str

    def words(self) -> Said:
        """describe() in the catalogue's words (tender/wording/verify.py), for either language."""
        e = self.event
        kind = "annex" if e["details"].get("annex") else "report"
        kind = f"draft-{kind}" if e["details"].get("draft") else kind
        what = said(f"verify.kind.{kind}")  # verify.kind.report, .annex, .draft-report, .draft-annex
        return said("verify.event", seq=str(e["seq"]), kind=what, actor=e["actor"], time=e["time"], path=self.path)

    def describe(self) -> str:
        """'audit event 12 (report, by braun at 2026-…Z) as reports/x.pdf' ('draft report' before the final seal,
        'annex' for the internal annex)."""
        e = self.event
        kind = "annex" if e["details"].get("annex") else "report"
        kind = f"draft {kind}" if e["details"].get("draft") else kind
        return f"audit event {e['seq']} ({kind}, by {e['actor']} at {e['time']}) as {self.path}"


def recorded(events: list[dict[str, Any]]) -> dict[str, tuple[dict[str, Any], str]]:
    """Every report path the log records, with the last report event that wrote it and the digest it wrote."""
    out: dict[str, tuple[dict[str, Any], str]] = {}
    for event in events:
        if event["action"] == REPORT:
            for path, digest in event["files"].items():
                out[path] = (event, digest)
    return out


def find(events: list[dict[str, Any]], digest: str) -> Pin | None:
    """The latest report event that recorded these bytes, or None."""
    for event in reversed(events):
        if event["action"] == REPORT:
            for path, recorded_digest in event["files"].items():
                if recorded_digest == digest:
                    return Pin(event, path)
    return None


def bytes_problem(events: list[dict[str, Any]], name: str, digest: str) -> Said:
    """Why a report's bytes are not in the log: the event that recorded a file of its name with other bytes."""
    same_name = [
        (event, path)
        for path, (event, _) in recorded(events).items()
        if path == name or Path(path).name == Path(name).name
    ]
    if same_name:
        event, path = max(same_name, key=lambda found: int(found[0]["seq"]))
        return said("verify.bytes.edited", seq=str(event["seq"]), path=path)
    return said("verify.bytes.unknown")


def changed_reports(root: Path, events: list[dict[str, Any]]) -> list[Said]:
    """Report files and letters still present whose bytes are not the ones their last report or letters event
    recorded.

    A report moved away or deleted is not a finding (reports are filed elsewhere); one edited in place is.
    """
    from tender.audit.decision import LETTERS

    written: dict[str, tuple[dict[str, Any], str]] = {}
    for event in events:
        if event["action"] in (REPORT, LETTERS):
            written.update((path, (event, digest)) for path, digest in event["files"].items())
    out = []
    for path, (event, digest) in sorted(written.items()):
        file = Path(root) / path
        if file.is_file() and file_digest(file) != digest:
            out.append(said("audit.report-changed", path=path, seq=event["seq"], action=event["action"]))
    return out
