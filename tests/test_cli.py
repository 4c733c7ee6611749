"""The commands end to end, through Typer's CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tender.cli import app
from tender.scoring import evaluate
from tender.workspace import load_workspace

runner = CliRunner()


def test_evaluate_json_equals_the_library_result(example: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(example), "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed == json.loads(json.dumps(evaluate(load_workspace(example)).to_dict()))
    assert printed["winner"] == "rheintal"
    assert [b["bidder"] for b in printed["bids"]] == ["rheintal", "hanse", "spree", "isar", "elbtal"]
    first = printed["bids"][0]
    assert set(first) >= {
        "bidder",
        "name",
        "excluded",
        "reasons",
        "price",
        "performance",
        "price_points",
        "score",
        "rank",
        "tied",
        "criteria",
    }
    assert set(first["criteria"]["kompetenz"]) == {"value", "normalized", "points"}
    assert printed["bids"][-1]["reasons"] == [
        "requirement rz-deutschland not met: Betrieb in einem Rechenzentrum in Deutschland"
    ]
    assert printed["bids"][-1]["score"] is None


def test_evaluate_table_speaks_the_tenders_language_and_english_with_lang_en(example: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(example)], env={"COLUMNS": "140"})  # a German tender
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("Methode: weighted-sum (") and lines[1].endswith("Laufzeit 36 Monate; Preise in EUR")
    assert (
        "┃ Rang ┃ Bieter                          ┃ Leistungspunkte ┃ Preis (EUR) ┃ Preispunkte ┃ Gesamtpunkte ┃"
        in lines
    )
    assert (
        "│    1 │ Rheintal Datacenter GmbH        │           62,93 │  202.800,00 │       22,62 │        85,55 │"
        in lines
    )
    assert "Zuschlag: Rheintal Datacenter GmbH (rheintal)" in lines
    assert "    - A-Kriterium nicht erfüllt: Betrieb in einem Rechenzentrum in Deutschland" in lines
    assert (
        "  - Bewertende weichen ab: Lösungsorientierung im Angebot bei Hanse IT-Services AG, Spanne 2; Konsens 3"
        in lines
    )
    result = runner.invoke(app, ["evaluate", str(example), "--lang", "en"], env={"COLUMNS": "120"})
    out = result.output
    assert "Rheintal Datacenter GmbH" in out and "85.55" in out and "202,800.00" in out
    assert "Excluded bids" in out and "Knock-out requirement not met: Betrieb in einem Rechenzentrum" in out
    assert "Evaluators disagree: Lösungsorientierung im Angebot for Hanse IT-Services AG, spread 2" in out


def test_validate_summary(example: Path) -> None:
    result = runner.invoke(app, ["validate", str(example)])
    assert result.exit_code == 0, result.output
    assert "gültig — 5 Angebote (1 ausgeschlossen), 3 Bewertende, 84 Noten, 9 Unterkriterien" in result.output
    english = runner.invoke(app, ["validate", str(example), "--lang", "en"])
    assert "valid — 5 bids (1 excluded), 3 evaluators, 84 scores, 9 leaf criteria" in english.output


def test_init_creates_a_valid_workspace(tmp_path: Path) -> None:
    target = tmp_path / "Neue Ausschreibung"
    result = runner.invoke(app, ["init", str(target), "--catalog", "hosting"])
    assert result.exit_code == 0, result.output
    assert (target / "tender.yaml").is_file() and (target / "criteria/hosting.yaml").is_file()
    assert (target / "bids").is_dir() and (target / "scores").is_dir()
    ws = load_workspace(target)
    assert ws.tender.id == "neue-ausschreibung" and ws.tender.language == "de"
    assert [leaf.id for leaf in ws.tender.leaves()][-1] == "preis"
    assert len(ws.tender.prices) == 5 and len(ws.tender.requirements) == 4
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0
    again = runner.invoke(app, ["init", str(target), "--lang", "en"])
    assert again.exit_code == 2 and "is not empty" in again.output


def test_init_unknown_catalogue(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "x"), "--catalog", "catering"])
    assert result.exit_code == 2 and "unknown catalogue 'catering': available are hosting" in result.output


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from tender.cli import app; "
        "print(sorted(m for m in ('pandas', 'yaml', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
