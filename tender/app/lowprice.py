"""The award waits for § 60 VgV: the award decision and its approval are refused while a price flagged as abnormally
low has no recorded outcome — the final seal's own check (app/lotproc.open_checks), worded for the decision."""

from __future__ import annotations

from functools import reduce
from pathlib import Path

from tender.app.lotproc import Evaluated, open_checks
from tender.errors import UsageError
from tender.model import Workspace
from tender.scoring.funnel import PriceCheck
from tender.wording import Said, said


def refuse_unclarified(root: Path, ws: Workspace, ev: Evaluated) -> None:
    """Refuse to decide on (or approve) the award while a § 60 flag has no recorded outcome: one line naming every
    such bid (with its lot in a tender divided into lots) and the `tender clarify` that resolves it."""
    checks = open_checks(root, ws, ev)
    if not checks:
        return
    named = reduce(lambda done, bid: said("usage.unclarified.more", done=done, bid=bid), map(flagged, checks))
    option = " --lot ID" if any(lot for lot, _ in checks) else ""
    raise UsageError("usage.unclarified", named=named, option=option)


def flagged(check: tuple[str | None, PriceCheck]) -> Said:
    """One flagged bid: bidder, price and the request for an explanation, if any; its lot first where there is one."""
    lot, c = check
    bid = (
        said("usage.unclarified.requested", bidder=c.flag.bidder, price=c.flag.price, requested=c.requested)
        if c.requested
        else said("usage.unclarified.unrequested", bidder=c.flag.bidder, price=c.flag.price)
    )
    return bid if lot is None else said("usage.unclarified.lot", lot=lot, bid=bid)
