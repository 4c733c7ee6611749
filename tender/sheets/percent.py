"""Percent cells: a number Excel shows as a percent is read as the percent it shows, for `%` facts.

Typing `99,95 %` (or 99.95 into a cell formatted as percent) stores 0.9995 with a percent format;
the bidder sees 99.95 %, so tender reads 99.95. A percent cell showing more than 100 % for a fact
whose criterion counts at most 100 (best and worst ≤ 100) is refused as ambiguous: did the bidder
type 99.95 into a percent cell (9995 %) or mean it?
"""

from __future__ import annotations

from tender.errors import Collector
from tender.model import Tender

PERCENT_FORMAT = "0.00##%"  # the bid form's format for `%` facts: 99.95 % stays 99.95 %, 99.999 % shows all


def percent_facts(tender: Tender) -> dict[str, bool]:
    """The facts measured in `%`, each with whether its criterion counts at most 100."""
    out: dict[str, bool] = {}
    for leaf in tender.leaves():
        m = leaf.measure
        if m is not None and m.unit.strip() == "%":
            out[m.fact] = out.get(m.fact, True) and max(m.xs) <= 100
    for req in tender.requirements:
        bound = req.min if req.min is not None else req.max
        if req.fact is not None and bound is not None and req.unit.strip() == "%":
            out[req.fact] = out.get(req.fact, True) and bound <= 100
    return out


def shown_percent(value: object, fact: str, capped: bool, place: str, display: str, collector: Collector) -> object:
    """The percent a percent cell shows (stored 0.9995 → 99.95); past 100 % on a capped fact a finding."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return value
    shown = float(f"{float(value) * 100:.15g}")  # Excel's 15 significant digits: 0.9995 → 99.95, not 99.950…01
    if capped and shown > 100:
        collector.add("ambiguous-percent", display, place, fact=fact, shown=shown)
        return None
    return shown
