"""What the generated bid form and score sheet contain: sheets, protection, validation, formulas, no prices."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.errors import InputError
from tender.workspace import load_workspace
from tests.sheetfill import fill_bid_form, fill_score_sheet
from tests.sheets.sheetsupport import cli


def validations(ws) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Data validations of a sheet by the range they cover."""
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def test_bid_form_structure(blank_form: Path) -> None:
    wb = load_workbook(blank_form)
    assert wb.sheetnames == ["Bieter", "Anforderungen", "Kennzahlen", "Preise", "_tender"]
    assert wb["_tender"].sheet_state == "hidden"
    assert wb.security.lockStructure
    meta = {r[0].value: r[1].value for r in wb["_tender"].iter_rows()}
    assert meta == {"format": "tender-bid-form", "tender": "crm-hosting-2007", "language": "de", "version": "1"}
    prices = wb["Preise"]
    assert prices.protection.sheet
    assert [prices.cell(r, 1).value for r in range(7, 12)] == [
        "setup",
        "cluster-knoten",
        "testserver",
        "san-speicher",
        "support",
    ]
    assert not prices["E7"].protection.locked and prices["B7"].protection.locked and prices["G7"].protection.locked
    assert prices["D5"].value == 36
    assert [prices.cell(r, 6).value for r in range(7, 12)] == ["=1", "=$D$5", "=$D$5", "=$D$5", "=$D$5/12"]
    assert prices["G8"].value == '=IF(ISNUMBER(E8),D8*E8*F8,"")'
    assert prices["G12"].value == "=SUM(G7:G11)"
    price_check = validations(prices)["E7:E11"]
    assert (price_check.type, price_check.operator, price_check.formula1) == ("decimal", "greaterThanOrEqual", "0")
    answers = validations(wb["Anforderungen"])["C7:C10 C12:C14"]  # requirements; suitability below the heading B11
    assert (answers.type, answers.formula1) == ("list", '"ja,nein"')
    assert wb["Anforderungen"]["B11"].value.startswith("Eignung (§ 122 GWB)")
    assert not wb["Anforderungen"]["D7"].protection.locked
    assert wb["Kennzahlen"]["A7"].value == "verfuegbarkeit" and not wb["Kennzahlen"]["D7"].protection.locked
    assert "Ausschluss" in wb["Anforderungen"]["A3"].value  # instructions in the tender's language


def test_bid_form_refuses_to_overwrite(yaml_example: Path, blank_form: Path) -> None:
    run = cli("bid-form", yaml_example, "--out", blank_form)
    assert run.exit_code == 2
    assert "existiert bereits (mit --force wird die Datei überschrieben)" in run.stderr  # the tender's language
    assert cli("bid-form", yaml_example, "--out", blank_form, "--force").exit_code == 0


def test_bid_form_with_bidder_id_and_default_place(yaml_example: Path) -> None:
    run = cli("bid-form", yaml_example, "--bidder", "ostsee")
    assert run.exit_code == 0, run.output
    out = yaml_example / "forms" / "bid-form-ostsee.xlsx"
    assert run.stdout.strip() == str(out)
    wb = load_workbook(out)
    assert wb["Bieter"]["C7"].value == "ostsee" and wb["Bieter"]["C7"].protection.locked


def test_bidder_id_from_file_name_and_german_date_text(yaml_example: Path, blank_form: Path, tmp_path: Path) -> None:
    bid = {"name": "Fürth Hosting", "submitted": "14.03.2007", "prices": {"setup": 1}}
    path = fill_bid_form(blank_form, tmp_path / "Angebot Fürth Hosting.xlsx", bid)
    assert cli("import-bids", path, "--into", yaml_example).exit_code == 0
    imported = next(b for b in load_workspace(yaml_example).bids if b.source.endswith("Hosting.xlsx"))
    assert (imported.bidder, imported.submitted) == ("angebot-fuerth-hosting", "2007-03-14")


def test_score_sheet_structure_and_no_prices(yaml_example: Path, tmp_path: Path) -> None:
    out = tmp_path / "weber.xlsx"
    assert cli("score-sheet", yaml_example, "--evaluator", "weber", "--out", out).exit_code == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Bewertung", "Skala", "_tender"]
    ws = wb["Bewertung"]
    rows = [(ws.cell(r, 1).value, ws.cell(r, 3).value) for r in range(7, ws.max_row + 1)]
    judged = ["kompetenz", "loesungsorientierung", "referenzen", "rz-besichtigung"]
    judged += ["ha-design", "storage", "testserver"]
    assert rows == [(b, c) for b in ["elbtal", "hanse", "isar", "rheintal", "spree"] for c in judged]
    assert ws["A5"].value == "Bewerter: weber"
    assert not ws["E7"].protection.locked and not ws["G7"].protection.locked and ws["D7"].protection.locked
    assert validations(ws)["E7:E41"].formula1 == "='Skala'!$A$7:$A$12"
    assert [wb["Skala"].cell(r, 2).value for r in (7, 12)] == [
        "keine Zielerreichung / keine Angaben",
        "besonders zweckdienliche Lösung",
    ]
    ws_model = load_workspace(yaml_example)
    prices = {v for b in ws_model.bids for v in b.prices.values()} | {202800.0, 175800.0, 166540.0, 152900.0}
    for sheet in wb:
        for row in sheet.iter_rows():
            for cell in row:
                assert not (isinstance(cell.value, int | float) and cell.value in prices), cell.coordinate
                text = str(cell.value or "")
                assert "preis" not in text.lower() or sheet.title == "_tender", (cell.coordinate, text)
                assert "verfuegbarkeit" not in text


@pytest.mark.parametrize("how", ["file name", "evaluator"])
def test_consensus_score_sheet(yaml_example: Path, tmp_path: Path, how: str) -> None:
    evaluator = "moderation" if how == "file name" else "consensus"
    blank = tmp_path / "blank.xlsx"
    assert cli("score-sheet", yaml_example, "--evaluator", evaluator, "--out", blank).exit_code == 0
    if evaluator == "consensus":  # the consensus sheet asks for the committee on every row
        head = load_workbook(blank)["Bewertung"]
        assert (head["H6"].value, head["I6"].value) == ("Moderation (ID)", "Teilnehmende (IDs, mit Komma getrennt)")
    (yaml_example / "scores" / "consensus.csv").unlink()
    name = "consensus.xlsx" if how == "file name" else "moderation-2007-04-03.xlsx"
    marks = {("hanse", "loesungsorientierung"): (4, "Einigung in der Moderation")}
    fill_score_sheet(blank, yaml_example / "scores" / name, marks, ("braun", "mueller, schmidt"))
    ws = load_workspace(yaml_example)
    (score,) = [s for s in ws.scores if s.consensus]
    assert (score.evaluator, score.bidder, score.score, score.place) == ("braun", "hanse", 4.0, "Bewertung!E15")
    assert score.participants == ("mueller", "schmidt")
    fill_score_sheet(blank, yaml_example / "scores" / name, marks, ("braun", "mueller"))
    with pytest.raises(InputError) as refused:
        load_workspace(yaml_example)
    assert f"scores/{name}: Bewertung!I15: a consensus row names at least 2 participants" in refused.value.lines()[0]
