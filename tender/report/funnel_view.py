"""The award record as the memo shows it: the procedure on the cover, the bids received and every bid through
each stage (formal check, suitability, knock-out requirements, evaluation, § 60 VgV), in ready, translated rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tender.procmodel import PROCEDURE_DATES, Stage
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.result import Evaluation
from tender.scoring.funnel import AwardRecord, Item, PriceCheck, Receipt, StageLine


@dataclass(frozen=True)
class FunnelRow:
    """One bid at one stage: the stage, the outcome, the statements with their sources, the ground."""

    stage: str
    outcome: str
    lines: tuple[str, ...]
    ground: str
    css: str = ""


@dataclass(frozen=True)
class FunnelBid:
    """The five rows of one bid."""

    name: str
    bidder: str
    rows: tuple[FunnelRow, ...]


def moment(iso: str, lang: str) -> str:
    """An ISO date or date-time as the memo prints it: 15.03.2007 12:00 / 2007-03-15 12:00 (UTC marked)."""
    if not iso:
        return ""
    day, _, clock = iso.partition("T")
    utc = " UTC" if clock.endswith("Z") else ""
    clock = clock.removesuffix("Z")[:5]
    if lang == "de":
        year, month, dd = day.split("-")
        day = f"{dd}.{month}.{year}"
    return f"{day} {clock}{utc}".strip()


def procedure_rows(record: AwardRecord, msg: Messages, fmt: Formatter) -> list[tuple[str, str]]:
    """The procedure's facts for the cover, where tender.yaml gives them."""
    p = record.procedure
    rows = []
    if p.type is not None:
        rows.append((msg("proc.type"), msg(f"proc.type.{p.type}")))
    if p.notice:
        rows.append((msg("proc.notice"), p.notice))
    if p.cpv:
        rows.append((msg("proc.cpv"), ", ".join(p.cpv)))
    if p.estimated_value is not None:
        rows.append((msg("proc.estimate"), fmt.money(p.estimated_value)))
    return rows


def date_rows(record: AwardRecord, lang: str, msg: Messages) -> list[tuple[str, str]]:
    """The procedure's dates in their order, where given."""
    dates = record.procedure.dates
    return [(msg(f"proc.date.{key}"), moment(dates[key], lang)) for key in PROCEDURE_DATES if key in dates]


def yes_no(value: bool | None, msg: Messages) -> str:
    """ja / nein / keine Angabe."""
    return msg("none.short") if value is None else msg("yes.short") if value else msg("no.short")


def receipt_rows(record: AwardRecord, names: dict[str, str], lang: str, msg: Messages) -> list[tuple[str, ...]]:
    """One row per bid: bidder, received, channel, on time, complete, source."""
    out: list[tuple[str, ...]] = []
    for r in record.receipts:
        timely = yes_no(r.on_time, msg) if r.on_time is not None else "–"
        if r.late_reason:
            timely = msg("receipt.late", reason=r.late_reason)
        out.append(
            (
                names.get(r.bidder, r.bidder),
                moment(r.received, lang) or msg("receipt.unknown"),
                r.channel or "–",
                timely,
                yes_no(r.complete, msg),
                r.source,
            )
        )
    return out


def funnel_bids(record: AwardRecord, ev: Evaluation, msg: Messages, fmt: Formatter) -> list[FunnelBid]:
    """Every bid with its five stage rows, in the order of the result (ranked first)."""
    t = ev.tender
    texts = {str(p.id): p.name for p in t.prices}
    texts.update({str(n.id): n.name for _, n in t.nodes()})
    checks = {c.flag.bidder: c for c in record.price_checks}
    receipts = {r.bidder: r for r in record.receipts}
    by_bid: dict[str, list[StageLine]] = {}
    for line in record.funnel:
        by_bid.setdefault(line.bidder, []).append(line)
    out = []
    for b in ev.bids:
        rows = tuple(
            stage_row(line, b, checks.get(b.bidder), receipts.get(b.bidder), texts, ev, msg, fmt)
            for line in by_bid.get(b.bidder, [])
        )
        out.append(FunnelBid(b.name, b.bidder, rows))
    return out


def stage_row(
    line: StageLine,
    bid: Any,
    check: PriceCheck | None,
    receipt: Receipt | None,
    texts: dict[str, str],
    ev: Evaluation,
    msg: Messages,
    fmt: Formatter,
) -> FunnelRow:
    """One stage of one bid in words."""
    outcome = msg(f"outcome.{line.outcome}")
    if line.price is not None:
        outcome = f"{outcome}; {msg('outcome.priced', price=fmt.money(line.price))}"
    lines = [item_text(i, line.stage, texts, msg, msg.lang) for i in line.items]
    if line.stage is Stage.EVALUATION and line.outcome == "passed":
        if ev.prices_sealed:
            lines = [msg("item.evaluated.sealed", points=fmt.num(bid.performance))]
        else:
            lines = [msg("item.evaluated", rank=bid.rank, points=fmt.num(bid.score))]
    if line.stage is Stage.PRICE_CHECK:
        lines = price_lines(line, check, msg, fmt)
    default = f"ground.{line.stage}" + (".rejected" if line.outcome == "rejected" else "")
    css = "failed" if line.outcome in ("failed", "rejected") else "open" if line.outcome == "unresolved" else ""
    return FunnelRow(msg(f"stage.{line.stage}"), outcome, tuple(lines), line.ground or msg(default), css)


def item_text(item: Item, stage: Stage, texts: dict[str, str], msg: Messages, lang: str) -> str:
    """The bidder's own statement on one item, with its evidence and where it stands."""
    source = msg("item.source", source=item.source) if item.source else ""
    if item.subject == "received":
        said = (
            msg("item.received", received=moment(item.statement, lang), channel=item.evidence or "–")
            if item.statement
            else msg("item.received.none")
        )
        return f"{said} · {source}"
    if item.subject == "complete" and stage is Stage.FORMAL:
        answer = yes_no(None if not item.statement else item.statement == "true", msg)
        return f"{msg('item.complete', answer=answer)} · {source}"
    if stage is Stage.FORMAL:
        return f"{msg('item.missing-price', text=texts.get(item.subject, item.subject))} · {source}"
    if stage is Stage.EVALUATION:
        return msg("item.below-min-score", text=texts.get(item.subject, item.subject), score=item.statement)
    answer = yes_no(None if not item.statement else item.statement == "true", msg)
    said = msg("item.answer", text=item.asked or item.subject, answer=answer)
    evidence = f" · {msg('item.evidence', evidence=item.evidence)}" if item.evidence else ""
    return f"{said}{evidence} · {source}"


def price_lines(line: StageLine, check: PriceCheck | None, msg: Messages, fmt: Formatter) -> list[str]:
    """The § 60 stage: the flag's figures and the clarification (or that none is recorded)."""
    if check is None:
        return [msg("item.not-flagged")] if line.outcome == "passed" else []
    f = check.flag
    lines = [
        msg(
            "item.price-flag",
            price=fmt.money(f.price),
            gap=fmt.pct(f.gap, 1),
            next=fmt.money(f.next_price),
            share=fmt.pct(f.share_of_estimate, 1),
        )
    ]
    if check.answered:
        lines.append(
            msg(
                "item.clarified", requested=check.requested, actor=check.actor, answered=check.answered, note=check.note
            )
        )
    elif check.requested:
        lines.append(msg("item.requested", requested=moment(check.requested, msg.lang), actor=check.actor))
    else:
        lines.append(msg("item.not-requested"))
    if check.source:
        lines.append(msg("item.source", source=check.source))
    return lines


def record_view(
    record: AwardRecord | None, ev: Evaluation, lang: str, limit: int | None = None, attachment: str = ""
) -> dict[str, Any]:
    """Everything the memo shows of the award record (empty without one); the funnel of at most `limit` ranked
    and `limit` excluded bids (the PDF stays bounded; every bid is in the attached JSON report)."""
    if record is None:
        return {}
    msg, fmt = Messages(lang), Formatter(lang, ev.tender.currency)
    funnel = funnel_bids(record, ev, msg, fmt)
    shown = funnel
    if limit is not None:
        excluded = {b.bidder for b in ev.excluded}
        shown = [b for b in funnel if b.bidder not in excluded][:limit]
        shown += [b for b in funnel if b.bidder in excluded][:limit]
    names = {b.bidder: b.name for b in ev.bids}
    deadline = record.procedure.dates.get("bid_deadline")
    return {
        "description": record.description,
        "procedure": procedure_rows(record, msg, fmt),
        "dates": date_rows(record, lang, msg),
        "receipts": receipt_rows(record, names, lang, msg),
        "deadline": msg("receipt.deadline", deadline=moment(deadline, lang))
        if deadline
        else msg("receipt.no_deadline"),
        "funnel": shown,
        "funnel_limited": msg("funnel.limited", shown=len(shown), count=len(funnel), attachment=attachment)
        if len(shown) < len(funnel)
        else "",
    }
