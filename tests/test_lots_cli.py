"""The bundled lotted example (examples/lots) from the CLI: each lot ranked, the limit and the combination decide."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tender.cli import app

LOTS = Path(__file__).resolve().parent.parent / "examples" / "lots"
runner = CliRunner()


@pytest.fixture
def lots(tmp_path: Path) -> Path:
    """A fresh copy of examples/lots."""
    return Path(shutil.copytree(LOTS, tmp_path / "lots"))


def test_evaluate_json_awards_the_lots(lots: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(lots), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    firsts = {lot["id"]: lot["evaluation"]["winner"] for lot in data["lots"]}
    assert firsts == {"cluster": "hanse", "test": "hanse", "migration": "hanse"}  # hanse ranks first everywhere
    assert data["award"]["awards"] == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    singles, combined = data["award"]["alternatives"]
    # singles by value (cluster 150k, migration 60k, test 40k): hanse takes cluster and migration, test to spree
    assert singles["price"] == pytest.approx(102_600 + 42_800 + 17_120)
    assert [s["bidder"] for s in singles["steps"]] == ["hanse", "spree", "hanse"]
    assert singles["steps"][1]["passed_over"] == [{"bidder": "hanse", "holds": ["cluster", "migration"]}]
    # hanse's combination: 10 % off 102,600 + 18,700; migration then goes past hanse (at the limit) to rheintal
    assert combined["combinations"] == ["betrieb-und-test"]
    assert combined["price"] == pytest.approx((102_600 + 18_700) * 0.9 + 42_000)
    assert combined["steps"] == [
        {
            "lot": "migration",
            "bidder": "rheintal",
            "passed_over": [{"bidder": "hanse", "holds": ["cluster", "test"]}],
            "tied": [],
        }
    ]
    assert data["award"]["chosen"] == 1
    cluster = data["lots"][0]["evaluation"]
    assert [(b["bidder"], b["excluded"]) for b in cluster["bids"]][-1] == ("weser", True)  # HA design below 2


def test_evaluate_prints_each_lot_and_every_step(lots: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(lots)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())  # the terminal's line breaks aside
    assert "Los cluster: Los 1 – Betrieb des Clusters" in out
    assert (
        "hanse, betrieb-und-test, für cluster und test: 109.170,00 € "
        "(Summe der Einzelwertungspreise 121.300,00 €, Nachlass 10,00 %)." in out
    )
    assert "mit betrieb-und-test: Gesamtwertungspreis 151.170,00 €" in out
    assert (
        "hanse ist besser platziert, hält aber bereits cluster und test "
        "und damit die Höchstzahl von 2 Losen: übergangen." in out
    )
    assert "migration: an rheintal (Rang 2)." in out
    assert "Zuschlag: Hanse" not in out  # a lot's first rank is not its award
