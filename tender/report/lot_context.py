"""A lot's place in a lotted tender, for that lot's memo: who is awarded the lot and why, and where the awards
overview is. Without it a lot's memo would name its first-ranked bid as if it won, also where the limit of lots
per bidder passed it over or a combination bid took the lot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tender.lotresult import LotsEvaluation
from tender.report.fmt import Formatter
from tender.report.lots_view import listing, single_step
from tender.report.messages import Messages
from tender.report.recommend import Margins, lot_margins
from tender.result import Evaluation


@dataclass(frozen=True)
class LotsDecision:
    """The award decision on all lots of a lotted tender, as the log's `decide` event (and its approval) records it."""

    date: str  # YYYY-MM-DD
    proposer: str  # the people by name, as the reports name them
    event: int
    approver: str | None
    approval_date: str | None
    approval_event: int | None
    recommendation: str
    fingerprint: str  # of the lots' evaluation decided on
    margins: tuple[tuple[str, Margins], ...] = ()  # (lot title, the awarded bid's margins in it); none in older logs

    def rows(self, msg: Messages, fmt: Formatter) -> list[tuple[str, str]]:
        """The decision block's rows: date, proposer, approver, the margins of each lot's awarded bid."""

        def when(text: str) -> str:
            return fmt.date(datetime.fromisoformat(text[:10]))

        approved = (
            msg(
                "decision.approved_value",
                person=self.approver,
                date=when(self.approval_date or self.date),
                event=self.approval_event,
            )
            if self.approver
            else msg("decision.unapproved")
        )
        proposed = msg("decision.proposed_value", person=self.proposer, date=when(self.date), event=self.event)
        return [
            (msg("decision.date"), when(self.date)),
            (msg("decision.proposer"), proposed),
            (msg("decision.approver"), approved),
            *((msg("decision.lot_margins", lot=lot), lot_margins(m, msg, fmt)) for lot, m in self.margins),
        ]

    def stale(self, fingerprint: str, msg: Messages) -> str:
        """The warning where the decision was taken on another evaluation of the lots than the one shown."""
        return "" if self.fingerprint == fingerprint else msg("decision.stale", fingerprint=self.fingerprint[:16])


@dataclass(frozen=True)
class LotContext:
    """One lot of a lotted tender as its memo shows it: the lot, the bidder awarded it (None while the prices are
    sealed or the lot is not awarded), the first-ranked bidders, the combination bid that took it, the steps of the
    award that concern it (in the memo's words), the overview's file and the fingerprint of the lots' evaluation."""

    lot: str
    title: str
    tender: str  # the lotted tender's id
    awarded: str | None
    awarded_name: str | None
    first: tuple[str, ...]
    combination: str | None
    steps: tuple[str, ...]
    overview: str  # the awards overview's file name (its PDF)
    lots_fingerprint: str
    sealed: bool
    decision: str = ""  # the award decision on all lots, where the log records one, pointing to the overview

    @property
    def passed_over(self) -> bool:
        """Whether the lot goes to someone other than its single first-ranked bid (limit or combination)."""
        return self.awarded is not None and (self.combination is not None or self.first != (self.awarded,))

    def to_dict(self) -> dict[str, Any]:
        """The lot in the memo's JSON report (`lots`, beside `result`): what the memo says of the award."""
        return {
            "id": self.lot,
            "implicit": False,
            "title": self.title,
            "tender": self.tender,
            "awarded": self.awarded,
            "first_ranked": list(self.first),
            "combination": self.combination,
            "overview": self.overview,
            "lots_fingerprint": self.lots_fingerprint,
        }


def lot_context(
    le: LotsEvaluation, lot: str, lang: str, overview: str, decision: LotsDecision | None = None
) -> LotContext:
    """The context of one lot's memo, its steps and the award decision on all lots (if any) worded in `lang`."""
    msg = Messages(lang)
    r = le.lot(lot)
    ev = r.evaluation
    first = tuple(b.bidder for b in ev.ranked if b.rank == 1)
    steps: list[str] = []
    combination = None
    if le.award is not None:
        chosen = le.award.result
        for c in chosen.combinations:
            if lot in c.lots:
                combination = c.id
                steps.append(combination_step(le, c.id, msg, Formatter(lang, le.tender.currency)))
        limit = le.tender.lots_limit
        for step in chosen.steps:
            if step.lot == lot:
                steps.extend(single_step(le, step, msg, limit.max_per_bidder if limit else 0))
    awarded = ev.bid(r.awarded).name if r.awarded else None
    return LotContext(
        lot,
        r.lot.title,
        le.tender.id,
        r.awarded,
        awarded,
        first,
        combination,
        tuple(steps),
        overview,
        le.fingerprint,
        le.award is None,
        decision_line(decision, overview, msg, Formatter(lang, le.tender.currency)),
    )


def decision_line(decision: LotsDecision | None, overview: str, msg: Messages, fmt: Formatter) -> str:
    """A lot memo's decision block: the award decision on all lots and where it is shown; "" where none."""
    if decision is None:
        return ""
    rows = dict(decision.rows(msg, fmt))
    return msg(
        "lots.memo.decision",
        date=rows[msg("decision.date")],
        event=decision.event,
        approval=rows[msg("decision.approver")],
        overview=overview,
    )


def combination_step(le: LotsEvaluation, combination: str, msg: Messages, fmt: Formatter) -> str:
    """Why a combination bid took the lot: its lots, and the chosen alternative's total against the single awards'."""
    assert le.award is not None
    alts = le.award.alternatives
    chosen = le.award.result
    singles = next((a for a in alts if not a.combinations), None)
    c = next(c for c in chosen.combinations if c.id == combination)
    compare = le.tender.compare
    by_score = compare is not None and str(compare) == "score"
    total = (lambda a: fmt.num(a.score)) if by_score else (lambda a: fmt.money(a.price))
    return msg(
        "lots.memo.combination",
        bidder=c.bidder,
        combination=c.id,
        lots=listing(c.lots, msg),
        compare=msg(f"lots.compare.{compare or 'price'}"),
        chosen=total(chosen),
        singles=total(singles) if singles is not None else "–",
    )


def lot_outcome(ev: Evaluation, lot: LotContext, msg: Messages) -> str | None:
    """A lot memo's outcome where it is not a tender's (None): who ranks first and who is awarded the lot, where
    the limit of lots per bidder passed the first-ranked bid over or a combination bid took the lot."""
    if lot.sealed or lot.awarded is None or not lot.passed_over:
        return None
    w = ev.bid(lot.awarded)
    if lot.combination is not None and lot.first == (lot.awarded,):
        return msg("lots.memo.outcome.combination", name=w.name, bidder=w.bidder, combination=lot.combination)
    first = ", ".join(f"{ev.bid(b).name} ({b})" for b in lot.first)
    return msg("lots.memo.outcome.other", first=first, name=w.name, bidder=w.bidder)


def lot_view(ev: Evaluation, lot: LotContext, msg: Messages) -> dict[str, Any]:
    """A lot memo's award block: whom the lot goes to and why (the steps of the award concerning it), and where
    the overview of all lots is."""
    part = msg("lots.memo.part", lot=lot.title, tender=lot.tender, overview=lot.overview)
    if lot.sealed:
        return {"lead": msg("lots.sealed"), "steps": [], "part": part}
    if lot.awarded is None:
        lead = msg("lots.memo.none")
    else:
        w = ev.bid(lot.awarded)
        first = ", ".join(f"{ev.bid(b).name} ({b})" for b in lot.first)
        if lot.combination is not None:
            lead = msg("lots.memo.by_combination", name=w.name, bidder=w.bidder, combination=lot.combination)
        elif lot.passed_over:
            lead = msg("lots.memo.other", name=w.name, bidder=w.bidder, first=first)
        else:
            lead = msg("lots.memo.first", name=w.name, bidder=w.bidder)
    steps = list(lot.steps) if lot.passed_over or lot.awarded is None else []
    return {"lead": lead, "steps": steps, "part": part}
