"""A lotted tender's award in words and table rows: the overview of the lots, every step of the allocation under
the limit, every combination bid and every alternative weighed. Shared by the terminal and the reports."""

from __future__ import annotations

from dataclasses import dataclass

from tender.lotresult import Alternative, LotsEvaluation, Offered, Step
from tender.report.fmt import Formatter
from tender.report.messages import Messages


@dataclass(frozen=True)
class LotRow:
    """One lot in the overview: id, title, estimated value, bids, first ranked, awarded, its price and points."""

    lot: str
    title: str
    value: str
    bids: str
    first: str
    awarded: str
    price: str
    score: str


def overview_rows(le: LotsEvaluation, msg: Messages, fmt: Formatter) -> list[LotRow]:
    """The overview table: one row per lot in the listed order."""
    rows = []
    combined = {lot: c for c in le.award.result.combinations for lot in c.lots} if le.award else {}
    for r in le.lots:
        ev = r.evaluation
        first = [b.bidder for b in ev.ranked if b.rank == 1]
        awarded = ev.bid(r.awarded) if r.awarded else None
        rows.append(
            LotRow(
                r.lot.id,
                r.lot.title,
                fmt.money(r.lot.value) if r.lot.value is not None else "–",
                f"{len(ev.ranked)} / {len(ev.bids)}",
                ", ".join(first) or "–",
                msg("lots.by_combination", bidder=r.awarded, combination=combined[r.lot.id].id)
                if r.lot.id in combined
                else r.awarded or (msg("lots.none") if not le.prices_sealed else "–"),
                fmt.money(awarded.price) if awarded and awarded.price is not None else "–",
                fmt.num(awarded.score) if awarded and awarded.score is not None else "–",
            )
        )
    return rows


def limit_line(le: LotsEvaluation, msg: Messages) -> str:
    """The announced limit of lots per bidder and its order, in one sentence."""
    limit = le.tender.lots_limit
    if limit is None:
        return msg("lots.no_limit")
    return msg("lots.limit", limit=limit.max_per_bidder, order=msg(f"lots.order.{limit.order}"))


def listing(items: tuple[str, ...] | list[str], msg: Messages) -> str:
    """`a, b und c` / `a, b and c`."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + msg("lots.and") + items[-1]


def step_lines(le: LotsEvaluation, alt: Alternative, msg: Messages) -> list[str]:
    """How each lot of one alternative is awarded: the combination bids first, then each single award in the
    announced order with every bidder passed over at the limit."""
    lines = [
        msg("lots.step.combination", lots=listing(c.lots, msg), bidder=c.bidder, combination=c.id)
        for c in alt.combinations
    ]
    limit = le.tender.lots_limit
    for step in alt.steps:
        lines.extend(single_step(le, step, msg, limit.max_per_bidder if limit else 0))
    return lines


def single_step(le: LotsEvaluation, step: Step, msg: Messages, limit: int) -> list[str]:
    """One lot awarded singly: the bidders passed over, then to whom (or the tie)."""
    lines = [
        msg("lots.step.passed", bidder=bidder, held=listing(held, msg) or "–", limit=limit)
        for bidder, held in step.passed_over
    ]
    if step.bidder is None:
        lines.append(msg("lots.step.tied", lot=step.lot, bidders=listing(step.tied, msg)))
    else:
        rank = le.lot(step.lot).evaluation.bid(step.bidder).rank
        lines.append(msg("lots.step.awarded", lot=step.lot, bidder=step.bidder, rank=rank))
    return lines


def combination_line(o: Offered, msg: Messages, fmt: Formatter) -> str:
    """One combination bid: its price against the sum of its single prices, or why it is not weighed."""
    lots = listing(o.bid.lots, msg)
    if o.excluded_in:
        reason = msg("lots.refused.out", lots=listing(o.excluded_in, msg))
        return msg("lots.refused", bidder=o.bidder, combination=o.bid.id, lots=lots, reason=reason)
    discount = msg("lots.discount", discount=fmt.pct(o.bid.discount)) if o.bid.discount is not None else ""
    return msg(
        "lots.combination",
        bidder=o.bidder,
        combination=o.bid.id,
        lots=lots,
        price=fmt.money(o.price),
        single=fmt.money(o.single),
        discount=discount,
    )


def alternative_lines(le: LotsEvaluation, msg: Messages, fmt: Formatter) -> list[tuple[str, str, bool]]:
    """Every alternative weighed: its name, its totals, and whether it was chosen."""
    if le.award is None:
        return []
    out = []
    for i, alt in enumerate(le.award.alternatives):
        name = (
            msg("lots.alt.with", combinations=listing([c.id for c in alt.combinations], msg))
            if alt.combinations
            else msg("lots.alt.singles")
        )
        total = msg("lots.alt.total", price=fmt.money(alt.price), score=fmt.num(alt.score))
        out.append((name, total, i == le.award.chosen))
    return out
