"""The evaluated price of a bid: its price lines over the term (the price formulas are in scoring/formulas.py)."""

from __future__ import annotations

from tender.model import Bid, Tender
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
