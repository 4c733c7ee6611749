"""The audit block of a report in words: tool, method, time, fingerprint, the log's head, every seal, opening of the
prices and late bid the audit log records, the signatures and the input files' digests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tender.report.audit import Audit
from tender.report.messages import Messages
from tender.result import Evaluation

if TYPE_CHECKING:
    from datetime import datetime


def audit_view(ev: Evaluation, audit: Audit, msg: Messages) -> dict[str, Any]:
    """The audit block: tool, method, time, fingerprint and every input file's SHA-256."""
    return {
        "rows": [
            (msg("audit.tool"), f"tender {audit.tool_version}"),
            (msg("audit.method"), msg(f"method.{ev.tender.method.name}")),
            (msg("audit.time"), utc_text(audit.created)),
            *procedure_rows(audit, msg),
        ],
        "fingerprint": audit.fingerprint,
        "log_head": audit.head_text,
        "log_head_note": msg("audit.log_head_note", head=audit.head_text) if audit.head_text else "",
        "fingerprint_note": msg("audit.fingerprint_note", attachment=audit.attachment),
        "inputs": sorted(audit.inputs.items()),
        "annex_note": "",  # the memo's reference to the internal annex (tender.report.html.annex_note)
    }


def procedure_rows(audit: Audit, msg: Messages) -> list[tuple[str, str]]:
    """One row per seal and opening of the prices the audit log records, and per late bid: when, who, which event
    (and why the late bid was admitted); and one saying how many of the log's events are signed."""
    rows = []
    for m in audit.procedure:
        key = "audit.step.witnessed" if m.witness else "audit.step.by"
        when = utc_text(m.moment)
        rows.append((msg(f"audit.step.{m.step}"), msg(key, time=when, actor=m.actor, witness=m.witness, event=m.event)))
    for b in audit.late_bids:
        text = msg(
            "audit.late_bid", bidder=b.bidder, file=b.file, time=utc_text(b.moment), actor=b.actor, event=b.event
        )
        rows.append((msg("audit.step.late-bid"), f"{text}: {b.reason}"))
    if audit.signed_events is not None and audit.unsigned_events is not None:
        total = audit.signed_events + audit.unsigned_events
        key = "audit.signatures.none" if not audit.signed_events else "audit.signatures.some"
        text = msg(key, total=total, signed=audit.signed_events, unsigned=audit.unsigned_events)
        rows.append((msg("audit.signatures"), text))
    return rows


def utc_text(moment: datetime) -> str:
    """A UTC time as the audit block shows it: 2026-11-28 00:23:44 UTC."""
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
