"""The streamed JSON writer: the same text as json.dumps(indent=2), piece by piece; NaN and Infinity refused."""

from __future__ import annotations

import io
import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tender.errors import Finding
from tender.jsonstream import NonFiniteNumber, dumps, write_json
from tender.scoring import evaluate
from tender.workspace import load_workspace


def stdlib(data: Any) -> str:
    """What print_json used to print, without the final newline."""
    return json.dumps(data, indent=2, ensure_ascii=False)


def test_the_result_streams_to_exactly_its_dict(example: Path) -> None:
    data = evaluate(load_workspace(example)).to_dict()
    out = io.BytesIO()
    write_json(data, out)
    text = out.getvalue().decode("utf-8")
    assert text.endswith("}\n")
    assert json.loads(text) == data
    assert json.loads(text) == json.loads(stdlib(data))


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        None,
        "text",
        3,
        {"a": [], "b": {}, "c": [1, {"x": None}], "d": 'ä"\n\u2028/'},
        {"big": [{"i": i, "half": i + 0.5, "none": None, "list": [i] * 3} for i in range(700)]},
        [[i, str(i)] for i in range(65)],
        {"keys": {3: "three", 2.5: "x", True: "yes", None: "no"}},
        {"long": 2**70, "many": [2**70] * 100},
        {"tuple": tuple(range(100))},
        {"looks like a pickled NaN": "G\x7f😀", "none": None},
    ],
)
def test_the_text_is_what_json_dumps_prints(data: Any) -> None:
    assert dumps(data) == stdlib(data)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
        lambda children: st.lists(children, max_size=80) | st.dictionaries(st.text(), children, max_size=8),
        max_leaves=300,
    )
)
def test_any_data_gives_the_text_json_dumps_gives(data: Any) -> None:
    assert dumps(data) == stdlib(data)


@given(
    st.recursive(
        st.floats(allow_nan=False, allow_infinity=False) | st.none(),
        lambda children: st.lists(children, max_size=80) | st.dictionaries(st.text(), children, max_size=8),
        max_leaves=300,
    )
)
def test_floats_may_be_spelt_differently_but_are_the_same_numbers(data: Any) -> None:
    assert json.loads(dumps(data)) == json.loads(stdlib(data))


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (math.nan, "the top level"),
        ({"score": math.inf}, "score"),
        ({"bids": [{"criteria": {"k1": {"points": -math.inf}}}]}, "bids[0].criteria.k1.points"),
        ({"judgements": [{"spread": None}] * 300 + [{"spread": math.nan}]}, "judgements[300].spread"),
        ({"numpy": np.float64("nan")}, "numpy"),
    ],
)
def test_a_number_that_is_not_finite_is_refused(data: Any, where: str) -> None:
    with pytest.raises(NonFiniteNumber) as caught:
        dumps(data)
    assert caught.value.where == where
    assert "JSON cannot represent" in str(caught.value)


def test_float_subclasses_are_numbers_and_unknown_objects_are_refused_as_by_json() -> None:
    assert json.loads(dumps({"x": np.float64(1.5)})) == {"x": 1.5}
    for unknown in (object(), date(2026, 1, 2), Finding("code", "file", "place", "message")):
        with pytest.raises(TypeError, match="not JSON serializable"):
            dumps({"x": [unknown]})


def test_a_text_stream_gets_the_same_text() -> None:
    data = {"rows": [{"n": i, "name": "Müller"} for i in range(300)]}
    text, raw = io.StringIO(), io.BytesIO()
    write_json(data, text)
    write_json(data, raw)
    assert text.getvalue() == raw.getvalue().decode("utf-8") == stdlib(data) + "\n"


def test_checked_keys_are_not_searched_and_the_others_still_are() -> None:
    data = {"bids": [{"price": math.inf}], "rest": [{"x": 1.0}]}
    out = io.BytesIO()
    write_json(data, out, checked=("bids",))  # the caller vouched for bids: written as orjson writes it
    assert json.loads(out.getvalue()) == {"bids": [{"price": None}], "rest": [{"x": 1.0}]}
    with pytest.raises(NonFiniteNumber) as caught:
        write_json({"bids": [{"price": 1.0}], "rest": [{"x": math.nan}]}, io.BytesIO(), checked=("bids",))
    assert caught.value.where == "rest[0].x"


def test_an_evaluation_knows_whether_its_bulk_is_finite(example: Path) -> None:
    import dataclasses

    ev = evaluate(load_workspace(example))
    assert ev.bulk_finite()
    first = dataclasses.replace(ev.bids[0], price=math.inf)
    assert not dataclasses.replace(ev, bids=(first, *ev.bids[1:])).bulk_finite()
    judgement = ev.judgements[0]._replace(spread=math.nan)
    assert not dataclasses.replace(ev, judgements=(judgement, *ev.judgements[1:])).bulk_finite()


def test_long_lists_at_any_depth_read_as_json_dumps_writes_them() -> None:
    data = {"rows": [{"n": 2**70, "m": [1, 2]}] * 300, "plain": [{"x": "a\nb"}] * 300, "small": [[1]] * 3}
    assert dumps(data) == stdlib(data)
    assert dumps([{"deep": list(range(100))}] * 100) == stdlib([{"deep": list(range(100))}] * 100)
