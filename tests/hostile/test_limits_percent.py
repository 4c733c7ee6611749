"""A percent typed in Excel (stored 0.9995, shown 99.95 %) is read as 99.95; past 100 % it is ambiguous."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.workspace import load_workspace
from tests.hostile.conftest import refused, run
from tests.sheetfill import fill_bid_form

BID = {
    "bidder": "nord",
    "name": "Nord Hosting GmbH",
    "requirements": {"rz-deutschland": True, "betrieb-24x7": True, "ha-cluster": True, "testsystem": True},
    "facts": {"verfuegbarkeit": 99.95},
    "prices": {"setup": 20000, "cluster-knoten": 1000, "testserver": 400, "san-speicher": 250, "support": 100},
}


@pytest.fixture
def form(bundled: Path, tmp_path: Path) -> Path:
    """A blank bid form of the bundled tender."""
    out = tmp_path / "form.xlsx"
    assert run("bid-form", bundled, "--out", out).exit_code == 0
    return out


def fact_cell(path: Path) -> tuple[object, str, object]:
    """The availability's value, number format and the note beside it, as the workbook holds them."""
    ws = load_workbook(path)["Kennzahlen"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "verfuegbarkeit")
    return ws.cell(row, 4).value, ws.cell(row, 4).number_format, ws.cell(row, 5).value


def test_bid_form_formats_percent_facts_and_says_so(form: Path) -> None:
    assert fact_cell(form) == (None, "0.00##%", "Prozentzelle: 99,95 eintippen ergibt 99,95 %")


def test_percent_cell_is_read_as_percent(bundled: Path, form: Path, tmp_path: Path) -> None:
    filled = fill_bid_form(form, tmp_path / "angebot-nord.xlsx", BID)
    assert fact_cell(filled)[0] == pytest.approx(0.9995)  # as Excel stores 99,95 %
    assert run("import-bids", filled, "--into", bundled).exit_code == 0
    nord = next(b for b in load_workspace(bundled).bids if b.bidder == "nord")
    assert nord.facts == {"verfuegbarkeit": 99.95}


def test_percent_over_100_is_ambiguous(bundled: Path, form: Path, tmp_path: Path) -> None:
    filled = fill_bid_form(form, tmp_path / "angebot-nord.xlsx", {**BID, "facts": {}})
    wb = load_workbook(filled)
    ws = wb["Kennzahlen"]
    ws["D7"] = 99.95  # typed by a program into the percent cell: Excel shows 9995 %
    wb.save(filled)
    refused(
        bundled,
        "import-bids",
        filled,
        "--into",
        bundled,
        expect="Kennzahlen!D7: fact verfuegbarkeit: the cell is formatted as percent and shows 9995 %, but this "
        "criterion counts at most 100 %",
    )
