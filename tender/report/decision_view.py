"""The award record in the memo: the record's dates on the cover, the decision block, the people section and
the status marks (DRAFT or FINAL, and CONFIDENTIAL) of every page and sheet."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tender.report.audit import Audit
from tender.report.decision_record import DecisionRecord
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.recommend import recommendation
from tender.result import Evaluation

SEALS = ("seal-technical", "seal-final")


def day(text: str) -> datetime:
    """A YYYY-MM-DD day as a datetime (for Formatter.date)."""
    return datetime.fromisoformat(text[:10])


def cover_dates(audit: Audit, record: DecisionRecord, msg: Messages, fmt: Formatter) -> list[tuple[str, str]]:
    """The cover's dates from the record: the decision, the procedure's evaluation date, the seals; the day the
    report was rendered only under its own label (so that rendering it again never re-dates the memo)."""
    rows = []
    if record.decision is not None:
        rows.append((msg("date.decision"), fmt.date(day(record.decision.date))))
    if record.evaluation_date is not None:
        rows.append((msg("date.evaluation"), fmt.date(day(record.evaluation_date))))
    rows += [(msg(f"date.{m.step}"), fmt.date(m.moment)) for m in audit.procedure if m.step in SEALS]
    if not rows and not audit.procedure:
        rows.append((msg("date.evaluation"), msg("date.evaluation_none")))
    rows.append((msg("date.rendered"), fmt.date(audit.created)))
    return rows


def decision_view(ev: Evaluation, record: DecisionRecord, msg: Messages, fmt: Formatter) -> dict[str, Any]:
    """The decision block: date, proposer, approver, winner and the recommendation in the report's language;
    empty while the prices are sealed."""
    if ev.prices_sealed:
        return {}
    d = record.decision
    if d is None:
        return {"rows": [], "text": msg("decision.none"), "note": ""}
    approved = (
        msg(
            "decision.approved_value",
            person=record.named(d.approver),
            date=fmt.date(day(d.approval_date or d.date)),
            event=d.approval_event,
        )
        if d.approver
        else msg("decision.unapproved")
    )
    rows = [
        (msg("decision.date"), fmt.date(day(d.date))),
        (msg("decision.winner"), f"{d.winner_name} ({d.winner})"),
        (
            msg("decision.proposer"),
            msg("decision.proposed_value", person=record.named(d.proposer), date=fmt.date(day(d.date)), event=d.event),
        ),
        (msg("decision.approver"), approved),
    ]
    if record.letters is not None:
        s = record.letters
        text = msg(
            "decision.letters_value",
            count=s.count,
            sent_on=fmt.date(day(s.sent_on)),
            channel=msg(f"channel.{s.channel}"),
            end=fmt.date(day(s.standstill_end)),
            earliest=fmt.date(day(s.earliest_award)),
            event=s.event,
        )
        rows.append((msg("decision.letters"), text))
    stale = d.fingerprint != ev.fingerprint
    note = msg("decision.stale", fingerprint=d.fingerprint[:16]) if stale else ""
    return {"rows": rows, "text": recommendation(d.margins, msg, fmt), "note": note}


def marks(audit: Audit, msg: Messages) -> str:
    """The mark of every page and sheet: DRAFT before the final seal, FINAL after it, CONFIDENTIAL always."""
    status = [msg(f"mark.{audit.status}")] if audit.status else []
    return " · ".join([*status, msg("mark.confidential")])


def people_data(record: DecisionRecord, msg: Messages) -> dict[str, Any]:
    """The people section: every listed person by name and role, their declaration date and tasks."""
    rows = [
        (
            p.id,
            p.name,
            p.role,
            p.declaration or msg("people.no_declaration"),
            ", ".join(msg(f"task.{t}") for t in p.tasks) or "–",
        )
        for p in record.people or ()
    ]
    head = tuple(msg(f"people.{k}") for k in ("name", "id", "role", "declaration", "tasks"))
    note = msg("people.legend") if record.people is not None else msg("people.none")
    return {"head": head, "rows": [(r[1], r[0], *r[2:]) for r in rows], "note": note}
