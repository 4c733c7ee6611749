"""`tender decide`: record the award decision (the winner, the recommendation with its margins) and its approval
by a second listed person in the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tender.app.keys import KeyUse, signing_for
from tender.app.lotdecide import lots_decision
from tender.app.lotproc import evaluate_any
from tender.app.lowprice import refuse_unclarified
from tender.audit import log
from tender.audit.decision import check_person, logged, record_approval, record_decision
from tender.audit.head import refuse_if_gone
from tender.audit.seal import Phase
from tender.errors import UsageError
from tender.lotresult import LotsEvaluation
from tender.report.fmt import Formatter
from tender.report.messages import LANGUAGES, Messages
from tender.report.recommend import Margins, recommendation
from tender.wording import said
from tender.wording.lists import quoted


def decide(
    root: Path,
    actor: str | None = None,
    on: str | None = None,
    approved_by: str | None = None,
    key: KeyUse | None = None,
    approver_key: KeyUse | None = None,
) -> dict[str, Any]:
    """Record the award decision on the evaluation as it stands (its single winner, the recommendation with the
    winner's margins), proposed by `actor` on `on` (YYYY-MM-DD, default today) and, with `approved_by`,
    approved in the same event by that second listed person, each signing with their own key."""
    who = log.actor_name(actor)
    hints = {
        who: "--key PATH --passphrase-env VAR",
        approved_by or "": "--approver-key PATH --approver-passphrase-env VAR",
    }
    acting = {who: key} if approved_by in (None, who) else {who: key, approved_by or "": approver_key}
    signing = signing_for(root, acting, hints)
    ws, ev = evaluate_any(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    listed = {p.id: p for p in ws.people or ()}
    check_person(listed, who, said("act.propose-decision"))
    if approved_by is not None:
        if approved_by == who:
            raise UsageError("decide.same-approver")
        check_person(listed, approved_by, said("act.approve-decision"))
    day = decision_day(on, Phase.of(logged(root)))
    if ev.prices_sealed:
        raise UsageError("decide.before-opening", what=said("step.decision"))
    refuse_unclarified(root, ws, ev)  # § 60 VgV: as the final seal does
    details: dict[str, Any]
    if isinstance(ev, LotsEvaluation):  # the award of every lot, decided at once
        details = {"date": day, **lots_decision(ev)}
        if approved_by is not None:
            details |= {"approver": approved_by, "approval_date": day}
        return record_decision(root, who, details, ws.tender.two_envelope, signing)
    if ev.winner is None:
        first = ", ".join(b.bidder for b in ev.ranked if b.rank == 1)
        if first:
            raise UsageError("decide.shared-rank", first=first)
        raise UsageError("decide.none-ranked")
    margins = Margins.of(ev)
    lang = ev.tender.language if ev.tender.language in LANGUAGES else "en"
    details = {
        "date": day,
        "winner": ev.winner,
        "winner_name": ev.bid(ev.winner).name,
        "fingerprint": ev.fingerprint,
        "margins": margins.to_dict(),
        "recommendation": recommendation(margins, Messages(lang), Formatter(lang, ev.tender.currency)),
        "language": lang,
    }
    if approved_by is not None:
        details |= {"approver": approved_by, "approval_date": day}
    return record_decision(root, who, details, ws.tender.two_envelope, signing)


def approve(root: Path, actor: str | None = None, on: str | None = None, key: KeyUse | None = None) -> dict[str, Any]:
    """Record the approval of the latest award decision by `actor`, a listed person other than its proposer."""
    who = log.actor_name(actor)
    signing = signing_for(root, {who: key})
    ws, ev = evaluate_any(root)
    refuse_if_gone(root, ws.tender.two_envelope)
    check_person({p.id: p for p in ws.people or ()}, who, said("act.approve-decision"))
    refuse_unclarified(root, ws, ev)
    day = decision_day(on, Phase.of(logged(root)))
    return record_approval(root, who, day, ws.tender.two_envelope, signing)


def decision_day(text: str | None, phase: Phase) -> str:
    """The date of a decision or approval: YYYY-MM-DD, not in the future, not before the opening of the prices."""
    today = datetime.now(UTC).date()
    if text is None:
        return today.isoformat()
    day = parse_day(text, "--date")
    if day > today:
        raise UsageError("decide.in-advance", day=text, today=today.isoformat())
    opened = phase.opened
    if opened is not None and day.isoformat() < str(opened["time"])[:10]:
        raise UsageError("decide.before-opened", day=text, opened=str(opened["time"])[:10])
    return day.isoformat()


def parse_day(text: str, option: str) -> date:
    """A day given on the command line as YYYY-MM-DD; a usage error naming the option otherwise."""
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError("decide.bad-date", option=option, day=quoted(text))
