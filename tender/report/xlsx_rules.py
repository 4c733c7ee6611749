"""The announced rules in the workbook's formulas: quality relative to the best, and the announced rounding.

The formulas are rendered from the formula table (tender.scoring.formulas) like every other; the
rounding uses Excel's ROUND, which rounds half away from zero on the decimal number shown, as the
evaluation does (tender.scoring.rounding).
"""

from __future__ import annotations

from tender.model import Method, MethodName, Quality, RoundTo
from tender.result import Evaluation
from tender.scoring.expr import Expr, excel, number
from tender.scoring.formulas import quality_value


def normalised(ev: Evaluation, leaf: str, expression: Expr, refs: dict[str, str]) -> str:
    """A quality leaf's normalised value as a formula body: n, or n / n_best with the evaluation's n_best."""
    quality = ev.tender.method.quality
    if quality is Quality.ABSOLUTE or leaf not in ev.quality_best:
        return excel(expression, refs)
    return excel(quality_value(expression, quality), {**refs, "n_best": number(ev.quality_best[leaf])})


def rounds_points(method: Method) -> bool:
    """Whether the announced rounding applies to every criterion's points."""
    return method.rounding is not None and method.rounding.applies_to is RoundTo.CRITERION


def points(method: Method, body: str) -> str:
    """Points as they count: ROUND(…, N) when rounding applies to every criterion."""
    r = method.rounding
    return f"ROUND({body},{r.decimals})" if r is not None and rounds_points(method) else body


def score(method: Method, body: str) -> str:
    """The score (or Z as shown) as it ranks: ROUND(…, N) when the total is rounded, or under weighted-sum with
    rounded criteria (a sum of rounded points, cleared of binary noise)."""
    r = method.rounding
    if r is None or (r.applies_to is RoundTo.CRITERION and method.name is not MethodName.WEIGHTED_SUM):
        return body
    return f"ROUND({body},{r.decimals})"
