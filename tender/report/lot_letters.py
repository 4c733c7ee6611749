"""The § 134 GWB letters of a tender divided into lots: one per lot to every bidder that bid for it, each holding
only what that bidder may read — the lot's awarded bid against its own, and why it is not awarded the lot: its
rank, the announced limit of lots per bidder (it holds the limit already), or the combination bid that took it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tender.lotresult import LotResult, LotsEvaluation
from tender.report.fmt import Formatter
from tender.report.letters import Letter, letter, redactor
from tender.report.lots_view import listing
from tender.report.messages import Messages
from tender.report.standstill import Standstill


def lot_letters(
    le: LotsEvaluation, period: Standstill, lang: str, contacts: dict[str, str], fingerprint: str
) -> list[tuple[str, Letter]]:
    """(lot, letter) for every bidder of every lot, in the listed order of the lots: the letter to the bidder
    awarded the lot and one per bidder not awarded it; the lots must all be awarded (the decision checked it)."""
    if le.award is None:
        raise ValueError("the lots are not awarded: the prices are sealed")
    msg, fmt = Messages(lang), Formatter(lang, le.tender.currency)
    out = []
    for r in le.lots:
        if r.awarded is None:
            raise ValueError(f"lot {r.lot.id} is not awarded")
        for b in r.evaluation.bids:
            one = letter(r.evaluation, b, r.awarded, period, msg, fmt, contacts.get(b.bidder, ""), fingerprint)
            out.append((r.lot.id, for_lot(le, r, one, msg)))
    return out


def for_lot(le: LotsEvaluation, r: LotResult, one: Letter, msg: Messages) -> Letter:
    """A bidder's letter for one lot: it names the lot, says why the lot goes to another bid where the rank alone
    does not (the limit, a combination bid), and hides the name of any other bidder of any lot."""
    alt = le.award.result if le.award else None
    combined = {lot: c for c in (alt.combinations if alt else ()) for lot in c.lots}
    held = {b: h for s in (alt.steps if alt else ()) if s.lot == r.lot.id for b, h in s.passed_over}
    intro = f"{one.intro} {msg('lotletter.lot', lot=r.lot.id, title=r.lot.title)}"
    combination = combined.get(r.lot.id)
    if one.kind == "winner":
        notes = one.notes
        if combination is not None:
            lots = titles(le, combination.lots, msg)
            notes = (*notes, msg("lotletter.winner.combination", combination=combination.id, lots=lots))
        return replace(one, intro=intro, notes=notes)
    if one.kind != "ranked":
        return replace(one, intro=intro, reasons=hidden(le, one, r.awarded or ""))
    limit = le.tender.lots_limit
    compare = msg(f"lots.compare.{le.tender.compare or 'price'}")
    notes = (*one.notes, *weighed(le, r, one.bidder, compare, msg))
    if one.bidder in held and limit is not None:
        lead = msg(
            "lotletter.reason.limit",
            limit=limit.max_per_bidder,
            order=msg(f"lots.order.{limit.order}"),
            held=titles(le, held[one.bidder], msg),
        )
        return replace(one, intro=intro, notes=notes, reasons_lead=lead, reasons=())
    if combination is not None:
        others = titles(le, [lot for lot in combination.lots if lot != r.lot.id], msg)
        winner = r.evaluation.bid(combination.bidder).name
        lead = msg("lotletter.reason.combination", others=others, winner=winner, compare=compare)
        return replace(one, intro=intro, notes=notes, reasons_lead=lead, reasons=())
    return replace(one, intro=intro, notes=notes, reasons=hidden(le, one, r.awarded or ""))


def weighed(le: LotsEvaluation, r: LotResult, bidder: str, compare: str, msg: Messages) -> tuple[str, ...]:
    """For a bidder not awarded the lot: each of its own combination bids for this lot that was weighed and not
    chosen, and why (the intended award is better on the announced criterion)."""
    chosen = {(c.bidder, c.id) for c in le.award.result.combinations} if le.award else set()
    return tuple(
        msg("lotletter.own_combination", combination=o.bid.id, lots=titles(le, o.bid.lots, msg), compare=compare)
        for o in le.offered
        if o.bidder == bidder and r.lot.id in o.bid.lots and not o.excluded_in and (bidder, o.bid.id) not in chosen
    )


def titles(le: LotsEvaluation, lots: tuple[str, ...] | list[str], msg: Messages) -> str:
    """Lots named by their titles, as a list in words (`„Los 1 – Cluster“ und „Los 2 – Test“`)."""
    return listing([msg("lotletter.title", title=le.lot(lot).lot.title) for lot in lots], msg)


def hidden(le: LotsEvaluation, one: Letter, awarded: str) -> tuple[tuple[str, ...], ...]:
    """The letter's reasons with the name and id of every other bidder of every lot hidden (a justification may
    name a bidder that did not bid for this lot)."""
    hides: list[Callable[[str], str]] = [
        redactor(r.evaluation, keep={one.bidder, awarded}, mark=Messages(one.lang)("letter.redacted")) for r in le.lots
    ]

    def hide(text: str) -> str:
        for h in hides:
            text = h(text)
        return text

    return tuple(tuple(hide(line) for line in reason) for reason in one.reasons)
