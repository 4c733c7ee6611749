"""`tender bid-form --lang` and `tender score-sheet --lang`: the forms in German or English, whatever the tender's
language, and either read back by `import-bids` / `import-scores` exactly like the other."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from tender.model import Bid
from tender.sheets.texts import number_text
from tender.workspace import load_workspace
from tests.hostile.conftest import refused
from tests.lotfill import fill_lotted_form
from tests.sheetfill import fill_bid_form, fill_score_sheet
from tests.sheets.lotsupport import lots_workspace, lotted_result, yaml_bids
from tests.sheets.sheetsupport import cli, result

BID_SHEETS = {
    "de": ["Bieter", "Anforderungen", "Kennzahlen", "Preise", "_tender"],
    "en": ["Bidder", "Requirements", "Facts", "Prices", "_tender"],
}


def validations(ws: Any) -> dict[str, Any]:
    """Data validations of a sheet by the range they cover."""
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def row_of(ws: Any, key: str) -> int:
    """The row whose hidden id (column A) is `key`."""
    return next(r for r in range(7, ws.max_row + 1) if ws.cell(r, 1).value == key)


def bid_form(root: Path, out: Path, *args: str) -> Path:
    """`tender bid-form ROOT --out OUT ARGS`, which must succeed and print the file written."""
    run = cli("bid-form", root, "--out", out, *args)
    assert run.exit_code == 0, run.output
    assert run.stdout.strip() == str(out)
    return out


def test_bid_form_default_is_the_tenders_language(yaml_example: Path, tmp_path: Path) -> None:
    wb = load_workbook(bid_form(yaml_example, tmp_path / "form.xlsx"))
    assert wb.sheetnames == BID_SHEETS["de"]
    assert wb["Bieter"]["A1"].value == "Angebotsformular – Hosting des Händler-CRM-Systems"


def test_bid_form_in_english_for_a_german_tender(yaml_example: Path, tmp_path: Path) -> None:
    wb = load_workbook(bid_form(yaml_example, tmp_path / "form.xlsx", "--lang", "en"))
    assert wb.sheetnames == BID_SHEETS["en"]
    meta = {r[0].value: r[1].value for r in wb["_tender"].iter_rows()}
    assert meta == {"format": "tender-bid-form", "tender": "crm-hosting-2007", "language": "en", "version": "1"}
    bidder = wb["Bidder"]
    assert bidder["A1"].value == "Bid form – Hosting des Händler-CRM-Systems"  # the tender's own title stays
    assert bidder["A4"].value == "Fill in the yellow cells only; all other cells are protected."
    assert [bidder.cell(6, c).value for c in (2, 3, 4)] == ["Item", "Your entry", "Note"]
    assert bidder.cell(row_of(bidder, "submitted"), 2).value == "Date of the bid"
    assert bidder.cell(row_of(bidder, "submitted"), 3).number_format == "YYYY-MM-DD"
    assert "How to fill in this form" in [bidder.cell(r, 2).value for r in range(7, bidder.max_row + 1)]
    req = wb["Requirements"]
    assert [req.cell(6, c).value for c in range(1, 5)] == ["ID", "Requirement", "Met?", "Evidence (where in your bid)"]
    answers = validations(req)["C7:C10 C12:C14"]
    assert (answers.formula1, answers.error) == ('"yes,no"', "Please choose yes or no from the list.")
    assert req["B11"].value.startswith("Suitability (§ 122 GWB)")
    assert [wb["Facts"].cell(6, c).value for c in range(1, 5)] == ["ID", "Fact", "Unit", "Your value"]
    prices = wb["Prices"]
    assert prices.cell(6, 5).value == "Unit price (EUR)" and prices["B5"].value == "Contract term (months)"
    assert prices["C7"].value == "once" and prices["C8"].value == "monthly"
    check = validations(prices)["E7:E11"]
    assert (check.prompt, check.error) == (
        "Net price per unit and billing period",
        "Please enter a number of at least 0 (no currency sign).",
    )
    assert (
        prices["B13"].value
        == '=IF(COUNT(E7:E11)=5,"✓ all unit prices entered",5-COUNT(E7:E11)&" unit price(s) still missing")'
    )


def test_bid_form_in_german_for_an_english_tender(tmp_path: Path) -> None:
    from tests.sheets.sheetsupport import english_tender

    root = english_tender(tmp_path / "web")
    wb = load_workbook(bid_form(root, tmp_path / "form.xlsx", "--lang", "de"))
    assert wb.sheetnames == BID_SHEETS["de"]
    assert wb["Bieter"]["A1"].value == "Angebotsformular – Web hosting"
    assert wb["Bieter"].cell(row_of(wb["Bieter"], "submitted"), 3).number_format == "DD.MM.YYYY"
    assert wb["Preise"]["C8"].value == "monatlich" and wb["Preise"]["C9"].value == "jährlich"
    assert wb["Kennzahlen"]["E7"].value == "Prozentzelle: 99,95 eintippen ergibt 99,95 %"


def filled_and_imported(root: Path, tmp_path: Path, lang: str, bid: dict[str, Any]) -> Bid:
    """Make the form in `lang`, fill it with `bid` (one price typed as text the language's way), import it into
    `root` and return the bid as the workspace reads it."""
    form = bid_form(root, tmp_path / f"form-{lang}.xlsx", "--lang", lang)
    filled = fill_bid_form(form, tmp_path / f"angebot-{bid['bidder']}-{lang}.xlsx", bid)
    wb = load_workbook(filled, rich_text=True)
    prices = wb[BID_SHEETS[lang][3]]
    # typed as text: 12,345 is twelve thousand in English but twelve point three in German
    prices.cell(row_of(prices, "setup"), 5).value = {"de": "12.345", "en": "12,345"}[lang]
    wb.save(filled)
    run = cli("import-bids", filled, "--into", root)
    assert run.exit_code == 0, run.output
    return next(b for b in load_workspace(root).bids if b.bidder == bid["bidder"])


def test_english_form_reads_back_like_the_german_form(yaml_example: Path, tmp_path: Path) -> None:
    bid = yaml.safe_load((yaml_example / "bids" / "isar.yaml").read_text(encoding="utf-8"))
    (yaml_example / "bids" / "isar.yaml").unlink()
    roots = {lang: shutil.copytree(yaml_example, tmp_path / lang) for lang in ("de", "en")}
    read = {lang: filled_and_imported(root, tmp_path, lang, bid) for lang, root in roots.items()}
    de, en = read["de"], read["en"]
    assert en.prices == de.prices == {**bid["prices"], "setup": 12345.0}
    assert en.facts == de.facts == bid["facts"]
    assert en.requirements == de.requirements == bid["requirements"]
    assert en.suitability == de.suitability == bid["suitability"] != {}
    assert (
        (en.name, en.contact, en.submitted)
        == (de.name, de.contact, de.submitted)
        == (
            bid["name"],
            bid["contact"],
            bid["submitted"],
        )
    )
    assert (de.places["prices.setup"], en.places["prices.setup"]) == ("Preise!E7", "Prices!E7")
    assert en.places["facts.verfuegbarkeit"] == "Facts!D7"
    assert result(roots["en"]) == result(roots["de"])


def test_a_form_is_read_by_the_sheets_it_has_when_the_hidden_language_disagrees(
    yaml_example: Path, tmp_path: Path
) -> None:
    bid = yaml.safe_load((yaml_example / "bids" / "isar.yaml").read_text(encoding="utf-8"))
    (yaml_example / "bids" / "isar.yaml").unlink()
    form = bid_form(yaml_example, tmp_path / "form.xlsx", "--lang", "en")
    filled = fill_bid_form(form, tmp_path / "isar.xlsx", bid)
    wb = load_workbook(filled, rich_text=True)
    meta = wb["_tender"]
    language = next(r for r in range(1, meta.max_row + 1) if meta.cell(r, 1).value == "language")
    meta.cell(language, 2).value = "de"  # says German, while the sheets are the English ones
    wb.save(filled)
    run = cli("import-bids", filled, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    isar = next(b for b in load_workspace(yaml_example).bids if b.bidder == "isar")
    assert isar.prices == bid["prices"] and isar.places["prices.setup"] == "Prices!E7"


def test_lotted_form_in_english_reads_back_like_german_forms(tmp_path: Path) -> None:
    results = {}
    for lang in ("de", "en"):
        root = lots_workspace(tmp_path / lang)
        expected = lotted_result(root)
        form = bid_form(root, tmp_path / f"form-{lang}.xlsx", "--lang", lang)
        wb = load_workbook(form)
        filled = []
        for bidder, bid in yaml_bids(root).items():
            filled.append(fill_lotted_form(form, tmp_path / lang / f"angebot-{bidder}.xlsx", bid))
            (root / "bids" / f"{bidder}.yaml").unlink()
        run = cli("import-bids", *filled, "--into", root)
        assert run.exit_code == 0, run.output
        results[lang] = lotted_result(root)
        assert results[lang] == expected  # every value as the YAML bids hold it
        hanse = next(b for b in load_workspace(root).bids if b.bidder == "hanse")
        if lang == "en":
            assert wb.sheetnames == [
                "Bidder",
                "Requirements",
                "Facts",
                "Prices cluster",
                "Prices test",
                "Prices migration",
                "Combinations",
                "_tender",
            ]
            combos = wb["Combinations"]
            assert combos["A1"].value.startswith("Bid form – ")
            assert [combos.cell(6, c).value for c in (1, 2, 6, 7)] == [
                "No.",
                "Id",
                "Combined price (EUR)",
                "Discount (%)",
            ]
            assert combos.cell(6, 3).value.endswith("(lot cluster)")
            assert validations(combos)["G7:G10"].error == "Please enter a discount above 0 % and up to 100 %."
            assert wb["Bidder"].cell(row_of(wb["Bidder"], "lots.cluster"), 4).value == "yes/no"
            assert (hanse.combinations[0].place, hanse.offers["cluster"].places["prices.setup"]) == (
                "Combinations!B7",
                "Prices cluster!E7",
            )
        else:
            assert "Kombinationen" in wb.sheetnames and "Preise cluster" in wb.sheetnames
            assert hanse.combinations[0].place == "Kombinationen!B7"
    assert results["en"] == results["de"]


def score_sheet(root: Path, out: Path, evaluator: str, *args: str) -> Path:
    """`tender score-sheet ROOT --evaluator E --out OUT ARGS`, which must succeed."""
    run = cli("score-sheet", root, "--evaluator", evaluator, "--out", out, *args)
    assert run.exit_code == 0, run.output
    return out


@pytest.mark.parametrize(
    ("lang", "names", "heads", "prompt"),
    [
        (
            "de",
            ["Bewertung", "Skala", "_tender"],
            ["Bieter-ID", "Bieter", "Kriterium-ID", "Kriterium", "Punkte", "Bedeutung", "Begründung"],
            "Punktzahl 0–5; Bedeutung siehe Blatt „Skala“",
        ),
        (
            "en",
            ["Scores", "Scale", "_tender"],
            ["Bidder id", "Bidder", "Criterion id", "Criterion", "Score", "Meaning", "Justification"],
            "Score 0–5; meanings on the sheet “Scale”",
        ),
    ],
)
def test_score_sheet_in_each_language(
    yaml_example: Path, tmp_path: Path, lang: str, names: list[str], heads: list[str], prompt: str
) -> None:
    wb = load_workbook(score_sheet(yaml_example, tmp_path / "s.xlsx", "weber", "--lang", lang))
    assert wb.sheetnames == names
    ws = wb[names[0]]
    assert [ws.cell(6, c).value for c in range(1, 8)] == heads
    assert ws["A5"].value == {"de": "Bewerter: weber", "en": "Evaluator: weber"}[lang]
    assert validations(ws)["E7:E41"].prompt == prompt
    assert ws["G5"].value.endswith({"de": ' von 35 bewertet"', "en": ' of 35 scored"'}[lang])
    assert [wb[names[1]].cell(6, c).value for c in (1, 2)] == {
        "de": ["Punkte", "Bedeutung"],
        "en": ["Score", "Meaning"],
    }[lang]


def test_english_score_sheet_reads_back_like_the_german_one(yaml_example: Path, tmp_path: Path) -> None:
    marks = {
        (s.bidder, s.criterion): (s.score, s.justification)
        for s in load_workspace(yaml_example).scores
        if s.evaluator == "weber" and not s.consensus
    }
    (yaml_example / "scores" / "weber.csv").unlink()
    read = {}
    for lang in ("de", "en"):
        root = shutil.copytree(yaml_example, tmp_path / lang)
        blank = score_sheet(root, tmp_path / f"blank-{lang}.xlsx", "weber", "--lang", lang)
        filled = fill_score_sheet(blank, tmp_path / lang / "weber.xlsx", marks)
        run = cli("import-scores", filled, "--into", root)
        assert run.exit_code == 0, run.output
        read[lang] = {
            (s.bidder, s.criterion): (s.score, s.justification, s.place)
            for s in load_workspace(root).scores
            if s.evaluator == "weber"
        }
    assert len(marks) == 27  # weber scored 27 of the 35 rows
    assert {k: v[:2] for k, v in read["en"].items()} == {k: v[:2] for k, v in read["de"].items()} == marks
    assert {v[2].split("!")[0] for v in read["en"].values()} == {"Scores"}
    assert {v[2].split("!")[0] for v in read["de"].values()} == {"Bewertung"}
    assert result(tmp_path / "en") == result(tmp_path / "de")


def test_bidders_text_stays_text_in_an_english_score_sheet(yaml_example: Path, tmp_path: Path) -> None:
    path = yaml_example / "bids" / "isar.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: ", 'name: \'=HYPERLINK("http://x","a")\' #', 1))
    wb = load_workbook(score_sheet(yaml_example, tmp_path / "s.xlsx", "weber", "--lang", "en"))
    cells = [c for row in wb["Scores"].iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert cells and all(c.data_type == "s" for c in cells)


@pytest.mark.parametrize("command", [["bid-form"], ["score-sheet", "--evaluator", "weber"]])
def test_unknown_form_language_is_refused(yaml_example: Path, command: list[str]) -> None:
    run = refused(yaml_example, *command, yaml_example, "--lang", "xx", expect="expected de or en, found 'xx'")
    said = [line for line in run.output.splitlines() if "--lang" in line]  # one line names the problem
    assert len(said) == 1 and "Invalid value for '--lang': expected de or en, found 'xx'" in said[0]
    assert not (yaml_example / "forms").exists()


def test_numbers_shown_as_text_follow_the_language() -> None:
    assert (number_text(2.5, "de"), number_text(2.5, "en"), number_text(10.0, "de")) == ("2,5", "2.5", "10")
