"""The internal annex: the robustness of the ranking as a report of its own (HTML and PDF), outside the memo.

The award record (the memo) documents the announced evaluation; the robustness checks vary its
assumptions, which a reader of the record could take for a second evaluation. They go to this annex,
marked internal on every page, which names the memo it belongs to; the memo names the annex by its file
names and the fingerprint of the analysis it shows (formats.annex_reference).
"""

from __future__ import annotations

from dataclasses import dataclass

from tender.report.audit_view import utc_text
from tender.report.formats import ReportFormat, ReportInput, file_name
from tender.report.jinja import environment, stylesheet
from tender.report.messages import Messages
from tender.report.robustness import robustness_section
from tender.report.view import PDF_LIMITS, ExtraSection, Limits

TEMPLATE = "annex.html.j2"


@dataclass(frozen=True)
class AnnexView:
    """What the annex template prints besides the robustness section."""

    lang: str
    title: str
    tender_id: str
    tender_title: str
    buyer: str
    created: str
    generator: str
    rows: list[tuple[str, str]]
    fingerprint: str
    fingerprint_short: str
    mark: str
    draft: str


def annex_view(inp: ReportInput) -> AnnexView:
    """The annex's cover: the tender, the memo it belongs to, when and by what it was made, the fingerprint."""
    msg, ev, audit = Messages(inp.lang), inp.evaluation, inp.audit
    t = ev.tender
    memo = file_name(ev, inp.lang, ReportFormat.PDF)
    fingerprint = inp.analysis_fingerprint or "–"
    mark = msg("annex.mark") + (f" · {msg('draft.mark')}" if audit.draft else "")
    return AnnexView(
        lang=inp.lang,
        title=f"{msg('annex.title')} – {t.title}",
        tender_id=t.id,
        tender_title=t.title,
        buyer=t.buyer,
        created=audit.created.isoformat(),
        generator=f"tender {audit.tool_version}",
        rows=[
            (msg("cover.reference"), t.id),
            (msg("annex.memo"), msg("annex.memo_value", memo=memo, fingerprint=audit.fingerprint)),
            (msg("audit.tool"), f"tender {audit.tool_version}"),
            (msg("audit.time"), utc_text(audit.created)),
            *([(msg("audit.log_head"), audit.head_text)] if audit.head_text else []),
        ],
        fingerprint=fingerprint,
        fingerprint_short=fingerprint[:16],
        mark=mark,
        draft=msg("draft.banner") if audit.draft else "",
    )


def annex_html(inp: ReportInput, limits: Limits) -> str:
    """The annex's HTML text, its robustness section bounded by `limits` (the PDF's, or none)."""
    section: ExtraSection = robustness_section(inp.evaluation, inp.analysis, inp.audit.attachment, inp.lang, limits)
    css = stylesheet("report.css") + stylesheet("annex.css")
    template = environment().get_template(TEMPLATE)
    return template.render(v=annex_view(inp), s=section, t=Messages(inp.lang), css=css)


def render(inp: ReportInput, fmt: ReportFormat) -> bytes:
    """The annex in one of formats.ANNEX_FORMATS; the PDF carries the run's JSON report like the memo's PDF."""
    if fmt is ReportFormat.HTML:
        return annex_html(inp, Limits()).encode("utf-8")
    if fmt is ReportFormat.PDF:
        from tender.report.pdf import html_to_pdf

        return html_to_pdf(annex_html(inp, PDF_LIMITS), inp.document, inp.audit.attachment, inp.audit.created)
    raise ValueError(f"the annex has no {fmt} format")
