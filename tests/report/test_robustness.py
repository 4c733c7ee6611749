"""The robustness section in the internal annex (PDF text, HTML charts), the workbook's sheet, the JSON's `analysis`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tender.analysis import Analysis, analyze
from tender.app.report import write_reports
from tender.cli import app
from tender.report.fmt import Formatter
from tender.report.formats import ANNEX_FORMATS, ReportFormat
from tender.report.messages import Messages
from tender.report.robustness import CHART_BIDS, robustness_view
from tender.report.robustness_text import analysis_document, summary
from tender.report.view import PDF_LIMITS, Limits
from tender.result import Evaluation
from tender.scoring import evaluate
from tender.scoring.envelope import quality_only
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace
from tests.report.test_pdf import text_of


@pytest.fixture(scope="module")
def analysis(example_eval: Evaluation) -> Analysis:
    """The analysis the reports must show: fixed samples and seed."""
    return analyze(example_eval, samples=10_000, seed=0)


def flat(text: str) -> str:
    """Whitespace (and no-break spaces) collapsed, as text comes out of a PDF."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def section(html: str) -> str:
    """The robustness section of an HTML annex."""
    start = html.index('<section id="robustness">')
    return html[start : html.index("</body>", start)]


def test_pdf_shows_the_summary_and_the_break_even_prices(
    de_annex: dict[ReportFormat, Path], en_annex: dict[ReportFormat, Path], analysis: Analysis
) -> None:
    de, en = flat(text_of(de_annex[ReportFormat.PDF])), flat(text_of(en_annex[ReportFormat.PDF]))
    assert "Robustheit der Rangfolge" in de and "Robustness of the ranking" in en
    assert flat(summary(analysis, "de")) in de
    assert flat(summary(analysis, "en")) in en
    assert "bis 52,4 % auf Platz 1" in de  # the bundled example's tightest interval: Preis-Leistung
    fmt_de, fmt_en = Formatter("de", "EUR"), Formatter("en", "EUR")
    hanse = next(x for x in analysis.break_even if x.bidder == "hanse")
    assert fmt_de.money(hanse.break_even) == "142.458,11\xa0€"
    assert "Hanse IT-Services AG 175.800,00 € 142.458,11 € 19,0 %" in de
    assert "Hanse IT-Services AG €175,800.00 €142,458.11 19.0%" in en
    for x in analysis.break_even:
        assert x.break_even is not None
        assert flat(fmt_de.money(x.break_even)) in de and fmt_en.money(x.break_even) in en
    assert "tender analyze --seed 0 --samples 10000" in de and "tender analyze --seed 0 --samples 10000" in en
    assert "Keine: Das Entfernen eines einzelnen Angebots ändert die Reihenfolge der übrigen nicht." in de


def test_html_has_both_charts_and_the_heading_in_both_languages(
    de_annex: dict[ReportFormat, Path], en_annex: dict[ReportFormat, Path], analysis: Analysis
) -> None:
    for reports, heading, rank in (
        (de_annex, "Robustheit der Rangfolge", "Rang"),
        (en_annex, "Robustness of the ranking", "Rank"),
    ):
        html = reports[ReportFormat.HTML].read_text(encoding="utf-8")
        part = section(html)
        assert f"<h2>{heading}</h2>" in part
        assert part.count("<svg") == 2 and part.count("</svg>") == 2
        for r in range(1, 5):
            assert f">{rank} {r}</text>" in part  # the acceptability legend, one entry per rank
        assert ">1. Rheintal Datacenter GmbH</text>" in part and ">4. Isar Hosting GmbH</text>" in part
        assert ">Preis-Leistung</text>" in part and ">Testserver unabhängig vom Cluster</text>" in part
    part = section(de_annex[ReportFormat.HTML].read_text(encoding="utf-8"))
    assert f'<p class="rob-summary">{summary(analysis, "de")}</p>' in part
    assert ">71,3 %</text>" in part.replace("\xa0", " ")  # Rheintal's share at rank 1
    assert ">52,4 %</text>" in part.replace("\xa0", " ")  # the bounded end of Preis-Leistung's interval


def test_workbook_sheet_holds_the_numbers(de_reports: dict[ReportFormat, Path], analysis: Analysis) -> None:
    wb = openpyxl.load_workbook(de_reports[ReportFormat.XLSX])
    assert wb.sheetnames.index("Robustheit") == wb.sheetnames.index("Prüfvermerk") - 1
    rows = [r for r in wb["Robustheit"].iter_rows() if len(r) > 1 and r[1].value]
    hanse_be = next(x for x in analysis.break_even if x.bidder == "hanse")
    block = [r for r in rows if (r[0].value, r[1].value) == ("hanse", "Hanse IT-Services AG")]
    acceptability, break_even = block  # the acceptability row comes first, then the break-even row
    assert [c.value for c in acceptability[2:6]] == pytest.approx(analysis.smaa.acceptability["hanse"])  # type: ignore[union-attr]
    assert acceptability[2].number_format == "0.0%"
    assert break_even[2].value == 175_800 and break_even[3].value == pytest.approx(142_458.1052631, abs=1e-4)
    assert break_even[3].value == pytest.approx(hanse_be.break_even)
    assert break_even[3].number_format == '#,##0.00 "€"'
    assert break_even[4].value == pytest.approx(hanse_be.discount / 100)  # type: ignore[operator]
    price = next(r for r in rows if r[0].value == "preis")
    assert [c.value for c in price[2:6]] == [1, pytest.approx(0.3), "offen (0 %)", pytest.approx(0.524095, abs=1e-6)]
    w = [r for r in rows if r[0].value == "loesungsorientierung"][-1]  # the agreement block comes last
    assert w[5].value == pytest.approx(0.49333, abs=1e-5) and w[6].value == "ja"


def test_json_report_carries_the_analysis(
    de_reports: dict[ReportFormat, Path], example_eval: Evaluation, analysis: Analysis
) -> None:
    doc = json.loads(de_reports[ReportFormat.JSON].read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1
    assert doc["analysis"] == json.loads(json.dumps(analysis_document(analyze(example_eval, samples=10000, seed=0))))
    assert doc["analysis"]["break_even"]["hanse"] == pytest.approx(142_458.11, abs=0.005)


def test_sealed_prices_give_the_reason_instead(example_eval: Evaluation, tmp_path: Path) -> None:
    sealed = quality_only(example_eval)
    paths = dict(zip(ReportFormat, write_reports(sealed, list(ReportFormat), "de", tmp_path), strict=True))
    annex = write_reports(sealed, list(ANNEX_FORMATS), "de", tmp_path, annex=True)
    reason = Messages("de")("rob.none.sealed")
    part = section(annex[0].read_text(encoding="utf-8"))
    assert f'<p class="rob-reason">{reason}</p>' in part and "<svg" not in part
    assert json.loads(paths[ReportFormat.JSON].read_text(encoding="utf-8"))["analysis"] is None
    sheet = openpyxl.load_workbook(paths[ReportFormat.XLSX])["Robustheit"]
    assert [r[0].value for r in sheet.iter_rows()] == ["Robustheit der Rangfolge", reason]
    assert flat(reason) in flat(text_of(annex[1]))
    memo = flat(text_of(paths[ReportFormat.PDF]))
    assert "Interner Anhang (Robustheit): Keine Robustheitsanalyse: Die Preise sind noch verschlossen" in memo


def test_the_report_command_on_a_sealed_procedure(procedure: Path) -> None:
    args = ["report", str(procedure), "--annex", "--format", "html", "--lang", "en", "--actor", "braun"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    html = (procedure / "reports" / "crm-hosting-2007-en-annex.html").read_text(encoding="utf-8")
    assert Messages("en")("rob.none.sealed") in section(html)


def test_one_bid_gives_the_reason_instead(tmp_path: Path) -> None:
    tender, bids = quality_price_tender({"a": 80}, {"a": 100})
    ev = evaluate(load_workspace(write_workspace(tmp_path / "one", tender, bids)))
    view = robustness_view(ev, None, "x.json", Messages("en"), Limits())
    assert view.reason == "No robustness analysis: fewer than two bids were evaluated, so there is no ranking to test."
    (html,) = write_reports(ev, [ReportFormat.HTML], "en", tmp_path / "out", annex=True)
    assert view.reason in section(html.read_text(encoding="utf-8"))


def test_the_pdf_view_is_bounded_for_large_tenders(tmp_path: Path) -> None:
    quality = {f"b{i:02d}": 40.0 + 3 * i for i in range(12)}
    prices = {b: 1000.0 + 90 * i for i, b in enumerate(quality)}
    tender, bids = quality_price_tender(quality, prices)
    ev = evaluate(load_workspace(write_workspace(tmp_path / "twelve", tender, bids)))
    a = analyze(ev, samples=2000, seed=0)
    pdf = robustness_view(ev, a, "x.json", Messages("en"), PDF_LIMITS)
    full = robustness_view(ev, a, "x.json", Messages("en"), Limits())
    chart = pdf.charts["acceptability"]
    assert chart.count('text-anchor="end"') == CHART_BIDS  # one label per bar: the 8 best-ranked bids
    assert ">Rank 8 or lower</text>" in chart and ">Rank 9</text>" not in chart
    assert "Shown: the 8 best-ranked of 12 bids" in pdf.limited
    assert pdf.break_even is not None and full.break_even is not None
    assert len(pdf.break_even.rows) == 8 and len(full.break_even.rows) == 11
    assert pdf.break_even.limited == "Shown: 8 of 11 rows; the workbook and the JSON file hold all of them."
    assert pdf.stability_limited == "" and full.stability_limited == ""  # two criteria: far below the cap


def test_a_tie_for_first_says_there_is_no_break_even(tmp_path: Path) -> None:
    tender, bids = quality_price_tender({"a": 80, "b": 80}, {"a": 1000, "b": 1000})
    ev = evaluate(load_workspace(write_workspace(tmp_path / "tie", tender, bids)))
    assert ev.winner is None
    (book,) = write_reports(ev, [ReportFormat.XLSX], "en", tmp_path / "out")
    (html,) = write_reports(ev, [ReportFormat.HTML], "en", tmp_path / "out", annex=True)
    part = section(html.read_text(encoding="utf-8"))
    msg = Messages("en")
    assert "<h2>Robustness of the ranking</h2>" in part
    assert msg("rob.stability.tie") in part and msg("rob.break_even.none") in part
    assert part.count("<svg") == 1  # acceptability only: no winner, no stability intervals
    cells = [r[0].value for r in openpyxl.load_workbook(book)["Robustness"].iter_rows()]
    assert msg("rob.stability.tie") in cells and msg("rob.break_even.none") in cells
