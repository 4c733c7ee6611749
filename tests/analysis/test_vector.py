"""The numpy scorer reproduces evaluate() to 1e-9: the bundled example under every formula, and the oracles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tender.analysis.frame import Frame
from tender.analysis.smaa import draw_local, leaf_weights
from tender.analysis.vector import arrays, method_scores_many, ranking_keys
from tender.model import PriceFormula
from tender.result import Evaluation
from tender.scoring.price import price_normalized
from tests.analysis.oracles import FORMULAS, evaluated, flipping, negometrix, set_method, two_bids, ufab_five


def assert_reproduces(ev: Evaluation, frame: Frame) -> None:
    """Scores, performance and the rank order at the announced weights equal the engine's."""
    a = arrays(frame)
    weights = np.array([[ev.weights[leaf.id] for leaf in frame.leaves]])
    scores, performance = method_scores_many(frame, a, weights)
    for i, b in enumerate(frame.bidders):
        assert scores[0, i] == pytest.approx(ev.bid(b).score, abs=1e-9)
        assert performance[0, i] == pytest.approx(ev.bid(b).performance, abs=1e-9)
    keys = ranking_keys(frame, scores, performance)[0]
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
    from tender.analysis.vector import price_values

    set_method(example, price_formula="two-sided")
    _, frame = evaluated(example)
    a = arrays(frame)
    cheapest, dearest = int(np.argmin(a.prices)), int(np.argmax(a.prices))
    excluded = np.zeros((3, len(frame.bidders)), dtype=bool)
    excluded[1, cheapest] = True
    excluded[2, dearest] = True
    table = price_values(frame, a, excluded)
    assert np.allclose(table[0], a.price_values)
    rest = np.delete(a.prices, cheapest)
    for i, p in enumerate(a.prices):
        expected = price_normalized(PriceFormula.TWO_SIDED, float(p), float(rest.min()), float(rest.max()), None)
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
    from tender.analysis.vector import linear_keys

    root = ufab_five(tmp_path) if method.get("name") == "ufab-simple" else set_method(flipping(tmp_path), **method)
    _, frame = evaluated(root)
    a = arrays(frame)
    linear = linear_keys(frame, a)
    assert linear is not None
    weights = leaf_weights(frame, draw_local(np.random.default_rng(4), frame, 200, None))
    scores, _ = method_scores_many(frame, a, weights)
    assert np.allclose(100 * (weights @ linear.T), scores, rtol=1e-12, atol=0)
