"""The award record of a workspace: the receipts of its bids (from the bid files or the imports in the audit log)
and the funnel, worked out by tender.scoring.funnel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.receipt import late_bids, receipts
from tender.model import Workspace
from tender.result import Evaluation
from tender.scoring.funnel import AwardRecord, Receipt, build_record, on_time, place


def award_record(root: Path, ws: Workspace, ev: Evaluation, events: list[dict[str, Any]] | None = None) -> AwardRecord:
    """The award record of an evaluated workspace (the log is read when `events` are not given)."""
    if events is None:
        events = log.read(Path(root))[0] if (Path(root) / log.LOG_NAME).exists() else []
    return build_record(ws, ev, bid_receipts(ws, events))


def bid_receipts(ws: Workspace, events: list[dict[str, Any]]) -> dict[str, Receipt]:
    """Each bid's receipt: the time and channel its file states, else the time of the import that received it."""
    imported = receipts(events)
    late = {b["file"]: b for b in late_bids(events)}
    deadline = ws.tender.procedure.dates.get("bid_deadline")
    out: dict[str, Receipt] = {}
    for bid in ws.bids:
        recorded = imported.get(bid.source)
        admitted = late.get(bid.source)
        if bid.received:
            received, source = bid.received, place(bid, "received")
        elif recorded is not None:
            received, source = str(recorded.event["time"]), f"{log.LOG_NAME} event {recorded.event['seq']}"
        else:
            received, source = "", bid.source
        timely = False if admitted else on_time(received, deadline)
        reason = str(admitted["reason"]) if admitted else ""
        out[bid.bidder] = Receipt(bid.bidder, received, bid.channel, timely, bid.complete, source, reason)
    return out
