"""Lotted round trips: forms for examples/lots generated, filled like bidders and evaluators would, imported, and
evaluated exactly like the YAML bids and CSV scores (Hanse wins cluster and test with its combination, Rheintal
the migration)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tender.errors import Collector
from tender.sheets.formread import read_xlsx_bid
from tender.workspace import load_tender, load_workspace
from tests.lotfill import fill_lotted_form, fill_lotted_scores
from tests.sheets.lotsupport import LOTS, flat_rows, lots_workspace, lotted_result, write_flat_csv, yaml_bids
from tests.sheets.sheetsupport import cli


def check_award(got: dict) -> None:
    """The example's award: the combination wins cluster and test, the limit gives migration to Rheintal."""
    assert got["award"]["awards"] == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    combination = got["combinations"][0]
    assert (combination["id"], combination["lots"], combination["discount"]) == (
        "betrieb-und-test",
        ["cluster", "test"],
        0.1,
    )
    assert abs(combination["single_total"] - 121300.0) < 1e-6
    assert abs(combination["price"] - 109170.0) < 1e-6


def test_lotted_bid_forms_evaluate_like_yaml_bids(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    expected = lotted_result(root)
    form = tmp_path / "form.xlsx"
    assert cli("bid-form", root, "--out", form).exit_code == 0
    filled = []
    for bidder, bid in yaml_bids(root).items():
        filled.append(fill_lotted_form(form, tmp_path / f"angebot-{bidder}.xlsx", bid))
        (root / "bids" / f"{bidder}.yaml").unlink()
    run = cli("import-bids", *filled, "--into", root)
    assert run.exit_code == 0, run.output
    assert run.stdout.count("bids/angebot-") == 6
    got = lotted_result(root)
    assert got == expected
    check_award(got)
    hanse = next(b for b in load_workspace(root).bids if b.bidder == "hanse")
    assert hanse.offers["cluster"].places["prices.setup"] == "Preise cluster!E7"
    assert hanse.offers["migration"].places["requirements.rueckfallebene"].startswith("Anforderungen!C")
    assert hanse.offers["test"].facts == {"verfuegbarkeit": 99.95}  # the percent cell read as the percent shown
    assert hanse.combinations[0].place == "Kombinationen!B7"


def test_form_for_a_bidder_shows_only_its_lots(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    form = tmp_path / "hanse.xlsx"
    run = cli("bid-form", root, "--bidder", "hanse", "--lots", "cluster,test", "--out", form)
    assert run.exit_code == 0, run.output
    wb = load_workbook(form)
    assert wb.sheetnames == [
        "Bieter",
        "Anforderungen",
        "Kennzahlen",
        "Preise cluster",
        "Preise test",
        "Kombinationen",
        "_tender",
    ]
    bidder = wb["Bieter"]
    lot_rows = [
        (r[0].value, r[1].value, r[2].value) for r in bidder.iter_rows(min_row=7) if str(r[0].value).startswith("lots.")
    ]
    assert lot_rows == [
        ("lots.cluster", "Los 1 – Betrieb des Clusters", "ja"),
        ("lots.test", "Los 2 – Testumgebung", "ja"),
    ]
    ids = [r[0].value for r in wb["Anforderungen"].iter_rows(min_row=7) if r[0].value]
    assert ids == ["rz-deutschland", "cluster.ha-cluster", "cluster.betrieb-24x7"]
    assert [r[0].value for r in wb["Kennzahlen"].iter_rows(min_row=7) if r[0].value] == [
        "cluster.verfuegbarkeit",
        "test.verfuegbarkeit",
    ]
    assert [wb["Kombinationen"].cell(5, c).value for c in (3, 4, 5)] == ["cluster", "test", None]
    meta = {r[0].value: r[1].value for r in wb["_tender"].iter_rows()}
    assert (meta["bidder"], meta["lots"]) == ("hanse", "cluster,test")
    bid = yaml_bids(root)["hanse"]
    bid = {**bid, "lots": ["cluster", "test"], "offers": {k: v for k, v in bid["offers"].items() if k != "migration"}}
    filled = fill_lotted_form(form, tmp_path / "hanse-filled.xlsx", bid)
    collector = Collector()
    hanse = read_xlsx_bid(filled, "hanse.xlsx", load_tender(root), collector)
    assert collector.findings == [] and hanse is not None
    assert list(hanse.offers) == ["cluster", "test"]
    assert hanse.offers["test"].prices == {"testserver": 450.0, "einrichtung": 2500.0}
    assert [(c.id, c.lots, c.discount) for c in hanse.combinations] == [("betrieb-und-test", ("cluster", "test"), 0.1)]


def test_lotted_csv_bids_evaluate_like_yaml_bids(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    expected = lotted_result(root)
    for bidder, bid in yaml_bids(root).items():
        write_flat_csv(root / "bids" / f"{bidder}.csv", flat_rows(bid))
        (root / "bids" / f"{bidder}.yaml").unlink()
    got = lotted_result(root)
    assert got == expected
    check_award(got)
    hanse = next(b for b in load_workspace(root).bids if b.bidder == "hanse")
    assert (
        hanse.offers["cluster"].places["prices.setup"] == "line 13"
    )  # after the bidder (2-5), the shared requirement (6), the lots (7-9), its requirements and fact
    assert hanse.offers["cluster"].evidence == {
        "ha-cluster": "Kap. 3",
        "betrieb-24x7": "Kap. 3",
        "rz-deutschland": "Kap. 2",
    }


def test_lotted_plain_workbook_bid(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    expected = lotted_result(root)
    bid = yaml_bids(root)["rheintal"]
    wb = Workbook()
    ws = wb.active
    ws.append(["section", "key", "value", "note"])
    for row in flat_rows(bid):
        ws.append(list(row))
    wb.save(root / "bids" / "rheintal.xlsx")
    (root / "bids" / "rheintal.yaml").unlink()
    assert lotted_result(root) == expected


@pytest.mark.parametrize(("lang", "base"), [("de", "Bewertung"), ("en", "Scores")])
def test_lotted_score_sheets_evaluate_like_csv_scores(tmp_path: Path, lang: str, base: str) -> None:
    """The German tender's score sheets in either language (`score-sheet --lang`) read back alike."""
    root = lots_workspace(tmp_path)
    expected = lotted_result(root)
    ws = load_workspace(root)
    filled = []
    for evaluator in ("mueller", "schmidt"):
        blank = tmp_path / f"blank-{evaluator}.xlsx"
        assert cli("score-sheet", root, "--evaluator", evaluator, "--out", blank, "--lang", lang).exit_code == 0
        assert load_workbook(blank).sheetnames[:4] == [
            f"{base} cluster",
            f"{base} test",
            f"{base} migration",
            {"de": "Skala", "en": "Scale"}[lang],
        ]
        marks = {
            (s.lot, s.bidder, s.criterion): (s.score, s.justification) for s in ws.scores if s.evaluator == evaluator
        }
        filled.append(fill_lotted_scores(blank, tmp_path / f"{evaluator}.xlsx", marks, LOTS))
        (root / "scores" / f"{evaluator}.csv").unlink()
    run = cli("import-scores", *filled, "--into", root)
    assert run.exit_code == 0, run.output
    assert lotted_result(root) == expected
    read = [s for s in load_workspace(root).scores if s.source == "scores/mueller.xlsx"]
    assert len(read) == len([s for s in ws.scores if s.evaluator == "mueller"]) == 35
    assert {s.place.split("!")[0] for s in read} == {f"{base} cluster", f"{base} test", f"{base} migration"}


def test_lotted_score_sheet_has_a_sheet_per_lot_with_its_bidders(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    out = tmp_path / "sheet.xlsx"
    assert cli("score-sheet", root, "--evaluator", "braun", "--out", out).exit_code == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Bewertung cluster", "Bewertung test", "Bewertung migration", "Skala", "_tender"]
    rows = {
        name: [(r[0].value, r[2].value) for r in wb[name].iter_rows(min_row=7) if r[0].value]
        for name in wb.sheetnames[:3]
    }
    assert {b for b, _ in rows["Bewertung migration"]} == {"hanse", "rheintal", "spree", "weser"}
    assert {c for _, c in rows["Bewertung migration"]} == {"migrationskonzept", "erfahrung"}
    assert {b for b, _ in rows["Bewertung test"]} == {"elbtal", "hanse", "isar", "spree"}
    assert len(rows["Bewertung cluster"]) == 5 * 3  # five bidders × kompetenz, loesungsorientierung, ha-design
    assert "Los 3 – Migration" in wb["Bewertung migration"]["A1"].value


def test_lotted_scores_in_a_plain_workbook_with_a_lot_column(tmp_path: Path) -> None:
    import csv

    root = lots_workspace(tmp_path)
    expected = lotted_result(root)
    with (root / "scores" / "schmidt.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    wb = Workbook()
    for row in rows:
        wb.active.append([row[2], row[0], row[1], float(row[3]) if row[3][:1].isdigit() else row[3], row[4]])
    wb.save(root / "scores" / "schmidt.xlsx")  # columns in another order: bidder, lot, criterion, score, justification
    (root / "scores" / "schmidt.csv").unlink()
    assert lotted_result(root) == expected
    wb.active.delete_cols(2)  # without the lot column
    wb.save(root / "scores" / "schmidt.xlsx")
    run = cli("validate", root)
    assert run.exit_code == 2
    assert "scores/schmidt.xlsx: Sheet!A1: neither a score sheet" in run.stderr
    assert "missing: lot" in run.stderr


def test_lotted_consensus_score_sheet(tmp_path: Path) -> None:
    root = lots_workspace(tmp_path)
    blank = tmp_path / "blank.xlsx"
    assert cli("score-sheet", root, "--evaluator", "consensus", "--out", blank).exit_code == 0
    wb = load_workbook(blank)
    assert wb["Bewertung test"]["H6"].value == "Moderation (ID)"
    marks = {
        (s.lot, s.bidder, s.criterion): (s.score, f"Konsens: {s.justification}")
        for s in load_workspace(root).scores
        if s.evaluator == "mueller"
    }
    sheet = fill_lotted_scores(blank, tmp_path / "consensus.xlsx", marks, LOTS, ("braun", "mueller, schmidt"))
    run = cli("import-scores", sheet, "--into", root)
    assert run.exit_code == 0, run.output
    consensus = [s for s in load_workspace(root).scores if s.consensus]
    assert len(consensus) == 35
    migration = next(s for s in consensus if s.lot == "migration" and s.bidder == "spree")
    assert (migration.evaluator, migration.participants) == ("braun", ("mueller", "schmidt"))
    assert migration.place.startswith("Bewertung migration!E")
