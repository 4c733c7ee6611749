"""The award waits for § 60 VgV: the award decision and its approval are refused while a price flagged as abnormally
low has no recorded outcome — the final seal's own check (app/lotproc.open_checks) and list, worded for the
decision."""

from __future__ import annotations

from pathlib import Path

from tender.app.lotproc import Evaluated, open_checks
from tender.app.seal import refuse_unresolved
from tender.model import Workspace


def refuse_unclarified(root: Path, ws: Workspace, ev: Evaluated) -> None:
    """Refuse to decide on (or approve) the award while a § 60 flag has no recorded outcome: one line naming every
    such bid (with its lot in a tender divided into lots) and the `tender clarify` that resolves it."""
    refuse_unresolved(open_checks(root, ws, ev), "usage.unclarified")
