"""The workbook read back with openpyxl, and recalculated by LibreOffice: the formulas give the tool's numbers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.report.formats import ReportFormat
from tender.result import Evaluation

SHEETS_DE = [
    "Übersicht",
    "Kriterien",
    "Preise",
    "Bewertungen",
    "Ausschlüsse",
    "Beteiligte Personen",
    "Robustheit",
    "Prüfvermerk",
]
SHEETS_EN = ["Summary", "Criteria", "Prices", "Evaluators", "Exclusions", "People involved", "Robustness", "Audit"]


def test_workbook_sheets_values_and_formulas(
    de_reports: dict[ReportFormat, Path], en_reports: dict[ReportFormat, Path]
) -> None:
    book = load_workbook(en_reports[ReportFormat.XLSX])
    assert book.sheetnames == [*SHEETS_EN, "_data"]
    assert book["_data"].sheet_state == "hidden"  # the JSON report, for `tender verify`
    wb = load_workbook(de_reports[ReportFormat.XLSX])
    assert wb.sheetnames == [*SHEETS_DE, "_data"]
    summary = wb["Übersicht"]
    assert summary.freeze_panes == "A7"
    assert summary.auto_filter.ref == "A6:H10"
    rows = list(summary.iter_rows(min_row=7, values_only=True))
    assert [(r[0], r[1]) for r in rows] == [(1, "rheintal"), (2, "hanse"), (3, "spree"), (4, "isar")]
    assert rows[0][3] == "=100*SUMPRODUCT('Kriterien'!F2:F9,'Kriterien'!H2:H9)"
    assert rows[0][6] == "=100*0.3*F7"
    assert rows[0][7] == "=D7+G7"
    assert summary["E7"].number_format == '#,##0.00 "€"'
    criteria = wb["Kriterien"]
    assert criteria["D2"].value == "Präsentierte Kompetenz"
    assert criteria["F2"].value == pytest.approx(0.09)
    assert criteria["F2"].number_format == "0.00%"
    prices = wb["Preise"]
    assert [prices.cell(2, c).value for c in range(1, 9)] == [
        "rheintal", "Rheintal Datacenter GmbH", "setup", "Einmalige Einrichtung und Migration (einmalig)",
        24000, 1, 1, "=E2*F2*G2",
    ]  # fmt: skip
    exclusions = wb["Ausschlüsse"]
    assert [c.value for c in exclusions[2]] == [
        "elbtal", "Elbtal Systemhaus KG", "requirement-not-met", "rz-deutschland",
        "A-Kriterium nicht erfüllt: Betrieb in einem Rechenzentrum in Deutschland",
    ]  # fmt: skip
    audit = {r[0]: r[1] for r in wb["Prüfvermerk"].iter_rows(min_row=2, values_only=True)}
    assert audit["Erstellt (UTC)"] == "2026-11-27T09:30:00Z"
    assert len(audit["tender.yaml"]) == 64


def recalculated(path: Path, tmp: Path) -> Path:
    """The workbook after LibreOffice headless opened, recalculated and saved it."""
    profile = tmp / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp / "lo"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return tmp / "lo" / path.name


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculation_reproduces_the_numbers(
    de_reports: dict[ReportFormat, Path], example_eval: Evaluation, tmp_path: Path
) -> None:
    wb = load_workbook(recalculated(de_reports[ReportFormat.XLSX], tmp_path), data_only=True)
    rows = {r[1]: r for r in wb["Übersicht"].iter_rows(min_row=7, values_only=True)}
    assert set(rows) == {b.bidder for b in example_eval.ranked}
    for b in example_eval.ranked:
        _, _, _, performance, price, normalized, price_points, score = rows[b.bidder]
        assert performance == pytest.approx(b.performance, abs=0.01)
        assert price == pytest.approx(b.price, abs=0.01)
        assert normalized == pytest.approx(b.criteria["preis"].normalized, abs=1e-6)
        assert price_points == pytest.approx(b.price_points, abs=0.01)
        assert score == pytest.approx(b.score, abs=0.01)
    criteria = wb["Kriterien"]
    for row in criteria.iter_rows(min_row=2, values_only=True):
        bidder, _, criterion, *_rest, value, normalized, points = row
        leaf = example_eval.bid(bidder).criteria[criterion]
        if leaf.points is None:
            continue
        assert value == pytest.approx(leaf.value, abs=0.01)
        assert points == pytest.approx(leaf.points, abs=0.01)
    judged = {(j.bidder, j.criterion): j for j in example_eval.judgements}
    evaluators = wb["Bewertungen"]
    n = len(example_eval.evaluators)
    for row in evaluators.iter_rows(min_row=2, values_only=True):
        j = judged[(row[0], row[2])]
        if j.aggregate is not None:
            assert row[4 + n] == pytest.approx(j.aggregate, abs=0.01)
        if j.value is not None:
            assert row[6 + n] == pytest.approx(j.value, abs=0.01)


METHODS = {
    "ufab-extended": {"name": "ufab-extended", "band": 0.1},
    "linear-span": {"name": "weighted-sum", "price_formula": "linear-span", "span": 0.5},
    "two-sided": {"name": "weighted-sum", "price_formula": "two-sided"},
    "one-sided": {"name": "weighted-sum", "price_formula": "one-sided"},
    "cubic": {"name": "weighted-sum", "price_formula": "cubic"},
}


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculation_for_every_price_formula_and_ufab(tmp_path: Path) -> None:
    from tender.app.report import write_reports
    from tender.scoring import evaluate
    from tender.workspace import load_workspace
    from tests.conftest import quality_price_tender, write_workspace

    quality = {"a": 70, "b": 80, "c": 60, "d": 90, "e": 50}
    prices = {"a": 100_000, "b": 120_000, "c": 80_000, "d": 150_000, "e": 70_000}
    evaluations, books = {}, []
    for name, method in METHODS.items():
        tender, bids = quality_price_tender(quality, prices, price_weight=40, method=method)
        ev = evaluate(load_workspace(write_workspace(tmp_path / name, tender, bids)))
        (book,) = write_reports(ev, [ReportFormat.XLSX], "en", tmp_path / "books" / name)
        evaluations[name] = ev
        books.append(book.rename(tmp_path / "books" / f"{name}.xlsx"))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "lo"), *map(str, books)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    for name, ev in evaluations.items():
        wb = load_workbook(tmp_path / "lo" / f"{name}.xlsx", data_only=True)
        rows = {r[1]: r for r in wb["Summary"].iter_rows(min_row=7, values_only=True)}
        for b in ev.ranked:
            row = rows[b.bidder]
            assert row[3] == pytest.approx(b.performance, abs=0.01), name
            assert row[4] == pytest.approx(b.price, abs=0.01), name
            if name == "ufab-extended":
                assert row[5] == pytest.approx(b.score * 1_000_000, abs=0.01), name
            else:
                assert row[6] == pytest.approx(b.price_points, abs=0.01), name
                assert row[7] == pytest.approx(b.score, abs=0.01), name
