"""Evaluate a workspace: exclusions, leaf values, points, the method's score and the ranking."""

from __future__ import annotations

from tender.errors import Finding, InputError
from tender.model import Bid, DecideBy, Kind, MethodName, Tender, Workspace
from tender.result import BidResult, Evaluation, Flag, Judgement, LeafResult, Reason
from tender.scoring.aggregate import judge
from tender.scoring.price import evaluated_price, price_lines, price_normalized
from tender.scoring.ranking import close, competition_ranks


def evaluate(ws: Workspace) -> Evaluation:
    """The complete evaluation of a workspace; raises InputError when it is incomplete."""
    tender = ws.tender
    leaves = tender.leaves()
    weights = {node.id: absolute(path, node.weight) for path, node in tender.nodes()}
    judged = [leaf.id for leaf in leaves if leaf.kind is Kind.JUDGED]
    judgements = judge(
        ws.scores, [b.bidder for b in ws.bids], judged, tender.method.aggregation, tender.method.disagreement
    )
    lines = {b.bidder: price_lines(b, tender) for b in ws.bids}
    prices = {b.bidder: evaluated_price(lines[b.bidder]) for b in ws.bids}
    reasons = {
        b.bidder: exclusion_reasons(b, tender, judgements, prices[b.bidder] is None, lines[b.bidder]) for b in ws.bids
    }
    running = [b for b in ws.bids if not reasons[b.bidder]]
    check_complete(running, judged, judgements, prices)
    running_prices = [prices[b.bidder] or 0.0 for b in running]
    p_min = min(running_prices) if running_prices else None
    p_max = max(running_prices) if running_prices else None
    flags: list[Flag] = []
    partial: dict[str, tuple[dict[str, LeafResult], float | None, float | None]] = {}
    for bid in ws.bids:
        in_running = not reasons[bid.bidder]
        leaf_results = {}
        for leaf in leaves:
            result = leaf_result(
                leaf.id,
                leaf.kind,
                bid,
                tender,
                judgements,
                prices[bid.bidder],
                weights[leaf.id],
                (p_min, p_max) if in_running else None,
                flags,
            )
            leaf_results[leaf.id] = result
        quality = [r for leaf, r in zip(leaves, leaf_results.values(), strict=True) if leaf.kind is not Kind.PRICE]
        performance = (
            sum(r.points for r in quality if r.points is not None)
            if all(r.points is not None for r in quality)
            else None
        )
        price_leaf = next(
            (r for leaf, r in zip(leaves, leaf_results.values(), strict=True) if leaf.kind is Kind.PRICE), None
        )
        price_points = price_leaf.points if price_leaf and in_running else None
        partial[bid.bidder] = (leaf_results, performance, price_points)
    for key in sorted(judgements):
        j = judgements[key]
        flags.extend(judgement_flags(j, tender.method.disagreement))
    scores, groups, keys, z_max, floor = method_scores(tender, running, prices, partial)
    ranks = competition_ranks([(b.bidder, groups[b.bidder], keys[b.bidder]) for b in running])
    results = []
    for bid in ws.bids:
        leaf_results, performance, price_points = partial[bid.bidder]
        rank, tied = ranks.get(bid.bidder, (None, False))
        results.append(
            BidResult(
                bidder=bid.bidder,
                name=bid.name,
                source=bid.source,
                excluded=bool(reasons[bid.bidder]),
                reasons=tuple(reasons[bid.bidder]),
                price=prices[bid.bidder],
                performance=performance,
                price_points=price_points if tender.method.name is MethodName.WEIGHTED_SUM else None,
                score=scores.get(bid.bidder),
                rank=rank,
                tied=tied,
                criteria=leaf_results,
                price_lines=lines[bid.bidder],
                in_band=(groups[bid.bidder] == 0) if floor is not None and bid.bidder in groups else None,
            )
        )
    results.sort(key=lambda r: (r.excluded, r.rank or 0, r.bidder))
    top = [r for r in results if r.rank == 1]
    winner = top[0].bidder if len(top) == 1 else None
    return Evaluation(
        tender=tender,
        bids=tuple(results),
        winner=winner,
        flags=tuple(flags),
        judgements=tuple(judgements[k] for k in sorted(judgements)),
        evaluators=tuple(ws.evaluators),
        weights=weights,
        price_min=p_min,
        price_max=p_max,
        z_max=z_max,
        band_floor=floor,
        inputs=dict(ws.inputs),
    )


def absolute(path: tuple, weight: float) -> float:
    """Product of weight/100 along the path."""
    w = weight / 100
    for ancestor in path:
        w *= ancestor.weight / 100
    return w


def exclusion_reasons(
    bid: Bid, tender: Tender, judgements: dict[tuple[str, str], Judgement], incomplete: bool, lines: tuple
) -> list[Reason]:
    """Every reason that excludes a bid: a requirement not met, a price line missing, a minimum score missed."""
    out = []
    for req in tender.requirements:
        answer = bid.requirements.get(req.id)
        if answer is None:
            out.append(Reason("requirement-unanswered", req.id, f"requirement {req.id} not answered: {req.text}"))
        elif not answer:
            out.append(Reason("requirement-not-met", req.id, f"requirement {req.id} not met: {req.text}"))
    if incomplete:
        for line in lines:
            if line.unit_price is None:
                out.append(Reason("missing-price", line.line, f"price line {line.line} not priced: {line.name}"))
    for leaf in tender.leaves():
        if leaf.min_score is None:
            continue
        value = judgements[(bid.bidder, leaf.id)].value
        if value is not None and value < leaf.min_score:
            out.append(
                Reason(
                    "below-min-score",
                    leaf.id,
                    f"{leaf.id}: score {value:g} below the minimum {leaf.min_score:g}",
                    {"score": value, "min_score": leaf.min_score},
                )
            )
    return out


def check_complete(
    running: list[Bid], judged: list[str], judgements: dict[tuple[str, str], Judgement], prices: dict[str, float | None]
) -> None:
    """Every bid in the running needs a value on every judged criterion and a price above 0."""
    findings = []
    for bid in running:
        for criterion in judged:
            if judgements[(bid.bidder, criterion)].value is None:
                findings.append(
                    Finding(
                        "unscored",
                        "scores/",
                        f"bidder {bid.bidder}, criterion {criterion}",
                        f"nobody scored criterion {criterion} for bidder {bid.bidder}: the evaluation is incomplete",
                    )
                )
        price = prices[bid.bidder]
        if price is not None and price <= 0:
            findings.append(
                Finding(
                    "zero-price",
                    bid.source,
                    "prices",
                    f"the evaluated price of bidder {bid.bidder} is {price:g}: it must be greater than 0",
                )
            )
    if findings:
        raise InputError(findings)


def leaf_result(
    leaf_id: str,
    kind: Kind,
    bid: Bid,
    tender: Tender,
    judgements: dict[tuple[str, str], Judgement],
    price: float | None,
    weight: float,
    basis: tuple[float | None, float | None] | None,
    flags: list[Flag],
) -> LeafResult:
    """Value, normalised value and points of one bid on one leaf."""
    if kind is Kind.JUDGED:
        value = judgements[(bid.bidder, leaf_id)].value
        n = None if value is None else (value - tender.scale.min) / (tender.scale.max - tender.scale.min)
    elif kind is Kind.MEASURED:
        measure = next(leaf.measure for leaf in tender.leaves() if leaf.id == leaf_id)
        assert measure is not None
        value = bid.facts.get(measure.fact)
        if value is None:
            n = 0.0
            flags.append(
                Flag(
                    "missing-fact",
                    bid.bidder,
                    leaf_id,
                    f"bidder {bid.bidder} states no {measure.fact}: counted as 0",
                    {"fact": measure.fact},
                )
            )
        else:
            n = min(1.0, max(0.0, (value - measure.worst) / (measure.best - measure.worst)))
    else:
        value = price
        n = None
        if basis is not None and price is not None and basis[0] is not None and basis[1] is not None:
            m = tender.method
            n = price_normalized(m.price_formula, price, basis[0], basis[1], m.span)
    return LeafResult(leaf_id, value, n, None if n is None else 100 * weight * n)


def judgement_flags(j: Judgement, threshold: float) -> list[Flag]:
    """Disagreement and abstention notes for one judged pair."""
    out = []
    if j.flagged:
        marks = {s.evaluator: s.score for s in j.scores}
        moderated = f"; consensus {j.consensus.score:g}" if j.consensus else "; no consensus recorded"
        out.append(
            Flag(
                "disagreement",
                j.bidder,
                j.criterion,
                f"evaluators disagree on {j.criterion} for {j.bidder}: spread {j.spread:g} "
                f"(threshold {threshold:g}){moderated}",
                {"spread": j.spread, "scores": marks, "consensus": j.consensus.score if j.consensus else None},
            )
        )
    if j.abstained:
        out.append(
            Flag(
                "abstention",
                j.bidder,
                j.criterion,
                f"{', '.join(j.abstained)} gave no score on {j.criterion} for {j.bidder}",
                {"evaluators": list(j.abstained)},
            )
        )
    return out


def method_scores(
    tender: Tender,
    running: list[Bid],
    prices: dict[str, float | None],
    partial: dict[str, tuple[dict[str, LeafResult], float | None, float | None]],
):
    """The method's score per bid, and the (group, key) the ranking sorts by."""
    method = tender.method
    scores: dict[str, float] = {}
    for bid in running:
        _, performance, price_points = partial[bid.bidder]
        assert performance is not None
        if method.name is MethodName.WEIGHTED_SUM:
            scores[bid.bidder] = performance + (price_points or 0.0)
        else:
            scores[bid.bidder] = performance / (prices[bid.bidder] or 1.0)
    groups = {b: 0 for b in scores}
    keys = dict(scores)
    z_max = floor = None
    if method.name is MethodName.UFAB_EXTENDED and scores:
        z_max = max(scores.values())
        floor = z_max * (1 - method.band)
        for bidder, z in scores.items():
            inside = z >= floor or close(z, floor)
            groups[bidder] = 0 if inside else 1
            if inside:
                _, performance, _ = partial[bidder]
                keys[bidder] = (
                    (performance or 0.0) if method.decide_by is DecideBy.PERFORMANCE else -(prices[bidder] or 0.0)
                )
    return scores, groups, keys, z_max, floor
