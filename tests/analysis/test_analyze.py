"""The Analysis object, its JSON and the `tender analyze` command on the bundled example and the oracles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tender.analysis import analyze
from tender.cli import app
from tender.report.numbers import half_up
from tender.workspace import load_workspace
from tests.analysis.oracles import flipping, price_weight_crossing, proportional_break_even, two_bids

runner = CliRunner()


def test_example_json_shape_and_headline(example: Path) -> None:
    a = analyze(load_workspace(example), samples=5_000, seed=1)
    ev = a.evaluation
    d = a.to_dict()
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
    assert f"um {percent}\u00a0% auf {euros} EUR senken" in " ".join(d["sentences"]["de"])
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
    assert a.summary["en"] == (
        "A stays first for any weight of “Criterion 1” above 42.9\u00a0% (announced: 50\u00a0%); "
        "below 42.9\u00a0%, B would overtake."
    )


def test_reversal_sentence(tmp_path: Path) -> None:
    a = analyze(load_workspace(flipping(tmp_path)), samples=1_000)
    assert a.to_dict()["reversals"] == [{"removed": "c", "pair": ["a", "b"], "before": [1, 2], "after": [2, 1]}]
    assert "Without the bid of C, B would win instead of A" in a.sentences["en"][2]


def test_cli_json_equals_library(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "--json", "--samples", "3000", "--seed", "4"])
    assert result.exit_code == 0, result.output
    expected = analyze(load_workspace(example), samples=3000, seed=4).to_dict()
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


def test_sentences_when_another_bid_wins_more_often(example: Path) -> None:
    from tests.analysis.oracles import set_method

    # two-sided prices: Hanse wins narrowly, Isar ranks first under more random weightings
    a = analyze(load_workspace(set_method(example, price_formula="two-sided")), samples=20_000, seed=2)
    assert a.winner == "hanse"
    shares = {b: a.smaa.acceptability[b][0] for b in a.bidders} if a.smaa else {}
    assert shares["isar"] > shares["hanse"]
    smaa_en = a.sentences["en"][0]
    assert "Hanse IT-Services AG ranks first; Isar Hosting GmbH more often:" in smaa_en
    assert "Without the bid of Rheintal Datacenter GmbH, Isar Hosting GmbH would win" in a.sentences["en"][2]
