"""Reports made before `seal final` are marked DRAFT on every page and sheet; every report prints the log's head."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender.audit import log
from tests.hostile.conftest import ok

REPORT = "reports/crm-hosting-2007"
BANNER = {
    "de": "ENTWURF – erstellt vor dem Siegel für den Zuschlag (tender seal final): nicht Grundlage der "
    "Zuschlagsentscheidung.",
    "en": "DRAFT – made before the final seal (tender seal final): not the basis of the award decision.",
}
MARK = {"de": "ENTWURF", "en": "DRAFT"}
CONFIDENTIAL = {"de": "VERTRAULICH", "en": "CONFIDENTIAL"}


@pytest.fixture
def opened(procedure: Path) -> Path:
    ok("seal", "technical", procedure, "--actor", "mueller")
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    return procedure


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_report_before_the_final_seal_is_a_draft_everywhere(opened: Path, lang: str) -> None:
    from openpyxl import load_workbook

    ok("report", opened, "--lang", lang, "--actor", "braun")
    events, _ = log.read(opened)
    top = events[-2]  # the head when the reports were made; the report event came after
    assert events[-1]["details"]["draft"] is True
    base = f"{REPORT}-{lang}"
    doc = json.loads((opened / f"{base}.json").read_text(encoding="utf-8"))
    assert doc["audit"]["draft"] is True
    assert (doc["audit"]["log_head_seq"], doc["audit"]["log_head"]) == (top["seq"], top["hash"])
    pages = pdf_pages(opened / f"{base}.pdf")
    assert len(pages) > 10
    assert all(page.count(MARK[lang]) >= 2 for page in pages)  # the page's header and footer
    assert all(page.count(f"{MARK[lang]} · {CONFIDENTIAL[lang]}") >= 2 for page in pages)
    assert BANNER[lang] in pages[0]
    audit = "".join(pages[-2:]).replace(" ", "")  # the audit section: its signature block may take a page of its own
    assert f"{top['seq']}:{top['hash']}" in audit
    html = (opened / f"{base}.html").read_text(encoding="utf-8")
    assert f'<p class="draft-banner" role="note">{BANNER[lang]}</p>' in html
    assert f'<code class="hash">{top["seq"]}:{top["hash"]}</code>' in html
    book = load_workbook(opened / f"{base}.xlsx")
    for sheet in book.worksheets:
        mark = f"&B{MARK[lang]} · {CONFIDENTIAL[lang]}"
        assert (sheet.oddHeader.center.text, sheet.oddFooter.center.text) == (mark,) * 2, sheet.title
    summary = [row[0] for row in book.worksheets[0].iter_rows(max_row=3, values_only=True)]
    assert summary[1] == BANNER[lang]
    audit = {r[0]: r[1] for r in book.worksheets[-2].iter_rows(values_only=True) if r and r[0]}
    assert audit[MARK[lang]] == BANNER[lang]
    assert f"{top['seq']}:{top['hash']}" in audit.values()


def test_after_the_final_seal_the_report_is_no_draft(opened: Path) -> None:
    from openpyxl import load_workbook

    ok("seal", "final", opened, "--actor", "braun")
    ok("report", opened, "--actor", "braun")
    events, _ = log.read(opened)
    assert events[-1]["details"]["draft"] is False
    doc = json.loads((opened / f"{REPORT}-de.json").read_text(encoding="utf-8"))
    assert doc["audit"]["draft"] is False and doc["audit"]["log_head_seq"] == events[-2]["seq"]
    pages = pdf_pages(opened / f"{REPORT}-de.pdf")
    assert not any("ENTWURF" in page for page in pages)
    assert all(page.count("ENDFASSUNG · VERTRAULICH") >= 2 for page in pages)  # FINAL and CONFIDENTIAL, every page
    assert doc["audit"]["status"] == "final"
    assert 'class="draft-banner"' not in (opened / f"{REPORT}-de.html").read_text(encoding="utf-8")
    book = load_workbook(opened / f"{REPORT}-de.xlsx")
    assert all(sheet.oddHeader.center.text == "&BENDFASSUNG · VERTRAULICH" for sheet in book.worksheets)
    assert "ENTWURF" not in str(list(book.worksheets[0].iter_rows(max_row=3, values_only=True)))


def test_a_workspace_without_a_log_or_procedure_makes_no_drafts(example: Path) -> None:
    ok("report", example, "--format", "json")
    doc = json.loads((example / f"{REPORT}-de.json").read_text(encoding="utf-8"))
    assert doc["audit"]["draft"] is False and doc["audit"]["status"] is None
    assert doc["audit"]["log_head"] is None and doc["audit"]["log_head_seq"] is None
