"""`tender letters`: after the approved award decision, write the § 134 GWB letter to every bidder (PDF and
.docx), all or none, and record which letters with their SHA-256 in the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tender.app.decide import parse_day
from tender.app.keys import KeyUse, signing_for
from tender.app.lotproc import evaluate_any
from tender.atomic import write_all
from tender.audit import log, pin
from tender.audit.decision import LETTERS, Decided, logged
from tender.audit.head import refuse_if_gone
from tender.errors import UsageError
from tender.lotresult import LotsEvaluation
from tender.report.letter_render import letter_docx, letter_pdf
from tender.report.letters import Letter, letters
from tender.report.lot_letters import lot_letters
from tender.report.messages import LANGUAGES
from tender.report.standstill import DAYS, standstill
from tender.wording.lists import quoted


@dataclass(frozen=True)
class Written:
    """The letters written, the standstill's end, the earliest award date and the event that records them."""

    files: list[Path]
    standstill_end: str
    earliest_award: str
    event: int


def write_letters(
    root: Path,
    actor: str | None = None,
    lang: str | None = None,
    sent_on: str | None = None,
    channel: str = "post",
    out: Path | None = None,
    key: KeyUse | None = None,
) -> Written:
    """Write one letter per bidder (in a tender divided into lots: per lot and bidder of the lot) for the approved
    decision the log records, sent on `sent_on` (default today) by `channel`, into `out` (default DIR/letters);
    record them (signed by the actor's `key`)."""
    who = log.actor_name(actor)
    signing = signing_for(root, {who: key})
    ws, ev = evaluate_any(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    found = approved_decision(logged(root), ev.fingerprint)
    if channel not in DAYS:
        raise UsageError("letters.channel", channel=quoted(channel), known=", ".join(DAYS))
    lang = lang or (ev.tender.language if ev.tender.language in LANGUAGES else "en")
    if lang not in LANGUAGES:
        raise UsageError("letters.language", lang=quoted(lang), known=", ".join(LANGUAGES))
    day = sending_day(sent_on, str(found.approval_date))
    period = standstill(day, channel)
    contacts = {str(b.bidder): b.contact for b in ws.bids}
    created = datetime(day.year, day.month, day.day, tzinfo=UTC)
    folder = out if out is not None else Path(root) / "letters"
    files: dict[Path, bytes] = {}
    written: list[tuple[str | None, Letter]]
    if isinstance(ev, LotsEvaluation):
        written = list(lot_letters(ev, period, lang, contacts, ev.fingerprint))
    else:
        written = [(None, one) for one in letters(ev, found.details["winner"], period, lang, contacts, ev.fingerprint)]
    for lot, one in written:
        base = folder / f"{ev.tender.id}-{lot + '-' if lot else ''}{one.bidder}-{lang}"
        files[base.with_suffix(".pdf")] = letter_pdf(one)
        files[base.with_suffix(".docx")] = letter_docx(one, created)
    folder.mkdir(parents=True, exist_ok=True)
    write_all(files)
    from tender.workspace import rel

    digests = {rel(Path(root), p): pin.file_digest(p) for p in files}
    awarded = {"winner": found.details["winner"]} if "winner" in found.details else {"awards": found.details["awards"]}
    details: dict[str, Any] = {
        "decision": found.event["seq"],
        **awarded,
        "sent_on": day.isoformat(),
        "channel": channel,
        "days": period.days,
        "standstill_end": period.end.isoformat(),
        "earliest_award": period.earliest_award.isoformat(),
        "language": lang,
        "letters": [f"{lot}/{one.bidder}" for lot, one in written]
        if isinstance(ev, LotsEvaluation)
        else sorted(b.bidder for b in ev.bids),
    }

    def same_decision(events: list[dict[str, Any]]) -> None:
        now = Decided.of(events)
        if now is None or now.event["seq"] != found.event["seq"] or now.approver is None:
            raise UsageError("letters.moved")

    try:
        event = log.append(
            root, LETTERS, who, signing.details(details), digests, guard=same_decision, sign=signing.sign
        )
    except BaseException:
        for path in files:  # all letters or none: without their event they are not sent
            path.unlink(missing_ok=True)
        raise
    return Written(list(files), period.end.isoformat(), period.earliest_award.isoformat(), int(event["seq"]))


def approved_decision(events: list[dict[str, Any]], fingerprint: str) -> Decided:
    """The approved decision on this evaluation the log records; refused otherwise, saying what is missing."""
    found = Decided.of(events)
    if found is None:
        raise UsageError("letters.no-decision")
    if found.approver is None:
        raise UsageError("letters.unapproved", event=found.describe())
    if found.details.get("fingerprint") != fingerprint:
        raise UsageError("letters.stale", event=found.describe())
    return found


def sending_day(text: str | None, approved: str) -> date:
    """The day the letters are sent: YYYY-MM-DD (default today), not before the decision was approved."""
    day = datetime.now(UTC).date() if text is None else parse_day(text, "--sent-on")
    if day.isoformat() < approved:
        raise UsageError("letters.before-approval", day=day.isoformat(), approved=approved)
    return day
