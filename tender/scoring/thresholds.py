"""The knock-outs on numbers: numeric requirements on a fact, a group's minimum score, the quality threshold."""

from __future__ import annotations

from collections.abc import Mapping

from tender.model import Bid, Kind, Requirement, Tender
from tender.result import LeafResult, Reason
from tender.scoring import kernel

THRESHOLD = "quality-threshold"  # the subject of a quality-threshold reason (it concerns no single criterion)


def fact_reason(bid: Bid, req: Requirement) -> Reason | None:
    """Why a bid fails a numeric requirement: its fact not stated, or outside the announced min or max."""
    assert req.fact is not None, "only a numeric requirement names a fact"
    unit = f" {req.unit}" if req.unit else ""
    value = bid.facts.get(req.fact)
    what = f"requirement {req.id} not met: {req.text}"
    if value is None:
        message = f"requirement {req.id} not answered: {req.text} (no {req.fact} stated)"
        return Reason("requirement-unanswered", req.id, message)
    if req.min is not None and value < req.min:
        message = f"{what} ({req.fact} = {value:g}{unit}, at least {req.min:g} required)"
        return Reason("requirement-below-min", req.id, message, {"value": value, "min": req.min})
    if req.max is not None and value > req.max:
        message = f"{what} ({req.fact} = {value:g}{unit}, at most {req.max:g} allowed)"
        return Reason("requirement-above-max", req.id, message, {"value": value, "max": req.max})
    return None


def below(points: float, needed: float) -> bool:
    """Whether points fall short of what is needed (a difference within the kernel's tie tolerance is none)."""
    return points < needed and not bool(kernel.close(points, needed))


def quality_reasons(
    tender: Tender, weights: Mapping[str, float], leaves: Mapping[str, LeafResult], performance: float | None
) -> list[Reason]:
    """Why a bid's quality excludes it: a group below its minimum share of its maximum points, or the
    performance points below the quality threshold's share of the maximum performance points."""
    out: list[Reason] = []
    for _, node in tender.nodes():
        if node.kind is Kind.GROUP and node.min_score is not None:
            top = 100 * weights[node.id]
            got = sum(leaves[n.id].points or 0.0 for _, n in node.walk() if n.kind is not Kind.GROUP)
            if below(got, node.min_score * top):
                message = f"{node.id}: {got:g} of {top:g} points, below the minimum share {node.min_score:g}"
                values = {"points": got, "max_points": top, "min_score": node.min_score}
                out.append(Reason("below-group-minimum", node.id, message, values))
    share = tender.method.quality_threshold
    if share is not None:
        top = 100 * sum(weights[leaf.id] for leaf in tender.leaf_tuple if leaf.kind is not Kind.PRICE)
        got = performance or 0.0
        if below(got, share * top):
            message = f"performance {got:g} of {top:g} points, below the quality threshold {share:g}: prices not opened"
            values = {"points": got, "max_points": top, "min_score": share}
            out.append(Reason("below-quality-threshold", THRESHOLD, message, values))
    return out
