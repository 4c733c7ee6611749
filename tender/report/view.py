"""The report's view model: the Evaluation turned into ready, formatted, translated rows for the templates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from markupsafe import Markup

from tender.model import Kind, MethodName
from tender.report import charts
from tender.report.announced import announced_rules
from tender.report.audit import Audit
from tender.report.audit_view import audit_view
from tender.report.decision_record import NO_DECISION_RECORD, DecisionRecord
from tender.report.decision_view import cover_dates, decision_view, marks, people_data
from tender.report.fmt import Formatter
from tender.report.lot_context import LotContext, lot_outcome, lot_view
from tender.report.messages import CATALOGUE, Messages
from tender.report.rules_text import reason_params
from tender.report.tables import Matrix, PriceSheet, Topic, evaluator_topics, matrices, node_points, price_sheets
from tender.report.trail import Z_SCALE, BidTrail, trails
from tender.result import BidResult, Evaluation, Flag, Reason

CHART_BARS = 15


@dataclass(frozen=True)
class Limits:
    """How much per-bid detail a format shows; None means everything (HTML); the PDF stays bounded."""

    detail_bids: int | None = None
    trail_bids: int | None = None
    evaluator_rows: int | None = None
    notes: int | None = None


PDF_LIMITS = Limits(detail_bids=8, trail_bids=5, evaluator_rows=150, notes=40)


@dataclass(frozen=True)
class Row:
    """A table row of ready strings; `numeric` says which cells align right."""

    cells: tuple[str, ...]
    css: str = ""


@dataclass(frozen=True)
class Excluded:
    """An excluded bid with every reason, in words."""

    name: str
    bidder: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ExtraSection:
    """A section added by another feature (e.g. robustness): a title, its template and its data."""

    id: str
    title: str
    template: str
    data: Any


@dataclass
class ReportView:
    """Everything the HTML and PDF templates print, formatted for one language."""

    lang: str
    meta: dict[str, str]
    cover: list[tuple[str, str]]
    method: dict[str, Any]
    scale: list[tuple[str, str]]
    outcome: str
    ranking_head: tuple[str, ...]
    ranking: list[Row]
    excluded: list[Excluded]
    charts: dict[str, Markup]
    matrices: list[Matrix]
    prices: list[PriceSheet]
    topics: list[Topic]
    trails: list[BidTrail]
    notes: list[str]
    audit: dict[str, Any]
    limits: dict[str, str]
    extra: list[ExtraSection] = field(default_factory=list)
    sealed: str = ""  # two-envelope procedure before the opening: why there are no prices
    draft: str = ""  # made before the final seal: the banner
    draft_mark: str = ""  # the running header and footer: the status (DRAFT, FINAL) and CONFIDENTIAL, always
    decision: dict[str, Any] = field(default_factory=dict)  # the award decision block on the cover
    record: dict[str, Any] = field(default_factory=dict)  # the procedure record (report/funnel_view.py), if any
    lot: dict[str, Any] = field(default_factory=dict)  # a lot's memo: who is awarded the lot and why (lot_view)
    page: Any = None  # the HTML page's interactive parts (tender.report.page.Page); None in the PDF


def build_view(
    ev: Evaluation,
    audit: Audit,
    lang: str,
    limits: Limits = Limits(),
    decided: DecisionRecord = NO_DECISION_RECORD,
    sources: Mapping[str, Mapping[str, str]] | None = None,
    lot: LotContext | None = None,
) -> ReportView:
    """The complete view model of one report in one language (of one lot's memo, with its `lot` context)."""
    msg, fmt = Messages(lang), Formatter(lang, ev.tender.currency)
    t = ev.tender
    names = {b.bidder: b.name for b in ev.bids}
    criteria: dict[str, str] = {node.id: node.name for _, node in t.nodes()}
    ranked = ev.ranked
    detail = ranked if limits.detail_bids is None else ranked[: limits.detail_bids]
    trailed = ranked if limits.trail_bids is None else ranked[: limits.trail_bids]
    flags = list(ev.flags) if limits.notes is None else list(ev.flags[: limits.notes])
    topics, shown, total = evaluator_topics(ev, {b.bidder for b in detail}, limits.evaluator_rows, msg, fmt)
    where = audit.attachment
    notices = {
        "detail": msg("detail.limited", shown=len(detail), count=len(ranked), attachment=where)
        if len(detail) < len(ranked)
        else "",
        "trail": msg("detail.limited", shown=len(trailed), count=len(ranked), attachment=where)
        if len(trailed) < len(ranked)
        else "",
        "evaluators": msg("eval.limited", count=total, shown=shown, attachment=where) if shown < total else "",
        "notes": msg("notes.limited", shown=len(flags), count=len(ev.flags), attachment=where)
        if len(flags) < len(ev.flags)
        else "",
    }
    return ReportView(
        lang=lang,
        meta={
            "title": f"{msg('doc.title')} – {t.title}",
            "heading": msg("cover.heading"),
            "tender_title": t.title,
            "tender_id": t.id,
            "buyer": t.buyer,
            "subject": msg("doc.subject", title=t.title),
            "keywords": msg("doc.keywords", tender=t.id),
            "date": fmt.date(audit.created),
            "fingerprint": audit.fingerprint,
            "fingerprint_short": audit.fingerprint[:16],
            "attachment": audit.attachment,
            "created": audit.created.isoformat(),
            "generator": f"tender {audit.tool_version}",
        },
        cover=cover_rows(ev, audit, msg, fmt, decided),
        method=method_view(ev, msg, fmt),
        scale=[(fmt.grade(k), v) for k, v in sorted(t.scale.labels.items())],
        outcome=(lot_outcome(ev, lot, msg) if lot else None) or outcome(ev, msg),
        ranking_head=ranking_head(ev, msg),
        ranking=[ranking_row(ev, b, fmt, msg, awarded(ev, lot)) for b in ranked],
        excluded=[
            Excluded(b.name, b.bidder, tuple(reason_text(r, ev, msg, fmt) for r in b.reasons)) for b in ev.excluded
        ],
        charts=chart_view(ev, msg, fmt, awarded(ev, lot)),
        matrices=matrices(ev, detail, msg, fmt),
        prices=[] if ev.prices_sealed else price_sheets(ev, detail, msg, fmt),
        topics=topics,
        trails=trails(ev, trailed, msg, fmt, sources),
        notes=[flag_text(f, names, criteria, msg, fmt) for f in flags],
        audit=audit_view(ev, audit, msg),
        limits=notices,
        sealed=msg("prices.sealed") if ev.prices_sealed else "",
        draft=msg("draft.banner") if audit.draft else "",
        draft_mark=marks(audit, msg),
        decision=decision_view(ev, decided, msg, fmt)
        if lot is None or not lot.decision or ev.prices_sealed
        else {"rows": [], "text": lot.decision, "note": ""},
        extra=[ExtraSection("people", msg("section.people"), "report-people.html.j2", people_data(decided, msg))],
        lot={} if lot is None else lot_view(ev, lot, msg),
    )


def cover_rows(
    ev: Evaluation, audit: Audit, msg: Messages, fmt: Formatter, record: DecisionRecord = NO_DECISION_RECORD
) -> list[tuple[str, str]]:
    """The facts on the cover: tender, buyer, the record's dates (never the render date unlabelled), term, bids,
    the evaluators and the people who opened the prices by name."""
    t = ev.tender
    return [
        (msg("cover.reference"), t.id),
        (msg("cover.buyer"), t.buyer),
        *cover_dates(audit, record, msg, fmt),
        (msg("cover.term"), msg("cover.term_value", months=t.term_months)),
        (msg("cover.currency"), t.currency),
        (
            msg("cover.bids"),
            msg("cover.bids_value", total=len(ev.bids), ranked=len(ev.ranked), excluded=len(ev.excluded)),
        ),
        (msg("cover.evaluators"), "; ".join(record.named(e) for e in ev.evaluators) or "–"),
        *[
            (
                msg("cover.prices_opened"),
                msg(
                    "cover.prices_opened_value",
                    date=fmt.date(m.moment),
                    actor=record.named(m.actor),
                    witness=record.named(m.witness or ""),
                ),
            )
            for m in audit.procedure
            if m.step == "open-prices"
        ],
    ]


def method_view(ev: Evaluation, msg: Messages, fmt: Formatter) -> dict[str, Any]:
    """The method's name, description in words, formulas and parameters."""
    m = ev.tender.method
    name = str(m.name)
    words = msg(f"method.words.{name}", band=fmt.pct(m.band, 0), decide=msg(f"decide.{m.decide_by}"))
    formulas = []
    params = [
        (msg("param.aggregation"), msg(f"param.aggregation.{m.aggregation}")),
        (msg("param.disagreement"), msg("param.disagreement_value", value=fmt.grade(m.disagreement))),
    ]
    if m.name is MethodName.WEIGHTED_SUM:
        formulas = [msg("formula.weighted-sum"), msg(f"price.{m.price_formula}")]
        price = next((leaf for leaf in ev.tender.leaves() if leaf.kind is Kind.PRICE), None)
        symbols = msg("formula.symbols.weighted-sum", m=fmt.num(100 * ev.weights[price.id]) if price else "–")
        if m.span is not None:
            params.append((msg("param.span"), fmt.pct(m.span, 0)))
    elif m.name is MethodName.VALUE_FOR_MONEY:
        formulas = [msg("formula.value-for-money")]
        symbols = msg("formula.symbols.value-for-money", v=fmt.money(m.value_total), c=fmt.money(m.malus_total))
    else:
        formulas = [msg("formula.ufab")]
        symbols = msg("formula.symbols.ufab")
    if m.quality_threshold is not None:
        params.append((msg("param.quality_threshold"), fmt.pct(m.quality_threshold, 0)))
    if m.name is MethodName.UFAB_EXTENDED:
        params.append((msg("param.band"), fmt.pct(m.band, 0)))
        params.append((msg("param.decide_by"), msg(f"decide.{m.decide_by}")))
    more = announced_rules(m, msg, fmt)
    formulas = [*formulas, *more.formulas]
    symbols = " ".join([symbols, *more.symbols])
    params = [*params, *more.parameters]
    return {
        "name": msg(f"method.{name}"),
        "words": words,
        "formulas": formulas,
        "symbols": symbols,
        "parameters": params,
        "trail_note": msg("trail.note" if m.rounding is None else "trail.note.rounded"),
    }


def outcome(ev: Evaluation, msg: Messages) -> str:
    """The winner in one sentence, or the tie; before the prices are opened, that they are sealed."""
    if ev.prices_sealed:
        return msg("cover.sealed")
    if ev.winner:
        w = ev.bid(ev.winner)
        return msg("cover.winner", name=w.name, bidder=w.bidder)
    first = [b.name for b in ev.ranked if b.rank == 1]
    return msg("cover.tie", names=", ".join(first)) if first else msg("cover.none")


def awarded(ev: Evaluation, lot: LotContext | None) -> str | None:
    """The bid the memo marks as the winner: the first-ranked one, or in a lot's memo the one awarded the lot."""
    return ev.winner if lot is None else lot.awarded


def ufab(ev: Evaluation) -> bool:
    """Whether the method ranks by the UfAB figure Z."""
    return ev.tender.method.name in (MethodName.UFAB_SIMPLE, MethodName.UFAB_EXTENDED)


def ranking_head(ev: Evaluation, msg: Messages) -> tuple[str, ...]:
    """The ranking table's column headers for the tender's method."""
    head = (msg("col.rank"), msg("col.bidder"), msg("col.performance"), msg("col.price"))
    if ev.tender.method.name is MethodName.VALUE_FOR_MONEY:
        return (*head, msg("col.fictitious"))
    if not ufab(ev):
        return (*head, msg("col.price_points"), msg("col.score"))
    if ev.tender.method.name is MethodName.UFAB_EXTENDED:
        return (*head, msg("col.in_band"), msg("col.z"))
    return (*head, msg("col.z"))


def ranking_row(ev: Evaluation, b: BidResult, fmt: Formatter, msg: Messages, winner: str | None = None) -> Row:
    """One ranked bid as ready cells; `winner` is marked (the evaluation's, or the bid awarded a lot)."""
    rank = f"{b.rank}{'=' if b.tied else ''}"
    head = (rank, b.name, fmt.num(b.performance), fmt.money(b.price))
    css = "winner" if b.bidder == winner else ""
    if ev.tender.method.name is MethodName.VALUE_FOR_MONEY:
        return Row((*head, fmt.money(ev.fictitious_price(b))), css)
    if not ufab(ev):
        return Row((*head, fmt.num(b.price_points), fmt.num(b.score)), css)
    z = fmt.num(None if b.score is None else b.score * Z_SCALE)
    if ev.tender.method.name is MethodName.UFAB_EXTENDED:
        return Row((*head, msg("yes") if b.in_band else msg("no"), z), css)
    return Row((*head, z), css)


def reason_text(r: Reason, ev: Evaluation, msg: Messages, fmt: Formatter) -> str:
    """An exclusion reason in the report's language, naming the requirement, price line or criterion."""
    t = ev.tender
    texts: dict[str, str] = {q.id: q.text for q in t.requirements}
    texts.update({p.id: p.name for p in t.prices})
    texts.update({node.id: node.name for _, node in t.nodes()})
    if r.code.startswith("suitability-"):  # a suitability id may also name a criterion: its own text wins
        texts.update({q.id: q.text for q in t.suitability})
    key = f"reason.{r.code}"
    if key not in CATALOGUE:
        return r.message
    return msg(
        key,
        text=texts.get(r.subject, r.subject),
        score=fmt.grade(r.values.get("score")),
        min_score=fmt.grade(r.values.get("min_score")),
        **reason_params(r, ev, fmt),
    )


def flag_text(f: Flag, names: dict[str, str], criteria: dict[str, str], msg: Messages, fmt: Formatter) -> str:
    """A flag (disagreement, abstention, missing fact) in the report's language."""
    bidder, criterion = names.get(f.bidder, f.bidder), criteria.get(f.criterion, f.criterion)
    if f.code == "disagreement":
        consensus = f.details.get("consensus")
        extra = (
            msg("flag.disagreement.consensus", value=fmt.grade(consensus))
            if consensus is not None
            else msg("flag.disagreement.none")
        )
        return msg(
            "flag.disagreement",
            criterion=criterion,
            bidder=bidder,
            spread=fmt.grade(f.details.get("spread")),
            consensus=extra,
        )
    if f.code == "abstention":
        return msg(
            "flag.abstention", evaluators=", ".join(f.details.get("evaluators", [])), criterion=criterion, bidder=bidder
        )
    if f.code == "missing-fact":
        return msg("flag.missing-fact", bidder=bidder, criterion=criterion)
    if f.code == "lot-needed":
        level = ", ".join(names.get(b, b) for b in f.details.get("bidders", []))
        return msg("flag.lot-needed", bidders=level, rank=f.details.get("rank"))
    return f.message


def chart_view(ev: Evaluation, msg: Messages, fmt: Formatter, winner: str | None = None) -> dict[str, Markup]:
    """The two charts: points per main criterion (stacked bars) and price against performance (scatter, `winner`
    marked)."""
    t = ev.tender
    tops = list(t.criteria)
    bars = []
    shown = ev.ranked[:CHART_BARS]
    for b in shown:
        values = [node_points(b, top) for top in tops]
        total = b.score if t.method.name is MethodName.WEIGHTED_SUM else b.performance
        bars.append(charts.Bar(f"{b.rank}. {b.name}", tuple(values), fmt.num(total)))
    dots = [
        charts.Dot(b.name, b.price or 0.0, b.performance or 0.0, b.bidder == winner)
        for b in ev.ranked
        if b.price is not None and b.performance is not None
    ]
    more = partial(msg, "chart.more")
    labelled = charts.listed([f"{b.label} {b.total}" for b in bars], more)
    bars_name = msg("chart.bars.alt", criteria=", ".join(c.name for c in tops), bars=labelled)
    dot_items = [msg("chart.scatter.dot", name=d.label, price=fmt.money(d.x), points=fmt.num(d.y)) for d in dots]
    out = {
        "bars": charts.stacked_bars(bars, [c.name for c in tops], lambda v: fmt.num(v, 0), name=bars_name),
        "scatter": Markup("")
        if ev.prices_sealed
        else charts.scatter(
            dots,
            msg("chart.scatter_x"),
            msg("chart.scatter_y"),
            lambda v: fmt.money(v),
            lambda v: fmt.num(v, 0),
            name=msg("chart.scatter.alt", dots=charts.listed(dot_items, more)),
        ),
    }
    return out
