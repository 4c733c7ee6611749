"""Round trips: a form generated, filled like a bidder or evaluator would, imported, evaluates like YAML."""

from __future__ import annotations

from pathlib import Path

import yaml

from tender.workspace import load_workspace
from tests.sheetfill import fill_bid_form, fill_score_sheet
from tests.sheets.sheetsupport import cli, english_tender, result


def test_bid_forms_evaluate_like_yaml_bids(yaml_example: Path, blank_form: Path, tmp_path: Path) -> None:
    expected = result(yaml_example)
    filled = []
    for path in sorted((yaml_example / "bids").glob("*.yaml")):
        bid = yaml.safe_load(path.read_text(encoding="utf-8"))
        filled.append(fill_bid_form(blank_form, tmp_path / f"angebot-{bid['bidder']}.xlsx", bid))
        path.unlink()
    run = cli("import-bids", *filled, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    assert run.stdout.count("bids/angebot-") == 5
    assert (
        sorted(p.name for p in (yaml_example / "bids").iterdir() if not p.name.startswith("."))[0]
        == "angebot-elbtal.xlsx"
    )
    got = result(yaml_example)
    assert got == expected
    assert got["winner"] == "rheintal"
    rheintal = next(b for b in got["bids"] if b["bidder"] == "rheintal")
    assert rheintal["price"] == 202800.0
    assert abs(rheintal["score"] - 85.5516765285996) < 1e-9


def test_imported_files_are_byte_identical_and_hashed(yaml_example: Path, blank_form: Path, tmp_path: Path) -> None:
    bid = yaml.safe_load((yaml_example / "bids" / "isar.yaml").read_text(encoding="utf-8"))
    (yaml_example / "bids" / "isar.yaml").unlink()
    source = fill_bid_form(blank_form, tmp_path / "isar-angebot.xlsx", bid)
    run = cli("import-bids", source, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    import hashlib

    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert run.stdout.startswith(f"{digest}  bids/isar-angebot.xlsx  (isar)")
    assert (yaml_example / "bids" / "isar-angebot.xlsx").read_bytes() == source.read_bytes()
    assert load_workspace(yaml_example).inputs["bids/isar-angebot.xlsx"] == digest


def test_score_sheets_evaluate_like_csv_and_yaml_scores(yaml_example: Path, tmp_path: Path) -> None:
    expected = result(yaml_example)
    ws = load_workspace(yaml_example)
    filled = []
    for evaluator in ws.evaluators:
        blank = tmp_path / f"blank-{evaluator}.xlsx"
        assert cli("score-sheet", yaml_example, "--evaluator", evaluator, "--out", blank).exit_code == 0
        marks = {
            (s.bidder, s.criterion): (s.score, s.justification)
            for s in ws.scores
            if s.evaluator == evaluator and not s.consensus
        }
        filled.append(fill_score_sheet(blank, tmp_path / f"{evaluator}.xlsx", marks))
    for path in (yaml_example / "scores").iterdir():
        if path.stem != "consensus":
            path.unlink()
    run = cli("import-scores", *filled, "--into", yaml_example)
    assert run.exit_code == 0, run.output
    assert "(mueller)" in run.stdout and "(weber)" in run.stdout
    assert result(yaml_example) == expected
    sheet_scores = [s for s in load_workspace(yaml_example).scores if s.source == "scores/weber.xlsx"]
    assert len(sheet_scores) == len([s for s in ws.scores if s.evaluator == "weber"])
    assert sheet_scores[0].place.startswith("Bewertung!E")


def test_consensus_as_a_score_sheet(yaml_example: Path, tmp_path: Path) -> None:
    expected = result(yaml_example)
    blank = tmp_path / "blank.xlsx"
    assert cli("score-sheet", yaml_example, "--evaluator", "consensus", "--out", blank).exit_code == 0
    ws = load_workspace(yaml_example)
    marks = {(s.bidder, s.criterion): (s.score, s.justification) for s in ws.scores if s.consensus}
    (yaml_example / "scores" / "consensus.csv").unlink()
    fill_score_sheet(blank, yaml_example / "scores" / "consensus.xlsx", marks, ("braun", "mueller, schmidt, weber"))
    assert result(yaml_example) == expected


def test_bid_form_for_an_english_tender(tmp_path: Path) -> None:
    root = english_tender(tmp_path / "ws")
    expected = result(root)
    form = tmp_path / "form.xlsx"
    assert cli("bid-form", root, "--out", form).exit_code == 0
    files = []
    for path in sorted((root / "bids").glob("*.yaml")):
        files.append(fill_bid_form(form, tmp_path / path.with_suffix(".xlsx").name, yaml.safe_load(path.read_text())))
        path.unlink()
    assert cli("import-bids", *files, "--into", root).exit_code == 0
    assert result(root) == expected
