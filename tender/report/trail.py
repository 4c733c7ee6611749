"""The calculation trail: each figure of a bid as a formula with the numbers in it, ready to print.

Every formula here is rendered from the scoring kernel's table (tender.scoring.formulas), the same
expressions the kernel computes with; only the numbers are formatted here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from tender.model import Kind, MethodName, Quality, RoundTo, Tender
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.rules_text import measured_step, value_steps
from tender.result import BidResult, Evaluation, Judgement
from tender.scoring.expr import Expr, Num, Var, text
from tender.scoring.formulas import JUDGED, MEASURED, METHOD_RULES, M, N, price_parameters, price_rule, quality_value

Z_SCALE = METHOD_RULES[MethodName.UFAB_SIMPLE].scale


@dataclass(frozen=True)
class TrailLine:
    """One step: what is computed, the formula with its numbers, and the result."""

    label: str
    expression: str
    result: str
    note: str = ""
    strong: bool = False


@dataclass(frozen=True)
class BidTrail:
    """The trail of one bid in the running."""

    bidder: str
    name: str
    rank: str
    lines: tuple[TrailLine, ...]


def trails(
    ev: Evaluation,
    bids: list[BidResult],
    msg: Messages,
    fmt: Formatter,
    sources: Mapping[str, Mapping[str, str]] | None = None,
) -> list[BidTrail]:
    """The trail of each given bid (bids in the running); with `sources` (bidder → key path → file and cell), each
    measured fact and the price name where they were read."""
    judgements = {(j.bidder, j.criterion): j for j in ev.judgements}
    found = sources or {}
    return [with_sources(bid_trail(ev, b, judgements, msg, fmt), ev, found.get(b.bidder, {}), msg) for b in bids]


def with_sources(trail: BidTrail, ev: Evaluation, sources: Mapping[str, str], msg: Messages) -> BidTrail:
    """A bid's trail with the source of each measured fact and of its price lines in the lines' notes."""
    if not sources:
        return trail
    t = ev.tender
    notes = {
        leaf.name: sources.get(f"facts.{leaf.measure.fact}", "")
        for leaf in t.leaves()
        if leaf.kind is Kind.MEASURED and leaf.measure is not None
    }
    prices = [sources[f"prices.{p.id}"] for p in t.prices if f"prices.{p.id}" in sources]
    files = dict.fromkeys(p.partition(" ")[0] for p in prices)
    notes[msg("trail.price")] = "; ".join(
        f"{f} {', '.join(p.partition(' ')[2] for p in prices if p.startswith(f + ' '))}" for f in files
    )
    lines = []
    for line in trail.lines:
        source = notes.get(line.label, "")
        if source:
            said = msg("trail.source", source=source)
            line = replace(line, note=f"{line.note}; {said}" if line.note else said)
        lines.append(line)
    return replace(trail, lines=tuple(lines))


def bid_trail(
    ev: Evaluation, bid: BidResult, judgements: dict[tuple[str, str], Judgement], msg: Messages, fmt: Formatter
) -> BidTrail:
    """Grade, points per leaf, performance, price, price points and score of one bid."""
    t = ev.tender
    lines: list[TrailLine] = []
    quality_points: list[str] = []
    for leaf in t.leaves():
        result = bid.criteria[leaf.id]
        max_points = fmt.num(100 * ev.weights[leaf.id])
        if leaf.kind is Kind.JUDGED:
            shown = {"M": max_points, "x": fmt.num(result.value), "low": fmt.grade(t.scale.min)}
            expression = leaf_text(ev, leaf.id, JUDGED, {**shown, "high": fmt.grade(t.scale.max)}, fmt)
            note = grade_note(judgements[(bid.bidder, leaf.id)], t, msg, fmt)
            lines.append(TrailLine(leaf.name, expression, fmt.num(result.points), note))
            quality_points.append(fmt.num(result.points))
        elif leaf.kind is Kind.MEASURED:
            assert leaf.measure is not None
            m = leaf.measure
            if result.value is None:
                expression = text(M * Num(0.0), {"M": max_points})
                note = msg("flag.missing-fact", bidder=bid.name, criterion=leaf.name)
            else:
                expression, note = measured_step(m, result, max_points, msg, fmt)
                if leaf.id in ev.quality_best and m.best is not None and m.worst is not None:  # relative to the best
                    shown = {"M": max_points, "x": fmt.grade(result.value), "low": fmt.grade(m.worst)}
                    expression = leaf_text(ev, leaf.id, MEASURED, {**shown, "high": fmt.grade(m.best)}, fmt)
                elif leaf.id in ev.quality_best:  # a curve or steps: M × n / n_best, n as the measure gives it
                    n = (result.normalized or 0.0) * ev.quality_best[leaf.id]
                    expression = leaf_text(ev, leaf.id, N, {"M": max_points, "n": fmt.num(n, 4)}, fmt)
            lines.append(TrailLine(leaf.name, expression, fmt.num(result.points), note))
            quality_points.append(fmt.num(result.points))
    lines.append(TrailLine(msg("trail.performance"), " + ".join(quality_points), fmt.num(bid.performance), strong=True))
    totals = [fmt.money(p.total) for p in bid.price_lines]
    lines.append(TrailLine(msg("trail.price"), " + ".join(totals), fmt.money(bid.price), strong=True))
    if t.method.name is MethodName.WEIGHTED_SUM:
        lines.extend(weighted_sum_lines(ev, bid, msg, fmt))
    elif METHOD_RULES[t.method.name].fictitious is not None:
        *deductions, fictitious = value_steps(ev, bid, msg, fmt)
        lines.extend([*(TrailLine(*step) for step in deductions), TrailLine(*fictitious, strong=True)])
    else:
        lines.extend(ufab_lines(ev, bid, msg, fmt))
    lines.extend(announced_lines(ev, bid, msg, fmt))
    rank = f"{bid.rank}{'=' if bid.tied else ''}" if bid.rank is not None else ""
    return BidTrail(bid.bidder, bid.name, rank, tuple(lines))


def leaf_text(ev: Evaluation, leaf: str, normalised: Expr, shown: dict[str, str], fmt: Formatter) -> str:
    """A quality leaf's points as a formula with its numbers: M × n, or M × n / n_best relative to the best."""
    quality = ev.tender.method.quality
    if quality is Quality.ABSOLUTE or leaf not in ev.quality_best:
        return text(M * normalised, shown)
    best = ev.quality_best[leaf]
    return text(M * quality_value(normalised, quality), {**shown, "n_best": fmt.num(best, 4)}, {"n_best": best})


def announced_lines(ev: Evaluation, bid: BidResult, msg: Messages, fmt: Formatter) -> list[TrailLine]:
    """The announced rounding and the tie-break that placed the bid, where the method has them."""
    m = ev.tender.method
    out = []
    if m.rounding is not None:
        key = "trail.rounded_points" if m.rounding.applies_to is RoundTo.CRITERION else "trail.rounded"
        places = max(2, m.rounding.decimals)
        shown = None if bid.score is None else bid.score * METHOD_RULES[m.name].scale
        out.append(TrailLine(msg("param.rounding"), msg(key, decimals=m.rounding.decimals), fmt.num(shown, places)))
    if bid.decided_by is not None:
        level = [b.name for b in ev.ranked if b.bidder != bid.bidder and b.score == bid.score]
        note = msg("trail.tie_break_note", others=", ".join(level))
        out.append(TrailLine(msg("trail.tie_break"), msg(f"tie.{bid.decided_by}"), str(bid.rank), note))
    return out


def grade_note(j: Judgement, t: Tender, msg: Messages, fmt: Formatter) -> str:
    """How the grade that counts came about: the evaluators' aggregate, or the moderated consensus."""
    sep = "; " if msg.lang == "de" else ", "
    how = msg(f"trail.{t.method.aggregation}")
    marks = f"{how}({sep.join(fmt.grade(s.score) for s in j.scores)}) = {fmt.num(j.aggregate)}"
    if j.consensus is not None:
        return f"{msg('trail.grade')} {fmt.grade(j.value)} = {msg('trail.consensus')} ({marks})"
    return f"{msg('trail.grade')} {fmt.num(j.value)} = {marks}"


def weighted_sum_lines(ev: Evaluation, bid: BidResult, msg: Messages, fmt: Formatter) -> list[TrailLine]:
    """Price points by the announced formula, and the score."""
    t = ev.tender
    price_leaf = next((leaf for leaf in t.leaves() if leaf.kind is Kind.PRICE), None)
    out: list[TrailLine] = []
    rule = METHOD_RULES[t.method.name]
    if price_leaf is None:  # pragma: no cover - weighted-sum has a price criterion (validated when reading)
        out.append(TrailLine(msg("trail.score"), fmt.num(bid.performance), fmt.num(bid.score), strong=True))
        return out
    m = fmt.num(100 * ev.weights[price_leaf.id])
    price = price_rule(t.method)
    parameters = price_parameters(t.method)
    shown = {"M": m, "P": fmt.money(bid.price), "P_min": fmt.money(ev.price_min), "P_max": fmt.money(ev.price_max)}
    shown.update({s: fmt.money(v) if s in price.money else fmt.num(v, 2) for s, v in parameters.items()})
    values = {"P": bid.price or 0.0, "P_min": ev.price_min or 0.0, "P_max": ev.price_max or 0.0, **parameters}
    expression = text(price.points(), shown, values)
    normalized = bid.criteria[price_leaf.id].normalized
    note = msg("trail.clipped", max=m) if normalized in (0.0, 1.0) and price.clip_note else ""
    out.append(TrailLine(msg("trail.price_points"), expression, fmt.num(bid.price_points), note, strong=True))
    score = text(rule.score, {"L": fmt.num(bid.performance), "PP": fmt.num(bid.price_points)})
    out.append(TrailLine(msg("trail.score"), score, fmt.num(bid.score), strong=True))
    return out


def ufab_lines(ev: Evaluation, bid: BidResult, msg: Messages, fmt: Formatter) -> list[TrailLine]:
    """The figure Z = L / P (scaled) and, for the extended method, the band."""
    rule = METHOD_RULES[ev.tender.method.name]
    z = None if bid.score is None else bid.score * rule.scale
    shown = {"L": fmt.num(bid.performance), "P": fmt.money(bid.price), "scale": fmt.num(rule.scale, 0)}
    out = [TrailLine(msg("trail.z"), text(rule.score * Var("scale"), shown), fmt.num(z), strong=True)]
    if rule.band is not None and ev.z_max is not None and ev.band_floor is not None:
        band = fmt.pct(ev.tender.method.band, 0)
        symbolic = text(rule.band, {"band": band})
        expression = f"{symbolic} = {text(rule.band, {'Z_max': fmt.num(ev.z_max * rule.scale), 'band': band})}"
        inside = msg("yes") if bid.in_band else msg("no")
        out.append(
            TrailLine(
                msg("trail.band"), expression, fmt.num(ev.band_floor * rule.scale), f"{msg('col.in_band')}: {inside}"
            )
        )
    return out
