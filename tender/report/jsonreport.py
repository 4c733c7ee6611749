"""The JSON report: the result object with the audit block and a schema version (docs/reports.md)."""

from __future__ import annotations

from tender.report.formats import ReportInput


def render(inp: ReportInput) -> bytes:
    """The JSON report's bytes (made once per run, so the PDF attaches exactly these)."""
    return inp.document
