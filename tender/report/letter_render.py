"""The letters as files: PDF through WeasyPrint (data: URLs only, no files, no network) and .docx through
python-docx for editing; both print the same Letter."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from tender.report.jinja import environment, stylesheet
from tender.report.letters import Letter
from tender.report.zipdates import undated_package


def letter_html(letter: Letter) -> str:
    """The letter as HTML (every text escaped by the environment's autoescape)."""
    template = environment().get_template("letter.html.j2")
    return template.render(l=letter, css=stylesheet("letter.css"))


def letter_pdf(letter: Letter) -> bytes:
    """The letter as a tagged PDF/A-3b that declares PDF/UA-1, like the memo (report/pdf.py): heading, table with
    header cells, list, language and title; WeasyPrint may fetch nothing but data: URLs, whatever a bidder's name
    holds."""
    import weasyprint

    from tender.report.fonts import fast_subsetting
    from tender.report.pdf import PDFA, fetcher_class, pdfua_identified

    fast_subsetting()
    fetcher = fetcher_class()()
    document = weasyprint.HTML(string=letter_html(letter), base_url=None, url_fetcher=fetcher)
    pdf: bytes = document.write_pdf(pdf_variant=PDFA, pdf_tags=True, finisher=lambda _, out: pdfua_identified(out))
    return pdf


def letter_docx(letter: Letter, created: datetime) -> bytes:
    """The letter as a Word document (python-docx) for the procurement office to edit before sending."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.comments = letter.meta["title"], letter.meta["author"], letter.footer
    props.created = props.modified = created.astimezone(UTC).replace(tzinfo=None)
    props.last_modified_by = letter.meta["author"]
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(letter.sender).runs[0].font.size = Pt(8)
    doc.add_paragraph("\n".join(letter.addressee))
    doc.add_paragraph(letter.date_line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(letter.title)
    doc.add_heading(letter.subject, level=1)
    for text in (letter.salutation, letter.intro):
        doc.add_paragraph(text)
    if letter.rows:
        doc.add_paragraph(letter.table_title).runs[0].bold = True
        table = doc.add_table(rows=1, cols=len(letter.head))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, letter.head, strict=True):
            cell.text = text
        for row in letter.rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    for note in letter.notes:
        doc.add_paragraph(note)
    if letter.reasons_title:
        doc.add_heading(letter.reasons_title, level=2)
        if letter.reasons_lead:
            doc.add_paragraph(letter.reasons_lead)
        for reason in letter.reasons:
            doc.add_paragraph("\n".join(reason), style="List Bullet")
    for text in (letter.standstill, letter.closing, letter.sender):
        doc.add_paragraph(text)
    doc.sections[0].footer.paragraphs[0].text = letter.footer
    out = io.BytesIO()
    doc.save(out)
    return undated_package(out.getvalue())  # python-docx dates each member by the clock
