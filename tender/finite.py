"""Whether every float in some data is finite, fast: for JSON writers that cannot refuse NaN themselves (orjson)."""

from __future__ import annotations

import pickle
import re
from typing import Any

NON_FINITE = re.compile(rb"G[\x7f\xff][\xf0-\xff]")  # a pickled float whose exponent bits are all set


def all_finite(data: Any) -> bool:
    """Whether every float in data (Python floats; orjson refuses float subclasses by itself) is finite.

    Pickle writes every float as the opcode G and its 8 bytes, big-endian; a NaN or an infinity has all
    exponent bits set, so it shows as G, then 7f or ff, then a byte from f0. Searching the pickle for that
    runs in C, faster than walking the data in Python; a chance match in other bytes only costs the caller
    its slow, exact path.
    """
    return NON_FINITE.search(pickle.dumps(data, protocol=5)) is None
