"""`tender verify` on the reports of a lotted tender: the awards overview against the evaluation of all lots with
the award, a lot's memo against its lot's evaluation and against the award it states."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.evaluate import evaluate_lotted
from tender.app.reportchecks import EVALUATION, fingerprint_check, record_problem, unevaluable
from tender.audit.reportdiff import NOBODY, Check, check, figure, number_differences
from tender.errors import InputError
from tender.lotresult import LotsEvaluation
from tender.model import Workspace
from tender.wording import Said, said


def lotted_check(doc: dict[str, Any], root: Path) -> tuple[Check, str]:
    """Whether the lotted workspace evaluates now to what the report states (the overview: every lot and the
    award; a lot's memo: its lot, and who is awarded it); with the fingerprint worked out now."""
    try:
        ws, le = evaluate_lotted(root)
    except InputError as exc:
        return unevaluable(exc), ""
    if "result" not in doc:
        return overview_check(doc, ws, le)
    return memo_check(doc, root, ws, le)


def overview_check(doc: dict[str, Any], ws: Workspace, le: LotsEvaluation) -> tuple[Check, str]:
    """The awards overview: the evaluation of every lot with the award, as the workspace gives it now."""
    recorded, now = doc["lots"], le.fingerprint
    failed = fingerprint_check(doc["audit"], recorded, now, ws.inputs, lots_differences(recorded, le), "lots")
    if failed is not None:
        return failed, now
    return check(EVALUATION, True, "verify.evaluation.same.lots", fingerprint=now[:16]), now


def memo_check(doc: dict[str, Any], root: Path, ws: Workspace, le: LotsEvaluation) -> tuple[Check, str]:
    """A lot's memo: its lot's evaluation as now, and the award of the lots it was made with."""
    from tender.scoring.lots import lot_workspaces

    entry = (doc.get("lots") or [{}])[0]
    lot = entry.get("id") if isinstance(entry, dict) else None
    ids = [r.lot.id for r in le.lots]
    if lot is None:
        return check(EVALUATION, False, "verify.lots.unlotted-report", lots=", ".join(ids)), le.fingerprint
    if lot not in ids:
        return check(EVALUATION, False, "verify.lots.no-lot", lot=str(lot), lots=", ".join(ids)), ""
    r = le.lot(lot)
    ev, recorded = r.evaluation, doc["result"]
    now = ev.fingerprint
    moved = [said("verify.lot", lot=lot, line=line) for line in number_differences(recorded, ev.to_dict())]
    failed = fingerprint_check(doc["audit"], recorded, now, ws.inputs, moved, "result")
    if failed is not None:
        return failed, now
    stated = entry.get("lots_fingerprint")
    if stated != le.fingerprint or entry.get("awarded") != r.awarded:
        details = [awarded(lot, entry.get("awarded"), r.awarded)] if entry.get("awarded") != r.awarded else []
        details.append(said("verify.lots-fingerprint", claimed=str(stated)[:16], now=le.fingerprint[:16]))
        return check(EVALUATION, False, "verify.lots.award-differs", tuple(details)), now
    lws = dict((x.id, w) for x, w in lot_workspaces(ws))[lot]
    problem = record_problem(doc, root, lws, ev)
    if problem:
        return check(EVALUATION, False, problem.key, **problem.kwargs), now
    return check(EVALUATION, True, "verify.evaluation.same.lot", fingerprint=now[:16]), now


def awarded(lot: str, before: object, after: object) -> Said:
    """Who was awarded a lot in the report, and who is now."""
    return said(
        "verify.lot.awarded",
        lot=lot,
        before=figure(before, str(before), NOBODY),
        after=figure(after, str(after), NOBODY),
    )


def lots_differences(recorded: Any, le: LotsEvaluation) -> list[Said]:
    """Who is awarded which lot, and each lot's figures, where they moved since the overview was made."""
    if not isinstance(recorded, dict):
        return []
    before = {x.get("id"): x for x in recorded.get("lots", []) if isinstance(x, dict)}
    out = []
    for r in le.lots:
        old = before.get(r.lot.id)
        if old is None:
            out.append(said("verify.lot.new", lot=r.lot.id))
            continue
        if old.get("awarded") != r.awarded:
            out.append(awarded(r.lot.id, old.get("awarded"), r.awarded))
        evaluation = old.get("evaluation")
        if isinstance(evaluation, dict):
            moved = number_differences(evaluation, r.evaluation.to_dict())
            out += [said("verify.lot", lot=r.lot.id, line=line) for line in moved]
    return out
