"""An auditor's what-if in the workbook: change weight input cells, let LibreOffice recalculate, and the totals,
ranks and winner are what the kernel computes for that weight vector."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.model import Criterion
from tender.report.formats import ReportFormat
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import copy_bundled
from tests.report.libreoffice import needs_soffice, recalculated

# the weight input cells of the example's Inputs sheet (column E, percent of their level) and the new weights
WHAT_IF = {"E10": ("know-how", 20), "E15": ("architektur", 25), "E20": ("preis", 55), "E16": ("ha-design", 50)}
WHAT_IF |= {"E19": ("verfuegbarkeit", 10)}
INPUTS_SHEET = "xl/worksheets/sheet2.xml"


def with_inputs(source: Path, target: Path, values: dict[str, float]) -> Path:
    """A copy of the workbook with new values in input cells of the Inputs sheet; every cached value stays as it
    was, so only a recalculation can change the figures."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == INPUTS_SHEET:
                for cell, value in values.items():
                    data, n = re.subn(
                        rf'(<c r="{cell}"[^>]*><v>)[^<]*(</v>)'.encode(), rf"\g<1>{value}\2".encode(), data
                    )
                    assert n == 1, cell
            zout.writestr(info, data)
    return target


def reweighted(node: Criterion, weights: dict[str, float]) -> Criterion:
    """The criterion with new weights where given, its children likewise."""
    children = tuple(reweighted(c, weights) for c in node.children)
    return replace(node, weight=weights.get(node.id, node.weight), children=children)


@pytest.mark.libreoffice
@needs_soffice
def test_changing_weight_inputs_recalculates_as_the_kernel(
    de_reports: dict[ReportFormat, Path], tmp_path: Path
) -> None:
    ws = load_workspace(copy_bundled(tmp_path / "ws"))
    weights = {cid: float(w) for cid, w in WHAT_IF.values()}
    tender = replace(ws.tender, criteria=tuple(reweighted(c, weights) for c in ws.tender.criteria))
    before, after = evaluate(ws), evaluate(replace(ws, tender=tender))
    assert [b.bidder for b in after.ranked] != [b.bidder for b in before.ranked]  # the what-if changes the order
    assert after.winner != before.winner

    book = with_inputs(de_reports[ReportFormat.XLSX], tmp_path / "whatif.xlsx", {c: w for c, (_, w) in WHAT_IF.items()})
    wb = load_workbook(recalculated([book], tmp_path) / book.name, data_only=True)
    summary = wb["Übersicht"]
    rows = {r[1]: r for r in summary.iter_rows(min_row=7, max_row=10, values_only=True)}
    for b in after.ranked:
        rank, _, _, performance, _, _, price_points, score = rows[b.bidder]
        assert rank == b.rank, b.bidder
        assert performance == pytest.approx(b.performance, rel=1e-12)
        assert price_points == pytest.approx(b.price_points, rel=1e-12)
        assert score == pytest.approx(b.score, rel=1e-12)
    winner = after.bid(after.winner) if after.winner else None
    assert winner is not None and [c.value for c in summary[12][3:5]] == [winner.bidder, winner.name]
    inputs = {r[0]: r[5] for r in wb["Eingaben"].iter_rows(min_row=10, max_row=20, values_only=True)}
    assert inputs == pytest.approx(after.weights, rel=1e-12)
