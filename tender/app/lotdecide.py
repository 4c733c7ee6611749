"""The award decision on a tender divided into lots: every lot's award (lot -> bidder, and how: first rank, the
limit of lots per bidder, or a combination bid), decided at once, and the recommendation worded from its steps."""

from __future__ import annotations

from typing import Any

from tender.errors import UsageError
from tender.lotresult import LotsEvaluation
from tender.report.lots_view import step_lines
from tender.report.messages import LANGUAGES, Messages
from tender.report.recommend import Margins
from tender.wording import said
from tender.wording.lists import joined

RANK = "rank"  # the lot goes to its first-ranked bid
LIMIT = "limit"  # to a later-ranked bid: the better ones hold the limit of lots already
COMBINATION = "combination"  # with a combination bid that covers it


def lots_decision(le: LotsEvaluation) -> dict[str, Any]:
    """The `decide` event's details of a lotted tender (without the date and the people): the fingerprint of the
    whole evaluation, each lot's award, how it came about and the awarded bid's margins in the lot (as an unlotted
    decision records the winner's), the recommendation; refused while a lot is not awarded (a tie, no bid ranked)."""
    if le.award is None:
        raise UsageError("decide.before-opening", what=said("step.decision"))
    alt = le.award.result
    for step in alt.steps:
        if step.bidder is None and step.tied:
            raise UsageError("decide.lot-tied", lot=step.lot, tied=joined(step.tied))
        if step.bidder is None:
            raise UsageError("decide.lot-unranked", lot=step.lot)
    combined = {lot: c.id for c in alt.combinations for lot in c.lots}
    lang = le.tender.language if le.tender.language in LANGUAGES else "en"
    msg = Messages(lang)
    lots = []
    for r in le.lots:
        bidder = str(r.awarded)
        rank = r.evaluation.bid(bidder).rank
        how = COMBINATION if r.lot.id in combined else RANK if rank == 1 else LIMIT
        lots.append(
            {
                "lot": r.lot.id,
                "bidder": bidder,
                "name": r.evaluation.bid(bidder).name,
                "rank": rank,
                "how": how,
                "combination": combined.get(r.lot.id),
                "fingerprint": r.evaluation.fingerprint,
                "margins": None if rank is None else Margins.of(r.evaluation, bidder).to_dict(),
            }
        )
    return {
        "awards": {r.lot.id: r.awarded for r in le.lots},
        "lots": lots,
        "fingerprint": le.fingerprint,
        "recommendation": " ".join([msg("lots.awards") + ":", *step_lines(le, alt, msg)]),
        "language": lang,
    }
