"""The PDF report: the HTML through WeasyPrint as a tagged PDF/A-3b that declares PDF/UA-1, with the JSON report
attached; fetches only data: URLs.

WeasyPrint 70 writes one variant at a time: we ask for PDF/A-3b with its structure tree (pdf_tags: headings,
tables with header cells, figures with alternative text, lists, the document language, the title shown in
the window) and add PDF/UA-1's identification (pdfuaid:part) to the XMP metadata it wrote (pdfua_identified).
"""

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
PDFA = "pdf/a-3b"
PDFUA_PART = "1"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFUAID = "http://www.aiim.org/pdfua/ns/id/"


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
    """Render HTML to a tagged PDF/A-3b (PDF/UA-1) with one JSON attachment; the only allowed URLs are data: ones."""
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
    settings = {"pdf_variant": PDFA, "pdf_tags": True, "attachments": [attached], **options}
    pdf: bytes = document.write_pdf(finisher=finish, **settings)
    return pdf


def finish(document: Any, pdf: Any) -> None:
    """What happens to the PDF objects before pydyf writes them (a WeasyPrint finisher)."""
    compress_attachments(document, pdf)
    pdfua_identified(pdf)


def pdfua_identified(pdf: Any) -> None:
    """Add pdfuaid:part="1" beside pdfaid:part in the XMP metadata stream WeasyPrint wrote for PDF/A."""
    from xml.etree import ElementTree

    ElementTree.register_namespace("pdfuaid", PDFUAID)
    stream = pdf.objects[int(pdf.catalog["Metadata"].split()[0])]  # a reference: b"NUMBER 0 R"
    packet = b"".join(stream.stream)
    start, end = packet.index(b"<rdf:RDF"), packet.index(b"</rdf:RDF>") + len(b"</rdf:RDF>")
    rdf = ElementTree.fromstring(packet[start:end])
    described = next(d for d in rdf.iter(f"{{{RDF}}}Description") if f"{{{PDFAID}}}part" in d.attrib)
    described.set(f"{{{PDFUAID}}}part", PDFUA_PART)
    stream.stream = [packet[:start] + ElementTree.tostring(rdf, encoding="utf-8") + packet[end:]]


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
