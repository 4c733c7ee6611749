"""What a lotted tender's bid form and score sheet contain: protection, validation and formulas per lot, the
combinations, English names, text that stays text, and sheet names for long lot ids."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from tender.workspace import load_workspace
from tests.lotfill import fill_lotted_form, fill_lotted_scores
from tests.sheets.lotsupport import LOTS, lots_workspace, lotted_result, yaml_bids
from tests.sheets.sheetsupport import cli
from tests.sheets.test_forms import validations


def test_lotted_form_protection_validation_and_formulas(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    form = tmp_path / "form.xlsx"
    assert cli("bid-form", root, "--out", form).exit_code == 0
    wb = load_workbook(form)
    assert wb.sheetnames == [
        "Bieter",
        "Anforderungen",
        "Kennzahlen",
        "Preise cluster",
        "Preise test",
        "Preise migration",
        "Kombinationen",
        "_tender",
    ]
    assert wb["_tender"].sheet_state == "hidden" and wb.security.lockStructure
    assert all(wb[name].protection.sheet for name in wb.sheetnames)
    bidder = wb["Bieter"]
    assert [bidder.cell(r, 1).value for r in (16, 17, 18)] == ["lots.cluster", "lots.test", "lots.migration"]
    assert not bidder["C16"].protection.locked and bidder["B16"].protection.locked
    assert validations(bidder)["C16 C17 C18"].formula1 == '"ja,nein"'
    migration = wb["Preise migration"]
    assert migration["A1"].value == "Angebotsformular – Hosting des Händler-CRM-Systems in Losen – Los 3 – Migration"
    assert [migration.cell(r, 1).value for r in (7, 8)] == ["migration", "schulung"]
    assert migration["G8"].value == '=IF(ISNUMBER(E8),D8*E8*F8,"")' and migration["G9"].value == "=SUM(G7:G8)"
    assert not migration["E7"].protection.locked and migration["G7"].protection.locked
    assert validations(migration)["E7:E8"].operator == "greaterThanOrEqual"
    test = wb["Preise test"]
    assert [test.cell(r, 6).value for r in (7, 8)] == ["=$D$5", "=1"]  # the test server monthly, the setup once
    assert validations(wb["Anforderungen"])["C7 C9:C10 C12"].formula1 == '"ja,nein"'
    assert wb["Anforderungen"]["B8"].value == "Los 1 – Betrieb des Clusters (Los cluster)"
    assert wb["Kennzahlen"]["D8"].number_format == "0.00##%"  # the lot's % fact: a percent cell
    combos = wb["Kombinationen"]
    assert combos.max_row == 10  # four rows: the three lots have four sets of two or more
    checks = validations(combos)
    assert checks["C7:E10"].formula1 == '"ja,nein"'
    assert (checks["G7:G10"].formula1, checks["G7:G10"].formula2) == ("0", "1")
    assert not combos["B7"].protection.locked and combos["G7"].number_format == "0.00##%"


def test_lotted_form_in_english_and_tender_text_never_a_formula(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    text = (root / "tender.yaml").read_text(encoding="utf-8")
    text = text.replace("language: de", "language: en").replace(
        "title: Los 2 – Testumgebung", 'title: \'=HYPERLINK("http://evil.example","Test")\''
    )
    (root / "tender.yaml").write_text(text, encoding="utf-8")
    form = tmp_path / "form.xlsx"
    run = cli("bid-form", root, "--bidder", "spree", "--lots", "test,migration", "--out", form)
    assert run.exit_code == 0, run.output
    wb = load_workbook(form)
    assert wb.sheetnames == [
        "Bidder",
        "Requirements",
        "Facts",
        "Prices test",
        "Prices migration",
        "Combinations",
        "_tender",
    ]
    titled = [c for ws in wb for row in ws.iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert titled and all(c.data_type == "s" for c in titled)  # written as text, never a formula
    assert [wb["Bidder"].cell(r, 3).value for r in (16, 17)] == ["yes", "yes"]
    filled = fill_lotted_form(form, tmp_path / "spree.xlsx", yaml_bids(root)["spree"])
    (root / "bids" / "spree.yaml").unlink()
    run = cli("import-bids", filled, "--into", root)
    assert run.exit_code == 0, run.output
    spree = next(b for b in load_workspace(root).bids if b.bidder == "spree")
    assert spree.offers["test"].places["prices.testserver"] == "Prices test!E7"


def test_long_lot_ids_name_their_sheets_by_place(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    long = "betrieb-des-hochverfuegbaren-clusters"  # "Preise " + it is longer than Excel's 31 characters
    for path in [root / "tender.yaml", *root.glob("bids/*.yaml"), *root.glob("scores/*.csv")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?<![-\w])cluster(?![-\w])", long, text), encoding="utf-8")
    expected = lotted_result(root)
    form = tmp_path / "form.xlsx"
    assert cli("bid-form", root, "--out", form).exit_code == 0
    assert load_workbook(form).sheetnames[3:6] == ["Preise #1", "Preise test", "Preise migration"]
    lots = [long, *LOTS[1:]]
    ws = load_workspace(root)
    for bidder, bid in yaml_bids(root).items():
        fill_lotted_form(form, root / "bids" / f"{bidder}.xlsx", bid)
        (root / "bids" / f"{bidder}.yaml").unlink()
    blank = tmp_path / "blank.xlsx"
    assert cli("score-sheet", root, "--evaluator", "mueller", "--out", blank).exit_code == 0
    assert load_workbook(blank).sheetnames[0] == "Bewertung #1"
    marks = {(s.lot, s.bidder, s.criterion): (s.score, s.justification) for s in ws.scores if s.evaluator == "mueller"}
    fill_lotted_scores(blank, root / "scores" / "mueller.xlsx", marks, lots)
    (root / "scores" / "mueller.csv").unlink()
    assert lotted_result(root) == expected
    hanse = next(b for b in load_workspace(root).bids if b.bidder == "hanse")
    assert hanse.offers[long].places["prices.setup"] == "Preise #1!E7"


def test_lotted_score_sheet_holds_no_prices(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    out = tmp_path / "sheet.xlsx"
    assert cli("score-sheet", root, "--evaluator", "braun", "--out", out).exit_code == 0
    wb = load_workbook(out)
    prices = {v for b in load_workspace(root).bids for o in b.offers.values() for v in o.prices.values()}
    for sheet in wb:
        for row in sheet.iter_rows():
            for cell in row:
                assert not (isinstance(cell.value, int | float) and cell.value in prices), (
                    sheet.title,
                    cell.coordinate,
                )
                assert "verfuegbarkeit" not in str(cell.value or "")
