"""The quality-only view of an evaluation, for a two-envelope procedure before the prices are opened."""

from __future__ import annotations

from dataclasses import replace

from tender.model import Kind
from tender.result import BidResult, Evaluation, LeafResult
from tender.scoring import kernel
from tender.scoring.evaluate import group_leaves, group_points


def quality_only(ev: Evaluation) -> Evaluation:
    """Drop every price, price point and price-dependent figure; rank by performance alone; no winner."""
    price_leaves = {leaf.id for leaf in ev.tender.leaves() if leaf.kind is Kind.PRICE}
    bids = []
    groups = group_leaves(ev.tender)
    for b in ev.bids:
        reasons = tuple(r for r in b.reasons if r.code != "missing-price")
        criteria = {
            cid: LeafResult(cid, None, None, None) if cid in price_leaves else leaf for cid, leaf in b.criteria.items()
        }
        lines = tuple(replace(line, unit_price=None, total=None) for line in b.price_lines)
        bids.append(
            replace(
                b,
                excluded=bool(reasons),
                reasons=reasons,
                price=None,
                price_points=None,
                score=None,
                rank=None,
                tied=False,
                criteria=criteria,
                price_lines=lines,
                in_band=None,
                group_points=group_points(groups, criteria),
                decided_by=None,  # a tie-break placed it among bids level on a score that needs the prices
            )
        )
    ranks = performance_ranks([b for b in bids if not b.excluded and b.performance is not None])
    ranked: list[BidResult] = [
        replace(b, score=b.performance, rank=ranks[b.bidder][0], tied=ranks[b.bidder][1]) if b.bidder in ranks else b
        for b in bids
    ]
    ranked.sort(key=lambda r: (r.excluded, r.rank is None, r.rank or 0, r.bidder))
    return replace(
        ev,
        bids=tuple(ranked),
        flags=tuple(f for f in ev.flags if f.code != "lot-needed"),  # a tie on the score: price-dependent
        winner=None,
        price_min=None,
        price_max=None,
        z_max=None,
        band_floor=None,
        prices_sealed=True,
    )


def performance_ranks(bids: list[BidResult]) -> dict[str, tuple[int, bool]]:
    """Competition ranks by performance alone (the kernel's ranking, with its tie rule)."""
    import numpy as np

    ids = [b.bidder for b in bids]
    performance = np.array([b.performance or 0.0 for b in bids])
    keys = kernel.Keys(np.zeros(len(ids), dtype=np.int8), performance, None, None, None)
    ranks, tied = kernel.competition_ranks(keys, ids)
    return {b: (int(r), bool(t)) for b, r, t in zip(ids, ranks.tolist(), tied.tolist(), strict=True)}
