"""The kernel scoring many weight rows reproduces evaluate() to 1e-9: the bundled example under every formula, and
the oracles (the analyses score through it)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tender.analysis.frame import Frame
from tender.analysis.smaa import draw_local, leaf_weights
from tender.model import Method, MethodName, PriceFormula
from tender.result import Evaluation
from tender.scoring.kernel import linear_matrix, parts_rows, price_values, score_rows, sort_keys
from tests.analysis.oracles import FORMULAS, evaluated, flipping, negometrix, set_method, two_bids, ufab_five


def assert_reproduces(ev: Evaluation, frame: Frame) -> None:
    """Scores, performance and the rank order at the announced weights equal the engine's."""
    a = frame.field
    weights = np.array([[ev.weights[leaf.id] for leaf in frame.leaves]])
    scores, performance = score_rows(a, weights)
    for i, b in enumerate(frame.bidders):
        assert scores[0, i] == pytest.approx(ev.bid(b).score, abs=1e-9)
        assert performance[0, i] == pytest.approx(ev.bid(b).performance, abs=1e-9)
    keys = sort_keys(a.method, scores, performance, a.prices)[0]
    order = [frame.bidders[i] for i in np.argsort(-keys, kind="stable")]
    assert order == [b.bidder for b in ev.ranked]


@pytest.mark.parametrize("method", FORMULAS, ids=[m["price_formula"] for m in FORMULAS])
def test_example_every_formula(example: Path, method: dict) -> None:
    assert_reproduces(*evaluated(set_method(example, **method)))


def test_oracle_fixtures(tmp_path: Path) -> None:
    for root in (two_bids(tmp_path), negometrix(tmp_path), flipping(tmp_path), ufab_five(tmp_path)):
        assert_reproduces(*evaluated(root))


@pytest.mark.parametrize("decide_by", ["performance", "price"])
def test_ufab_extended_band_order(tmp_path: Path, decide_by: str) -> None:
    root = set_method(ufab_five(tmp_path), name="ufab-extended", band=0.1, decide_by=decide_by)
    ev, frame = evaluated(root)
    assert ev.winner == ("a" if decide_by == "performance" else "e")
    assert_reproduces(ev, frame)


def test_price_basis_per_sample_follows_the_bids_still_in(example: Path) -> None:
    set_method(example, price_formula="two-sided")
    ev, frame = evaluated(example)
    a = frame.field
    assert a.price_column is not None
    cheapest, dearest = int(np.argmin(a.prices)), int(np.argmax(a.prices))
    excluded = np.zeros((3, len(frame.bidders)), dtype=bool)
    excluded[1, cheapest] = True
    excluded[2, dearest] = True
    weights = np.repeat(np.array([[ev.weights[leaf.id] for leaf in frame.leaves]]), 3, axis=0)
    _, points = parts_rows(a, weights, excluded=excluded)
    table = points / (100 * weights[:, [a.price_column]])
    assert np.allclose(table[0], [ev.bid(b).criteria["preis"].normalized for b in frame.bidders])
    rest = np.delete(a.prices, cheapest)
    two_sided = Method(MethodName.WEIGHTED_SUM, PriceFormula.TWO_SIDED)
    for i, p in enumerate(a.prices):
        expected = float(price_values(two_sided, np.array(float(p)), float(rest.min()), float(rest.max())))
        assert table[1, i] == pytest.approx(expected, abs=1e-12)
    assert table[2, cheapest] == 1.0 and table[2, dearest] == 0.0  # clipped: above the new P_max


def test_sampled_weights_sum_to_one_per_level(example: Path) -> None:
    _, frame = evaluated(example)
    local = draw_local(np.random.default_rng(3), frame, 1000, None)
    leaves = leaf_weights(frame, local)
    assert np.allclose(leaves.sum(axis=1), 1.0)
    index = {node: i for i, node in enumerate(frame.nodes)}
    for group in frame.groups:
        assert np.allclose(local[:, [index[c] for c in group.children]].sum(axis=1), 1.0)
    varied = draw_local(np.random.default_rng(3), frame, 1000, 0.2)
    # ±20 % around 30/40/30, then rescaled: architektur lies between 32/(32+36+36) and 48/(48+24+24)
    architecture = varied[:, index["architektur"]]
    assert architecture.min() >= 0.32 / (0.32 + 0.36 + 0.36)
    assert architecture.max() <= 0.48 / (0.48 + 0.24 + 0.24)
    assert architecture.max() - architecture.min() > 0.1


@pytest.mark.parametrize("method", [{"price_formula": "two-sided"}, {"name": "ufab-simple"}])
def test_linear_keys_are_proportional_to_the_scores(tmp_path: Path, method: dict) -> None:
    root = ufab_five(tmp_path) if method.get("name") == "ufab-simple" else set_method(flipping(tmp_path), **method)
    _, frame = evaluated(root)
    a = frame.field
    linear = linear_matrix(a)
    assert linear is not None
    weights = leaf_weights(frame, draw_local(np.random.default_rng(4), frame, 200, None))
    scores, _ = score_rows(a, weights)
    assert np.allclose(100 * (weights @ linear.T), scores, rtol=1e-12, atol=0)
