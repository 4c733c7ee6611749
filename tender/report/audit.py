"""The audit block every report carries: tool version, UTC time, input hashes, the result's fingerprint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tender import __version__
from tender.result import Evaluation, fingerprint

REPORT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Audit:
    """Who made the reports, when, from which inputs, and the fingerprint of the result."""

    tool_version: str
    created: datetime
    method: str
    inputs: dict[str, str]
    fingerprint: str
    attachment: str
    log_head: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The audit block of the JSON report."""
        return {
            "tool": "tender",
            "tool_version": self.tool_version,
            "created": self.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "method": self.method,
            "inputs": dict(sorted(self.inputs.items())),
            "fingerprint": self.fingerprint,
            "fingerprint_of": "sha256 of the canonical JSON of `result` (sorted keys, no spaces, UTF-8)",
            "log_head": self.log_head,
        }


def make_audit(ev: Evaluation, attachment: str, now: datetime | None = None, log_head: str | None = None) -> Audit:
    """The audit block for reports made now (UTC, whole seconds); log_head is the audit log's last event hash."""
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    method = str(ev.tender.method.name)
    return Audit(__version__, created, method, dict(ev.inputs), fingerprint(ev), attachment, log_head)


def report_document(result: dict[str, Any], audit: Audit) -> dict[str, Any]:
    """The JSON report: schema version, audit block and the result object (docs/reports.md)."""
    return {"schema_version": REPORT_SCHEMA_VERSION, "audit": audit.to_dict(), "result": result}
