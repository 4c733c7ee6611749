"""The audit block every report carries: tool version, UTC time, input hashes, the result's fingerprint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tender import __version__
from tender.result import Evaluation, fingerprint

REPORT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Milestone:
    """One step of the procedure as the audit log records it: a seal or the opening of the prices."""

    step: str  # seal-technical, open-prices or seal-final
    time: str  # UTC, ISO 8601, as in the log
    actor: str
    witness: str | None
    event: int

    @classmethod
    def of(cls, event: dict[str, Any]) -> Milestone:
        """The milestone an audit-log event records."""
        witness = event.get("details", {}).get("witness")
        return cls(event["action"], event["time"], event["actor"], witness, int(event["seq"]))

    @property
    def moment(self) -> datetime:
        """The time as a UTC datetime."""
        return datetime.fromisoformat(self.time).astimezone(UTC)

    def to_dict(self) -> dict[str, Any]:
        """The milestone in the JSON report's audit block."""
        return {"step": self.step, "time": self.time, "actor": self.actor, "witness": self.witness, "event": self.event}


@dataclass(frozen=True)
class LateBid:
    """A bid received after the technical seal and admitted as a procedure decision: by whom, when, why."""

    bidder: str
    file: str
    time: str  # UTC, ISO 8601, as in the log
    actor: str
    reason: str
    event: int

    @classmethod
    def of(cls, found: dict[str, Any]) -> LateBid:
        """A late bid as the audit log's import event records it (tender.audit.receipt.late_bids)."""
        return cls(found["bidder"], found["file"], found["time"], found["actor"], found["reason"], int(found["event"]))

    @property
    def moment(self) -> datetime:
        """The time as a UTC datetime."""
        return datetime.fromisoformat(self.time).astimezone(UTC)

    def to_dict(self) -> dict[str, Any]:
        """The late bid in the JSON report's audit block."""
        return {
            "bidder": self.bidder,
            "file": self.file,
            "time": self.time,
            "actor": self.actor,
            "reason": self.reason,
            "event": self.event,
        }


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
    procedure: tuple[Milestone, ...] = ()
    late_bids: tuple[LateBid, ...] = ()
    log_seq: int | None = None
    draft: bool = False
    signed_events: int | None = None  # how many of the log's events carry signatures (None: no log)
    unsigned_events: int | None = None
    final: bool = False  # made after the final seal
    record_fingerprint: str | None = None  # SHA-256 of the canonical JSON of the report's `record` (award record)

    @property
    def status(self) -> str | None:
        """final after `seal final`, draft before it where there is a procedure, None where there is none."""
        return "final" if self.final else "draft" if self.draft else None

    @property
    def head_text(self) -> str | None:
        """The log's head as SEQ:HASH (what `tender audit verify --head` takes), None without a log."""
        return None if self.log_head is None else f"{self.log_seq if self.log_seq is not None else 0}:{self.log_head}"

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
            "log_head_seq": self.log_seq,
            "draft": self.draft,
            "status": self.status,
            "procedure": [m.to_dict() for m in self.procedure],
            "late_bids": [b.to_dict() for b in self.late_bids],
            "signed_events": self.signed_events,
            "unsigned_events": self.unsigned_events,
            "record_fingerprint": self.record_fingerprint,
        }


@dataclass(frozen=True)
class LogState:
    """What the reports show of a workspace's audit log: its last event's hash, the procedure so far and how many
    of its events are signed."""

    head: str | None = None
    procedure: tuple[Milestone, ...] = ()
    late_bids: tuple[LateBid, ...] = ()
    seq: int | None = None  # the head's event number
    draft: bool = False  # made before the final seal of a workspace that keeps a procedure
    signed: int = 0
    unsigned: int = 0
    final: bool = False  # the log records the final seal


NO_LOG = LogState()  # a workspace without an audit log


def make_audit(ev: Evaluation, attachment: str, now: datetime | None = None, log: LogState = NO_LOG) -> Audit:
    """The audit block for reports made now (UTC, whole seconds), with the state of the audit log."""
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    method = str(ev.tender.method.name)
    counts = (log.signed, log.unsigned) if log.head is not None else (None, None)
    return Audit(
        __version__,
        created,
        method,
        dict(ev.inputs),
        fingerprint(ev),
        attachment,
        log.head,
        log.procedure,
        log.late_bids,
        log.seq,
        log.draft,
        counts[0],
        counts[1],
        log.final,
    )


def report_document(result: dict[str, Any], audit: Audit) -> dict[str, Any]:
    """The JSON report: schema version, audit block and the result object (docs/reports.md)."""
    return {"schema_version": REPORT_SCHEMA_VERSION, "audit": audit.to_dict(), "result": result}
