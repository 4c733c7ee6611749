"""The award recommendation: the winner's margins (quality lead and price premium over the cheapest ranked bid,
lead over the runner-up) as numbers, and the sentence the message catalogue makes of them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from tender.model import MethodName
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.trail import Z_SCALE
from tender.result import Evaluation


@dataclass(frozen=True)
class Margins:
    """The figures of the recommendation, as the `decide` event records them (unrounded)."""

    method: str
    winner: str
    winner_name: str
    score: float  # the winner's total points (weighted sum) or Z (UfAB)
    performance: float
    price: float
    cheapest: str
    cheapest_name: str
    cheapest_performance: float
    cheapest_price: float
    runner_up: str | None = None
    runner_up_name: str | None = None
    runner_up_score: float | None = None

    @classmethod
    def of(cls, ev: Evaluation, bidder: str | None = None) -> Margins:
        """The margins of an evaluation's single winner (the caller has checked there is one, with prices), or of
        `bidder`, a lot's awarded bid: ranked below the first where the limit of lots or a combination bid decided,
        its `runner_up` is then the best other ranked bid, ahead of it."""
        chosen = bidder if bidder is not None else ev.winner
        if chosen is None:
            raise ValueError("no single winner")
        w = ev.bid(chosen)
        priced = [b for b in ev.ranked if b.price is not None]
        cheapest = min(priced, key=lambda b: (b.price, b.bidder != w.bidder, b.rank or 0))
        others = [b for b in ev.ranked if b.bidder != w.bidder and b.score is not None]
        second = max(others, key=lambda b: (b.score or 0.0, -(b.rank or 0)), default=None)
        return cls(
            method=str(ev.tender.method.name),
            winner=w.bidder,
            winner_name=w.name,
            score=float(w.score or 0.0),
            performance=float(w.performance or 0.0),
            price=float(w.price or 0.0),
            cheapest=cheapest.bidder,
            cheapest_name=cheapest.name,
            cheapest_performance=float(cheapest.performance or 0.0),
            cheapest_price=float(cheapest.price or 0.0),
            runner_up=None if second is None else second.bidder,
            runner_up_name=None if second is None else second.name,
            runner_up_score=None if second is None else float(second.score or 0.0),
        )

    def to_dict(self) -> dict[str, Any]:
        """The margins as the `decide` event and the JSON report hold them."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Margins:
        """The margins a `decide` event recorded."""
        known: dict[str, Any] = {k: data.get(k) for k in cls.__dataclass_fields__}
        return cls(**known)


def standing(m: Margins, msg: Messages, fmt: Formatter) -> tuple[str, str]:
    """The bid's score and its lead over the runner-up in the catalogue's words (a lot's awarded bid ranked below
    the first: how far it is behind the best other bid)."""
    ufab = m.method != MethodName.WEIGHTED_SUM
    scale = Z_SCALE if ufab else 1.0
    score = msg("decision.z" if ufab else "decision.points", value=fmt.num(m.score * scale))
    margin = None if m.runner_up_score is None else m.score - m.runner_up_score
    size = None if margin is None else abs(margin)
    shown = None if size is None else msg("decision.z" if ufab else "decision.points", value=fmt.num(size * scale))
    lead_key = "decision.lead"
    if m.method == MethodName.VALUE_FOR_MONEY:  # the score is −F: the lead is the runner-up's F less the winner's
        score = msg("decision.fictitious", value=fmt.money(-m.score))
        shown, lead_key = (None if size is None else fmt.money(size)), "decision.lead.fictitious"
    if shown is None:
        return score, msg("decision.lead.sole")
    if margin is not None and margin < 0:
        return score, msg("decision.behind", margin=shown, first=m.runner_up_name)
    return score, msg(lead_key, margin=shown, runner_up=m.runner_up_name)


def recommendation(m: Margins, msg: Messages, fmt: Formatter) -> str:
    """The recommendation in the catalogue's words: the winner, its lead over the runner-up and, where it is not
    the cheapest ranked bid, its quality lead and price premium over that bid."""
    score, lead = standing(m, msg, fmt)
    if m.cheapest == m.winner:
        return msg("decision.recommend.cheapest", winner=m.winner_name, score=score, lead=lead)
    premium = m.price - m.cheapest_price
    return msg(
        "decision.recommend.premium",
        winner=m.winner_name,
        cheapest=m.cheapest_name,
        quality=fmt.num(m.performance - m.cheapest_performance),
        performance=fmt.num(m.performance),
        cheapest_performance=fmt.num(m.cheapest_performance),
        premium=fmt.money(premium),
        premium_pct=fmt.pct(premium / m.cheapest_price if m.cheapest_price else None, 1),
        score=score,
        lead=lead,
    )


def lot_margins(m: Margins, msg: Messages, fmt: Formatter) -> str:
    """A lot's margins as the awards overview shows them: the awarded bid's score, its lead over the runner-up (or
    distance behind the first), and against the cheapest ranked bid its performance and price premium."""
    score, lead = standing(m, msg, fmt)
    text = msg("decision.lot_margins_value", name=m.winner_name, score=score, lead=lead)
    if m.cheapest == m.winner:
        return text + msg("decision.lot_cheapest")
    premium = m.price - m.cheapest_price
    return text + msg(
        "decision.lot_premium",
        cheapest=m.cheapest_name,
        performance=fmt.num(m.performance),
        cheapest_performance=fmt.num(m.cheapest_performance),
        premium=fmt.money(premium),
        premium_pct=fmt.pct(premium / m.cheapest_price if m.cheapest_price else None, 1),
    )
