"""Every way a returned file can be wrong: exit 2, a message naming file, sheet and cell, nothing written."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from tests.sheetfill import fill_bid_form, fill_score_sheet
from tests.sheets.sheetsupport import cli

BID = {
    "bidder": "nord",
    "name": "Nord Hosting GmbH",
    "requirements": {"rz-deutschland": True, "betrieb-24x7": True, "ha-cluster": True, "testsystem": True},
    "facts": {"verfuegbarkeit": 99.9},
    "prices": {"setup": 20000, "cluster-knoten": 1000, "testserver": 400, "san-speicher": 250, "support": 100},
}


@pytest.fixture
def filled(blank_form: Path, tmp_path: Path) -> Path:
    """A correctly filled bid form for a new bidder."""
    return fill_bid_form(blank_form, tmp_path / "angebot-b.xlsx", BID)


def edit(path: Path, sheet: str, cell: str, value: object) -> Path:
    """Change one cell of a workbook, as a bidder typing into it would."""
    wb = load_workbook(path)
    wb[sheet][cell].value = value
    wb.save(path)
    return path


def refused(root: Path, *args: object, command: str = "import-bids") -> str:
    """Run an import that must fail: exit 2, nothing new in bids/ or scores/; returns stderr."""
    before = sorted(p.name for p in (root / "bids").iterdir()) + sorted(p.name for p in (root / "scores").iterdir())
    run = cli(command, *args, "--into", root)
    assert run.exit_code == 2, run.output
    after = sorted(p.name for p in (root / "bids").iterdir()) + sorted(p.name for p in (root / "scores").iterdir())
    assert after == before
    assert "Traceback" not in run.output
    return run.stderr


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "message"),
    [
        ("Preise", "E7", "ca. 900", 'Preise!E7: expected a unit price of at least 0, found "ca. 900"'),
        ("Preise", "E8", -5, "Preise!E8: expected a unit price of at least 0, found -5"),
        ("Anforderungen", "C9", "vielleicht", "Anforderungen!C9: requirement ha-cluster: expected ja/nein or yes/no"),
        ("Kennzahlen", "D7", "hoch", 'Kennzahlen!D7: expected a number, found "hoch"'),
        ("Bieter", "C8", None, "Bieter!C8: required key is missing"),
        ("Bieter", "C7", "Nord Hosting", "Bieter!C7: expected an id like 'web-hosting'"),
    ],
)
def test_bad_cell_in_bid_form(
    yaml_example: Path, filled: Path, sheet: str, cell: str, value: object, message: str
) -> None:
    edit(filled, sheet, cell, value)
    assert f"{filled}: {message}" in refused(yaml_example, filled)


def test_every_problem_of_a_form_is_listed(yaml_example: Path, filled: Path) -> None:
    edit(filled, "Preise", "E7", "ca. 900")
    edit(filled, "Kennzahlen", "D7", "hoch")
    err = refused(yaml_example, filled)
    assert "Preise!E7" in err and "Kennzahlen!D7" in err


def test_one_bad_file_stops_the_whole_import(
    yaml_example: Path, filled: Path, blank_form: Path, tmp_path: Path
) -> None:
    good = fill_bid_form(blank_form, tmp_path / "angebot-c.xlsx", {**BID, "bidder": "sued", "name": "Süd AG"})
    edit(filled, "Preise", "E7", "ca. 900")
    err = refused(yaml_example, good, filled)
    assert "angebot-b.xlsx: Preise!E7" in err and "angebot-c" not in err


def test_form_of_another_tender(yaml_example: Path, filled: Path) -> None:
    edit(filled, "_tender", "B2", "other-tender")
    assert 'belongs to tender "other-tender", not to crm-hosting-2007' in refused(yaml_example, filled)


def test_plain_workbook_that_is_no_bid(yaml_example: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Preisblatt"
    wb.save(tmp_path / "eigenes.xlsx")
    assert "eigenes.xlsx: Sheet!A1: neither a bid form" in refused(yaml_example, tmp_path / "eigenes.xlsx")


def test_file_over_50_mb(yaml_example: Path, tmp_path: Path) -> None:
    big = tmp_path / "riesig.xlsx"
    with big.open("wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(50 * 1024 * 1024 + 1)
    assert "riesig.xlsx: the file has 50.0 MB; files over 50 MB are refused" in refused(yaml_example, big)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("angebot.xlsx", b"%PDF-1.4 ...", "not an xlsx workbook: the file is a PDF document"),
        ("angebot.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "not an xlsx workbook: the file is an Excel 97–2003"),
        ("angebot.csv", b"PK\x03\x04\x14\x00", "not a CSV text file: the file is a zip archive"),
        ("angebot.docx", b"PK\x03\x04", "not a bid or score file: expected one of .csv, .xlsm, .xlsx, .yaml, .yml"),
        ("angebot.xlsx", b"PK\x03\x04broken", "angebot.xlsx: cannot read the workbook"),
    ],
)
def test_non_spreadsheet_files_are_refused(
    yaml_example: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert message in refused(yaml_example, path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("price,setup,ca. 900", 'line 3: expected a unit price of at least 0, found "ca. 900"'),
        ("requirement,testsystem,vielleicht", "line 3: requirement testsystem: expected ja/nein or yes/no"),
        (
            "preis,setup,900",
            'line 3: unknown section "preis": expected one of bidder, requirement, suitability, fact, price',
        ),
        ("price,hosting,900", "line 3: unknown key (allowed: cluster-knoten, san-speicher, setup, support"),
    ],
)
def test_bad_line_in_csv_bid(yaml_example: Path, tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "angebot.csv"
    path.write_text(f"section,key,value\nbidder,name,Nord GmbH\n{line}\n", encoding="utf-8")
    assert f"angebot.csv: {message}" in refused(yaml_example, path)


def test_csv_bid_with_wrong_columns(yaml_example: Path, tmp_path: Path) -> None:
    path = tmp_path / "angebot.csv"
    path.write_text("Position;Preis\nsetup;900\n", encoding="cp1252")
    assert "angebot.csv: line 1: expected the columns section;key;value" in refused(yaml_example, path)


@pytest.fixture
def blank_sheet(yaml_example: Path, tmp_path: Path) -> Path:
    """A blank score sheet for evaluator krause."""
    out = tmp_path / "blank-krause.xlsx"
    assert cli("score-sheet", yaml_example, "--evaluator", "krause", "--out", out).exit_code == 0
    return out


@pytest.mark.parametrize(
    ("score", "reason", "message"),
    [
        (7, "sehr gut", "Bewertung!E7: score 7 of evaluator krause for bidder elbtal, criterion kompetenz is outside"),
        (
            4,
            None,
            "Bewertung!G7: score of evaluator krause for bidder elbtal, criterion kompetenz has no justification",
        ),
        (None, "vergessen", "Bewertung!E7: score of evaluator krause for bidder elbtal, criterion kompetenz: expected"),
        (
            "gut",
            "Text statt Zahl",
            "Bewertung!E7: score of evaluator krause for bidder elbtal, criterion kompetenz: "
            'expected a number on the scale, found "gut"',
        ),
    ],
)
def test_bad_row_in_score_sheet(
    yaml_example: Path, blank_sheet: Path, tmp_path: Path, score: object, reason: object, message: str
) -> None:
    path = tmp_path / "krause.xlsx"
    shutil.copy(blank_sheet, path)
    edit(path, "Bewertung", "E7", score)
    edit(path, "Bewertung", "G7", reason)
    assert f"{path}: {message}" in refused(yaml_example, path, command="import-scores")


def test_score_sheet_for_unknown_bidder(yaml_example: Path, blank_sheet: Path, tmp_path: Path) -> None:
    path = fill_score_sheet(blank_sheet, tmp_path / "krause.xlsx", {("elbtal", "kompetenz"): (3, "ok")})
    edit(path, "Bewertung", "A7", "ostsee")
    err = refused(yaml_example, path, command="import-scores")
    assert f'{path}: Bewertung!A7: score for unknown bidder "ostsee"' in err


def test_same_bidder_in_another_file_is_not_overwritten(yaml_example: Path, blank_form: Path, tmp_path: Path) -> None:
    rheintal = yaml.safe_load((yaml_example / "bids" / "rheintal.yaml").read_text(encoding="utf-8"))
    path = fill_bid_form(blank_form, tmp_path / "angebot-rheintal.xlsx", rheintal)
    err = refused(yaml_example, path)
    assert "bids/rheintal.yaml holds bidder rheintal already (use --replace to replace it)" in err
    run = cli("import-bids", path, "--into", yaml_example, "--replace", "--lang", "de")  # cli() would ask for English
    assert run.exit_code == 0, run.output
    assert "ersetzt: bids/rheintal.yaml (aufbewahrt als bids/replaced/" in run.stdout
    assert not (yaml_example / "bids" / "rheintal.yaml").exists()
    assert len(list((yaml_example / "bids" / "replaced").glob("*-rheintal.yaml"))) == 1


def test_same_file_name_is_not_overwritten(yaml_example: Path, filled: Path, tmp_path: Path) -> None:
    assert cli("import-bids", filled, "--into", yaml_example).exit_code == 0
    before = (yaml_example / "bids" / filled.name).read_bytes()
    again = tmp_path / "again"
    again.mkdir()
    other = edit(shutil.copy(filled, again / filled.name), "Preise", "E7", 19000)
    assert "bids/angebot-b.xlsx exists already" in refused(yaml_example, other)
    assert (yaml_example / "bids" / filled.name).read_bytes() == before


def test_two_files_for_one_bidder_in_one_import(yaml_example: Path, filled: Path, tmp_path: Path) -> None:
    twin = shutil.copy(filled, tmp_path / "angebot-b-kopie.xlsx")
    assert "bidder nord is in" in refused(yaml_example, filled, twin)


def test_same_evaluator_is_not_overwritten(yaml_example: Path, tmp_path: Path) -> None:
    path = tmp_path / "mueller-neu.yaml"  # a file of mueller's by its evaluator key, not by its name
    path.write_text(
        "evaluator: mueller\nscores:\n  - {bidder: isar, criterion: kompetenz, score: 3, justification: ok}\n",
        encoding="utf-8",
    )
    err = refused(yaml_example, path, command="import-scores")
    assert "scores/mueller.csv holds evaluator mueller already (use --replace to replace it)" in err


def test_formula_cells_are_read_as_their_cached_values(yaml_example: Path, filled: Path) -> None:
    """A bidder who typed `=900*2` leaves the formula and Excel's cached result 1800 in the file."""
    edit(filled, "Preise", "E7", "=900*2")
    set_cached_value(filled, "xl/worksheets/sheet4.xml", "E7", "1800")
    run = cli("import-bids", filled, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    from tender.workspace import load_workspace

    bid = next(b for b in load_workspace(yaml_example).bids if b.bidder == "nord")
    assert bid.prices["setup"] == 1800.0


def test_text_starting_with_equals_stays_text(yaml_example: Path, filled: Path, tmp_path: Path) -> None:
    name = '=HYPERLINK("http://evil.example","Nord")'
    wb = load_workbook(filled)
    cell = wb["Bieter"]["C8"]
    cell.value = name
    cell.data_type = "s"
    wb.save(filled)
    assert cli("import-bids", filled, "--into", yaml_example).exit_code == 0
    from tender.workspace import load_workspace

    bid = next(b for b in load_workspace(yaml_example).bids if b.bidder == "nord")
    assert bid.name == name
    # … and a score sheet shows it as text, never as a formula
    out = tmp_path / "sheet.xlsx"
    assert cli("score-sheet", yaml_example, "--evaluator", "x", "--out", out).exit_code == 0
    cells = [c for row in load_workbook(out)["Bewertung"].iter_rows() for c in row if c.value == name]
    assert cells and all(c.data_type == "s" for c in cells)


def test_xlsm_is_read_for_values_only(yaml_example: Path, filled: Path, tmp_path: Path) -> None:
    macro = tmp_path / "angebot-b.xlsm"
    with zipfile.ZipFile(filled) as src, zipfile.ZipFile(macro, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b'Attribute VB_Name = "Auto_Open"\nShell "rm -rf /"')
    run = cli("import-bids", macro, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    assert "bids/angebot-b.xlsm  (nord)" in run.stdout


def set_cached_value(path: Path, member: str, ref: str, value: str) -> None:
    """Add Excel's cached result to a formula cell (openpyxl writes formulas without one)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == member:
                text = data.decode("utf-8")
                start = text.index(f'<c r="{ref}"')
                end = text.index("</c>", start)
                assert "<f>" in text[start:end]
                text = text[:end] + f"<v>{value}</v>" + text[end:]
                data = text.encode("utf-8")
            dst.writestr(item, data)
    os.replace(tmp, path)


def test_bid_form_is_not_a_score_sheet(yaml_example: Path, filled: Path, tmp_path: Path) -> None:
    path = shutil.copy(filled, tmp_path / "krause.xlsx")
    assert f"{path}: this is a tender-bid-form workbook, not a score sheet" in refused(
        yaml_example, path, command="import-scores"
    )


def test_validate_names_the_cell_of_a_form_in_the_workspace(yaml_example: Path, filled: Path) -> None:
    edit(filled, "Preise", "E9", "auf Anfrage")
    shutil.copy(filled, yaml_example / "bids" / "nord.xlsx")
    run = cli("validate", yaml_example)
    assert run.exit_code == 2
    assert 'bids/nord.xlsx: Preise!E9: expected a unit price of at least 0, found "auf Anfrage"' in run.stderr


def test_output_must_be_xlsx(yaml_example: Path, tmp_path: Path) -> None:
    run = cli("bid-form", yaml_example, "--out", tmp_path / "form.ods")
    assert run.exit_code == 2
    assert (
        "form.ods: das Formular ist eine Excel-Arbeitsmappe: einen Dateinamen mit der Endung .xlsx angeben"
        in run.stderr
    )
    run = cli("score-sheet", yaml_example, "--evaluator", " ", "--out", tmp_path / "s.xlsx")
    assert run.exit_code == 2
    assert "Ungültiger Wert für '--evaluator': ' ' ist keine gültige Kennung" in run.stderr  # the tender's German


def test_plain_score_workbook_names_the_cell(yaml_example: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.title = "Noten"
    sheet.append(["bidder", "criterion", "score", "justification"])
    sheet.append(["elbtal", "kompetenz", 7, "sehr gut"])
    sheet.append(["elbtal", None, 3, "ok"])
    sheet.append(["ostsee", "kompetenz", 3, None])
    path = tmp_path / "krause.xlsx"
    wb.save(path)
    err = refused(yaml_example, path, command="import-scores")
    assert f"{path}: Noten!C2: score 7 of evaluator krause for bidder elbtal, criterion kompetenz is outside" in err
    assert f"{path}: Noten!B3: expected a non-empty text" in err
    assert f"{path}: Noten!D4: score of evaluator krause for bidder ostsee, criterion kompetenz has no" in err
    assert f'{path}: Noten!A4: score for unknown bidder "ostsee"' in err


def test_plain_score_workbook_with_a_blank_column_reads_the_right_cells(yaml_example: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from tender.workspace import load_workspace

    wb = Workbook()
    sheet = wb.active
    sheet.append(["bidder", None, "criterion", "score", "justification"])  # column B: a note, no header
    sheet.append(["elbtal", "Notiz", "kompetenz", 4, "gut begründet"])
    path = tmp_path / "krause.xlsx"
    wb.save(path)
    run = cli("import-scores", path, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    [mark] = [s for s in load_workspace(yaml_example).scores if s.evaluator == "krause"]
    assert (mark.bidder, mark.criterion, mark.score, mark.justification) == (
        "elbtal",
        "kompetenz",
        4.0,
        "gut begründet",
    )


def test_plain_score_workbook_with_a_column_twice(yaml_example: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.title = "Noten"
    sheet.append(["bidder", "criterion", "score", "justification", "Score"])
    sheet.append(["elbtal", "kompetenz", 4, "gut", 2])
    path = tmp_path / "krause.xlsx"
    wb.save(path)
    err = refused(yaml_example, path, command="import-scores")
    assert f"{path}: Noten!A1: neither a score sheet made by `tender score-sheet`" in err
    assert "missing: none, unknown: none, twice: score" in err


def test_score_sheet_row_twice_names_both_cells(yaml_example: Path, blank_sheet: Path, tmp_path: Path) -> None:
    path = fill_score_sheet(blank_sheet, tmp_path / "krause.xlsx", {("elbtal", "kompetenz"): (3, "ok")})
    wb = load_workbook(path)
    sheet = wb["Bewertung"]
    row = next(r for r in range(7, sheet.max_row + 1) if sheet.cell(r, 5).value == 3)
    twin = next(r for r in range(7, sheet.max_row + 1) if sheet.cell(r, 5).value is None)
    for col in (1, 3, 5, 7):
        sheet.cell(twin, col).value = sheet.cell(row, col).value
    wb.save(path)
    err = refused(yaml_example, path, command="import-scores")
    message = f"evaluator krause scored bidder elbtal, criterion kompetenz twice (first at Bewertung!E{row})"
    assert f"{path}: Bewertung!E{twin}: {message}" in err


def test_yaml_score_file_names_entry_and_field(yaml_example: Path, tmp_path: Path) -> None:
    path = tmp_path / "krause.yaml"
    scores = [
        {"bidder": "elbtal", "criterion": "kompetenz", "score": "gut", "justification": "ok"},
        {"bidder": "elbtal", "criterion": " ", "score": 3, "justification": ""},
    ]
    path.write_text(yaml.safe_dump({"scores": scores}), encoding="utf-8")
    err = refused(yaml_example, path, command="import-scores")
    assert (
        f"{path}: scores[0]: score of evaluator krause for bidder elbtal, criterion kompetenz: expected a number on"
        in err
    )
    assert f"{path}: scores[1]: criterion: expected a non-empty text" in err
    assert f"{path}: scores[1]: score of evaluator krause for bidder elbtal, criterion None has no justification" in err
