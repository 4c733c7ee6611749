"""Bad input in a lotted tender.yaml and in YAML bids for lots: one line naming file and place, exit 2, nothing
written, and no follow-on lines for the bids and scores of a lot tender.yaml could not define."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from tests.hostile.conftest import ok, refused

Data = dict[str, Any]


def tender(change: Callable[[Data], object]) -> tuple[str, Callable[[Data], object]]:
    """An edit of tender.yaml."""
    return "tender.yaml", change


def bid(name: str, change: Callable[[Data], object]) -> tuple[str, Callable[[Data], object]]:
    """An edit of bids/<name>.yaml."""
    return f"bids/{name}.yaml", change


def workspace(tmp_path: Path, path: str, change: Callable[[Data], object]) -> Path:
    """examples/lots (in English) with one file changed."""
    root = Path(shutil.copytree(REPO / "examples" / "lots", tmp_path / "lots"))
    for name, edit in (("tender.yaml", lambda t: t.update(language="en")), (path, change)):
        data = yaml.safe_load((root / name).read_text(encoding="utf-8"))
        edit(data)
        (root / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def lot(i: int, **keys: Any) -> Callable[[Data], object]:
    """Set keys of the i-th lot."""
    return lambda t: t["lots"][i].update(keys)


def combination(**keys: Any) -> Callable[[Data], object]:
    """Set keys of Hanse's combination bid (cluster and test, 10 % off)."""
    return lambda b: b["combinations"][0].update(keys)


def ufab_migration(t: Data) -> None:
    """Lot migration evaluated by UfAB's simple method: its own criteria without the price, weights 75 and 25 (valid
    on its own, and beside the other lots when combinations are weighed on price)."""
    t["lots"][2].update(
        method={"name": "ufab-simple"},
        criteria=[{**c, "weight": c["weight"] * 100 / 60} for c in t["lots"][2]["criteria"] if not c.get("price")],
    )


CASES: dict[str, tuple[tuple[str, Callable[[Data], object]], str]] = {
    "unknown lot in a bid": (
        bid("spree", lambda b: b["lots"].append("hosting")),
        'bids/spree.yaml: lots[2]: bid for unknown lot "hosting" (the tender\'s lots: cluster, test, migration)',
    ),
    "lot named twice in a bid": (
        bid("spree", lambda b: b["lots"].append("test")),
        "bids/spree.yaml: lots[2]: lot test is named twice (first at lots[0])",
    ),
    "offer for a lot not bid for": (
        bid("spree", lambda b: b["offers"].update(cluster={"prices": {"setup": 9000}})),
        "bids/spree.yaml: offers.cluster: an offer for lot cluster, which the bid does not name under lots "
        "(its lots: test, migration)",
    ),
    "offer for an unknown lot": (
        bid("spree", lambda b: b["offers"].update(hosting={"prices": {"setup": 9000}})),
        'bids/spree.yaml: offers.hosting: an offer for unknown lot "hosting" (the tender\'s lots: cluster, test, '
        "migration)",
    ),
    "combination naming a lot twice": (
        bid("hanse", combination(lots=["cluster", "test", "cluster"])),
        "bids/hanse.yaml: combinations[0].lots[2]: the combination names lot cluster twice "
        "(first at combinations[0].lots[0])",
    ),
    "combination naming a lot not bid on": (
        bid("spree", lambda b: b.update(combinations=[{"id": "beide", "lots": ["test", "cluster"], "discount": 0.1}])),
        'bids/spree.yaml: combinations[0].lots[1]: the combination names lot "cluster", for which the bid does not '
        "bid (its lots: test, migration)",
    ),
    "combination of one lot": (
        bid("hanse", combination(lots=["cluster"])),
        "bids/hanse.yaml: combinations[0].lots: a combination covers at least two of the bid's lots",
    ),
    "combination with price and discount": (
        bid("hanse", combination(price=100_000)),
        "bids/hanse.yaml: combinations[0]: a combination states a price or a discount, not both",
    ),
    "combination with neither price nor discount": (
        bid("hanse", lambda b: b["combinations"][0].pop("discount")),
        "bids/hanse.yaml: combinations[0]: a combination states its combined price or its discount on the lot "
        "prices: neither is given",
    ),
    "combination giving the lots away": (
        bid("hanse", combination(discount=1)),
        "bids/hanse.yaml: combinations[0].discount: a discount of 100 % gives the lots away: expected below 1",
    ),
    "combination at price 0": (
        bid("hanse", lambda b: b["combinations"][0].update(price=0) or b["combinations"][0].pop("discount")),
        "bids/hanse.yaml: combinations[0].price: expected a combined price greater than 0, found 0",
    ),
    "combinations the tender does not admit": (
        tender(lambda t: t.pop("combinations")),
        "bids/hanse.yaml: combinations: the tender does not admit combination bids (tender.yaml has no "
        "combinations: block)",
    ),
    "limit of 0 lots": (
        tender(lambda t: t["lots_limit"].update(max_per_bidder=0)),
        "tender.yaml: lots_limit.max_per_bidder: expected a whole number of lots ≥ 1, found 0",
    ),
    "by-value without values": (
        tender(lambda t: t["lots"][1].pop("value")),
        "tender.yaml: lots.test.value: order by-value needs every lot's estimated value",
    ),
    "total score over lots of different methods": (
        tender(lambda t: t.update(combinations={"compare": "score"}) or ufab_migration(t)),
        "tender.yaml: combinations.compare: total score adds the lots' scores, which needs one method in every lot; "
        "found ufab-simple, weighted-sum",
    ),
    "a lot method that cannot have the shared price criterion": (
        tender(lot(1, method={"name": "value-for-money"})),
        "tender.yaml: lots.test.criteria: value-for-money deducts the quality's value from the price: remove the "
        "price criterion preis",
    ),
    "duplicate lot ids": (
        tender(lot(2, id="test")),
        'tender.yaml: lots[2].id: lot id "test" used twice (first at lots[1])',
    ),
    "a lot without prices": (
        tender(lambda t: t["lots"][1].pop("prices")),
        "tender.yaml: lots.test.prices: a lot needs a price sheet: its own prices or the shared ones",
    ),
    "a limit without lots": (
        tender(lambda t: t.pop("lots")),
        "tender.yaml: lots_limit: applies to a tender divided into lots: tender.yaml has no lots",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_lotted_input_is_refused_by_place(tmp_path: Path, case: str) -> None:
    (path, change), expected = CASES[case]
    root = workspace(tmp_path, path, change)
    result = refused(root, "validate", root, expect=expected)
    if case != "a limit without lots":  # one line, no follow-on lines (for the bids and scores of a broken lot)
        assert result.output.strip() == expected


def test_lots_of_different_methods_are_weighed_on_price(tmp_path: Path) -> None:
    root = workspace(tmp_path, "tender.yaml", ufab_migration)
    ok("validate", root)  # exit 0


def test_nothing_is_written_for_a_report(tmp_path: Path) -> None:
    root = workspace(tmp_path, "tender.yaml", lot(2, id="test"))
    out = tmp_path / "out"
    refused(root, "report", root, "--format", "html", "--out", out, expect="lots[2].id")
    assert not out.exists()


def test_a_lot_naming_another_method_leaves_the_shared_price_formula(tmp_path: Path) -> None:
    # the shared method states price_formula: proportional; lot test names ufab-simple, to which no price formula
    # applies: the shared one is not carried over, only the real problem (the shared price criterion) is named
    root = workspace(tmp_path, "tender.yaml", lot(1, method={"name": "ufab-simple"}))
    result = refused(root, "validate", root, expect="tender.yaml: lots.test.criteria: ufab-simple relates")
    assert "price_formula" not in result.output


def rewrite_scores(root: Path, change: Callable[[list[str]], list[str]]) -> None:
    """Change the lines of mueller's score file (lot,bidder,criterion,score,justification)."""
    path = root / "scores" / "mueller.csv"
    path.write_text("\n".join(change(path.read_text(encoding="utf-8").splitlines())) + "\n", encoding="utf-8")


def test_scores_name_their_lot(tmp_path: Path) -> None:
    root = workspace(tmp_path, "tender.yaml", lambda t: None)

    def change(lines: list[str]) -> list[str]:
        lines[1] = lines[1].replace("cluster,hanse,kompetenz", "migration,hanse,kompetenz")  # not judged in migration
        lines[2] = lines[2].replace("cluster,hanse", "cluster,spree")  # spree does not bid for cluster
        lines[3] = lines[3].replace("cluster,hanse", "hosting,hanse")  # no such lot
        return lines

    rewrite_scores(root, change)
    result = refused(root, "validate", root, expect="scores/mueller.csv: line 2: score for unknown criterion")
    assert sorted(result.output.splitlines()) == [
        'scores/mueller.csv: line 2: score for unknown criterion "kompetenz": expected one of the judged criteria '
        "erfahrung, migrationskonzept of lot migration",
        "scores/mueller.csv: line 3: score for bidder spree in lot cluster, for which it did not bid "
        "(its lots: test, migration)",
        'scores/mueller.csv: line 4: score for unknown lot "hosting": expected one of the lots cluster, test, '
        "migration",
    ]


def test_an_unscored_pair_names_its_lot(tmp_path: Path) -> None:
    root = workspace(tmp_path, "tender.yaml", lambda t: None)
    for name in ("mueller", "schmidt"):
        path = root / "scores" / f"{name}.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(x for x in lines if not x.startswith("migration,hanse,erfahrung,")) + "\n")
    refused(
        root,
        "evaluate",
        root,
        expect="scores/: lot migration, bidder hanse, criterion erfahrung: nobody scored criterion erfahrung for "
        "bidder hanse: the evaluation is incomplete",
    )
