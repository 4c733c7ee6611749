"""The evaluated price of a bid and the price-to-points formulas (as normalised values 0–1)."""

from __future__ import annotations

from tender.model import Bid, PriceFormula, Tender
from tender.result import PriceLineResult


def price_lines(bid: Bid, tender: Tender) -> tuple[PriceLineResult, ...]:
    """Each line of the price sheet as the bid prices it: unit price × quantity × term factor."""
    out = []
    for line in tender.prices:
        unit = bid.prices.get(line.id)
        factor = line.factor(tender.term_months)
        total = unit * line.quantity * factor if unit is not None else None
        out.append(PriceLineResult(line.id, line.name, str(line.per), unit, line.quantity, factor, total))
    return tuple(out)


def evaluated_price(lines: tuple[PriceLineResult, ...]) -> float | None:
    """P: the sum of the line totals over the term; None when a line is not priced."""
    if any(line.total is None for line in lines):
        return None
    return sum(line.total for line in lines if line.total is not None)


def price_normalized(formula: PriceFormula, price: float, p_min: float, p_max: float, span: float | None) -> float:
    """The normalised price value n in [0, 1] under the announced formula."""
    if formula is PriceFormula.PROPORTIONAL:
        raw = p_min / price
    elif formula is PriceFormula.ONE_SIDED:
        raw = 2 - price / p_min
    elif formula is PriceFormula.TWO_SIDED:
        raw = 1.0 if p_max == p_min else (p_max - price) / (p_max - p_min)
    elif formula is PriceFormula.LINEAR_SPAN:
        assert span is not None, "linear-span needs a span (validated when reading tender.yaml)"
        raw = (p_min * (1 + span) - price) / (p_min * span)
    elif formula is PriceFormula.SQUARED:
        raw = (p_min / price) ** 2
    elif formula is PriceFormula.CUBIC:
        raw = (p_min / price) ** 3
    else:  # pragma: no cover - the Enum is exhausted above
        raise ValueError(formula)
    return min(1.0, max(0.0, raw))
