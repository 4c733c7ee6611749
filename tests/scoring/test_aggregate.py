"""judge() with numpy: the same judgements as the pandas groupby it replaced, bit for bit."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from tender.model import Aggregation, Score
from tender.scoring.aggregate import judge

BIDDERS = ["a", "b", "c"]
CRITERIA = ["k1", "k2"]

marks = st.lists(
    st.tuples(
        st.sampled_from(["e1", "e2", "e3", "e4"]),
        st.sampled_from([*BIDDERS, "unknown"]),
        st.sampled_from([*CRITERIA, "other"]),
        st.one_of(st.integers(0, 5).map(float), st.floats(0, 5), st.sampled_from([0.1, 0.2, 0.7, 2.5])),
    ),
    max_size=40,
    unique_by=lambda m: m[:3],
)


def reference(scores: list[Score], aggregation: Aggregation) -> dict[tuple[str, str], tuple[float, float]]:
    """Aggregate and spread per pair as the pandas code before computed them."""
    individual = [s for s in scores if not s.consensus]
    table = pd.DataFrame([(s.bidder, s.criterion, s.score) for s in individual], columns=["b", "c", "s"])
    stats = table.groupby(["b", "c"])["s"].agg(["mean", "median", "min", "max"])
    column = "median" if aggregation is Aggregation.MEDIAN else "mean"
    return {key: (float(row[column]), float(row["max"] - row["min"])) for key, row in stats.iterrows()}


@settings(max_examples=150, deadline=None)
@given(marks, st.sets(st.tuples(st.sampled_from(BIDDERS), st.sampled_from(CRITERIA))), st.sampled_from(Aggregation))
def test_judgements_equal_the_pandas_aggregation(
    rows: list[tuple[str, str, str, float]], agreed: set[tuple[str, str]], aggregation: Aggregation
) -> None:
    scores = [Score(e, b, c, v, "why", f"{e}.csv", f"line {i + 2}") for i, (e, b, c, v) in enumerate(rows)]  # type: ignore[arg-type]
    scores += [Score("consensus", b, c, 3.0, "agreed", "consensus.csv", "line 2", True) for b, c in sorted(agreed)]  # type: ignore[arg-type]
    out = judge(scores, BIDDERS, CRITERIA, aggregation, 2.0)
    expected = reference(scores, aggregation) if any(not s.consensus for s in scores) else {}
    evaluators = sorted({s.evaluator for s in scores if not s.consensus})
    assert list(out) == [(b, c) for b in BIDDERS for c in CRITERIA]
    for (b, c), j in out.items():
        mine = [s for s in scores if (s.bidder, s.criterion) == (b, c) and not s.consensus]
        assert j.scores == tuple(sorted(mine, key=lambda s: s.evaluator))
        if (b, c) in expected:
            assert (j.aggregate, j.spread) == expected[(b, c)]  # exactly, not approximately
            assert j.flagged == (j.spread >= 2.0)
            assert j.abstained == tuple(e for e in evaluators if e not in {s.evaluator for s in mine})
        else:
            assert (j.aggregate, j.spread, j.flagged, j.abstained) == (None, None, False, ())
        assert (j.consensus is not None) == ((b, c) in agreed)
        assert j.value == (3.0 if (b, c) in agreed else j.aggregate)
