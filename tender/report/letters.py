"""The letters to the bidders (§ 134 GWB) as ready view data: one per bidder, each holding only what that bidder
may read — its own points against the winner's, its own reasons, never another bidder's price or another
unsuccessful bidder's name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tender.model import Kind
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.standstill import Standstill
from tender.report.tables import node_points
from tender.report.view import reason_text
from tender.result import BidResult, Evaluation

WEAKEST = 3  # criteria named as the reasons of a ranked bid that lost on quality


@dataclass(frozen=True)
class Letter:
    """One letter, every text in it ready (the PDF and the .docx print the same)."""

    bidder: str
    kind: str  # winner, ranked or excluded
    lang: str
    sender: str
    addressee: tuple[str, ...]
    date_line: str
    title: str
    subject: str
    salutation: str
    intro: str
    table_title: str = ""
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    notes: tuple[str, ...] = ()
    reasons_title: str = ""
    reasons_lead: str = ""
    reasons: tuple[tuple[str, ...], ...] = ()  # each reason: its lines (criterion, justification, ...)
    standstill: str = ""
    closing: str = ""
    footer: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def letters(
    ev: Evaluation, winner: str, period: Standstill, lang: str, contacts: dict[str, str], fingerprint: str
) -> list[Letter]:
    """The letter to every bidder: the winner's and one per unsuccessful bidder (ranked or excluded)."""
    msg, fmt = Messages(lang), Formatter(lang, ev.tender.currency)
    return [letter(ev, b, winner, period, msg, fmt, contacts.get(b.bidder, ""), fingerprint) for b in ev.bids]


def letter(
    ev: Evaluation,
    b: BidResult,
    winner: str,
    period: Standstill,
    msg: Messages,
    fmt: Formatter,
    contact: str,
    fingerprint: str,
) -> Letter:
    """The letter to one bidder."""
    t = ev.tender
    w = ev.bid(winner)
    kind = "winner" if b.bidder == winner else "excluded" if b.excluded else "ranked"
    sent, end, earliest = (day_text(fmt, d) for d in (period.sent_on, period.end, period.earliest_award))
    common: dict[str, Any] = {
        "bidder": b.bidder,
        "kind": kind,
        "lang": msg.lang,
        "sender": msg("letter.sender", buyer=t.buyer),
        "addressee": (b.name, *((msg("letter.attention", contact=contact),) if contact else ())),
        "date_line": msg("letter.date", place="", date=sent),
        "title": msg("letter.title"),
        "subject": msg("letter.subject", title=t.title, reference=t.id),
        "salutation": msg("letter.salutation"),
        "closing": msg("letter.closing"),
        "footer": msg("letter.footer", reference=t.id, bidder=b.bidder, fingerprint=fingerprint[:16]),
        "meta": {"title": msg("letter.subject", title=t.title, reference=t.id), "author": t.buyer},
    }
    if kind == "winner":
        return Letter(
            **common,
            intro=msg("letter.winner.intro"),
            table_title=msg("letter.table.winner"),
            head=(msg("letter.col.criterion"), msg("letter.col.own")),
            rows=tuple((name, fmt.num(own)) for name, own, _ in criterion_points(ev, b, w)),
            standstill=msg("letter.winner.standstill", earliest=earliest, days=period.days, sent_on=sent),
        )
    standstill = msg(
        "letter.standstill",
        sent_on=sent,
        channel=msg(f"channel.{period.channel}"),
        days=period.days,
        end=end,
        earliest=earliest,
    )
    if kind == "excluded":
        return Letter(
            **common,
            intro=msg("letter.excluded.intro", winner=w.name),
            reasons_title=msg("letter.excluded.reasons"),
            reasons=tuple((reason_text(r, ev, msg, fmt),) for r in b.reasons),
            standstill=standstill,
        )
    points = criterion_points(ev, b, w)
    rows = [(name, fmt.num(own), fmt.num(won)) for name, own, won in points]
    rows.append((msg("letter.row.total"), fmt.num(b.performance), fmt.num(w.performance)))
    lead, reasons = loser_reasons(ev, b, w, msg, fmt)
    return Letter(
        **common,
        intro=msg("letter.loser.intro", winner=w.name),
        table_title=msg("letter.table.loser"),
        head=(msg("letter.col.criterion"), msg("letter.col.own"), msg("letter.col.winner")),
        rows=tuple(rows),
        notes=(
            msg("letter.rank", rank=b.rank, count=len(ev.ranked), price=fmt.money(b.price)),
            msg("letter.no_prices"),
        ),
        reasons_title=msg("letter.reasons"),
        reasons_lead=lead,
        reasons=reasons,
        standstill=standstill,
    )


def day_text(fmt: Formatter, day: date) -> str:
    """A calendar day as the letters print it (02.04.2007, 2 April 2007)."""
    from datetime import datetime

    return fmt.date(datetime(day.year, day.month, day.day))


def criterion_points(ev: Evaluation, b: BidResult, w: BidResult) -> list[tuple[str, float, float]]:
    """(main criterion, the bid's points, the winner's points) for every main criterion that holds no price."""
    out = []
    for top in ev.tender.criteria:
        if any(node.kind is Kind.PRICE for _, node in top.walk()):
            continue
        out.append((top.name, node_points(b, top), node_points(w, top)))
    return out


def loser_reasons(
    ev: Evaluation, b: BidResult, w: BidResult, msg: Messages, fmt: Formatter
) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """Why a ranked bid lost: on price (its quality was as good) or on its weakest criteria against the winner,
    each with the evaluators' justifications for this bid (other bidders' names in them redacted)."""
    own, won = b.performance or 0.0, w.performance or 0.0
    if own >= won:
        return msg("letter.reason.price"), ()
    lead = msg("letter.reason.quality", gap=fmt.num(won - own), own=fmt.num(own), winner=fmt.num(won))
    gaps = []
    for leaf in ev.tender.leaves():
        if leaf.kind is Kind.PRICE:
            continue
        mine, theirs = b.criteria[leaf.id].points or 0.0, w.criteria[leaf.id].points or 0.0
        if theirs - mine > 0:
            gaps.append((theirs - mine, leaf.id, leaf.name, mine, theirs, leaf.kind))
    gaps.sort(key=lambda g: (-g[0], g[1]))
    hide = redactor(ev, keep={b.bidder, w.bidder}, mark=msg("letter.redacted"))
    out = []
    for _, leaf_id, name, mine, theirs, kind in gaps[:WEAKEST]:
        lines = [msg("letter.reason.criterion", criterion=name, own=fmt.num(mine), winner=fmt.num(theirs))]
        if kind is Kind.JUDGED:
            lines += [msg("letter.reason.justification", text=hide(t)) for t in justifications(ev, b.bidder, leaf_id)]
        elif b.criteria[leaf_id].value is not None:
            lines.append(msg("letter.reason.value", value=fmt.num(b.criteria[leaf_id].value)))
        out.append(tuple(lines))
    return lead, tuple(out)


def justifications(ev: Evaluation, bidder: str, criterion: str) -> list[str]:
    """The justifications behind a bid's mark on a criterion: the consensus's where there is one, else each
    evaluator's (the same text once)."""
    for j in ev.judgements:
        if j.bidder == bidder and j.criterion == criterion:
            marks = [j.consensus] if j.consensus is not None else list(j.scores)
            return list(dict.fromkeys(m.justification for m in marks if m.justification))
    return []


def redactor(ev: Evaluation, keep: set[str], mark: str) -> Callable[[str], str]:
    """A function that replaces every other bidder's name and id in a text by `mark`."""
    words = sorted(
        {w for b in ev.bids if b.bidder not in keep for w in (b.name, b.bidder) if w.strip()}, key=len, reverse=True
    )
    if not words:
        return lambda text: text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return lambda text: pattern.sub(mark, text)
