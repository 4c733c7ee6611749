"""`tender verify` on the reports of a lotted tender: the awards overview against the evaluation of all lots with
the award, a lot's memo against its lot's evaluation and against the award it states."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.evaluate import evaluate_lotted
from tender.app.reportchecks import EVALUATION, fingerprint_check, record_problem, unevaluable
from tender.audit.reportdiff import Check, check, number_differences
from tender.errors import InputError
from tender.lotresult import LotsEvaluation
from tender.model import Workspace


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
    return Check(EVALUATION, True, f"recomputes to the same lots and award (fingerprint {now[:16]}…)"), now


def memo_check(doc: dict[str, Any], root: Path, ws: Workspace, le: LotsEvaluation) -> tuple[Check, str]:
    """A lot's memo: its lot's evaluation as now, and the award of the lots it was made with."""
    from tender.scoring.lots import lot_workspaces

    entry = (doc.get("lots") or [{}])[0]
    lot = entry.get("id") if isinstance(entry, dict) else None
    ids = [r.lot.id for r in le.lots]
    if lot is None:
        line = f"the report is of a tender without lots; the workspace is divided into lots ({', '.join(ids)})"
        return Check(EVALUATION, False, line), le.fingerprint
    if lot not in ids:
        return Check(EVALUATION, False, f"the workspace has no lot {lot} now (its lots: {', '.join(ids)})"), ""
    r = le.lot(lot)
    ev, recorded = r.evaluation, doc["result"]
    now = ev.fingerprint
    moved = [f"lot {lot}: {line}" for line in number_differences(recorded, ev.to_dict())]
    failed = fingerprint_check(doc["audit"], recorded, now, ws.inputs, moved, "result")
    if failed is not None:
        return failed, now
    stated = entry.get("lots_fingerprint")
    if stated != le.fingerprint or entry.get("awarded") != r.awarded:
        details = [f"lot {lot}: awarded to {entry.get('awarded')} in the report, {r.awarded} now"]
        details = details if entry.get("awarded") != r.awarded else []
        details.append(f"lots fingerprint {str(stated)[:16]}… of the report, {le.fingerprint[:16]}… now")
        line = "the award of the lots differs from the workspace as it is now (the lot's own evaluation holds):"
        return Check(EVALUATION, False, line, tuple(details)), now
    lws = dict((x.id, w) for x, w in lot_workspaces(ws))[lot]
    problem = record_problem(doc, root, lws, ev)
    if problem:
        return check(EVALUATION, False, problem.key, **problem.kwargs), now
    return Check(EVALUATION, True, f"recomputes to the same lot and award (fingerprint {now[:16]}…)"), now


def lots_differences(recorded: Any, le: LotsEvaluation) -> list[str]:
    """Who is awarded which lot, and each lot's figures, where they moved since the overview was made."""
    if not isinstance(recorded, dict):
        return []
    before = {x.get("id"): x for x in recorded.get("lots", []) if isinstance(x, dict)}
    out = []
    for r in le.lots:
        old = before.get(r.lot.id)
        if old is None:
            out.append(f"lot {r.lot.id}: not in the report")
            continue
        if old.get("awarded") != r.awarded:
            out.append(f"lot {r.lot.id}: awarded to {old.get('awarded')} in the report, {r.awarded} now")
        evaluation = old.get("evaluation")
        if isinstance(evaluation, dict):
            moved = number_differences(evaluation, r.evaluation.to_dict())
            out += [f"lot {r.lot.id}: {line}" for line in moved]
    return out
