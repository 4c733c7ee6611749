"""The calculation trail: each figure of a bid as a formula with the numbers in it, ready to print."""

from __future__ import annotations

from dataclasses import dataclass

from tender.model import Kind, MethodName, PriceFormula, Tender
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.result import BidResult, Evaluation, Judgement

Z_SCALE = 1_000_000


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


def trails(ev: Evaluation, bids: list[BidResult], msg: Messages, fmt: Formatter) -> list[BidTrail]:
    """The trail of each given bid (bids in the running)."""
    judgements = {(j.bidder, j.criterion): j for j in ev.judgements}
    return [bid_trail(ev, b, judgements, msg, fmt) for b in bids]


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
            expression = (
                f"{max_points} × ({fmt.num(result.value)} − {fmt.grade(t.scale.min)}) / "
                f"({fmt.grade(t.scale.max)} − {fmt.grade(t.scale.min)})"
            )
            note = grade_note(judgements[(bid.bidder, leaf.id)], t, msg, fmt)
            lines.append(TrailLine(leaf.name, expression, fmt.num(result.points), note))
            quality_points.append(fmt.num(result.points))
        elif leaf.kind is Kind.MEASURED:
            assert leaf.measure is not None
            m = leaf.measure
            if result.value is None:
                expression = f"{max_points} × 0"
                note = msg("flag.missing-fact", bidder=bid.name, criterion=leaf.name)
            else:
                expression = (
                    f"{max_points} × ({fmt.grade(result.value)} − {fmt.grade(m.worst)}) / "
                    f"({fmt.grade(m.best)} − {fmt.grade(m.worst)})"
                )
                clipped = result.normalized in (0.0, 1.0) and result.value not in (m.best, m.worst)
                note = msg("trail.clipped", max=max_points) if clipped else ""
            lines.append(TrailLine(leaf.name, expression, fmt.num(result.points), note))
            quality_points.append(fmt.num(result.points))
    lines.append(TrailLine(msg("trail.performance"), " + ".join(quality_points), fmt.num(bid.performance), strong=True))
    totals = [fmt.money(p.total) for p in bid.price_lines]
    lines.append(TrailLine(msg("trail.price"), " + ".join(totals), fmt.money(bid.price), strong=True))
    if t.method.name is MethodName.WEIGHTED_SUM:
        lines.extend(weighted_sum_lines(ev, bid, msg, fmt))
    else:
        lines.extend(ufab_lines(ev, bid, msg, fmt))
    rank = f"{bid.rank}{'=' if bid.tied else ''}" if bid.rank is not None else ""
    return BidTrail(bid.bidder, bid.name, rank, tuple(lines))


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
    parts = [fmt.num(bid.performance)]
    if price_leaf is not None:
        m = fmt.num(100 * ev.weights[price_leaf.id])
        p, lo, hi = fmt.money(bid.price), fmt.money(ev.price_min), fmt.money(ev.price_max)
        span = fmt.num(t.method.span or 0, 2)
        expression = {
            PriceFormula.PROPORTIONAL: f"{m} × {lo} / {p}",
            PriceFormula.ONE_SIDED: f"{m} × (2 − {p} / {lo})",
            PriceFormula.TWO_SIDED: f"{m} × ({hi} − {p}) / ({hi} − {lo})",
            PriceFormula.LINEAR_SPAN: f"{m} × ({lo} × (1 + {span}) − {p}) / ({lo} × {span})",
            PriceFormula.SQUARED: f"{m} × ({lo} / {p})²",
            PriceFormula.CUBIC: f"{m} × ({lo} / {p})³",
        }[t.method.price_formula]
        if t.method.price_formula is PriceFormula.TWO_SIDED and ev.price_min == ev.price_max:
            expression = m
        normalized = bid.criteria[price_leaf.id].normalized
        proportional = t.method.price_formula is PriceFormula.PROPORTIONAL
        note = msg("trail.clipped", max=m) if normalized in (0.0, 1.0) and not proportional else ""
        out.append(TrailLine(msg("trail.price_points"), expression, fmt.num(bid.price_points), note, strong=True))
        parts.append(fmt.num(bid.price_points))
    out.append(TrailLine(msg("trail.score"), " + ".join(parts), fmt.num(bid.score), strong=True))
    return out


def ufab_lines(ev: Evaluation, bid: BidResult, msg: Messages, fmt: Formatter) -> list[TrailLine]:
    """The figure Z = L / P (scaled) and, for the extended method, the band."""
    scale = fmt.num(Z_SCALE, 0)
    z = None if bid.score is None else bid.score * Z_SCALE
    out = [
        TrailLine(
            msg("trail.z"), f"{fmt.num(bid.performance)} / {fmt.money(bid.price)} × {scale}", fmt.num(z), strong=True
        )
    ]
    if ev.tender.method.name is MethodName.UFAB_EXTENDED and ev.z_max is not None and ev.band_floor is not None:
        band = fmt.pct(ev.tender.method.band, 0)
        expression = f"Z_max × (1 − {band}) = {fmt.num(ev.z_max * Z_SCALE)} × (1 − {band})"
        inside = msg("yes") if bid.in_band else msg("no")
        out.append(
            TrailLine(
                msg("trail.band"), expression, fmt.num(ev.band_floor * Z_SCALE), f"{msg('col.in_band')}: {inside}"
            )
        )
    return out
