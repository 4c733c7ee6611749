"""The awards overview of a lotted tender (HTML, PDF, JSON): the lots, the limit and its order, every combination
bid against its single prices, the alternatives weighed with their totals and the chosen one, every step of the
award, and each lot's memo by file name and fingerprint. The lots' memos are the one-lot reports (formats.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from tender.lotresult import LotsEvaluation
from tender.report.audit import NO_LOG, Audit, LogState, make_audit
from tender.report.audit_view import procedure_rows, utc_text
from tender.report.decision_view import marks
from tender.report.fmt import Formatter
from tender.report.formats import ReportFormat, pretty_json
from tender.report.jinja import environment, stylesheet
from tender.report.lot_context import LotsDecision
from tender.report.lots_view import alternative_lines, combination_line, limit_line, listing, overview_rows, step_lines
from tender.report.messages import Messages

# the overview is written as these; the memo of each lot in every format `tender report` is asked for
OVERVIEW_FORMATS = (ReportFormat.HTML, ReportFormat.PDF, ReportFormat.JSON)
TEMPLATE = "lots.html.j2"
FINGERPRINT_OF = "sha256 of the canonical JSON of `lots` (sorted keys, no spaces, UTF-8)"


@dataclass(frozen=True)
class OverviewInput:
    """What the overview's renderers read: the lots' evaluation, the audit block, the language, the overview's
    JSON bytes and each lot's memo files."""

    lots: LotsEvaluation
    audit: Audit
    lang: str
    document: bytes
    memos: dict[str, list[str]]
    decision: LotsDecision | None = None  # the award decision on all lots the log records, if any


def overview_name(le: LotsEvaluation, lang: str, fmt: ReportFormat) -> str:
    """reports/<tender id>-<lang>.<format>: the tender's own report (each lot's memo is <tender id>-<lot>-<lang>)."""
    return f"{le.tender.id}-{lang}.{fmt.value}"


def build_overview(
    le: LotsEvaluation,
    inputs: dict[str, str],
    lang: str,
    memos: dict[str, list[str]],
    now: datetime | None = None,
    log: LogState = NO_LOG,
    decision: LotsDecision | None = None,
) -> OverviewInput:
    """The overview's audit block (fingerprint: the lots' evaluation's) and JSON document, made once per run."""
    first = le.lots[0].evaluation
    audit = make_audit(first, overview_name(le, lang, ReportFormat.JSON), now, log)
    audit = replace(audit, inputs=dict(inputs), fingerprint=le.fingerprint)
    head = audit.to_dict()
    head["fingerprint_of"] = FINGERPRINT_OF
    data = {"schema_version": 1, "audit": head, "lots": le.to_dict(), "memos": memos}
    return OverviewInput(le, audit, lang, pretty_json(data) + b"\n", memos, decision)


def overview_view(inp: OverviewInput) -> dict[str, Any]:
    """Everything the overview's template prints, worded and formatted in its language."""
    le, audit, msg = inp.lots, inp.audit, Messages(inp.lang)
    fmt = Formatter(inp.lang, le.tender.currency)
    t = le.tender
    bids = {b for r in le.lots for b in (x.bidder for x in r.evaluation.bids)}
    rows = overview_rows(le, msg, fmt)
    alternatives = []
    if le.award is not None:
        for (name, total, chosen), alt in zip(alternative_lines(le, msg, fmt), le.award.alternatives, strict=True):
            alternatives.append(
                {
                    "name": name,
                    "price": fmt.money(alt.price),
                    "score": fmt.num(alt.score),
                    "awarded": str(alt.awarded),
                    "chosen": chosen,
                    "total": total,
                    "steps": step_lines(le, alt, msg),
                }
            )
    return {
        "lang": inp.lang,
        "title": f"{msg('lots.doc.title')} – {t.title}",
        "subject": msg("doc.subject", title=t.title),
        "tender_id": t.id,
        "tender_title": t.title,
        "buyer": t.buyer,
        "created": audit.created.isoformat(),
        "generator": f"tender {audit.tool_version}",
        "mark": marks(audit, msg),
        "draft": msg("draft.banner") if audit.draft else "",
        "facts": [
            (msg("cover.reference"), t.id),
            (msg("cover.buyer"), t.buyer),
            (msg("lots.count"), msg("lots.count_value", lots=len(le.lots), bidders=len(bids))),
            (msg("cover.term"), msg("cover.term_value", months=t.term_months)),
            (msg("cover.currency"), t.currency),
            (msg("audit.time"), utc_text(audit.created)),
        ],
        "outcome": outcome(le, msg),
        "decision": decision_block(inp, msg, fmt),
        "sealed": le.award is None,
        "rows": [
            {
                "row": row,
                "moved": r.awarded is not None
                and [b.bidder for b in r.evaluation.ranked if b.rank == 1] != [r.awarded],
                "memo": inp.memos.get(row.lot, []),
                "fingerprint": r.evaluation.fingerprint,
            }
            for row, r in zip(rows, le.lots, strict=True)
        ],
        "limit": limit_line(le, msg),
        "compare": msg("lots.compare", compare=msg(f"lots.compare.{t.compare or 'price'}")),
        "combinations": [combination_row(o, msg, fmt) for o in le.offered],
        "alternatives": alternatives,
        "steps": [] if le.award is None else step_lines(le, le.award.result, msg),
        "audit": {
            "rows": [
                (msg("audit.tool"), f"tender {audit.tool_version}"),
                (msg("audit.time"), utc_text(audit.created)),
                *procedure_rows(audit, msg),
            ],
            "fingerprint": audit.fingerprint,
            "fingerprint_short": audit.fingerprint[:16],
            "fingerprint_note": msg("lots.fingerprint_note", attachment=audit.attachment),
            "log_head": audit.head_text,
            "inputs": sorted(audit.inputs.items()),
        },
    }


def decision_block(inp: OverviewInput, msg: Messages, fmt: Formatter) -> dict[str, Any]:
    """The award decision on all lots: its date, proposer and approver, the recommendation as recorded, and a
    warning where it was taken on another evaluation; while the prices are sealed, nothing."""
    if inp.lots.award is None:
        return {}
    d = inp.decision
    if d is None:
        return {"rows": [], "text": msg("decision.none"), "note": ""}
    return {"rows": d.rows(msg, fmt), "text": d.recommendation, "note": d.stale(inp.lots.fingerprint, msg)}


def outcome(le: LotsEvaluation, msg: Messages) -> list[str]:
    """Who is awarded which lot, one line each; while the prices are sealed, that the lots are not yet awarded."""
    if le.award is None:
        return [msg("lots.sealed")]
    items = []
    for r in le.lots:
        if r.awarded is None:
            items.append(msg("lots.outcome.none", lot=r.lot.title))
        else:
            name = r.evaluation.bid(r.awarded).name
            items.append(msg("lots.outcome.item", lot=r.lot.title, name=name, bidder=r.awarded))
    return items


def combination_row(o: Any, msg: Messages, fmt: Formatter) -> dict[str, Any]:
    """One combination bid as a table row: its lots, the single prices' sum, its terms, its price and the
    difference; or why it is not weighed."""
    terms = (
        msg("lots.discount.value", discount=fmt.pct(o.bid.discount))
        if o.bid.discount is not None
        else msg("lots.stated.value", price=fmt.money(o.bid.price))
    )
    gap = None if o.price is None or o.single is None else o.price - o.single
    return {
        "bidder": o.bidder,
        "id": o.bid.id,
        "lots": listing(o.bid.lots, msg),
        "single": fmt.money(o.single) if o.single is not None else "–",
        "terms": terms,
        "price": fmt.money(o.price) if o.price is not None else "–",
        "difference": fmt.money(gap) if gap is not None else "–",
        "line": combination_line(o, msg, fmt),
        "admitted": not o.excluded_in,
    }


def overview_html(inp: OverviewInput, screen: bool = False) -> str:
    """The overview's HTML text (the PDF renders the same; the HTML file also gets the memo page's screen layout,
    down to 360 px)."""
    css = stylesheet("report.css") + (stylesheet("report-screen.css") if screen else "") + stylesheet("lots.css")
    template = environment().get_template(TEMPLATE)
    return template.render(v=overview_view(inp), t=Messages(inp.lang), css=css)


def render(inp: OverviewInput, fmt: ReportFormat) -> bytes:
    """The overview in one of OVERVIEW_FORMATS; the PDF carries the overview's JSON as its attachment."""
    if fmt is ReportFormat.JSON:
        return inp.document
    if fmt is ReportFormat.HTML:
        return overview_html(inp, screen=True).encode("utf-8")
    if fmt is ReportFormat.PDF:
        from tender.report.pdf import html_to_pdf

        return html_to_pdf(overview_html(inp), inp.document, inp.audit.attachment, inp.audit.created)
    raise ValueError(f"the awards overview has no {fmt} format")
