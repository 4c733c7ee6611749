"""canonical_json, the basis of every fingerprint: exactly json.dumps' text, whichever encoder made it."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tender.result import canonical_json


def reference(data: object) -> str:
    """The text fingerprints were always taken of."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(values)
def test_the_same_text_as_json_dumps(data: object) -> None:
    assert canonical_json(data) == reference(data)


@pytest.mark.parametrize(
    "data",
    [
        {"tiny": 1e-05, "tinier": 2.5e-07, "b": -0.0},  # orjson spells these 0.00001 and 2.5e-7
        {"big": 2**70, "x": 1.5},  # beyond orjson's integers
        {"text": "0.00001 e-5 \u2028 \x00 ä"},
        {"z": [1, {"y": None, "a": 1e16}]},
    ],
)
def test_what_orjson_would_spell_otherwise(data: object) -> None:
    assert canonical_json(data) == reference(data)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_number_json_cannot_hold_is_refused(bad: float) -> None:
    with pytest.raises(ValueError):
        canonical_json({"bids": [{"price": 1.0}, {"price": bad}], "note": None})
