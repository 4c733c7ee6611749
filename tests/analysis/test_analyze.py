"""The Analysis object, its JSON and the `tender analyze` command on the bundled example and the oracles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tender.analysis import analyze
from tender.cli import app
from tender.report.numbers import half_up
from tender.report.robustness_text import analysis_document, sentences, summary
from tender.workspace import load_workspace
from tests.analysis.oracles import flipping, price_weight_crossing, proportional_break_even, two_bids

runner = CliRunner()


def test_example_json_shape_and_headline(example: Path) -> None:
    a = analyze(load_workspace(example), samples=5_000, seed=1)
    ev = a.evaluation
    d = analysis_document(a)
    assert d["winner"] == "rheintal"
    assert [b["bidder"] for b in d["bidders"]] == ["rheintal", "hanse", "spree", "isar"]
    price = next(s for s in d["stability"] if s["criterion"] == "preis")
    high = 100 * price_weight_crossing(ev, "rheintal", "hanse")
    assert price["weight"] == 30.0 and price["low"] is None
    assert price["high"] == pytest.approx(high, rel=1e-9)
    assert set(d["acceptability"]) == {"rheintal", "hanse", "spree", "isar"}
    assert all(len(v) == 4 and sum(v) == pytest.approx(1.0) for v in d["acceptability"].values())
    assert set(d["break_even"]) == {"hanse", "spree", "isar"}
    hanse = proportional_break_even(ev, "hanse")
    assert d["break_even"]["hanse"] == pytest.approx(hanse, rel=1e-9)
    assert d["reversals"] == []
    assert [x["criterion"] for x in d["agreement"] if x["flagged"]] == ["loesungsorientierung"]
    shown = f"{half_up(high, 1)}\u00a0%"
    assert d["summary"]["en"] == (
        f"Rheintal Datacenter GmbH stays first for any weight of “Preis-Leistung” up to {shown} "
        f"(announced: 30\u00a0%); above {shown}, Hanse IT-Services AG would overtake."
    )
    assert d["summary"]["de"].startswith(
        f"Rheintal Datacenter GmbH bleibt bei jedem Gewicht von „Preis-Leistung“ bis {shown.replace('.', ',')}"
    )
    paid = ev.bid("hanse").price or 0.0
    discount = half_up(100 * (paid - hanse) / paid, 1)
    euros = f"{half_up(hanse, 2):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    percent = str(discount).rstrip("0").rstrip(".").replace(".", ",")  # sentences drop trailing zeros
    assert f"um {percent}\u00a0% auf {euros}\u00a0€ senken" in " ".join(d["sentences"]["de"])
    json.dumps(d, allow_nan=False)
    bars = a.stability_intervals()
    assert [b["criterion"] for b in bars] == ["know-how", "architektur", "preis"]
    assert bars[2] == {
        "criterion": "preis",
        "name": "Preis-Leistung",
        "level": 1,
        "weight": 30.0,
        "low": 0.0,
        "high": pytest.approx(high, rel=1e-9),
        "bounded_low": False,
        "bounded_high": True,
    }
    assert [row["bidder"] for row in a.acceptability_matrix()] == ["rheintal", "hanse", "spree", "isar"]


def test_two_bid_headline_names_the_bound(tmp_path: Path) -> None:
    a = analyze(load_workspace(two_bids(tmp_path)), samples=1_000)
    # c1 is bounded below by 3/7, c2 above by 4/7: equally near to 50 %, the first in file order is named
    assert summary(a, "en") == (
        "A stays first for any weight of “Criterion 1” above 42.9\u00a0% (announced: 50\u00a0%); "
        "below 42.9\u00a0%, B would overtake."
    )


def test_reversal_sentence(tmp_path: Path) -> None:
    a = analyze(load_workspace(flipping(tmp_path)), samples=1_000)
    assert a.to_dict()["reversals"] == [{"removed": "c", "pair": ["a", "b"], "before": [1, 2], "after": [2, 1]}]
    assert "Without the bid of C, B would win instead of A" in sentences(a, "en")[2]


def test_cli_json_equals_library(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "--json", "--samples", "3000", "--seed", "4"])
    assert result.exit_code == 0, result.output
    expected = analysis_document(analyze(load_workspace(example), samples=3000, seed=4))
    assert json.loads(result.stdout) == json.loads(json.dumps(expected))


def test_cli_terminal_output(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "--samples", "2000", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "stays first for any weight of “Preis-Leistung”" in result.stdout
    assert "Rank acceptability" in result.stdout and "Break-even price" in result.stdout


@pytest.mark.parametrize(
    "args",
    [["--samples", "0"], ["--vary", "0"], ["--vary", "150"], ["--seed", "-1"], ["--lang", "fr"]],
)
def test_cli_bad_options_exit_2(example: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["analyze", str(example), *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_cli_vary_and_evaluator_scores(example: Path) -> None:
    result = runner.invoke(
        app, ["analyze", str(example), "--json", "--samples", "2000", "--vary", "20", "--evaluator-scores"]
    )
    assert result.exit_code == 0, result.output
    smaa = json.loads(result.stdout)["smaa"]
    assert (smaa["vary"], smaa["weights"], smaa["scores"]) == (0.2, "±20 %", "evaluators")


def test_sentences_when_another_bid_wins_more_often(tmp_path: Path) -> None:
    from tests.analysis.oracles import two_bid_tender
    from tests.conftest import write_workspace

    # A = (0.5, 0.5) wins at 50/50, but B = (0, 0.95) wins for w1 < 0.474 and C = (0.9, 0) for w1 > 0.556
    tender, bids = two_bid_tender()
    bids[0]["facts"] = {"c1": 50, "c2": 50}
    bids[1]["facts"] = {"c1": 0, "c2": 95}
    bids.append({"bidder": "c", "name": "C", "facts": {"c1": 90, "c2": 0}, "prices": {"total": 1000}})
    a = analyze(load_workspace(write_workspace(tmp_path / "three", tender, bids)), samples=20_000, seed=2)
    assert a.winner == "a"
    assert a.smaa is not None
    # A is first for w1 in (1 − 0.5/0.95, 0.5/0.9): 8.2 %; B for w1 below: 47.4 %
    assert a.smaa.acceptability["a"][0] == pytest.approx(0.5 / 0.9 - (1 - 0.5 / 0.95), abs=0.01)
    assert a.smaa.acceptability["b"][0] == pytest.approx(1 - 0.5 / 0.95, abs=0.01)
    pattern = r"In \d+(\.\d)?\u00a0% of 20,000 random weightings A ranks first; B more often: 4\d(\.\d)?\u00a0%\."
    assert re.fullmatch(pattern, sentences(a, "en")[0])
