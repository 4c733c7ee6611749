"""Two envelopes, seals, conflict-of-interest gate: what must be refused is refused, naming the file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import yaml
from typer.testing import CliRunner

from tender.cli import app

runner = CliRunner()


def tender(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def evaluate_json(ws: Path) -> dict:
    code, out = tender("evaluate", str(ws), "--json")
    assert code == 0, out
    return json.loads(out)


def seal_and_open(ws: Path) -> None:
    assert tender("seal", "technical", str(ws), "--actor", "mueller")[0] == 0
    assert tender("open-prices", str(ws), "--actor", "braun", "--witness", "yilmaz")[0] == 0


def test_prices_stay_sealed_until_opened(procedure: Path) -> None:
    before = evaluate_json(procedure)
    assert before["prices_sealed"] is True and before["winner"] is None
    assert before["price_min"] is None
    for bid in before["bids"]:
        assert bid["price"] is None and bid["price_points"] is None
        assert bid["criteria"]["preis"] == {"value": None, "normalized": None, "points": None}
        assert all(line["unit_price"] is None and line["total"] is None for line in bid["price_lines"])
    assert [b["bidder"] for b in before["bids"]] == ["rheintal", "hanse", "spree", "isar", "elbtal"]
    assert "202800" not in json.dumps(before) and "202800.0" not in json.dumps(before)
    assert tender("seal", "technical", str(procedure), "--actor", "mueller")[0] == 0
    assert evaluate_json(procedure)["prices_sealed"] is True  # sealed, but not yet opened
    assert tender("open-prices", str(procedure), "--actor", "braun", "--witness", "yilmaz")[0] == 0
    after = evaluate_json(procedure)
    assert after["prices_sealed"] is False and after["winner"] == "rheintal"
    assert after["bids"][0]["price"] == 202_800


def test_editing_a_bid_after_the_technical_seal_is_refused(procedure: Path) -> None:
    tender("seal", "technical", str(procedure), "--actor", "mueller")
    bid = procedure / "bids/isar.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("99.5", "99.9"), encoding="utf-8")
    code, out = tender("evaluate", str(procedure), "--lang", "en")
    assert code == 2
    assert "bids/isar.yaml: changed (its non-price content) since the technical seal (audit event 2" in out
    code, out = tender("audit", "verify", str(procedure))
    assert code == 1 and "bids/isar.yaml" in out


def test_a_score_change_with_restored_mtime_is_caught(procedure: Path) -> None:
    tender("seal", "technical", str(procedure), "--actor", "mueller")
    scores = procedure / "scores/mueller.csv"
    stat = scores.stat()
    scores.write_text(scores.read_text(encoding="utf-8").replace("isar,referenzen,2,", "isar,referenzen,4,"), "utf-8")
    os.utime(scores, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    code, out = tender("evaluate", str(procedure), "--lang", "en")
    assert code == 2 and "scores/mueller.csv: changed since the technical seal" in out


def test_swapping_two_bids_files_is_caught(procedure: Path) -> None:
    seal_and_open(procedure)
    a, b = procedure / "bids/hanse.yaml", procedure / "bids/isar.yaml"
    text_a, text_b = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    a.write_text(text_b, encoding="utf-8")
    b.write_text(text_a, encoding="utf-8")
    code, out = tender("audit", "verify", str(procedure), "--lang", "en")
    assert code == 1
    assert "bids/hanse.yaml: changed since the opening of the prices" in out
    assert "bids/isar.yaml: changed since the opening of the prices" in out


def test_added_and_removed_files_after_the_final_seal(procedure: Path) -> None:
    seal_and_open(procedure)
    assert tender("seal", "final", str(procedure), "--actor", "braun")[0] == 0
    assert tender("audit", "verify", str(procedure)) == (
        0,
        "audit.log: in Ordnung — 4 Ereignisse, jede versiegelte Datei unverändert\n",  # the tender's language
    )
    (procedure / "scores/weber.csv").unlink()
    (procedure / "scores/neu.csv").write_text("bidder,criterion,score,justification\n", encoding="utf-8")
    code, out = tender("audit", "verify", str(procedure), "--lang", "en")
    assert code == 1
    assert "scores/weber.csv: removed since the final seal" in out
    assert "scores/neu.csv: added since the final seal" in out


def test_prices_may_change_before_opening_but_not_after(procedure: Path) -> None:
    tender("seal", "technical", str(procedure), "--actor", "mueller")
    bid = procedure / "bids/hanse.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("support: 95", "support: 96"), encoding="utf-8")
    assert tender("evaluate", str(procedure))[0] == 0  # the price envelope is still closed
    tender("open-prices", str(procedure), "--actor", "braun", "--witness", "yilmaz")
    bid.write_text(bid.read_text(encoding="utf-8").replace("support: 96", "support: 90"), encoding="utf-8")
    code, out = tender("evaluate", str(procedure), "--lang", "en")
    assert code == 2 and "bids/hanse.yaml: changed since the opening of the prices" in out


def test_opening_needs_two_different_listed_people(procedure: Path) -> None:
    code, out = tender("open-prices", str(procedure), "--actor", "braun", "--witness", "yilmaz", "--lang", "en")
    assert code == 2 and "only after `tender seal technical`" in out
    tender("seal", "technical", str(procedure), "--actor", "mueller")
    code, out = tender("open-prices", str(procedure), "--actor", "braun", "--witness", "braun", "--lang", "en")
    assert code == 2 and "must differ" in out
    code, out = tender("open-prices", str(procedure), "--actor", "braun", "--witness", "fremd", "--lang", "en")
    assert code == 2 and "fremd is not listed in evaluators.yaml" in out


def test_unlisted_evaluator_or_missing_declaration_is_refused(example: Path) -> None:
    people = example / "evaluators.yaml"
    data = yaml.safe_load(people.read_text(encoding="utf-8"))
    data["evaluators"] = [p for p in data["evaluators"] if p["id"] != "weber"]
    data["evaluators"][1]["declaration"] = None  # schmidt
    people.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out = tender("validate", str(example), "--lang", "en")
    assert code == 2
    assert "scores/weber.csv: line 2: evaluator weber is not listed in evaluators.yaml" in out
    assert "scores/schmidt.csv: line 2: evaluator schmidt has no signed conflict-of-interest declaration" in out


def test_workspace_without_log_or_people_evaluates_as_before(example: Path) -> None:
    full = evaluate_json(example)
    (example / "evaluators.yaml").unlink()
    assert evaluate_json(example)["bids"] == full["bids"]
    code, out = tender("audit", "verify", "--lang", "en", str(example))
    assert code == 1 and "audit.log: missing" in out


def test_init_starts_the_procedure(tmp_path: Path) -> None:
    code, _ = tender("init", str(tmp_path / "new"), "--actor", "braun")
    assert code == 0
    data = yaml.safe_load((tmp_path / "new/tender.yaml").read_text(encoding="utf-8"))
    assert data["procedure"] == {"two_envelope": True}
    assert (tmp_path / "new/evaluators.yaml").is_file()
    code, out = tender("audit", "show", str(tmp_path / "new"), "--json")
    events = json.loads(out)
    assert [(e["action"], e["actor"]) for e in events] == [("init", "braun")]
    assert set(events[0]["files"]) == {"tender.yaml", "criteria/hosting.yaml", "evaluators.yaml"}


def test_analysis_waits_for_the_prices(procedure: Path) -> None:
    code, out = tender("analyze", str(procedure), "--samples", "200")
    assert code == 2 and "die Preise sind noch verschlossen (Zwei-Umschlag-Verfahren)" in out  # the tender's German
    code, out = tender("analyze", str(procedure), "--samples", "200", "--lang", "en")
    assert code == 2 and "the prices are still sealed" in out
    seal_and_open(procedure)
    code, out = tender("analyze", str(procedure), "--samples", "200", "--json")
    assert code == 0 and json.loads(out)["winner"] == "rheintal"


def test_imports_are_recorded_and_unlisted_evaluators_refused(example: Path, tmp_path: Path) -> None:
    target = tmp_path / "fresh"
    assert tender("init", str(target), "--from", str(example), "--actor", "braun")[0] == 0
    bids = sorted(str(p) for p in (example / "bids").iterdir())
    code, out = tender("import-bids", *bids, "--into", str(target), "--actor", "braun")
    assert code == 0, out
    stranger = tmp_path / "fremd.csv"
    stranger.write_text("bidder,criterion,score,justification\nisar,kompetenz,3,gut\n", encoding="utf-8")
    code, out = tender("import-scores", str(stranger), "--into", str(target), "--actor", "braun", "--lang", "en")
    assert code == 2 and "evaluator fremd is not listed in evaluators.yaml" in out
    assert not (target / "scores/fremd.csv").exists()
    scores = sorted(str(p) for p in (example / "scores").iterdir())
    assert tender("import-scores", *scores, "--into", str(target), "--actor", "braun")[0] == 0
    events = json.loads(tender("audit", "show", str(target), "--json")[1])
    assert [e["action"] for e in events] == ["init", "import-bids", "import-scores"]
    assert set(events[1]["files"]) == {f"bids/{Path(p).name}" for p in bids}
    assert events[2]["details"]["owners"]["scores/consensus.csv"] == ["consensus:braun"]
    assert events[2]["details"]["moderators"] == {"scores/consensus.csv": ["braun"]}


def test_reports_before_the_opening_show_no_prices(procedure: Path) -> None:
    from pypdf import PdfReader

    code, out = tender("report", str(procedure), "--format", "html,pdf", "--actor", "braun")
    assert code == 0, out
    html = (procedure / "reports/crm-hosting-2007-de.html").read_text(encoding="utf-8")
    text = " ".join(p.extract_text() for p in PdfReader(procedure / "reports/crm-hosting-2007-de.pdf").pages)
    for shown in (html, text):
        assert "Die Preise sind noch verschlossen" in shown
        for price in ("202.800,00", "175.800,00", "152.900,00", "22,62"):
            assert price not in shown
