"""The calculation trail: each figure of a bid as a formula with the numbers in it, ready to print.

Every formula here is rendered from the scoring kernel's table (tender.scoring.formulas), the same
expressions the kernel computes with; only the numbers are formatted here, each with as many decimals
(at least two) as it takes for every line and sum to recompute from its printed numbers (tender.report.exact).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from tender.model import Kind, MethodName, Quality, RoundTo, Tender
from tender.report.exact import MAX_PLACES, MIN_PLACES, adds_up, dec, decimals, fit, printed, rounded, shown, value
from tender.report.fmt import MISSING, Formatter
from tender.report.messages import Messages
from tender.report.rules_text import measured_step, value_steps
from tender.result import BidResult, Evaluation, Judgement, LeafResult
from tender.scoring.expr import Expr, Num, Var, text
from tender.scoring.formulas import JUDGED, MEASURED, METHOD_RULES, M, N, price_parameters, price_rule, quality_value

Z_SCALE = METHOD_RULES[MethodName.UFAB_SIMPLE].scale
SPREAD = 3  # at most this many more decimals for the summands than for their sum


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


class Printer:
    """The trail's figures as printed: Decimals with their own decimals, grades whole where they are."""

    def __init__(self, fmt: Formatter) -> None:
        self.fmt = fmt

    def num(self, d: Decimal | None) -> str:
        """A figure: 8,40 / 4,6667."""
        return MISSING if d is None else self.fmt.exact(printed(d))

    def grade(self, d: Decimal | None) -> str:
        """A grade, a stated fact or a scale end: 5 / 99,95."""
        if d is None:
            return MISSING
        whole = d == d.to_integral_value()
        return self.fmt.exact(rounded(d, 0) if whole else printed(d))

    def money(self, d: Decimal | None) -> str:
        """An amount: 152.900,00 €."""
        return MISSING if d is None else self.fmt.exact(printed(d), money=True)


def bid_trail(
    ev: Evaluation, bid: BidResult, judgements: dict[tuple[str, str], Judgement], msg: Messages, fmt: Formatter
) -> BidTrail:
    """Grade, points per leaf, performance, price, price points and score of one bid.

    The score (and Z) is printed with two decimals, the performance and price points it adds with `places`,
    the leaves' points they sum with `leaf_places` (at least `places`): two each where the sums then add up,
    else the fewest more that make every sum and line of the bid recompute from its printed numbers (a sum
    of rounded thirds never adds up to its own rounding at the same number of decimals, so the summands
    may need more than the sum)."""
    tries = [(p, q) for p in range(MIN_PLACES, MAX_PLACES + 1) for q in range(p, min(p + SPREAD, MAX_PLACES) + 1)]
    for places, leaf_places in tries:  # pragma: no branch - a float has at most 17 digits
        lines, holds = trail_lines(ev, bid, judgements, msg, fmt, places, leaf_places)
        if holds:
            break
    rank = f"{bid.rank}{'=' if bid.tied else ''}" if bid.rank is not None else ""
    return BidTrail(bid.bidder, bid.name, rank, tuple(lines))


def trail_lines(
    ev: Evaluation,
    bid: BidResult,
    judgements: dict[tuple[str, str], Judgement],
    msg: Messages,
    fmt: Formatter,
    places: int,
    leaf_places: int,
) -> tuple[list[TrailLine], bool]:
    """The bid's lines with the performance and the price printed to `places` decimals, the points of the leaves
    and the price lines to `leaf_places`, and whether every sum recomputes."""
    t = ev.tender
    out = Printer(fmt)
    lines: list[TrailLine] = []
    points: list[Decimal] = []
    for leaf in t.leaves():
        result = bid.criteria[leaf.id]
        m = 100 * ev.weights[leaf.id]
        if leaf.kind is Kind.JUDGED:
            free = {"M": m, "x": result.value, "low": t.scale.min, "high": t.scale.max, **best_of(ev, leaf.id)}
            e = M * quality_value(JUDGED, t.method.quality) if "n_best" in free else M * JUDGED
            env, got = fitted(e, free, unrounded(ev, leaf.id, result), leaf_places)
            shown_ = {"M": out.num(env["M"]), "x": out.num(env["x"]), "low": out.grade(env["low"])}
            expression = text(e, {**shown_, "high": out.grade(env["high"]), **best_shown(env, out)}, env_best(env))
            note = grade_note(judgements[(bid.bidder, leaf.id)], shown_["x"], t, msg, fmt)
        elif leaf.kind is Kind.MEASURED:
            assert leaf.measure is not None
            mm = leaf.measure
            if result.value is None:
                env, got = fitted(M * Num(0.0), {"M": m}, result.points, leaf_places)
                expression = text(M * Num(0.0), {"M": out.num(env["M"])})
                note = msg("flag.missing-fact", bidder=bid.name, criterion=leaf.name)
            elif mm.curve or mm.steps:  # a value curve or a step table: printed as the rule prints it
                expression, note = measured_step(mm, result, out.num(shown(m, MIN_PLACES)), msg, fmt)
                if leaf.id in ev.quality_best:  # relative to the best: M × n / n_best, n as the rule gives it
                    n = (result.normalized or 0.0) * ev.quality_best[leaf.id]
                    best = ev.quality_best[leaf.id]
                    numbers = {"M": out.num(shown(m, MIN_PLACES)), "n": fmt.num(n, 4), "n_best": fmt.num(best, 4)}
                    expression = text(M * quality_value(N, t.method.quality), numbers, {"n_best": best})
                got = figure(result.points, leaf_places)
            else:
                free = {"M": m, "x": result.value, "low": mm.worst, "high": mm.best, **best_of(ev, leaf.id)}
                e = M * quality_value(MEASURED, t.method.quality) if "n_best" in free else M * MEASURED
                env, got = fitted(e, free, unrounded(ev, leaf.id, result), leaf_places)
                shown_ = {"M": out.num(env["M"]), "x": out.grade(env["x"]), "low": out.grade(env["low"])}
                expression = text(e, {**shown_, "high": out.grade(env["high"]), **best_shown(env, out)}, env_best(env))
                clipped = result.normalized in (0.0, 1.0) and result.value not in (mm.best, mm.worst)
                note = msg("trail.clipped", max=shown_["M"]) if clipped else ""
        else:
            continue
        counted = got
        rounding = t.method.rounding
        if got is not None and rounding is not None and rounding.applies_to is RoundTo.CRITERION:
            counted = shown(result.points or 0.0, max(MIN_PLACES, rounding.decimals))  # the number that counts
            expression = f"{expression} = {out.num(got)}"
            note = "; ".join(x for x in (note, msg("trail.rounded_leaf", decimals=rounding.decimals)) if x)
        lines.append(TrailLine(leaf.name, expression, out.num(counted), note))
        if counted is not None:
            points.append(counted)
    performance = figure(bid.performance, places)
    holds = performance is None or adds_up(points, performance)
    summed = " + ".join(map(out.num, points))
    lines.append(TrailLine(msg("trail.performance"), summed, out.num(performance), strong=True))
    totals = [figure(p.total, leaf_places) for p in bid.price_lines]
    price = figure(bid.price, places)
    if price is not None and None not in totals:
        holds = holds and adds_up([x for x in totals if x is not None], price)
    lines.append(TrailLine(msg("trail.price"), " + ".join(map(out.money, totals)), out.money(price), strong=True))
    if t.method.name is MethodName.WEIGHTED_SUM:
        more, rest = weighted_sum_lines(ev, bid, msg, out, places, performance, price)
    elif METHOD_RULES[t.method.name].fictitious is not None:  # value for money: printed as its rule prints it
        *deductions, fictitious = value_steps(ev, bid, msg, fmt)
        more, rest = [*(TrailLine(*step) for step in deductions), TrailLine(*fictitious, strong=True)], True
    else:
        more, rest = ufab_lines(ev, bid, msg, out, places, performance, price)
    return [*lines, *more, *announced_lines(ev, bid, msg, fmt)], holds and rest


def unrounded(ev: Evaluation, leaf: str, result: LeafResult) -> float | None:
    """A leaf's points before the announced rounding (M × n; the points themselves where none applies)."""
    rounding = ev.tender.method.rounding
    if result.points is None or rounding is None or rounding.applies_to is not RoundTo.CRITERION:
        return result.points
    return 100 * ev.weights[leaf] * (result.normalized or 0.0)


def best_of(ev: Evaluation, leaf: str) -> dict[str, float]:
    """n_best of a leaf under quality relative-to-best (to be printed and divided by), else nothing."""
    return (
        {"n_best": ev.quality_best[leaf]}
        if leaf in ev.quality_best and ev.tender.method.quality is not Quality.ABSOLUTE
        else {}
    )


def best_shown(env: Mapping[str, Decimal | None], out: Printer) -> dict[str, str]:
    """n_best as printed, where the line has it."""
    return {"n_best": out.num(env["n_best"])} if "n_best" in env else {}


def env_best(env: Mapping[str, Decimal | None]) -> dict[str, float] | None:
    """The value of n_best that decides the text's `n_best = 0` case, where the line has it."""
    best = env.get("n_best")
    return None if best is None else {"n_best": float(best)}


def figure(x: float | None, places: int) -> Decimal | None:
    """A result as printed to `places` decimals (None stays None)."""
    return None if x is None else shown(x, places)


def fitted(
    e: Expr,
    free: Mapping[str, float | None],
    result: float | None,
    places: int,
    fixed: Mapping[str, Decimal] | None = None,
) -> tuple[dict[str, Decimal | None], Decimal | None]:
    """exact.fit where every number is there; else the operands as they are and no result."""
    known = {k: v for k, v in free.items() if v is not None}
    if result is None or len(known) < len(free):
        return {k: None if v is None else dec(v) for k, v in free.items()}, None
    env, got = fit(e, known, result, places, fixed)
    return dict(env), got


def recomputes(e: Expr, env: Mapping[str, Decimal], result: Decimal) -> bool:
    """Whether a line whose operands are all printed elsewhere gives its printed result."""
    return rounded(value(e, env), decimals(result)) == printed(result)


def grade_note(j: Judgement, x: str, t: Tender, msg: Messages, fmt: Formatter) -> str:
    """How the grade that counts came about: the evaluators' aggregate, or the moderated consensus.

    `x` is the grade as the line prints it; the aggregate of a consensus is printed to two decimals (the
    evaluators' grades are printed as given, so both recompute)."""
    sep = "; " if msg.lang == "de" else ", "
    how = msg(f"trail.{t.method.aggregation}")
    marks = f"{how}({sep.join(fmt.grade(s.score) for s in j.scores)})"
    if j.consensus is not None:
        agreed = f"{msg('trail.consensus')} ({marks} = {fmt.num(j.aggregate)})"
        return f"{msg('trail.grade')} {fmt.grade(j.value)} = {agreed}"
    return f"{msg('trail.grade')} {x} = {marks}"


def weighted_sum_lines(
    ev: Evaluation,
    bid: BidResult,
    msg: Messages,
    out: Printer,
    places: int,
    performance: Decimal | None,
    price: Decimal | None,
) -> tuple[list[TrailLine], bool]:
    """Price points by the announced formula, and the score; and whether the score recomputes."""
    t = ev.tender
    price_leaf = next((leaf for leaf in t.leaves() if leaf.kind is Kind.PRICE), None)
    rule = METHOD_RULES[t.method.name]
    if price_leaf is None:  # pragma: no cover - weighted-sum has a price criterion (validated when reading)
        only = out.num(figure(bid.score, places))
        return [TrailLine(msg("trail.score"), out.num(performance), only, strong=True)], True
    rule_p = price_rule(t.method)
    parameters = price_parameters(t.method)
    free: dict[str, float | None] = {"M": 100 * ev.weights[price_leaf.id], **parameters}
    free.update({"P_min": ev.price_min, "P_max": ev.price_max})
    fixed = {} if price is None else {"P": price}
    env, points = fitted(rule_p.points(), free, bid.price_points if price is not None else None, places, fixed)
    m = out.num(env["M"])
    shown_ = {"M": m, "P": out.money(price), "P_min": out.money(env["P_min"]), "P_max": out.money(env["P_max"])}
    money = rule_p.money  # the announced amounts (fixed-range, reference) are shown as money
    shown_.update({symbol: (out.money if symbol in money else out.num)(env[symbol]) for symbol in parameters})
    values = {"P": bid.price or 0.0, "P_min": ev.price_min or 0.0, "P_max": ev.price_max or 0.0, **parameters}
    expression = text(rule_p.points(), shown_, values)
    normalized = bid.criteria[price_leaf.id].normalized
    note = msg("trail.clipped", max=m) if normalized in (0.0, 1.0) and rule_p.clip_note else ""
    lines = [TrailLine(msg("trail.price_points"), expression, out.num(points), note, strong=True)]
    score = figure(bid.score, MIN_PLACES)
    holds = True
    if performance is not None and points is not None and score is not None:
        holds = recomputes(rule.score, {"L": performance, "PP": points}, score)
    expression = text(rule.score, {"L": out.num(performance), "PP": out.num(points)})
    lines.append(TrailLine(msg("trail.score"), expression, out.num(score), strong=True))
    return lines, holds


def ufab_lines(
    ev: Evaluation,
    bid: BidResult,
    msg: Messages,
    out: Printer,
    places: int,
    performance: Decimal | None,
    price: Decimal | None,
) -> tuple[list[TrailLine], bool]:
    """The figure Z = L / P (scaled) and, for the extended method, the band; and whether Z recomputes."""
    rule = METHOD_RULES[ev.tender.method.name]
    # Z and the band floor keep two decimals: Z moves by P / 1,000,000 per unit of L, so L gets the decimals
    z = figure(None if bid.score is None else bid.score * rule.scale, MIN_PLACES)
    scale = Decimal(int(rule.scale))
    e = rule.score * Var("scale")
    holds = True
    if performance is not None and price is not None and z is not None:
        holds = recomputes(e, {"L": performance, "P": price, "scale": scale}, z)
    shown_ = {"L": out.num(performance), "P": out.money(price), "scale": out.fmt.exact(scale)}
    lines = [TrailLine(msg("trail.z"), text(e, shown_), out.num(z), strong=True)]
    if rule.band is not None and ev.z_max is not None and ev.band_floor is not None:
        band = dec(ev.tender.method.band)
        percent = f"{out.fmt.exact((band * 100).normalize())}{out.fmt.pct(0.0, 0).removeprefix('0')}"
        symbolic = text(rule.band, {"band": percent})
        floor_scaled = ev.band_floor * rule.scale
        env, floor = fit(rule.band, {"Z_max": ev.z_max * rule.scale}, floor_scaled, MIN_PLACES, {"band": band})
        numbers = text(rule.band, {"Z_max": out.num(env["Z_max"]), "band": percent})
        inside = msg("yes") if bid.in_band else msg("no")
        note = f"{msg('col.in_band')}: {inside}"
        lines.append(TrailLine(msg("trail.band"), f"{symbolic} = {numbers}", out.num(floor), note))
    return lines, holds


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
