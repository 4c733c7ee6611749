"""The workbook without recalculation: every formula's cached value is the engine's number (openpyxl data_only,
pandas), and the workbook prints: page setup, header and footer, document properties."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tender.report.formats import ReportFormat
from tests.conftest import quality_price_tender, write_workspace

SUMMARY_FIRST, SUMMARY_LAST = 7, 10


def test_every_formula_has_a_cached_value(de_reports: dict[ReportFormat, Path]) -> None:
    path = de_reports[ReportFormat.XLSX]
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    count = 0
    for ws in formulas:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    count += 1
                    assert values[ws.title][cell.coordinate].value is not None, (ws.title, cell.coordinate)
    assert count > 250


def test_cached_values_equal_the_json_report(de_reports: dict[ReportFormat, Path]) -> None:
    result = json.loads(de_reports[ReportFormat.JSON].read_bytes())["result"]
    bids = {b["bidder"]: b for b in result["bids"]}
    wb = load_workbook(de_reports[ReportFormat.XLSX], data_only=True)

    summary = wb["Übersicht"]
    ranked = [b for b in result["bids"] if not b["excluded"]]
    rows = list(summary.iter_rows(min_row=SUMMARY_FIRST, max_row=SUMMARY_LAST, values_only=True))
    assert len(rows) == len(ranked) == 4
    for rank, bidder, name, performance, price, normalized, price_points, score in rows:
        b = bids[bidder]
        assert (rank, name) == (b["rank"], b["name"])
        assert performance == pytest.approx(b["performance"], abs=1e-9)
        assert price == pytest.approx(b["price"], abs=1e-9)
        assert normalized == pytest.approx(b["criteria"]["preis"]["normalized"], abs=1e-9)
        assert price_points == pytest.approx(b["price_points"], abs=1e-9)
        assert score == pytest.approx(b["score"], abs=1e-9)
    winner = bids[result["winner"]]
    assert [c.value for c in summary[12][3:5]] == [winner["bidder"], winner["name"]]

    absolute = {c["id"]: c["absolute_weight"] for c in walk(result["criteria"])}
    inputs = {r[0]: r for r in wb["Eingaben"].iter_rows(min_row=10, max_row=20, values_only=True)}
    assert set(inputs) == set(absolute)
    for cid, row in inputs.items():
        assert row[5] == pytest.approx(absolute[cid], abs=1e-9)
        if row[6] is not None:
            assert row[6] == pytest.approx(100, abs=1e-9)  # every level sums to 100

    for bidder, _, criterion, _, _, weight, value, normalized, points in wb["Kriterien"].iter_rows(
        min_row=2, values_only=True
    ):
        leaf = bids[bidder]["criteria"][criterion]
        assert weight == pytest.approx(absolute[criterion], abs=1e-9)
        for got, want in ((value, leaf["value"]), (normalized, leaf["normalized"]), (points, leaf["points"])):
            assert got == pytest.approx(want, abs=1e-9), (bidder, criterion)

    totals = {(b["bidder"], line["line"]): line["total"] for b in result["bids"] for line in b["price_lines"]}
    for row in wb["Preise"].iter_rows(min_row=2, values_only=True):
        assert row[7] == pytest.approx(totals[(row[0], row[2])], abs=1e-9)

    judged = {(j["bidder"], j["criterion"]): j for j in result["judgements"]}
    n = len(result["evaluators"])
    for row in wb["Bewertungen"].iter_rows(min_row=2, values_only=True):
        j = judged[(row[0], row[2])]
        assert (row[4 + n], row[6 + n], row[7 + n]) == pytest.approx(
            (j["aggregate"], j["value"], j["spread"]), abs=1e-9
        )


def walk(criteria: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every node of the JSON criteria tree, depth first."""
    return [x for c in criteria for x in (c, *walk(c.get("criteria", [])))]


def test_pandas_reads_the_engine_numbers(de_reports: dict[ReportFormat, Path]) -> None:
    import pandas as pd

    result = json.loads(de_reports[ReportFormat.JSON].read_bytes())["result"]
    frame = pd.read_excel(de_reports[ReportFormat.XLSX], "Übersicht", header=5, nrows=4, engine="openpyxl")
    scores = dict(zip(frame["Bieter-ID"], frame["Gesamtpunkte"], strict=True))
    assert scores == {b["bidder"]: b["score"] for b in result["bids"] if not b["excluded"]}
    assert frame["Rang"].tolist() == [1, 2, 3, 4]


def test_ufab_extended_caches_band_key_rank_and_winner(tmp_path: Path) -> None:
    from tender.app.report import write_reports
    from tender.scoring import evaluate
    from tender.workspace import load_workspace

    # methods.md 1.2: Z × 1000 C 7.5, E 7.14, A 7.0, B 6.67, D 6.0; band 10 % → {C, E, A}; by price E wins
    quality = {"a": 70, "b": 80, "c": 60, "d": 90, "e": 50}
    prices = {"a": 100_000, "b": 120_000, "c": 80_000, "d": 150_000, "e": 70_000}
    method = {"name": "ufab-extended", "band": 0.1, "decide_by": "price"}
    tender, bids = quality_price_tender(quality, prices, price_weight=40, method=method)
    ev = evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))
    (path,) = write_reports(ev, [ReportFormat.XLSX], "en", tmp_path / "out")
    summary = load_workbook(path, data_only=True)["Summary"]
    rows = {r[1]: r for r in summary.iter_rows(min_row=7, max_row=11, values_only=True)}
    assert {b: (r[0], r[6]) for b, r in rows.items()} == {
        "e": (1, True), "c": (2, True), "a": (3, True), "b": (4, False), "d": (5, False)
    }  # fmt: skip
    assert rows["e"][7] == -70_000 and rows["b"][7] == pytest.approx(rows["b"][5])  # in band −price, else Z
    assert rows["c"][5] == pytest.approx(60 / 80_000 * 1e6, rel=1e-12)  # Z = L / P × 1,000,000
    assert [c.value for c in summary[13][3:5]] == ["e", "E"]
    formulas = load_workbook(path)["Summary"]
    assert formulas["H7"].value == "=IF(G7,-E7,F7)"
    assert formulas["G7"].value.startswith("=OR(F7>=MAX(F$7:F$11)*(1-'Inputs'!$E$")


def test_sheets_print_legibly_with_header_footer_and_properties(de_reports: dict[ReportFormat, Path]) -> None:
    path = de_reports[ReportFormat.XLSX]
    wb = load_workbook(path)
    for ws in wb.worksheets[:-1]:
        assert ws.page_setup.paperSize == 9, ws.title  # A4
        assert ws.oddHeader.left.text == "crm-hosting-2007", ws.title
        assert ws.oddHeader.right.text == "&A", ws.title  # the sheet's name
        assert ws.oddFooter.right.text == "Seite &P von &N", ws.title
    evaluators = wb["Bewertungen"]
    assert evaluators.page_setup.orientation == "landscape"
    assert not evaluators.sheet_properties.pageSetUpPr.fitToPage  # not shrunk to one page's width: 75 %
    assert evaluators.page_setup.scale == 75
    assert evaluators.print_title_cols == "$A:$D" and evaluators.print_title_rows == "$1:$1"
    assert evaluators.column_dimensions["M"].width == 40 and evaluators["M2"].alignment.wrap_text  # justifications
    summary = wb["Übersicht"]
    assert summary.sheet_properties.pageSetUpPr.fitToPage and summary.page_setup.fitToWidth == 1
    assert summary.print_title_rows == "$6:$6"
    assert wb["Prüfvermerk"].page_setup.orientation == "portrait"  # two columns fit upright
    props = wb.properties
    assert props.title == "Vergabevermerk: Auswertung der Angebote – Hosting des Händler-CRM-Systems"
    assert props.creator == "Nordwagen Vertriebsgesellschaft Deutschland GmbH"
    assert props.subject == "Wertung der Angebote – Hosting des Händler-CRM-Systems"
    assert props.keywords == "Vergabe, Angebotswertung, crm-hosting-2007"
    assert props.created.isoformat() == "2026-11-27T09:30:00"
    app = zipfile.ZipFile(path).read("docProps/app.xml").decode()
    assert "<Company>Nordwagen Vertriebsgesellschaft Deutschland GmbH</Company>" in app
