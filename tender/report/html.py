"""The HTML report: one self-contained file, inline CSS and SVG, every input escaped."""

from __future__ import annotations

from tender.gcpause import gc_paused
from tender.report.formats import ReportInput
from tender.report.funnel_view import record_view
from tender.report.jinja import environment, stylesheet
from tender.report.messages import Messages
from tender.report.page import page
from tender.report.robustness import robustness_section
from tender.report.view import Limits, ReportView, build_view
from tender.report.whatif import whatif


def report_view(inp: ReportInput, limits: Limits) -> ReportView:
    """The view model of one report with its extra sections (robustness), bounded by `limits`."""
    funnel = inp.funnel
    sources = funnel.sources if funnel else None
    view = build_view(inp.evaluation, inp.audit, inp.lang, limits, decided=inp.decided, sources=sources)
    view.record = record_view(funnel, inp.evaluation, inp.lang, limits.detail_bids, inp.audit.attachment)
    view.extra.append(robustness_section(inp.evaluation, inp.analysis, inp.audit.attachment, inp.lang, limits))
    return view


def render_view(view: ReportView) -> str:
    """The report's HTML text for a view model (the PDF renders the same HTML)."""
    template = environment().get_template("report.html.j2")
    return template.render(v=view, t=Messages(view.lang), css=stylesheet("report.css"))


def render(inp: ReportInput) -> bytes:
    """The full HTML report (no size limits: the browser copes with long tables), with its interactive parts."""
    with gc_paused():  # hundreds of thousands of short-lived strings and rows, none in a reference cycle
        view = report_view(inp, Limits())
        view.page = page(inp.evaluation, inp.lang, whatif(inp.evaluation, inp.lang))
        return render_view(view).encode("utf-8")
