"""Words and trail formulas for the scoring rules beyond weights: value curves, step tables, minimum shares,
numeric requirements and value for money. Every formula is rendered from tender.scoring.formulas."""

from __future__ import annotations

from typing import Any

from tender.model import Criterion, Kind, Measure, MethodName, Tender
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.result import BidResult, Evaluation, LeafResult, Reason
from tender.scoring.expr import evaluate, text
from tender.scoring.formulas import DEDUCTION, MALUS, MEASURED, M, N, curve_piece

Step = tuple[str, str, str, str]  # label, formula with its numbers, result, note


def measure_note(m: Measure, msg: Messages, fmt: Formatter) -> str:
    """The rule of a measured criterion in words: best and worst, the curve's points, or the step table."""
    unit = f" {m.unit}" if m.unit else ""
    if m.curve:
        points = "; ".join(f"{fmt.grade(x)}{unit} → {fmt.num(v, 3)}" for x, v in m.curve)
        return msg("matrix.curve", points=points)
    if m.steps:
        rows = "; ".join(f"≥ {fmt.grade(low)}{unit}: {fmt.num(v, 3)}" for low, v in m.steps)
        return msg("matrix.steps", rows=rows)
    return msg("matrix.measure", best=fmt.grade(m.best) + unit, worst=fmt.grade(m.worst) + unit)


def criterion_note(node: Criterion, msg: Messages, fmt: Formatter) -> str:
    """The matrix note of a criterion: its minimum (grade or share), its measure, its value (value for money)."""
    notes = []
    if node.min_score is not None:
        if node.kind is Kind.GROUP:
            notes.append(msg("matrix.min_share", value=fmt.pct(node.min_score, 0)))
        else:
            notes.append(msg("matrix.min_score", value=fmt.grade(node.min_score)))
    if node.measure is not None:
        notes.append(measure_note(node.measure, msg, fmt))
    if node.value is not None:
        notes.append(msg("matrix.malus" if node.malus else "matrix.value", value=fmt.money(node.value)))
    return "; ".join(notes)


def measured_step(m: Measure, result: LeafResult, max_points: str, msg: Messages, fmt: Formatter) -> tuple[str, str]:
    """A measured leaf's trail formula M × n with the bid's fact in it, and its note (clipping, the step that holds)."""
    x = result.value
    assert x is not None, "a missing fact is shown by the caller"
    if m.curve:
        piece, numbers = curve_piece(m.curve, x)
        names = {k: fmt.grade(v) if k.startswith("x") else fmt.num(v, 3) for k, v in numbers.items()}
        expression = text(M * piece, {"M": max_points, "x": fmt.grade(x), **names})
        outside = not m.curve[0][0] <= x <= m.curve[-1][0]
        return expression, msg("trail.curve_end") if outside else ""
    if m.steps:
        held = [(low, v) for low, v in m.steps if x >= low]  # the row that applies, for the note; n is the kernel's
        expression = text(M * N, {"M": max_points, "n": fmt.num(result.normalized, 3)})
        if not held:
            return expression, msg("trail.step_none", min=fmt.grade(m.steps[0][0]))
        return expression, msg("trail.step", min=fmt.grade(held[-1][0]), value=fmt.num(held[-1][1], 3))
    assert m.best is not None and m.worst is not None, "a measure has best and worst, a curve or steps"
    shown = {"M": max_points, "x": fmt.grade(x), "low": fmt.grade(m.worst), "high": fmt.grade(m.best)}
    clipped = result.normalized in (0.0, 1.0) and x not in (m.best, m.worst)
    return text(M * MEASURED, shown), msg("trail.clipped", max=max_points) if clipped else ""


def value_steps(ev: Evaluation, bid: BidResult, msg: Messages, fmt: Formatter) -> list[Step]:
    """Value for money: each leaf's deduction value × n (a malus: value × (1 − n) added), and the fictitious price
    as the evaluated price less the deductions plus the maluses, in the numbers printed above it."""
    out: list[Step] = []
    terms = [fmt.money(bid.price)]
    for leaf in ev.tender.leaf_tuple:
        value, n = leaf.value or 0.0, bid.criteria[leaf.id].normalized or 0.0
        rule, label = (MALUS, "trail.malus") if leaf.malus else (DEDUCTION, "trail.deduction")
        expression = text(rule, {"value": fmt.money(value), "n": fmt.num(n, 4)})
        amount = fmt.money(evaluate(rule, {"value": value, "n": n}))
        out.append((f"{msg(label)}: {leaf.name}", expression, amount, ""))
        terms.append(f"{'+' if leaf.malus else '−'} {amount}")
    out.append((msg("trail.fictitious"), " ".join(terms), fmt.money(ev.fictitious_price(bid)), ""))
    return out


def reason_params(r: Reason, ev: Evaluation, fmt: Formatter) -> dict[str, Any]:
    """The placeholders of a rule's exclusion reason: the fact with its unit and the bound, points and shares."""
    v = r.values
    unit = next((f" {q.unit}" for q in ev.tender.requirements if q.id == r.subject and q.unit), "")
    limit = v.get("min", v.get("max"))
    return {
        "value": fmt.grade(v.get("value")) + unit,
        "limit": fmt.grade(limit) + unit,
        "points": fmt.num(v.get("points")),
        "max_points": fmt.num(v.get("max_points")),
        "share": fmt.pct(v.get("min_score"), 0),
    }


def rule_sentences(tender: Tender, msg: Messages, fmt: Formatter) -> list[str]:
    """What the robustness analysis does with the rules beyond weights (none for a tender without them)."""
    out = []
    if tender.method.quality_threshold is not None or any(
        n.min_score is not None and n.children for _, n in tender.nodes()
    ):
        out.append(msg("sum.fixed_exclusions"))
    if tender.method.name is MethodName.VALUE_FOR_MONEY:
        out.append(msg("sum.value_shares", total=fmt.money(tender.method.value_total)))
    return out
