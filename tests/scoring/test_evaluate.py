"""The bundled example and the judged-criteria rules, checked against hand-computed figures."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tender.scoring import evaluate
from tender.workspace import load_workspace


def evaluated(ws: Path):
    return evaluate(load_workspace(ws))


def set_in(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_bundled_example_by_hand(example: Path) -> None:
    ev = evaluated(example)
    r = ev.bid("rheintal")
    # Absolute weights: know-how 30 % × (30, 30, 20, 20) %, architecture 40 % × (35, 25, 15, 25) %, price 30 %.
    assert ev.weights["kompetenz"] == pytest.approx(0.09)
    assert ev.weights["ha-design"] == pytest.approx(0.14)
    # kompetenz: mean(5, 4, 5) = 14/3, n = 14/15, points = 100 · 0.09 · 14/15 = 8.4
    assert r.criteria["kompetenz"].value == pytest.approx(14 / 3)
    assert r.criteria["kompetenz"].points == pytest.approx(8.4)
    # availability 99.95 % at best 99.95 -> n = 1 -> 10 points
    assert r.criteria["verfuegbarkeit"].normalized == 1.0
    performance = 8.4 + 7.2 + 5.2 + 5.6 + 14 * 14 / 15 + 10 * 13 / 15 + 4.8 + 10
    assert r.performance == pytest.approx(performance)
    assert r.price == 24_000 + 2 * 1_150 * 36 + 450 * 36 + 5 * 260 * 36 + 110 * 100 * 3 == 202_800
    assert r.price_points == pytest.approx(30 * 152_900 / 202_800)
    assert r.score == pytest.approx(performance + 30 * 152_900 / 202_800)
    assert ev.price_min == 152_900 and ev.price_max == 202_800  # elbtal (136,020) is excluded
    assert ev.winner == "rheintal"
    assert [(b.bidder, b.rank) for b in ev.bids] == [
        ("rheintal", 1),
        ("hanse", 2),
        ("spree", 3),
        ("isar", 4),
        ("elbtal", None),
    ]


def test_consensus_replaces_the_aggregate(example: Path) -> None:
    ev = evaluated(example)
    j = next(j for j in ev.judgements if (j.bidder, j.criterion) == ("hanse", "loesungsorientierung"))
    assert j.aggregate == pytest.approx(4.0)  # mean(5, 3, 4)
    assert j.consensus is not None and j.value == 3
    assert ev.bid("hanse").criteria["loesungsorientierung"].value == 3
    flag = next(f for f in ev.flags if f.code == "disagreement")
    assert (flag.bidder, flag.criterion, flag.details["spread"], flag.details["consensus"]) == (
        "hanse",
        "loesungsorientierung",
        2.0,
        3,
    )


def test_abstention_is_left_out_and_noted(example: Path) -> None:
    ev = evaluated(example)
    assert ev.bid("spree").criteria["rz-besichtigung"].value == pytest.approx(2.5)  # mean(2, 3); weber abstained
    notes = [(f.bidder, f.criterion, f.details["evaluators"]) for f in ev.flags if f.code == "abstention"]
    assert notes == [("spree", "rz-besichtigung", ["weber"])]


def test_median_aggregation(example: Path) -> None:
    set_in(example / "tender.yaml", lambda d: d["method"].update(aggregation="median"))
    ev = evaluated(example)
    assert ev.bid("spree").criteria["kompetenz"].value == 3  # median(3, 4, 3)
    assert ev.bid("rheintal").criteria["storage"].value == 4  # median(4, 4, 5)


def test_excluded_bid_keeps_every_reason(example: Path) -> None:
    set_in(
        example / "bids/elbtal.yaml",
        lambda d: (
            d["requirements"].update(testsystem=False),
            d["requirements"].pop("ha-cluster"),
            d["prices"].pop("support"),
        ),
    )
    ev = evaluated(example)
    e = ev.bid("elbtal")
    assert e.excluded and e.rank is None and e.score is None and e.price is None
    assert [(r.code, r.subject) for r in e.reasons] == [
        ("requirement-not-met", "rz-deutschland"),
        ("requirement-unanswered", "ha-cluster"),
        ("requirement-not-met", "testsystem"),
        ("missing-price", "support"),
    ]


def test_min_score_excludes_and_moves_the_price_basis(example: Path) -> None:
    set_in(example / "criteria/hosting.yaml", lambda d: d["criteria"][1]["criteria"][0].update(min_score=3))
    ev = evaluated(example)
    isar = ev.bid("isar")  # ha-design mean(3, 2, 3) = 2.67 < 3
    assert isar.excluded and [r.code for r in isar.reasons] == ["below-min-score"]
    assert isar.reasons[0].values == {"score": pytest.approx(8 / 3), "min_score": 3}
    assert ev.bid("spree").excluded is False  # mean(3, 3, 4) = 3.33
    assert ev.price_min == 166_540  # spree is now the cheapest bid in the running
    assert ev.bid("spree").price_points == pytest.approx(30)


def test_missing_fact_counts_zero_and_is_noted(example: Path) -> None:
    set_in(example / "bids/isar.yaml", lambda d: d.pop("facts"))
    ev = evaluated(example)
    assert ev.bid("isar").criteria["verfuegbarkeit"].points == 0
    assert [(f.bidder, f.code) for f in ev.flags if f.code == "missing-fact"] == [("isar", "missing-fact")]


def test_yaml_scores_equal_csv_scores(example: Path) -> None:
    import csv

    before = evaluated(example)
    source = example / "scores/schmidt.csv"
    with source.open(encoding="utf-8") as f:
        rows = [{**row, "score": float(row["score"])} for row in csv.DictReader(f)]
    source.unlink()
    (example / "scores/schmidt.yaml").write_text(
        yaml.safe_dump({"evaluator": "schmidt", "scores": rows}, allow_unicode=True), encoding="utf-8"
    )
    after = evaluated(example)
    assert [(b.bidder, b.score) for b in after.bids] == [(b.bidder, b.score) for b in before.bids]
    assert any(s.source == "scores/schmidt.yaml" for j in after.judgements for s in j.scores)


def test_group_points_are_in_the_result(example: Path) -> None:
    ev = evaluated(example)
    groups = {node.id: node for _, node in ev.tender.nodes() if node.children}
    for b in ev.bids:
        assert set(b.group_points) == set(groups)
        for gid, node in groups.items():
            leaves = [n.id for _, n in node.walk() if not n.children]
            assert b.group_points[gid] == pytest.approx(sum(b.criteria[leaf].points or 0.0 for leaf in leaves))
    r = ev.bid("rheintal")
    # know-how 30 % and architecture 40 % of the points, the rest is price: performance is their sum
    assert r.group_points["know-how"] + r.group_points["architektur"] == pytest.approx(r.performance)
    assert "group_points" not in r.to_dict()
