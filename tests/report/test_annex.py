"""The internal annex: the robustness analysis outside the memo, named by the memo, recorded and verifiable."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tender.analysis import analyze
from tender.audit import log
from tender.report.formats import ReportFormat
from tender.report.messages import Messages
from tender.report.robustness_text import analysis_document
from tender.result import Evaluation, fingerprint_of
from tests.hostile.conftest import ok, refused, run, snapshot
from tests.report.test_pdf import text_of


def analysis_fingerprint(ev: Evaluation) -> str:
    """The fingerprint of the analysis the reports show, worked out here from `tender analyze`'s document."""
    return fingerprint_of(json.loads(json.dumps(analysis_document(analyze(ev, samples=10_000, seed=0)))))


def test_the_memo_names_the_annex_and_holds_no_robustness_section(
    de_reports: dict[ReportFormat, Path], en_reports: dict[ReportFormat, Path], example_eval: Evaluation
) -> None:
    fingerprint = analysis_fingerprint(example_eval)
    de_pdf, en_pdf = text_of(de_reports[ReportFormat.PDF]), text_of(en_reports[ReportFormat.PDF])
    for text, lang in ((de_pdf, "de"), (en_pdf, "en")):
        msg = Messages(lang)
        assert msg("section.robustness") not in text and msg("rob.acceptability") not in text
        assert f"{msg('annex.label')}: crm-hosting-2007-{lang}-annex.html, crm-hosting-2007-{lang}-annex.pdf" in text
        assert fingerprint in text.replace(" ", "")  # the hash may wrap in the table cell
    html = de_reports[ReportFormat.HTML].read_text(encoding="utf-8")
    assert 'id="robustness"' not in html and "Robustheit der Rangfolge" not in html
    assert f"Prüfsumme der Analyse {fingerprint}" in html
    doc = json.loads(de_reports[ReportFormat.JSON].read_text(encoding="utf-8"))
    assert doc["annex"]["files"] == ["crm-hosting-2007-de-annex.html", "crm-hosting-2007-de-annex.pdf"]
    assert doc["annex"]["analysis_fingerprint"] == fingerprint == fingerprint_of(doc["analysis"])


def test_the_annex_is_marked_internal_on_every_page_and_names_the_memo(
    de_annex: dict[ReportFormat, Path], en_annex: dict[ReportFormat, Path], example_eval: Evaluation
) -> None:
    from pypdf import PdfReader

    fingerprint = analysis_fingerprint(example_eval)
    for annex, lang in ((de_annex, "de"), (en_annex, "en")):
        msg = Messages(lang)
        pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(annex[ReportFormat.PDF]).pages]
        assert len(pages) >= 2
        for page in pages:
            assert msg("annex.line") in page and msg("annex.mark") in page
            assert f"{msg('annex.fingerprint_short')} {fingerprint[:16]}" in page
        text = " ".join(pages)
        assert msg("annex.confidential").split(".")[0] in text
        assert f"crm-hosting-2007-{lang}.pdf" in text and example_eval.fingerprint[:40] in text.replace(" ", "")
        assert msg("section.robustness") in text and msg("rob.break_even") in text
        html = annex[ReportFormat.HTML].read_text(encoding="utf-8")
        assert f'<code class="hash">{fingerprint}</code>' in html and html.count("<svg") == 2
        assert f'<p class="confidential" role="note">{msg("annex.confidential")}</p>' in html


def test_the_annex_is_recorded_and_verifies(procedure: Path) -> None:
    ok("seal", "technical", procedure, "--actor", "mueller")
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    out = ok("report", procedure, "--annex", "--actor", "braun")
    annex = procedure / "reports" / "crm-hosting-2007-de-annex.pdf"
    assert out.split() == [str(annex.with_suffix(".html")), str(annex)]
    event = log.read(procedure)[0][-1]
    assert event["action"] == "report" and event["details"]["annex"] is True and event["details"]["draft"] is True
    assert sorted(event["files"]) == ["reports/crm-hosting-2007-de-annex.html", "reports/crm-hosting-2007-de-annex.pdf"]
    verified = ok("verify", annex, "--lang", "en")
    assert verified.startswith(f"MATCH: {annex}")
    assert f"(draft annex, by braun at {event['time']}) as reports/crm-hosting-2007-de-annex.pdf" in verified
    html = annex.with_suffix(".html")
    html.write_text(html.read_text(encoding="utf-8").replace("71,3", "17,3"), encoding="utf-8")
    result = run("audit", "verify", "--lang", "en", procedure)
    assert result.exit_code == 1
    assert "reports/crm-hosting-2007-de-annex.html: changed since audit event" in result.output


def test_the_annex_has_no_workbook_or_json(procedure: Path) -> None:
    refused(
        procedure,
        "report",
        procedure,
        "--annex",
        "--format",
        "pdf,xlsx",
        expect="the annex is written as html, pdf only, not xlsx",
    )
    before = snapshot(procedure)
    assert run("report", procedure, "--annex", "--format", "json").exit_code == 2
    assert snapshot(procedure) == before
