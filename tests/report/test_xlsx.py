"""The workbook read back with openpyxl, and recalculated by LibreOffice: the formulas give the tool's numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.report.formats import ReportFormat
from tender.result import Evaluation
from tests.report.libreoffice import needs_soffice, recalculated

SHEETS_DE = ["Übersicht", "Eingaben", "Kriterien", "Preise", "Bewertungen", "Ausschlüsse", "Beteiligte Personen"]
SHEETS_DE += ["Robustheit", "Prüfvermerk"]
SHEETS_EN = ["Summary", "Inputs", "Criteria", "Prices", "Evaluators", "Exclusions", "People involved", "Robustness"]
SHEETS_EN += ["Audit"]


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
    rows = list(summary.iter_rows(min_row=7, max_row=10, values_only=True))
    assert [r[1] for r in rows] == ["rheintal", "hanse", "spree", "isar"]
    assert [r[0] for r in rows[:4]] == [
        f"=1+SUMPRODUCT((H$7:H$10-H{r}>'Eingaben'!$E$26*ABS(H$7:H$10))*(H$7:H$10-H{r}>'Eingaben'!$E$26*ABS(H{r})))"
        for r in range(7, 11)
    ]
    assert rows[0][1:3] == ("rheintal", "Rheintal Datacenter GmbH")
    assert rows[0][3] == "=100*SUMPRODUCT('Kriterien'!F2:F9,'Kriterien'!H2:H9)"
    assert rows[0][5] == "=MIN(1,MAX(0,MIN(E$7:E$10)/E7))"
    assert rows[0][6] == "=100*'Eingaben'!$F$20*F7"  # the price's absolute weight, an input, not 0.3
    assert rows[0][7] == "=D7+G7"
    assert summary["E7"].number_format == '#,##0.00 "€"'
    assert [c.value for c in summary[12][2:5]] == [
        "Zuschlagsempfehlung (Formel)",
        '=IF(COUNTIF(A$7:A$10,1)=1,INDEX(B$7:B$10,MATCH(1,A$7:A$10,0)),"kein alleiniger Erster")',
        '=IF(COUNTIF(A$7:A$10,1)=1,INDEX(C$7:C$10,MATCH(1,A$7:A$10,0)),"kein alleiniger Erster")',
    ]
    inputs = wb["Eingaben"]
    know_how = ["know-how", "Know-how und Lösungsorientierung", 1, None, 30, "=E10/100", "=E11+E12+E13+E14"]
    assert [c.value for c in inputs[10]] == know_how
    assert [c.value for c in inputs[11]][:6] == [
        "kompetenz",
        "Präsentierte Kompetenz",
        2,
        "know-how",
        30,
        "=E11/100*F10",
    ]
    assert inputs["E10"].fill.fgColor.rgb == "00FFF2CC" and inputs["F10"].fill.fgColor.rgb != "00FFF2CC"
    assert [c.value for c in inputs[21]][1:] == ["Summe der obersten Ebene (%)", None, None, None, None, "=E10+E15+E20"]
    parameters = {r[0]: r[4] for r in inputs.iter_rows(min_row=24, values_only=True)}
    assert parameters == {"low": 0, "high": 5, "tol": 1e-9}
    criteria = wb["Kriterien"]
    assert criteria["D2"].value == "Präsentierte Kompetenz"
    assert criteria["F2"].value == "='Eingaben'!$F$11"
    assert criteria["H2"].value == "=(G2-'Eingaben'!$E$24)/('Eingaben'!$E$25-'Eingaben'!$E$24)"
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


@pytest.mark.libreoffice
@needs_soffice
def test_libreoffice_recalculation_reproduces_the_numbers(
    de_reports: dict[ReportFormat, Path], example_eval: Evaluation, tmp_path: Path
) -> None:
    path = de_reports[ReportFormat.XLSX]
    wb = load_workbook(recalculated([path], tmp_path) / path.name, data_only=True)
    summary = wb["Übersicht"]
    rows = {r[1]: r for r in summary.iter_rows(min_row=7, max_row=10, values_only=True)}
    assert set(rows) == {b.bidder for b in example_eval.ranked}
    assert [c.value for c in summary[12][2:5]] == [
        "Zuschlagsempfehlung (Formel)",
        "rheintal",
        "Rheintal Datacenter GmbH",
    ]
    for b in example_eval.ranked:
        rank, _, _, performance, price, normalized, price_points, score = rows[b.bidder]
        assert rank == b.rank
        assert performance == pytest.approx(b.performance, rel=1e-12)
        assert price == pytest.approx(b.price, rel=1e-12)
        assert normalized == pytest.approx(b.criteria["preis"].normalized, rel=1e-12)
        assert price_points == pytest.approx(b.price_points, rel=1e-12)
        assert score == pytest.approx(b.score, rel=1e-12)
    criteria = wb["Kriterien"]
    for row in criteria.iter_rows(min_row=2, values_only=True):
        bidder, _, criterion, *_rest, value, normalized, points = row
        leaf = example_eval.bid(bidder).criteria[criterion]
        if leaf.points is None:
            continue
        assert value == pytest.approx(leaf.value, rel=1e-12)
        assert points == pytest.approx(leaf.points, rel=1e-12)
    judged = {(j.bidder, j.criterion): j for j in example_eval.judgements}
    evaluators = wb["Bewertungen"]
    n = len(example_eval.evaluators)
    for row in evaluators.iter_rows(min_row=2, values_only=True):
        j = judged[(row[0], row[2])]
        if j.aggregate is not None:
            assert row[4 + n] == pytest.approx(j.aggregate, rel=1e-12)
        if j.value is not None:
            assert row[6 + n] == pytest.approx(j.value, rel=1e-12)


METHODS = {
    "ufab-simple": {"name": "ufab-simple"},
    "ufab-extended": {"name": "ufab-extended", "band": 0.1},
    "ufab-extended-price": {"name": "ufab-extended", "band": 0.1, "decide_by": "price"},
    "linear-span": {"name": "weighted-sum", "price_formula": "linear-span", "span": 0.5},
    "two-sided": {"name": "weighted-sum", "price_formula": "two-sided"},
    "one-sided": {"name": "weighted-sum", "price_formula": "one-sided"},
    "cubic": {"name": "weighted-sum", "price_formula": "cubic"},
}
# the UfAB oracle of methods.md 1.1/1.2: C wins Z = L / P; in the 10 % band {C, E, A}, A by performance, E by price
WINNERS = {"ufab-simple": "c", "ufab-extended": "a", "ufab-extended-price": "e"}


@pytest.mark.libreoffice
@needs_soffice
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
    out = recalculated(books, tmp_path)
    for name, ev in evaluations.items():
        assert ev.winner == WINNERS.get(name, ev.winner), name
        summary = load_workbook(out / f"{name}.xlsx", data_only=True)["Summary"]
        rows = {r[1]: r for r in summary.iter_rows(min_row=7, max_row=11, values_only=True)}
        assert [c.value for c in summary[13][2:4]] == ["Award recommendation (formula)", ev.winner], name
        for b in ev.ranked:
            row = rows[b.bidder]
            assert row[0] == b.rank, name
            assert row[3] == pytest.approx(b.performance, rel=1e-12), name
            assert row[4] == pytest.approx(b.price, rel=1e-12), name
            if name.startswith("ufab"):
                assert row[5] == pytest.approx(b.score * 1_000_000, rel=1e-12), name
                if b.in_band is not None:
                    assert row[6] == b.in_band, name  # LibreOffice saves TRUE as 1
            else:
                assert row[6] == pytest.approx(b.price_points, rel=1e-12), name
                assert row[7] == pytest.approx(b.score, rel=1e-12), name
