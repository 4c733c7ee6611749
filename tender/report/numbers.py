"""Pure number formatting for display: half-up rounding, never Python's banker's round()."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal


def half_up(value: float, places: int = 2) -> Decimal:
    """Round for display, half away from zero (kaufmännisch), from the float's shortest repr.

    The precision grows with the number, so that 1e26 rounded to cents is exact instead of an error.
    """
    exact = Decimal(repr(value))
    if not exact.is_finite():
        return exact
    digits = max(exact.adjusted(), 0) + places + 2
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=Context(prec=max(28, digits)))


def plain(value: float | None, places: int = 2, missing: str = "–") -> str:
    """A number with thousands separators and fixed decimals, English style (terminal)."""
    if value is None:
        return missing
    return f"{half_up(value, places):,.{places}f}"
