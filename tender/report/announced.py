"""The announced rules of the method in words: the announced prices, quality relative to the best, rounding, tie-break.

Each report's method section adds these to the method's own formulas and parameters; the words are
the catalogue's, the formulas rendered from the formula table (tender.scoring.formulas).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tender.model import Method, MethodName, PriceFormula, Quality
from tender.report.fmt import Formatter
from tender.report.messages import Messages


@dataclass(frozen=True)
class Announced:
    """What the method section adds: formulas, sentences for the symbols, and (label, value) parameters."""

    formulas: list[str] = field(default_factory=list)
    symbols: list[str] = field(default_factory=list)
    parameters: list[tuple[str, str]] = field(default_factory=list)


def announced_rules(m: Method, msg: Messages, fmt: Formatter) -> Announced:
    """The method's announced prices, quality normalisation, rounding and tie-break, as the reports show them."""
    out = Announced()
    if m.name is MethodName.WEIGHTED_SUM and m.price_formula is PriceFormula.FIXED_RANGE:
        best, worst = fmt.money(m.best_price), fmt.money(m.worst_price)
        out.symbols.append(msg("symbols.fixed-range", best=best, worst=worst))
        out.parameters.extend([(msg("param.best_price"), best), (msg("param.worst_price"), worst)])
    if m.name is MethodName.WEIGHTED_SUM and m.price_formula is PriceFormula.REFERENCE:
        reference = fmt.money(m.reference_price)
        out.symbols.append(msg("symbols.reference", reference=reference))
        out.parameters.append((msg("param.reference_price"), reference))
    if m.quality is not Quality.ABSOLUTE:
        out.formulas.append(msg(f"formula.{m.quality}"))
        out.symbols.append(msg(f"symbols.{m.quality}"))
        out.parameters.append((msg("param.quality"), msg(f"param.quality.{m.quality}")))
    if m.rounding is not None:
        rounding = msg(f"param.rounding.{m.rounding.applies_to}", decimals=m.rounding.decimals)
        out.parameters.append((msg("param.rounding"), rounding))
    if m.tie_break:
        out.parameters.append((msg("param.tie_break"), " → ".join(msg(f"tie.{rule}") for rule in m.tie_break)))
    return out
