"""Exact rankings of many samples at once: per row of keys, the bids from last to first.

SMAA ranks every bid in every one of 100,000 samples, so the sort is its main cost. Two ways here,
both giving the same exact result: rank_codes sorts float64 keys as int64 integers with the bid's
code in the low bits; linear_codes, for keys that are weighted sums, sorts 32-bit integers, twice as
fast, and re-ranks in float64 the few rows where two bids are too close for 32 bits to tell.
Work arrays are reused through a Scratch, so that a chunk of samples does not fault in fresh memory.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class Scratch:
    """Named work arrays reused from one chunk of samples to the next (one Scratch per thread).

    A fresh array of a few MB costs a page fault per 4 KB on first touch, which on a virtual machine
    takes about as long as the arithmetic on it.
    """

    def __init__(self) -> None:
        self._arrays: dict[str, np.ndarray] = {}

    def array(self, name: str, shape: tuple[int, ...], dtype: type) -> np.ndarray:
        """An uninitialised C-contiguous array of the shape, in memory this Scratch already holds if it can."""
        import numpy as np

        size = math.prod(shape)
        held = self._arrays.get(name)
        if held is None or held.size < size or held.dtype != np.dtype(dtype):
            held = self._arrays[name] = np.empty(size, dtype)
        return held[:size].reshape(shape)


def code_bits(n: int) -> int:
    """Low bits that hold a bid's code (n − 1 − its column) next to its sort key."""
    return max(1, (n - 1).bit_length())


def rank_codes(keys: np.ndarray) -> np.ndarray:
    """Per row, the bids in ascending key order, coded as n − 1 − column index (ties: lower index ranks higher).

    Overwrites keys (a float64 array the caller no longer needs).

    Sorting integers is much faster than argsort: each float is mapped to an order-preserving
    int64, its lowest bits are replaced by the code, and the rows are sorted. Keys closer than
    about 2^-45 of their size (for up to 128 bids) count as tied. Column p of the result holds
    the bid at rank n − p.
    """
    import numpy as np

    n = keys.shape[1]
    mask = np.int64((1 << code_bits(n)) - 1)
    ints = np.ascontiguousarray(keys, dtype=np.float64).view(np.int64)  # overwritten in place
    if keys.min() < 0:  # negative floats order backwards as integers: flip their magnitude bits
        ints ^= (ints >> 63) & np.int64(0x7FFFFFFFFFFFFFFF)
    ints &= ~mask
    ints |= np.arange(n - 1, -1, -1, dtype=np.int64)
    ints.sort(axis=1)
    ints &= mask
    return ints


def quantised(linear: np.ndarray) -> np.ndarray:
    """linear (bids × leaves) mapped affinely onto [0, 0.999 · 2^k], k = 31 − code_bits, in float32.

    For weight rows that sum to 1, weights @ quantised(linear).T are the keys weights @ linear.T
    shifted and stretched onto that range (a convex combination stays between the extremes), so
    truncated to integers they leave room for the codes in the low bits of an int32.
    """
    import numpy as np

    top = 2.0 ** (31 - code_bits(linear.shape[0])) * (1 - 2**-10)
    low, high = float(linear.min()), float(linear.max())
    stretch = top / (high - low) if high > low else 0.0
    return ((linear - low) * stretch).astype(np.float32)


def linear_codes(
    weights: np.ndarray, linear: np.ndarray, scaled: np.ndarray, scratch: Scratch | None = None
) -> np.ndarray:
    """rank_codes(weights @ linear.T) for float32 weight rows summing to 1, sorting 32-bit keys.

    The keys are computed in float32 on scaled = quantised(linear) and truncated to int32, which
    multiplies and sorts about twice as fast as float64 and int64. Rounding (float32 products and
    sums over L leaves, and scaled itself) moves a key by at most (L + 3) · 2^-24 of the top of the
    range: `near` steps cover twice that. Two bids whose integer keys are further apart are in the
    right order; every row in which two neighbours are that near (ties, near-ties) is ranked again
    by rank_codes on its float64 keys, so the result is the exact ranking of every row. The result
    lives in the scratch (until its next use).
    """
    import numpy as np

    scratch = scratch or Scratch()
    m, (n, leaves) = weights.shape[0], linear.shape
    bits = code_bits(n)
    near = int(2 * (leaves + 3) * 2.0**-24 * 2.0 ** (31 - bits)) + 2
    keys = np.matmul(weights, scaled.T, out=scratch.array("keys", (m, n), np.float32))
    ints = scratch.array("ints", (m, n), np.int32)
    np.copyto(ints, keys, casting="unsafe")  # truncates toward zero
    ints <<= bits
    ints |= np.arange(n - 1, -1, -1, dtype=np.int32)
    ints.sort(axis=1)
    flat = ints.ravel()  # neighbours across a row boundary are no pair: dropped below
    gaps = np.subtract(flat[1:], flat[:-1], out=scratch.array("gaps", (flat.size - 1,), np.int32))
    hits = np.flatnonzero(np.less(gaps, near << bits, out=scratch.array("near", gaps.shape, np.bool_)))
    ints &= np.int32((1 << bits) - 1)
    rows = hits[hits % n != n - 1] // n  # ascending, with repeats
    if rows.size:
        close = rows[np.concatenate(([True], rows[1:] != rows[:-1]))]
        ints[close] = rank_codes(weights[close].astype(np.float64) @ linear.T)
    return ints


def rank_counts(codes: np.ndarray, present: np.ndarray | None, scratch: Scratch | None = None) -> np.ndarray:
    """counts[bid, rank − 1]: in how many rows of codes each bid holds each rank (rows weighted by present).

    Overwrites codes.
    """
    import numpy as np

    scratch = scratch or Scratch()
    m, n = codes.shape
    bits = code_bits(n)
    codes |= np.arange(n, dtype=codes.dtype) << bits  # one cell per (position, code)
    cells = scratch.array("cells", (m, n), np.intp)  # what bincount counts without a copy of its own
    np.copyto(cells, codes)
    table = np.bincount(cells.ravel(), weights=present, minlength=n << bits).reshape(n, 1 << bits)[:, :n]
    return table[::-1, ::-1].T.astype(float)
