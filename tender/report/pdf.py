"""The PDF report: the HTML through WeasyPrint as PDF/A-3b, with the JSON report attached; fetches only data: URLs."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from tender.report.formats import ReportInput
from tender.report.html import render_view, report_view
from tender.report.view import PDF_LIMITS

# pydyf deflates every stream at level 9; for the attached JSON report (50 MB for 500 bids) that is 3 s,
# zlib's default level takes a quarter of it for a file about 10 % larger
ATTACHMENT_LEVEL = 6


@lru_cache(maxsize=1)
def fetcher_class() -> type:
    """A WeasyPrint URL fetcher that allows data: URLs only: no files, no network, whatever the content says."""
    from weasyprint.urls import URLFetcher

    class DataOnlyFetcher(URLFetcher):
        """Refuses file:, http:, https: and every other scheme but data:."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=1)

    return DataOnlyFetcher


def html_to_pdf(
    html: str, attachment: bytes, attachment_name: str, created: datetime | None = None, **options: Any
) -> bytes:
    """Render HTML to PDF/A-3b with one JSON attachment; the only allowed URLs are data: ones."""
    import weasyprint

    from tender.report.fonts import fast_subsetting

    fast_subsetting()
    fetcher = fetcher_class()()
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher)
    attached = weasyprint.Attachment(
        string=attachment,
        name=attachment_name,
        description="tender evaluation result (JSON, docs/reports.md)",
        relationship="Data",
        url_fetcher=fetcher,
        created=created,
        modified=created,
    )
    settings = {"pdf_variant": "pdf/a-3b", "attachments": [attached], **options}
    pdf: bytes = document.write_pdf(finisher=compress_attachments, **settings)
    return pdf


def compress_attachments(document: Any, pdf: Any) -> None:
    """Deflate the embedded files at ATTACHMENT_LEVEL before pydyf writes them (a WeasyPrint finisher)."""
    import zlib

    for stream in pdf.objects:
        extra = getattr(stream, "extra", None)
        if not (isinstance(extra, dict) and extra.get("Type") == "/EmbeddedFile" and stream.compress):
            continue
        data = b"\n".join(stream.stream)  # as pydyf joins a stream's parts
        stream.stream = [zlib.compress(data, ATTACHMENT_LEVEL)]
        stream.extra["Filter"] = "/FlateDecode"
        stream.compress = False


def render(inp: ReportInput) -> bytes:
    """The bounded PDF report: full for normal tenders, per-bid detail capped for very large ones."""
    html = render_view(report_view(inp, PDF_LIMITS))
    return html_to_pdf(html, inp.document, inp.audit.attachment, inp.audit.created)
