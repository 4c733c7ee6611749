"""German and English CSV (semicolon/comma, decimal comma/point, cp1252/UTF-8 with BOM) read identically."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tender.errors import Collector
from tender.sheets.bidcsv import read_csv_bid
from tender.workspace import load_tender, load_workspace
from tests.sheets.sheetsupport import bid_data, cli, result

DATA = Path(__file__).resolve().parent.parent / "data"
BIDS = ["angebot-muster-de.csv", "angebot-muster-bom.csv", "offer-muster-en.csv"]
EXPECTED = {
    "bidder": "muster",
    "name": "Müller & Söhne Rechenzentrum GmbH",
    "contact": "Jörg Weiß, vertrieb@mueller-rz.example",
    "submitted": "2007-03-15",
    "requirements": {"rz-deutschland": True, "betrieb-24x7": True, "ha-cluster": True, "testsystem": True},
    "facts": {"verfuegbarkeit": 99.9},
    "prices": {
        "setup": 21500.0,
        "cluster-knoten": 1020.5,
        "testserver": 410.0,
        "san-speicher": 245.75,
        "support": 99.5,
    },
}


@pytest.mark.parametrize("name", BIDS)
def test_csv_bid_reads_the_same_in_every_dialect(yaml_example: Path, name: str) -> None:
    collector = Collector()
    bid = read_csv_bid(DATA / name, name, load_tender(yaml_example), collector)
    assert collector.findings == []
    assert bid is not None
    assert bid_data(bid) == EXPECTED


def test_german_and_english_csv_bids_evaluate_identically(yaml_example: Path, tmp_path: Path) -> None:
    results = []
    for name in BIDS:
        root = tmp_path / name
        shutil.copytree(yaml_example, root)
        judged = ["kompetenz", "loesungsorientierung", "referenzen", "rz-besichtigung", "ha-design", "storage"]
        rows = [f"muster,{c},3,Begründung {c}" for c in [*judged, "testserver"]]
        (root / "scores" / "pruefer.csv").write_text("bidder,criterion,score,justification\n" + "\n".join(rows))
        run = cli("import-bids", DATA / name, "--into", root)
        assert run.exit_code == 0, run.output
        assert "(muster)" in run.stdout
        results.append(result(root))
    assert results[0] == results[1] == results[2]
    muster = next(b for b in results[0]["bids"] if b["bidder"] == "muster")
    # 21,500 + 1,020.50·2·36 + 410·36 + 245.75·5·36 + 99.5·100·3
    assert muster["price"] == pytest.approx(21500 + 73476 + 14760 + 44235 + 29850)


def test_german_and_english_csv_scores_import_identically(yaml_example: Path, tmp_path: Path) -> None:
    found = []
    for name in ("krause-de.csv", "krause-en.csv"):
        root = tmp_path / name
        shutil.copytree(yaml_example, root)
        target = tmp_path / name.replace("-de", "").replace("-en", "") / "krause.csv"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(DATA / name, target)
        run = cli("import-scores", target, "--into", root)
        assert run.exit_code == 0, run.output
        assert "(krause)" in run.stdout
        scores = [s for s in load_workspace(root).scores if s.evaluator == "krause"]
        found.append([(s.bidder, s.criterion, s.score, s.justification) for s in scores])
        assert result(root)["evaluators"] == ["krause", "mueller", "schmidt", "weber"]
    assert found[0] == found[1]
    assert found[0][0] == (
        "rheintal",
        "kompetenz",
        4.5,
        "Überzeugende Präsentation; Fragen zum Failover souverän beantwortet",
    )
