"""The HTML report: one self-contained file, inline CSS and SVG, every input escaped."""

from __future__ import annotations

from tender.report.formats import ReportInput
from tender.report.jinja import environment, stylesheet
from tender.report.messages import Messages
from tender.report.view import Limits, ReportView, build_view


def render_view(view: ReportView) -> str:
    """The report's HTML text for a view model (the PDF renders the same HTML)."""
    template = environment().get_template("report.html.j2")
    return template.render(v=view, t=Messages(view.lang), css=stylesheet("report.css"))


def render(inp: ReportInput) -> bytes:
    """The full HTML report (no size limits: the browser copes with long tables)."""
    return render_view(build_view(inp.evaluation, inp.audit, inp.lang, Limits())).encode("utf-8")
