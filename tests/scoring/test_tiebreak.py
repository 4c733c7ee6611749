"""The tie-break splits ties only, in the announced order; the rounding is half-up on the decimal number."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tender.model import TieBreak
from tender.scoring.rounding import half_up
from tender.scoring.tiebreak import break_ties


def test_rules_apply_in_order_and_each_records_what_it_decided() -> None:
    ranks = {"a": 1, "b": 1, "c": 1, "d": 4}
    prices = {"a": 100.0, "b": 90.0, "c": 90.0, "d": 50.0}
    performance = {"a": 50.0, "b": 40.0, "c": 45.0, "d": 10.0}
    broken = break_ties(ranks, (TieBreak.LOWEST_PRICE, TieBreak.HIGHEST_PERFORMANCE), prices, performance)
    assert broken.ranks == {"c": 1, "b": 2, "a": 3, "d": 4}
    assert broken.decided_by == {"a": "lowest-price", "b": "highest-performance", "c": "highest-performance", "d": None}
    assert not any(broken.tied.values())


def test_a_tie_the_rules_cannot_split_stays_a_tie_until_lots_are_drawn() -> None:
    ranks, same = {"a": 1, "b": 1}, {"a": 100.0, "b": 100.0}
    rules = (TieBreak.LOWEST_PRICE, TieBreak.LOT)
    undrawn = break_ties(ranks, rules, same, same)
    assert undrawn.ranks == {"a": 1, "b": 1} and undrawn.tied == {"a": True, "b": True}
    drawn = break_ties(ranks, rules, same, same, draws=[("b", "a")])
    assert drawn.ranks == {"b": 1, "a": 2} and drawn.decided_by == {"a": "lot", "b": "lot"}
    other_group = break_ties(ranks, rules, same, same, draws=[("b", "a", "c")])  # drawn for another tie: not this one
    assert other_group.tied == {"a": True, "b": True}


@given(
    st.lists(
        st.tuples(st.integers(1, 4), st.integers(1, 3), st.integers(0, 3)), min_size=1, max_size=9, unique_by=None
    ),
    st.permutations(list(TieBreak)),
)
def test_the_tie_break_never_changes_a_non_tied_order(rows: list[tuple[int, int, int]], rules: list[TieBreak]) -> None:
    """Scores (small integers, so that ties are common) ranked 1, 1, 3; bids with different scores keep their order."""
    bidders = [f"b{i}" for i in range(len(rows))]
    scores = {b: float(r[0]) for b, r in zip(bidders, rows, strict=True)}
    ranks = {b: 1 + sum(1 for o in bidders if scores[o] > scores[b]) for b in bidders}
    prices = {b: float(r[1]) for b, r in zip(bidders, rows, strict=True)}
    performance = {b: float(r[2]) for b, r in zip(bidders, rows, strict=True)}
    undrawn = break_ties(ranks, rules, prices, performance)  # what `tender draw` draws for: the ties left
    left = {r for b, r in undrawn.ranks.items() if undrawn.tied[b]}
    draws = [tuple(sorted(b for b in bidders if undrawn.ranks[b] == rank)) for rank in left]
    broken = break_ties(ranks, rules, prices, performance, draws)
    for a in bidders:
        for b in bidders:
            if ranks[a] < ranks[b]:
                assert broken.ranks[a] < broken.ranks[b]
            if ranks[a] == ranks[b] and a != b and TieBreak.LOT in rules:
                assert broken.ranks[a] != broken.ranks[b]  # lots are drawn for every tie: nothing stays level


@given(st.decimals(min_value=-10_000, max_value=10_000, places=6, allow_nan=False), st.integers(0, 5))
def test_rounding_is_half_up_on_the_decimal_number(value: Decimal, decimals: int) -> None:
    x = float(value)
    expected = float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP))
    assert float(half_up(x, decimals)) == expected


def test_rounding_examples() -> None:
    assert half_up(np.array([2.675, 1.005, 0.125, -2.675, 2.5]), 2).tolist() == [2.68, 1.01, 0.13, -2.68, 2.5]
    assert half_up(np.array([0.5, 1.5, 2.5]), 0).tolist() == [1.0, 2.0, 3.0]  # round() would give 0, 2, 2
