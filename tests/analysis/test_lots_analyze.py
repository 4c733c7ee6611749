"""`tender analyze` on a tender divided into lots: each lot's ranking analysed on its own, printed under the lot's
heading; `--json` one document with the analysis of every lot (schema `lots_analysis`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender.analysis import analyze
from tender.app.evaluate import evaluate_lotted
from tender.report.robustness_text import analysis_document
from tests.audit.lots_support import lotted, opened
from tests.hostile.conftest import ok, refused


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/lots with its prices opened."""
    return opened(lotted(tmp_path_factory.mktemp("lotanalysis") / "ws"))


def test_every_lot_is_analysed_under_its_heading(root: Path) -> None:
    out = " ".join(ok("analyze", root, "--samples", "400").split())
    headings = [
        out.index(f"Los {lot}: {title}")
        for lot, title in (
            ("cluster", "Los 1 – Betrieb des Clusters"),
            ("test", "Los 2 – Testumgebung"),
            ("migration", "Los 3 – Migration"),
        )
    ]
    assert headings == sorted(headings)
    assert (
        "Hanse Hosting AG bleibt bei jedem Gewicht von „Preis-Leistung“ bis 88,1 % auf Platz 1 (angekündigt: 30 %); "
        "über 88,1 % zöge Isar IT-Services GmbH vorbei." in out
    )
    assert (
        "Hanse Hosting AG bleibt bei jedem Gewicht von „Preis“ bis 91,5 % auf Platz 1 (angekündigt: 40 %); "
        "über 91,5 % zöge Rheintal Datacenter GmbH vorbei." in out
    )
    assert (
        "Diese Analyse betrifft die Rangfolge des Loses. Der Zuschlag geht nach der Vergabe der Lose an Rheintal "
        "Datacenter GmbH, nicht an das erstplatzierte Angebot (Hanse Hosting AG): die Höchstzahl von Losen je Bieter."
        in out
    )
    assert out.count("Diese Analyse betrifft") == 1  # cluster and test go to their first-ranked bid
    english = " ".join(ok("analyze", root, "--samples", "400", "--lang", "en").split())
    assert "Lot migration: Los 3 – Migration" in english and "the limit of lots per bidder" in english


def test_the_json_holds_each_lots_analysis_as_the_one_lot_analysis_makes_it(root: Path) -> None:
    data = json.loads(ok("analyze", root, "--json", "--samples", "300", "--seed", "7"))
    assert data["tender"] == "crm-hosting-lose" and data["schema_version"] == 1
    assert [(a["lot"], a["awarded"]) for a in data["analyses"]] == [
        ("cluster", "hanse"),
        ("test", "hanse"),
        ("migration", "rheintal"),
    ]
    le = evaluate_lotted(root)[1]
    for item, r in zip(data["analyses"], le.lots, strict=True):
        assert item["analysis"]["evaluation"] == r.evaluation.fingerprint
        alone = analysis_document(analyze(r.evaluation, samples=300, seed=7))
        assert item["analysis"] == json.loads(json.dumps(alone)), r.lot.id
    smaa = data["analyses"][1]["analysis"]["acceptability"]
    assert smaa["hanse"][0] + smaa["spree"][0] == pytest.approx(1.0)


def test_the_analysis_waits_for_the_opening_of_the_prices(tmp_path: Path) -> None:
    root = lotted(tmp_path / "ws")
    ok("seal", "technical", root, "--actor", "mueller")
    refused(root, "analyze", root, expect="the prices are still sealed (two-envelope procedure)")
    refused(root, "analyze", root, "--json", expect='"code": "usage"')
