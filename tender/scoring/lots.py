"""Evaluate a lotted tender: each lot by the one-lot kernel, then the combination bids and the award of the lots."""

from __future__ import annotations

from dataclasses import replace

from tender.errors import Finding, InputError
from tender.gcpause import gc_paused
from tender.lotmodel import CombinationBid, Compare, LimitOrder
from tender.lotresult import Combination, LotResult, LotsEvaluation, Offered, Standing
from tender.model import Bid, Lot, Score, Workspace
from tender.result import Evaluation
from tender.scoring.award import MAX_COMBINATIONS, award
from tender.scoring.envelope import quality_only
from tender.scoring.evaluate import evaluate


def lot_workspaces(ws: Workspace) -> list[tuple[Lot, Workspace]]:
    """Per lot, the workspace as a tender of its own: the lot's tender, the bids for it (their offers for the
    lot) and the scores for it."""
    by_lot: dict[str, list[Score]] = {lot.id: [] for lot in ws.tender.lots}
    for score in ws.scores:
        by_lot[score.lot].append(score)
    return [
        (
            lot,
            replace(
                ws,
                tender=lot.tender,
                bids=tuple(b.offers[lot.id] for b in ws.bids if lot.id in b.offers),
                scores=tuple(by_lot[lot.id]),
                draws=ws.lot_draws.get(lot.id, ()),
                clarifications=tuple(c for c in ws.clarifications if c.lot == lot.id),
            ),
        )
        for lot in ws.tender.lots
    ]


def evaluate_lot(lot: Lot, ws: Workspace) -> Evaluation:
    """One lot's evaluation; a problem found (a missing score) names the lot."""
    try:
        return evaluate(ws)
    except InputError as error:
        raise InputError(
            [replace(f, place=f"lot {lot.id}, {f.place}" if f.place else f"lot {lot.id}") for f in error.findings]
        ) from None


def evaluate_lots(ws: Workspace, sealed: bool = False) -> LotsEvaluation:
    """Every lot evaluated on its own; unless the prices are `sealed`, the combination bids weighed and the lots
    awarded under the announced limit. The cyclic garbage collector stays paused throughout: each lot's judgements
    would otherwise set it off to scan every score of every lot again (a tenth of the time at 20 lots)."""
    with gc_paused():
        return evaluated_lots(ws, sealed)


def evaluated_lots(ws: Workspace, sealed: bool) -> LotsEvaluation:
    """The work of evaluate_lots."""
    parts = lot_workspaces(ws)
    results = [(lot, lws, evaluate_lot(lot, lws)) for lot, lws in parts]
    if sealed:
        return LotsEvaluation(ws.tender, tuple(LotResult(lot, quality_only(ev)) for lot, _, ev in results))
    evaluations = {lot.id: ev for lot, _, ev in results}
    workspaces = {lot.id: lws for lot, lws in parts}
    offered = tuple(weigh(bid, c, evaluations, workspaces) for bid in ws.bids for c in bid.combinations)
    tender = ws.tender
    limit = tender.lots_limit
    admissible = [
        Combination(o.bid.id, o.bidder, o.bid.lots, o.price or 0.0, o.score or 0.0)
        for o in offered
        if not o.excluded_in
    ]
    if len(admissible) > MAX_COMBINATIONS:
        found = Finding.of(
            "too-many-combinations", "bids/", "combinations", count=len(admissible), limit=MAX_COMBINATIONS
        )
        raise InputError([found])
    outcome = award(
        [standing(lot, evaluations[lot.id]) for lot in tender.lots],
        admissible,
        limit.max_per_bidder if limit else None,
        limit.order if limit else LimitOrder.BY_LIST,
        tender.compare or Compare.PRICE,
    )
    awards = outcome.result.awards()
    lots = tuple(LotResult(lot, ev, awards.get(lot.id)) for lot, _, ev in results)
    return LotsEvaluation(tender, lots, offered, outcome)


def standing(lot: Lot, ev: Evaluation) -> Standing:
    """A lot's ranking as the award composes it: the ranked bids best first, their prices and scores."""
    ranked = ev.ranked
    return Standing(
        lot.id,
        tuple((b.bidder, b.rank or 0) for b in ranked),
        {b.bidder: b.price or 0.0 for b in ranked},
        {b.bidder: b.score or 0.0 for b in ranked},
        lot.value,
    )


def weigh(bid: Bid, c: CombinationBid, evaluations: dict[str, Evaluation], workspaces: dict[str, Workspace]) -> Offered:
    """A combination bid's evaluated price and total score, or why it is not weighed.

    Its price is the stated combined price, or the discount taken off the sum of the bidder's evaluated lot prices.
    Its score: each lot evaluated again with the bidder's unit prices scaled to the combination's price, the
    bidder's scores added up (the other bids' points move with the new lowest price, as the formula says)."""
    results = {lot: evaluations[lot].bid(bid.bidder) for lot in c.lots}
    out = [lot for lot, r in results.items() if r.excluded or r.price is None]
    if out:
        return Offered(bid.bidder, c, None, None, None, tuple(out))
    single = sum(r.price or 0.0 for r in results.values())
    price = c.combined(single)
    factor = price / single if single else 1.0
    score = 0.0
    for lot in c.lots:
        lws = workspaces[lot]
        scaled = tuple(
            replace(b, prices={k: v * factor for k, v in b.prices.items()}) if b.bidder == bid.bidder else b
            for b in lws.bids
        )
        score += evaluate(replace(lws, bids=scaled), evaluations[lot]).bid(bid.bidder).score or 0.0
    return Offered(bid.bidder, c, single, price, score)
