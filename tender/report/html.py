"""The HTML report: one self-contained file, inline CSS and SVG, every input escaped."""

from __future__ import annotations

from tender.gcpause import gc_paused
from tender.report.formats import ReportInput
from tender.report.funnel_view import record_view
from tender.report.jinja import environment, stylesheet
from tender.report.messages import Messages
from tender.report.page import page
from tender.report.view import Limits, ReportView, build_view
from tender.report.whatif import whatif


def report_view(inp: ReportInput, limits: Limits) -> ReportView:
    """The view model of one report, bounded by `limits`; its audit section names the internal annex (the
    robustness of the ranking is not part of the memo: tender.report.annex)."""
    funnel = inp.funnel
    sources = funnel.sources if funnel else None
    view = build_view(inp.evaluation, inp.audit, inp.lang, limits, decided=inp.decided, sources=sources, lot=inp.lot)
    view.record = record_view(funnel, inp.evaluation, inp.lang, limits.detail_bids, inp.audit.attachment)
    view.audit["annex_note"] = annex_note(inp)
    return view


def annex_note(inp: ReportInput) -> str:
    """The memo's reference to the internal annex: its file names and the fingerprint of its analysis, or why
    there is none."""
    from tender.report.formats import ANNEX_FORMATS, annex_name

    msg = Messages(inp.lang)
    if inp.analysis_fingerprint is None:
        reason = msg("rob.none.sealed" if inp.evaluation.prices_sealed else "rob.none.few")
        return f"{msg('annex.label')}: {reason}"
    files = ", ".join(annex_name(inp.evaluation, inp.lang, fmt) for fmt in ANNEX_FORMATS)
    return f"{msg('annex.label')}: {msg('annex.reference', files=files, fingerprint=inp.analysis_fingerprint)}"


def render_view(view: ReportView) -> str:
    """The report's HTML text for a view model (the PDF renders the same HTML)."""
    template = environment().get_template("report.html.j2")
    lots_css = stylesheet("lots.css") if view.lot else ""
    return template.render(v=view, t=Messages(view.lang), css=stylesheet("report.css"), lots_css=lots_css)


def render(inp: ReportInput) -> bytes:
    """The full HTML report (no size limits: the browser copes with long tables), with its interactive parts."""
    with gc_paused():  # hundreds of thousands of short-lived strings and rows, none in a reference cycle
        view = report_view(inp, Limits())
        view.page = page(inp.evaluation, inp.lang, whatif(inp.evaluation, inp.lang))
        return render_view(view).encode("utf-8")
