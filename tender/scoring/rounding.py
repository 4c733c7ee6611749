"""The announced rounding: half-up ("kaufmännisch", DIN 1333) to N decimals, decided on the decimal number.

A float such as 2.675 is stored as 2.67499999999999982…; rounded on that binary value it would give
2.67. The number the reader sees and the notice means is the decimal 2.675, which rounds to 2.68. So
the rounding is decided on the decimal number closest to the float (the one Python prints), as
Decimal(repr(x)).quantize(…, ROUND_HALF_UP) would, but for whole numpy arrays at once: x is at or above
the half between two neighbours on the N-decimal grid exactly when x ≥ the float nearest to that half
(k + 0.5) / 10^N, which IEEE division gives correctly rounded. Negative numbers round away from zero.
Where |x|·10^N ≥ 2^49 (far beyond any points figure) a half-step is only a few floats wide, and those
elements are rounded by Decimal one by one; from 2^53 on a float has no digits left below the N-th
place and stays as it is.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def half_up(x: np.ndarray | float, decimals: int) -> np.ndarray:
    """x rounded half-up to `decimals` places (0–10), as the nearest float to the rounded decimal; NaN stays NaN."""
    import numpy as np

    scale = 10.0**decimals
    size = np.abs(np.asarray(x, dtype=np.float64))
    k = np.floor(size * scale)
    half = (k + 0.5) / scale
    k = np.where(size >= half, k + 1, k)  # x·10^N rounded across a grid point still lands on the right side
    out = np.copysign(k / scale, x)
    scaled = size * scale
    out = np.where(scaled < 2.0**53, out, x)  # a float this large (or inf, NaN) has no digits left to round away
    wide = np.flatnonzero(np.ravel((scaled >= 2.0**49) & (scaled < 2.0**53)))  # a half-step a few floats wide
    if wide.size:
        out = np.array(out, dtype=np.float64)
        flat = out.reshape(-1)
        for i, value in zip(wide.tolist(), np.ravel(np.asarray(x, dtype=np.float64))[wide].tolist(), strict=True):
            flat[i] = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP))
    return np.asarray(out)
