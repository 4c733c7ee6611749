"""Evaluate a workspace: exclusions, leaf values, points, the method's score and the ranking."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import TYPE_CHECKING

from tender.errors import Finding, InputError
from tender.model import Bid, Criterion, Kind, Quality, Tender, Workspace
from tender.result import BidResult, Evaluation, Flag, Judgement, LeafResult, PriceLineResult, Reason
from tender.scoring import kernel
from tender.scoring.abnormal import REJECTED, abnormal_prices, latest, status
from tender.scoring.aggregate import judge
from tender.scoring.price import evaluated_price, price_lines
from tender.scoring.thresholds import fact_reason, quality_reasons
from tender.scoring.tiebreak import break_ties

if TYPE_CHECKING:
    import numpy as np

Judgements = dict[tuple[str, str], Judgement]
GroupLeaves = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Figures:
    """A bid's leaf results and the sums over them."""

    leaves: dict[str, LeafResult]
    performance: float | None
    price_points: float | None


@dataclass(frozen=True)
class Ranking:
    """The method's score per bid in the running and the ranks it leads to."""

    scores: dict[str, float]
    ranks: dict[str, tuple[int, bool]]
    in_band: dict[str, bool]
    z_max: float | None
    band_floor: float | None
    decided_by: dict[str, str | None] = field(default_factory=dict)


def evaluate(ws: Workspace, judged_before: Evaluation | None = None) -> Evaluation:
    """The complete evaluation of a workspace; raises InputError when it is incomplete. `judged_before`: an
    evaluation of the same bids and scores (only prices differ), whose judgements are taken as they are."""
    tender = ws.tender
    leaves = tender.leaves()
    local = kernel.local_weights(tender)
    weights: dict[str, float] = {
        node.id: kernel.path_weight(local, [*(a.id for a in path), node.id]) for path, node in tender.nodes()
    }
    judged = [leaf.id for leaf in leaves if leaf.kind is Kind.JUDGED]
    if judged_before is not None:
        judgements = {(j.bidder, j.criterion): j for j in judged_before.judgements}
    else:
        judgements = judge(
            ws.scores, [b.bidder for b in ws.bids], judged, tender.method.aggregation, tender.method.disagreement
        )
    lines: dict[str, tuple[PriceLineResult, ...]] = {b.bidder: price_lines(b, tender) for b in ws.bids}
    prices: dict[str, float | None] = {b.bidder: evaluated_price(lines[b.bidder]) for b in ws.bids}
    reasons: dict[str, list[Reason]] = {
        b.bidder: exclusion_reasons(b, tender, judgements, lines[b.bidder]) for b in ws.bids
    }
    price_check(ws, prices, reasons)
    running = [b for b in ws.bids if not reasons[b.bidder]]
    check_complete(running, judged, judgements, prices)
    flags: list[Flag] = []
    figures, best = leaf_figures(
        ws.bids, tender, leaves, weights, judgements, prices, {b.bidder for b in running}, flags
    )
    late = quality_stage(tender, weights, figures, reasons)
    if any(late.values()):  # excluded on quality: out of the price basis; below the threshold, prices unopened
        for bidder, found in late.items():
            if any(r.code == "below-quality-threshold" for r in found):
                reasons[bidder] = [r for r in reasons[bidder] if r.code != "missing-price"]
                lines[bidder] = tuple(replace(line, unit_price=None, total=None) for line in lines[bidder])
                prices[bidder] = None
            reasons[bidder].extend(found)
        running = [b for b in running if not late.get(b.bidder)]
        flags = []
        figures, best = leaf_figures(
            ws.bids, tender, leaves, weights, judgements, prices, {b.bidder for b in running}, flags
        )
    running_prices = [p for b in running if (p := prices[b.bidder]) is not None]
    basis = (min(running_prices), max(running_prices)) if running_prices else None
    ordered = [judgements[k] for k in sorted(judgements)]
    for j in ordered:
        if j.flagged or j.abstained:  # most pairs need no note: skip the call for them
            flags.extend(judgement_flags(j, tender.method.disagreement))
    ranking = rank(tender, running, prices, figures)
    if tender.method.tie_break:
        ranking = tie_broken(tender, ranking, prices, figures, ws.draws, flags)
    groups = group_leaves(tender)
    results = [
        BidResult(
            bidder=b.bidder,
            name=b.name,
            source=b.source,
            excluded=bool(reasons[b.bidder]),
            reasons=tuple(reasons[b.bidder]),
            price=prices[b.bidder],
            performance=figures[b.bidder].performance,
            price_points=figures[b.bidder].price_points,
            score=ranking.scores.get(b.bidder),
            rank=ranking.ranks[b.bidder][0] if b.bidder in ranking.ranks else None,
            tied=ranking.ranks[b.bidder][1] if b.bidder in ranking.ranks else False,
            criteria=figures[b.bidder].leaves,
            price_lines=lines[b.bidder],
            in_band=ranking.in_band.get(b.bidder),
            group_points=group_points(groups, figures[b.bidder].leaves),
            decided_by=ranking.decided_by.get(b.bidder),
        )
        for b in ws.bids
    ]
    results.sort(key=lambda r: (r.excluded, r.rank or 0, r.bidder))
    top = [r for r in results if r.rank == 1]
    return Evaluation(
        tender=tender,
        bids=tuple(results),
        winner=top[0].bidder if len(top) == 1 else None,
        flags=tuple(flags),
        judgements=tuple(ordered),
        evaluators=tuple(ws.evaluators),
        weights=weights,
        price_min=basis[0] if basis else None,
        price_max=basis[1] if basis else None,
        z_max=ranking.z_max,
        band_floor=ranking.band_floor,
        inputs=dict(ws.inputs),
        quality_best=best,
    )


def price_check(ws: Workspace, prices: dict[str, float | None], reasons: dict[str, list[Reason]]) -> None:
    """Exclude a flagged abnormally low price whose explanation was rejected (§ 60(3) VgV); the flags themselves
    are in the award record, not in the result (older evaluations keep their fingerprint)."""
    if not ws.clarifications:
        return
    flagged = abnormal_prices(ws.tender, prices, [b for b, r in reasons.items() if not r])
    for bidder, c in latest(ws.clarifications).items():
        if bidder in flagged and status(c) == REJECTED:
            message = f"price rejected as abnormally low after the request for an explanation ({c.source})"
            reasons[bidder].append(Reason("abnormally-low-price", bidder, message, {"price": flagged[bidder].price}))


def exclusion_reasons(
    bid: Bid, tender: Tender, judgements: Judgements, lines: tuple[PriceLineResult, ...]
) -> list[Reason]:
    """Every reason that excludes a bid before its points are known: incomplete on receipt, a suitability criterion
    not met, a requirement not met (a numeric one: its fact outside), a price line missing, a judged leaf's minimum
    grade missed."""
    out = []
    if bid.complete is False:
        out.append(Reason("incomplete", bid.bidder, "the bid was incomplete on receipt"))
    # suitability criteria, then the knock-out requirements answered yes or no: each must be answered yes
    for kind, asked, answers in (
        ("suitability", tender.suitability, bid.suitability),
        ("requirement", tender.requirements, bid.requirements),
    ):
        for req in asked:
            if kind == "requirement" and req.fact is not None:
                if (reason := fact_reason(bid, req)) is not None:
                    out.append(reason)
                continue
            answer = answers.get(req.id)
            if answer is None:
                out.append(Reason(f"{kind}-unanswered", req.id, f"{kind} {req.id} not answered: {req.text}"))
            elif not answer:
                out.append(Reason(f"{kind}-not-met", req.id, f"{kind} {req.id} not met: {req.text}"))
    for line in lines:
        if line.unit_price is None:
            out.append(Reason("missing-price", line.line, f"price line {line.line} not priced: {line.name}"))
    for leaf in tender.leaves():
        value = judgements[(bid.bidder, leaf.id)].value if leaf.kind is Kind.JUDGED else None
        if leaf.min_score is not None and value is not None and value < leaf.min_score:
            message = f"{leaf.id}: score {value:g} below the minimum {leaf.min_score:g}"
            out.append(Reason("below-min-score", leaf.id, message, {"score": value, "min_score": leaf.min_score}))
    return out


def quality_stage(
    tender: Tender, weights: dict[str, float], figures: dict[str, Figures], reasons: Mapping[str, list[Reason]]
) -> dict[str, list[Reason]]:
    """The quality knock-outs (group minimums, the quality threshold) of every bid fully scored and not yet
    excluded for anything but its price sheet (which, below the threshold, is never opened)."""
    return {
        bidder: quality_reasons(tender, weights, f.leaves, f.performance)
        for bidder, f in figures.items()
        if f.performance is not None and all(r.code == "missing-price" for r in reasons[bidder])
    }


def check_complete(
    running: Sequence[Bid], judged: Sequence[str], judgements: Judgements, prices: dict[str, float | None]
) -> None:
    """Every bid in the running needs a value on every judged criterion and a price above 0."""
    findings = []
    for bid in running:
        for criterion in judged:
            if judgements[(bid.bidder, criterion)].value is None:
                findings.append(
                    Finding.of(
                        "unscored",
                        "scores/",
                        f"bidder {bid.bidder}, criterion {criterion}",
                        criterion=criterion,
                        bidder=bid.bidder,
                    )
                )
        price = prices[bid.bidder]
        if price is not None and price <= 0:
            findings.append(Finding.of("zero-price", bid.source, "prices", bidder=bid.bidder, price=price))
    if findings:
        raise InputError(findings)


def leaf_figures(
    bids: Sequence[Bid],
    tender: Tender,
    leaves: Sequence[Criterion],
    weights: dict[str, float],
    judgements: Judgements,
    prices: dict[str, float | None],
    running: set[str],
    flags: list[Flag],
) -> tuple[dict[str, Figures], dict[str, float]]:
    """Value, normalised value and points of every bid on every leaf, by the kernel; no price points when excluded.

    Also n_best per quality leaf when the quality counts relative to the best bid in the running (else empty).
    """
    import numpy as np

    nan = float("nan")
    values = np.full((len(bids), len(leaves)), nan)
    normal = np.full((len(bids), len(leaves)), nan)
    scale = tender.scale
    for j, leaf in enumerate(leaves):
        if leaf.kind is Kind.JUDGED:
            column = [judgements[(b.bidder, leaf.id)].value for b in bids]
            values[:, j] = [nan if v is None else v for v in column]
            normal[:, j] = kernel.judged_values(values[:, j], scale.min, scale.max)
        elif leaf.kind is Kind.MEASURED and leaf.measure is not None:
            m = leaf.measure
            values[:, j] = [b.facts.get(m.fact, nan) for b in bids]
            normal[:, j] = np.where(np.isnan(values[:, j]), 0.0, kernel.measure_values(m, values[:, j]))
        elif leaf.kind is Kind.PRICE:
            values[:, j] = [nan if (p := prices[b.bidder]) is None else p for b in bids]
            live = np.array([b.bidder in running for b in bids], dtype=bool) & ~np.isnan(values[:, j])
            if live.any():
                basis = values[live, j]
                normal[live, j] = kernel.price_values(tender.method, basis, basis.min(), basis.max())
    quality = [j for j, leaf in enumerate(leaves) if leaf.kind is not Kind.PRICE]
    best: dict[str, float] = {}
    if tender.method.quality is not Quality.ABSOLUTE and quality:
        live = np.array([b.bidder in running for b in bids], dtype=bool)
        n_best = kernel.best_values(normal[:, quality], live)
        normal[:, quality] = kernel.quality_values(tender.method.quality, normal[:, quality], best=n_best)
        best = {leaves[j].id: float(v) for j, v in zip(quality, n_best[0].tolist(), strict=True)}
    pts = kernel.round_points(tender.method, kernel.points(np.array([weights[leaf.id] for leaf in leaves]), normal))
    performance = kernel.total(pts[:, quality])
    if tender.method.rounding is not None and quality:
        performance = kernel.round_points(tender.method, performance)  # a sum of rounded points, without float noise
    price_column = next((j for j, leaf in enumerate(leaves) if leaf.kind is Kind.PRICE), None)
    shown, normals, points = nullable(values), nullable(normal), nullable(pts)
    missing = np.isnan(values).tolist()
    measured = [
        (j, leaf.id, leaf.measure.fact)
        for j, leaf in enumerate(leaves)
        if leaf.kind is Kind.MEASURED and leaf.measure is not None
    ]
    out: dict[str, Figures] = {}
    for i, b in enumerate(bids):
        for j, cid, fact in measured:
            if missing[i][j]:
                message = f"bidder {b.bidder} states no {fact}: counted as 0"
                flags.append(Flag("missing-fact", b.bidder, cid, message, {"fact": fact}))
        row_v, row_n, row_p = shown[i], normals[i], points[i]
        results: dict[str, LeafResult] = {
            leaf.id: LeafResult(leaf.id, row_v[j], row_n[j], row_p[j]) for j, leaf in enumerate(leaves)
        }
        price_points = row_p[price_column] if price_column is not None else None
        out[b.bidder] = Figures(results, none(performance[i].item()), price_points)
    return out, best


def nullable(figures: np.ndarray) -> list[list[float | None]]:
    """A bids × leaves array as nested lists of Python floats, None where it holds NaN (no figure)."""
    import numpy as np

    out = figures.astype(object)
    out[np.isnan(figures)] = None
    return out.tolist()


def group_points(groups: GroupLeaves, leaves: dict[str, LeafResult]) -> dict[str, float]:
    """The points of every group criterion: the sum of its leaves' points in file order (a missing figure counts 0)."""
    return {group: sum(leaves[leaf].points or 0.0 for leaf in under) for group, under in groups}


def group_leaves(tender: Tender) -> GroupLeaves:
    """Every group criterion with the leaves below it, in file order."""
    return tuple(
        (node.id, tuple(n.id for _, n in node.walk() if n.kind is not Kind.GROUP))
        for _, node in tender.nodes()
        if node.kind is Kind.GROUP
    )


def none(x: float) -> float | None:
    """NaN (no figure) as None."""
    return None if x != x else x


def judgement_flags(j: Judgement, threshold: float) -> list[Flag]:
    """Disagreement and abstention notes for one judged pair."""
    out = []
    if j.flagged:
        moderated = f"; consensus {j.consensus.score:g}" if j.consensus else "; no consensus recorded"
        message = (
            f"evaluators disagree on {j.criterion} for {j.bidder}: spread {j.spread:g} "
            f"(threshold {threshold:g}){moderated}"
        )
        details = {
            "spread": j.spread,
            "scores": dict(map(attrgetter("evaluator", "score"), j.scores)),
            "consensus": j.consensus.score if j.consensus else None,
        }
        out.append(Flag("disagreement", j.bidder, j.criterion, message, details))
    if j.abstained:
        message = f"{', '.join(j.abstained)} gave no score on {j.criterion} for {j.bidder}"
        out.append(Flag("abstention", j.bidder, j.criterion, message, {"evaluators": list(j.abstained)}))
    return out


def rank(
    tender: Tender, running: Sequence[Bid], prices: dict[str, float | None], figures: dict[str, Figures]
) -> Ranking:
    """The method's score per bid in the running and the competition ranking it gives (by the kernel)."""
    import numpy as np

    method = tender.method
    ids: list[str] = [b.bidder for b in running]
    if not ids:
        return Ranking({}, {}, {}, None, None)
    performance = np.array([figures[b].performance or 0.0 for b in ids])
    price_points = np.array([figures[b].price_points or 0.0 for b in ids])
    price = np.array([prices[b] or 0.0 for b in ids])
    scores = kernel.method_scores(method, performance, price_points, np.where(price == 0, 1.0, price))
    scores = kernel.round_score(method, scores)
    keys = kernel.ranking_keys(method, scores, performance, price)
    ranks, tied = kernel.competition_ranks(keys, ids)
    ranked = {b: (int(r), bool(t)) for b, r, t in zip(ids, ranks.tolist(), tied.tolist(), strict=True)}
    by_bid = dict(zip(ids, scores.tolist(), strict=True))
    if keys.in_band is None or keys.z_max is None or keys.floor is None:
        return Ranking(by_bid, ranked, {}, None, None)
    in_band = dict(zip(ids, keys.in_band.tolist(), strict=True))
    return Ranking(by_bid, ranked, in_band, float(keys.z_max[0]), float(keys.floor[0]))


def tie_broken(
    tender: Tender,
    ranking: Ranking,
    prices: dict[str, float | None],
    figures: dict[str, Figures],
    draws: tuple[tuple[str, ...], ...],
    flags: list[Flag],
) -> Ranking:
    """The ranking with its ties split by the announced tie-break; a tie left for a drawing not yet held is flagged."""
    ranks = {b: r for b, (r, _) in ranking.ranks.items()}
    price = {b: prices[b] or 0.0 for b in ranks}
    performance = {b: figures[b].performance or 0.0 for b in ranks}
    broken = break_ties(ranks, tender.method.tie_break, price, performance, draws)
    level: dict[int, list[str]] = {}
    for b, r in broken.ranks.items():
        if broken.tied[b]:
            level.setdefault(r, []).append(b)
    for r, bids in sorted(level.items()):
        names = ", ".join(sorted(bids))
        message = f"bids {names} share rank {r} after the announced tie-break: a drawing of lots (tender draw) decides"
        if "lot" in {str(rule) for rule in tender.method.tie_break}:
            flags.append(Flag("lot-needed", sorted(bids)[0], "", message, {"bidders": sorted(bids), "rank": r}))
    ranked = {b: (broken.ranks[b], broken.tied[b]) for b in ranks}
    return replace(ranking, ranks=ranked, decided_by=broken.decided_by)
