"""Awarding lots: the limit per bidder in both announced orders and combination bids, against hand-computed oracles."""

from __future__ import annotations

import pytest

from tender.scoring.award import Combination, Compare, LimitOrder, Standing, Step, allocate, award, disjoint_sets


def standing(lot: str, prices: dict[str, float], value: float | None = None) -> Standing:
    """A lot ranked on price alone (lowest first), as the EU example and the hand oracles below are."""
    ordered = sorted(prices, key=prices.__getitem__)
    ranks = tuple((b, 1 + sum(prices[o] < prices[b] for o in prices)) for b in ordered)
    return Standing(lot, ranks, prices, {b: -p for b, p in prices.items()}, value)


def ranked(lot: str, order: str, value: float) -> Standing:
    """A lot whose ranking is given as a string of bidders, best first (no ties)."""
    return Standing(lot, tuple((b, i + 1) for i, b in enumerate(order)), dict.fromkeys(order, 1.0), {}, value)


# Three lots listed L1, L2, L3 with estimated values 100, 300, 200; X is first everywhere.
LOTS = [ranked("L1", "XYZ", 100), ranked("L2", "XZY", 300), ranked("L3", "XYZ", 200)]


def winners(steps: tuple[Step, ...]) -> dict[str, str | None]:
    """Lot → bidder."""
    return {s.lot: s.bidder for s in steps}


def test_without_a_limit_every_lot_goes_to_its_first_ranked_bid() -> None:
    assert winners(allocate(LOTS, None)) == {"L1": "X", "L2": "X", "L3": "X"}


def test_limit_one_by_list() -> None:
    # L1 → X; L2: X holds L1 → Z (second); L3: X holds L1 → Y (second)
    steps = allocate(LOTS, 1, LimitOrder.BY_LIST)
    assert winners(steps) == {"L1": "X", "L2": "Z", "L3": "Y"}
    assert steps[1] == Step("L2", "Z", (("X", ("L1",)),))
    assert steps[2] == Step("L3", "Y", (("X", ("L1",)),))


def test_limit_one_by_value() -> None:
    # order L2 (300), L3 (200), L1 (100): L2 → X; L3: X passed → Y; L1: X and Y passed → Z
    steps = allocate(LOTS, 1, LimitOrder.BY_VALUE)
    assert winners(steps) == {"L1": "Z", "L2": "X", "L3": "Y"}
    assert steps[0] == Step("L1", "Z", (("X", ("L2",)), ("Y", ("L3",))))  # reported in the listed order


@pytest.mark.parametrize(
    ("order", "expected"),
    [(LimitOrder.BY_LIST, {"L1": "X", "L2": "X", "L3": "Y"}), (LimitOrder.BY_VALUE, {"L1": "Y", "L2": "X", "L3": "X"})],
)
def test_limit_two_in_both_orders(order: LimitOrder, expected: dict[str, str]) -> None:
    assert winners(allocate(LOTS, 2, order)) == expected


def test_equal_values_keep_the_listed_order() -> None:
    lots = [ranked("A", "XY", 50), ranked("B", "XY", 50)]
    assert winners(allocate(lots, 1, LimitOrder.BY_VALUE)) == {"A": "X", "B": "Y"}


def test_by_value_needs_every_value() -> None:
    with pytest.raises(ValueError, match="missing: B"):
        allocate([ranked("A", "XY", 50), Standing("B", (("X", 1),), {"X": 1.0}, {})], 1, LimitOrder.BY_VALUE)


def test_a_tie_at_the_top_is_not_awarded_here_unless_the_limit_removes_one() -> None:
    tied = Standing("L2", (("X", 1), ("Y", 1), ("Z", 3)), dict.fromkeys("XYZ", 1.0), {})
    assert allocate([tied], None) == (Step("L2", None, (), ("X", "Y")),)
    steps = allocate([ranked("L1", "XZ", 1), tied], 1)
    assert steps[1] == Step("L2", "Y", (("X", ("L1",)),))


def test_a_lot_with_every_bidder_at_the_limit_is_not_awarded() -> None:
    steps = allocate([ranked("L1", "X", 1), ranked("L2", "X", 1)], 1)
    assert steps == (Step("L1", "X"), Step("L2", None, (("X", ("L1",)),)))


# The EU's two-lot example: A bids 100k for lot 1 and 120k for lot 2, B 110k and 100k; B's combination for both 180k.
EU = [standing("1", {"A": 100_000, "B": 110_000}), standing("2", {"A": 120_000, "B": 100_000})]


def test_eu_example_the_combination_wins() -> None:
    out = award(EU, [Combination("B-both", "B", ("1", "2"), 180_000, 0.0)])
    singles, combined = out.alternatives
    assert singles.awards() == {"1": "A", "2": "B"} and singles.price == 200_000
    assert combined.awards() == {"1": "B", "2": "B"} and combined.price == 180_000
    assert out.result is combined


@pytest.mark.parametrize("price", [200_000, 205_000])
def test_a_combination_no_cheaper_than_the_single_awards_loses(price: float) -> None:
    out = award(EU, [Combination("B-both", "B", ("1", "2"), price, 0.0)])
    assert out.chosen == 0 and out.result.awards() == {"1": "A", "2": "B"}


def test_overlapping_combinations_are_weighed_one_at_a_time() -> None:
    # ranks by price: L1 A 100 < C 105 < B 110; L2 B 100 < C 115 < A 120; L3 C 80 < A 90 < B 95; singles 280
    lots = [
        standing("L1", {"A": 100, "B": 110, "C": 105}),
        standing("L2", {"A": 120, "B": 100, "C": 115}),
        standing("L3", {"A": 90, "B": 95, "C": 80}),
    ]
    combos = [
        Combination("b12", "B", ("L1", "L2"), 185, 0.0),  # + L3 C 80 = 265
        Combination("a23", "A", ("L2", "L3"), 190, 0.0),  # + L1 A 100 = 290
        Combination("c13", "C", ("L1", "L3"), 170, 0.0),  # + L2 B 100 = 270
    ]
    out = award(lots, combos)
    assert [a.price for a in out.alternatives] == [280, 265, 290, 270]
    assert out.result.awards() == {"L1": "B", "L2": "B", "L3": "C"}


def test_a_combination_beyond_the_limit_is_not_an_alternative() -> None:
    out = award(EU, [Combination("B-both", "B", ("1", "2"), 1.0, 0.0)], limit=1)
    assert len(out.alternatives) == 1 and out.result.awards() == {"1": "A", "2": "B"}


def test_on_score_the_highest_total_wins() -> None:
    lots = [
        Standing("1", (("A", 1), ("B", 2)), {"A": 1.0, "B": 1.0}, {"A": 80.0, "B": 70.0}),
        Standing("2", (("B", 1), ("A", 2)), {"A": 1.0, "B": 1.0}, {"A": 60.0, "B": 75.0}),
    ]
    assert award(lots, [Combination("k", "B", ("1", "2"), 0.0, 160.0)], compare=Compare.SCORE).chosen == 1  # > 155
    assert award(lots, [Combination("k", "B", ("1", "2"), 0.0, 155.0)], compare=Compare.SCORE).chosen == 0


def test_disjoint_sets_enumerate_every_packing_once() -> None:
    combos = [
        Combination("a", "A", ("1", "2"), 0, 0),
        Combination("b", "B", ("3",), 0, 0),
        Combination("c", "C", ("2", "3"), 0, 0),
    ]
    assert sorted(tuple(c.id for c in s) for s in disjoint_sets(combos, None)) == [
        (),
        ("a",),
        ("a", "b"),
        ("b",),
        ("c",),
    ]
