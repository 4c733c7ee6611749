"""Lotted tenders from files to award, against hand-computed oracles: examples/lots lot by lot, the limit in both
orders, combination bids weighed on price and on score, a tie at the top of a lot, the EU's two-lot example, and
the tender without lots evaluating exactly as before lots existed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tender.app.evaluate import evaluate_lotted, evaluate_workspace
from tender.lotresult import LotsEvaluation
from tests.conftest import REPO, copy_bundled, write_workspace
from tests.hostile.conftest import ok, refused

EXAMPLE = REPO / "examples" / "lots"


def lots_example(tmp_path: Path) -> Path:
    """An editable copy of examples/lots."""
    return Path(shutil.copytree(EXAMPLE, tmp_path / "lots"))


def edit(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Read a YAML file, change its data in place, write it back."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def table(lots: LotsEvaluation, lot: str) -> list[tuple[str, int | None, float | None, float | None]]:
    """A lot's bids in ranked order: bidder, rank, evaluated price, score."""
    return [(b.bidder, b.rank, b.price, b.score) for b in lots.lot(lot).evaluation.bids]


def awards(lots: LotsEvaluation) -> dict[str, str | None]:
    """Lot → awarded bidder."""
    return {r.lot.id: r.awarded for r in lots.lots}


# --- examples/lots: three lots, limit 2 by value, Hanse's combination for cluster and test (10 % off) ---------------
#
# Lot migration by hand (own criteria: migrationskonzept 45, erfahrung 15, preis 40; scale 0–5, mean of two
# evaluators, points = weight × mean / 5; price points = 40 × lowest price / price, proportional):
#   hanse     konzept 5, 5 → 45.0   erfahrung 4, 5 → 13.5   = 58.5   price 38,000 + 4 × 1,200 = 42,800
#             → 40 × 42,000 / 42,800 = 39.2523              score 97.7523
#   rheintal  konzept 4, 4 → 36.0   erfahrung 3, 4 → 10.5   = 46.5   price 36,000 + 4 × 1,500 = 42,000 (lowest)
#             → 40.0                                        score 86.5
#   spree     konzept 3, 3 → 27.0   erfahrung 3, 4 → 10.5   = 37.5   price 41,000 + 4 × 1,000 = 45,000
#             → 40 × 42,000 / 45,000 = 37.3333              score 74.8333
#   weser     konzept 2, 3 → 22.5   erfahrung 2, 3 →  7.5   = 30.0   price 45,000 + 4 × 1,400 = 50,600
#             → 40 × 42,000 / 50,600 = 33.2016              score 63.2016
MIGRATION = [
    ("hanse", 1, 42_800.0, 58.5 + 40 * 42_000 / 42_800),
    ("rheintal", 2, 42_000.0, 46.5 + 40.0),
    ("spree", 3, 45_000.0, 37.5 + 40 * 42_000 / 45_000),
    ("weser", 4, 50_600.0, 30.0 + 40 * 42_000 / 50_600),
]
# Lot cluster (shared catalogue: know-how 30 = kompetenz 15 + lösungsorientierung 15, architektur 40 = ha-design 24
# + verfügbarkeit 16 measured 99.0 → 99.95, preis 30); price = setup + 36 × (2 × knoten + 5 × SAN):
#   hanse     kompetenz 4, 5 → 13.5  lösung 4, 5 → 13.5  ha-design 5, 5 → 24  99.95 % → 16  = 67.0
#             price 9,000 + 36 × (2 × 1,150 + 5 × 60) = 102,600 → 30 × 97,100 / 102,600 = 28.3918   score 95.3918
#   isar      price 8,000 + 36 × (2 × 1,100 + 5 × 55) = 97,100 (lowest): 30 price points, but quality 39.32
#   weser     ha-design 1, 2 → mean 1.5 below the minimum 2: excluded
CLUSTER_TOP = ("hanse", 1, 102_600.0, 67.0 + 30 * 97_100 / 102_600)
# Lot test (weights know-how 40, architektur 20, preis 40): hanse 36 × 450 + 2,500 = 18,700, spree 36 × 420 + 2,000
# = 17,120 (lowest); hanse 52.8 + 40 × 17,120 / 18,700 = 89.4203, spree 45.98 + 40 = 85.98.


def test_each_lot_ranks_its_own_bids(tmp_path: Path) -> None:
    _, lots = evaluate_lotted(lots_example(tmp_path))
    assert table(lots, "migration") == [pytest.approx(row) for row in MIGRATION]
    cluster = table(lots, "cluster")
    assert cluster[0] == pytest.approx(CLUSTER_TOP)
    assert [b for b, *_ in cluster] == ["hanse", "rheintal", "elbtal", "isar", "weser"]
    assert lots.lot("cluster").evaluation.bid("weser").excluded
    assert lots.lot("cluster").evaluation.bid("isar").price == 97_100.0
    test = table(lots, "test")
    assert [b for b, *_ in test] == ["hanse", "spree", "elbtal", "isar"]
    assert test[0] == pytest.approx(("hanse", 1, 18_700.0, 52.8 + 40 * 17_120 / 18_700))
    assert test[1][2] == 17_120.0
    assert lots.lot("test").evaluation.bid("spree").score == pytest.approx(85.98, abs=5e-3)


def test_the_combination_beats_the_single_awards_on_price(tmp_path: Path) -> None:
    # Singles, by value (cluster 150k, migration 60k, test 40k), at most 2 lots each:
    #   cluster → hanse 102,600; migration → hanse 42,800; test: hanse holds 2 → spree 17,120   = 162,520
    # Hanse's combination: (102,600 + 18,700) × 0.9 = 109,170 for cluster and test; hanse then holds 2,
    #   migration → rheintal 42,000                                                             = 151,170
    _, lots = evaluate_lotted(lots_example(tmp_path))
    (offered,) = lots.offered
    assert (offered.single, offered.price) == pytest.approx((121_300.0, 109_170.0))
    assert lots.award is not None
    singles, combined = lots.award.alternatives
    assert singles.price == pytest.approx(102_600 + 42_800 + 17_120)
    assert singles.awards() == {"cluster": "hanse", "test": "spree", "migration": "hanse"}
    assert singles.steps[1].passed_over == (("hanse", ("cluster", "migration")),)
    assert combined.price == pytest.approx(109_170 + 42_000)
    assert lots.award.chosen == 1
    assert awards(lots) == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    (migration,) = combined.steps
    assert migration.passed_over == (("hanse", ("cluster", "test")),)


def test_on_total_score_the_single_awards_win(tmp_path: Path) -> None:
    # compare: score. The combination's score: each of its lots evaluated again with hanse's prices × 0.9.
    #   cluster: hanse 92,340 is now the lowest → 67.0 + 30 = 97.0; test: 16,830 the lowest → 52.8 + 40 = 92.8
    #   with the combination: 97.0 + 92.8 + rheintal 86.5 = 276.3
    #   singles: hanse 95.3918 + spree 85.98 + hanse 97.7523 = 279.12 → the singles win
    root = lots_example(tmp_path)
    edit(root / "tender.yaml", lambda t: t.update(combinations={"compare": "score"}))
    _, lots = evaluate_lotted(root)
    assert lots.offered[0].score == pytest.approx(97.0 + 92.8)
    assert lots.award is not None
    singles, combined = lots.award.alternatives
    assert combined.score == pytest.approx(97.0 + 92.8 + 86.5)
    assert singles.score == pytest.approx(279.123, abs=1e-3)
    assert lots.award.chosen == 0
    assert awards(lots) == {"cluster": "hanse", "test": "spree", "migration": "hanse"}


def test_by_list_awards_other_lots_than_by_value(tmp_path: Path) -> None:
    # Without the combination. by-value (cluster, migration, test): hanse keeps cluster and migration, test → spree.
    # by-list (cluster, test, migration): hanse keeps cluster and test, migration → rheintal (102,600 + 18,700 +
    # 42,000 = 163,300 against 162,520 by value).
    root = lots_example(tmp_path)
    edit(root / "tender.yaml", lambda t: t.pop("combinations"))
    edit(root / "bids" / "hanse.yaml", lambda b: b.pop("combinations"))
    _, by_value = evaluate_lotted(root)
    assert awards(by_value) == {"cluster": "hanse", "test": "spree", "migration": "hanse"}
    edit(root / "tender.yaml", lambda t: t["lots_limit"].update(order="by-list"))
    _, by_list = evaluate_lotted(root)
    assert awards(by_list) == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    assert by_list.award is not None and by_value.award is not None
    (alternative,) = by_list.award.alternatives
    assert alternative.price == pytest.approx(163_300.0)
    assert alternative.steps[2].passed_over == (("hanse", ("cluster", "test")),)
    assert by_value.award.result.price == pytest.approx(162_520.0)


def test_a_combination_is_not_weighed_when_its_bidder_is_out_of_one_of_its_lots(tmp_path: Path) -> None:
    # Hanse leaves the set-up of the test environment unpriced: excluded in lot test, so its combination for
    # cluster and test is not admitted; the single awards stand (162,520 as above, without hanse in test).
    root = lots_example(tmp_path)
    edit(root / "bids" / "hanse.yaml", lambda b: b["offers"]["test"]["prices"].pop("einrichtung"))
    _, lots = evaluate_lotted(root)
    (offered,) = lots.offered
    assert offered.excluded_in == ("test",)
    assert offered.price is None
    assert lots.lot("test").evaluation.bid("hanse").excluded
    assert lots.award is not None
    assert len(lots.award.alternatives) == 1
    assert awards(lots) == {"cluster": "hanse", "test": "spree", "migration": "hanse"}
    assert lots.award.result.price == pytest.approx(162_520.0)


# --- small generated workspaces -----------------------------------------------------------------------------------


def two_lots(root: Path, offers: dict[str, dict[str, dict[str, float]]], quality: float = 0, **extra: Any) -> Path:
    """Two lots l1, l2 sharing one price line; price only (quality 0) or quality measured by fact q (weight
    `quality`) beside the price; offers: bidder → lot → {price, q}; `combinations` per bidder in extra."""
    criteria: list[dict[str, Any]] = [{"id": "price", "name": "Price", "weight": 100 - quality, "price": True}]
    if quality:
        criteria.insert(
            0, {"id": "q", "name": "Q", "weight": quality, "measure": {"fact": "q", "best": 100, "worst": 0}}
        )
    tender = {
        "id": "lots",
        "title": "Two lots",
        "buyer": "Buyer",
        "language": "en",
        "term_months": 12,
        "method": {"name": "weighted-sum", "price_formula": "proportional"},
        "criteria": criteria,
        "prices": [{"id": "total", "name": "Total", "per": "once", "quantity": 1}],
        "lots": [{"id": "l1", "title": "Lot 1"}, {"id": "l2", "title": "Lot 2"}],
        **{k: v for k, v in extra.items() if k != "bids"},
    }
    bids = []
    for bidder, per_lot in offers.items():
        bid: dict[str, Any] = {
            "bidder": bidder,
            "name": bidder.upper(),
            "lots": list(per_lot),
            "offers": {
                lot: {"prices": {"total": o["price"]}, **({"facts": {"q": o["q"]}} if "q" in o else {})}
                for lot, o in per_lot.items()
            },
        }
        bid.update(extra.get("bids", {}).get(bidder, {}))
        bids.append(bid)
    return write_workspace(root, tender, bids)


def test_eu_two_lot_example_through_the_cli(tmp_path: Path) -> None:
    # The EU's example: A 100k / 120k, B 110k / 100k, B's combination for both 180k. Singles: l1 → A 100k,
    # l2 → B 100k = 200k; B's combination 180k < 200k: B wins both.
    root = two_lots(
        tmp_path / "eu",
        {
            "a": {"l1": {"price": 100_000}, "l2": {"price": 120_000}},
            "b": {"l1": {"price": 110_000}, "l2": {"price": 100_000}},
        },
        combinations={"compare": "price"},
        bids={"b": {"combinations": [{"id": "both", "lots": ["l1", "l2"], "price": 180_000}]}},
    )
    result = json.loads(ok("evaluate", "--json", root))
    alternatives = result["award"]["alternatives"]
    assert [(a["combinations"], a["price"]) for a in alternatives] == [([], 200_000.0), (["both"], 180_000.0)]
    assert alternatives[0]["steps"] == [
        {"lot": "l1", "bidder": "a", "passed_over": [], "tied": []},
        {"lot": "l2", "bidder": "b", "passed_over": [], "tied": []},
    ]
    assert result["award"]["chosen"] == 1
    assert result["award"]["awards"] == {"l1": "b", "l2": "b"}
    assert [lot["awarded"] for lot in result["lots"]] == ["b", "b"]
    (combination,) = result["combinations"]
    assert (combination["single_total"], combination["price"], combination["admissible"]) == (
        210_000.0,
        180_000.0,
        True,
    )


def test_score_and_price_weigh_the_same_combination_differently(tmp_path: Path) -> None:
    # Quality 50 (fact q / 100 × 50) and price 50 (50 × lowest / price), no limit:
    #   l1: A q 100, 100 → 50 + 50 = 100;  B q 80, 100 → 40 + 50 = 90   → A
    #   l2: A q  60, 100 → 30 + 50 =  80;  B q 80, 100 → 40 + 50 = 90   → B
    #   singles: price 200, score 190.  B's combination for both at 190 (its prices × 0.95: 95 in each lot, now the
    #   lowest): score 40 + 50 in each lot = 180.  On price 190 < 200: B both; on score 180 < 190: the singles.
    offers = {"a": {"l1": {"price": 100, "q": 100}, "l2": {"price": 100, "q": 60}}}
    offers["b"] = {"l1": {"price": 100, "q": 80}, "l2": {"price": 100, "q": 80}}
    combination = {"b": {"combinations": [{"id": "both", "lots": ["l1", "l2"], "price": 190}]}}
    for compare, expected, chosen in (("price", {"l1": "b", "l2": "b"}, 1), ("score", {"l1": "a", "l2": "b"}, 0)):
        root = two_lots(tmp_path / compare, offers, quality=50, combinations={"compare": compare}, bids=combination)
        _, lots = evaluate_lotted(root)
        (offered,) = lots.offered
        assert (offered.single, offered.price, offered.score) == pytest.approx((200.0, 190.0, 180.0))
        assert lots.award is not None
        singles, combined = lots.award.alternatives
        assert (singles.price, singles.score) == pytest.approx((200.0, 190.0))
        assert (combined.price, combined.score) == pytest.approx((190.0, 180.0))
        assert (lots.award.chosen, awards(lots)) == (chosen, expected)


def test_a_tie_at_the_top_of_a_lot_leaves_it_unawarded(tmp_path: Path) -> None:
    # l1: A and B both 100 (rank 1 shared); l2: B 100 before A 120. The method has no tie-break: l1 is not
    # awarded by the rule and its step names both; l2 → B.
    root = two_lots(
        tmp_path / "tie",
        {"a": {"l1": {"price": 100}, "l2": {"price": 120}}, "b": {"l1": {"price": 100}, "l2": {"price": 100}}},
    )
    _, lots = evaluate_lotted(root)
    assert [(b, rank) for b, rank, *_ in table(lots, "l1")] == [("a", 1), ("b", 1)]
    assert lots.lot("l1").evaluation.winner is None
    assert lots.award is not None
    l1, l2 = lots.award.result.steps
    assert (l1.bidder, l1.tied) == (None, ("a", "b"))
    assert (l2.bidder, l2.tied) == ("b", ())
    assert awards(lots) == {"l1": None, "l2": "b"}


# --- a tender without lots --------------------------------------------------------------------------------------

# The bundled example's fingerprint, computed by the commit before lots existed (fc146a9).
FINGERPRINT_BEFORE_LOTS = "3117903d93b5933b42f5dbdd2361c673e50b151e6720405ab37d4d3bf4255adc"


def test_a_tender_without_lots_evaluates_exactly_as_before(tmp_path: Path) -> None:
    _, ev = evaluate_workspace(copy_bundled(tmp_path / "bundled"))
    assert ev.fingerprint == FINGERPRINT_BEFORE_LOTS


def test_more_combination_bids_than_can_be_weighed_are_refused(tmp_path: Path) -> None:
    bidders = [f"b{n:02d}" for n in range(17)]
    offers = {b: {"l1": {"price": 100 + n}, "l2": {"price": 100 + n}} for n, b in enumerate(bidders)}
    both = {"combinations": [{"id": "both", "lots": ["l1", "l2"], "discount": 0.05}]}
    root = two_lots(tmp_path / "many", offers, combinations={"compare": "price"}, bids=dict.fromkeys(bidders, both))
    refused(
        root,
        "evaluate",
        root,
        expect="bids/: combinations: 17 admissible combination bids: at most 16 can be weighed",
    )


def test_the_terminal_names_no_shared_first_rank_where_there_is_none(tmp_path: Path) -> None:
    root = lots_example(tmp_path)
    edit(root / "tender.yaml", lambda t: t.update(language="en"))
    output = ok("evaluate", root)
    assert "rank 1 is shared" not in output
    tie = two_lots(
        tmp_path / "tie",
        {"a": {"l1": {"price": 100}, "l2": {"price": 120}}, "b": {"l1": {"price": 100}, "l2": {"price": 100}}},
    )
    assert ok("evaluate", tie).count("No single winner: rank 1 is shared by a, b") == 1
