"""The checks of `tender verify`: the report's bytes are in the log, its evaluation recomputes, its head holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender.app.evaluate import evaluate_workspace
from tender.audit import head, log, pin
from tender.audit.reportdiff import Check, check, file_differences, number_differences
from tender.errors import InputError
from tender.model import Workspace
from tender.result import Evaluation, fingerprint_of
from tender.wording import Said, said
from tender.workspace import rel

BYTES, EVALUATION, HEAD = "bytes", "evaluation", "head"


def bytes_check(report: Path, root: Path, events: list[dict[str, Any]]) -> Check:
    """Whether a report event of the workspace's log recorded exactly this file's bytes."""
    if not (Path(root) / log.LOG_NAME).exists():
        return check(BYTES, False, "verify.bytes.no-log")
    digest = pin.file_digest(report)
    found = pin.find(events, digest)
    if found is not None:
        return check(BYTES, True, "verify.bytes.recorded", event=found.words())
    problem = pin.bytes_problem(events, rel(Path(root), report), digest)
    return check(BYTES, False, problem.key, **problem.kwargs)


def evaluation_check(doc: dict[str, Any], root: Path) -> tuple[Check, str]:
    """Whether the workspace evaluates now to the report's result; with the fingerprint worked out now."""
    from tender.app.evaluate import is_lotted

    if is_lotted(root):
        from tender.app.lotchecks import lotted_check

        return lotted_check(doc, root)
    audit, recorded = doc["audit"], doc["result"]
    try:
        ws, ev = evaluate_workspace(root)
    except InputError as exc:
        return unevaluable(exc), ""
    now = ev.fingerprint
    failed = fingerprint_check(audit, recorded, now, ws.inputs, number_differences(recorded, ev.to_dict()), "result")
    if failed is not None:
        return failed, now
    problem = record_problem(doc, root, ws, ev)
    if problem:
        return check(EVALUATION, False, problem.key, **problem.kwargs), now
    return check(EVALUATION, True, "verify.evaluation.same", fingerprint=now[:16]), now


def unevaluable(exc: InputError) -> Check:
    """The failed check of a workspace that cannot be evaluated as it is now."""
    return check(EVALUATION, False, "verify.evaluation.fails", tuple(exc.findings))


def fingerprint_check(
    audit: dict[str, Any], recorded: Any, now: str, inputs: dict[str, str], moved: list[Said], part: str
) -> Check | None:
    """The failed check where the fingerprint worked out `now` is not the report's, or the report's own `part`
    (`result`, or a lotted tender's `lots`: `recorded`) no longer hashes to it; None where both hold. `moved`: the
    figures that differ, for the details."""
    claimed = str(audit.get("fingerprint"))
    if now != claimed:
        details = file_differences(audit.get("inputs", {}), inputs) + moved
        details = details or [said("verify.fingerprint", claimed=claimed[:16], now=now[:16])]
        return check(EVALUATION, False, "verify.evaluation.differs", tuple(details))
    if fingerprint_of(recorded) != claimed:
        key = "verify.evaluation.edited" if part == "result" else "verify.evaluation.edited.lots"
        return check(EVALUATION, False, key, tuple(moved))
    return None


def record_problem(doc: dict[str, Any], root: Path, ws: Workspace, ev: Evaluation) -> Said | None:
    """What is wrong with the report's award record (procedure, receipts, funnel, § 60 checks, sources), if it has
    one: edited after it was made, or no longer the workspace's; None when it holds (or a report made without one)."""
    from tender.app.funnel import award_record

    record, claimed = doc.get("record"), doc["audit"].get("record_fingerprint")
    if record is None or not claimed:
        return None
    if fingerprint_of(record) != claimed:
        return said("verify.record.edited")
    now = fingerprint_of(award_record(root, ws, ev).to_dict())
    if now != claimed:
        return said("verify.record.differs", claimed=claimed[:16], now=now[:16])
    return None


def head_check(doc: dict[str, Any], root: Path, events: list[dict[str, Any]], problems: list[log.Problem]) -> Check:
    """Whether the log still holds, soundly, the event that was its head when the report was made."""
    recorded, seq = doc["audit"].get("log_head"), doc["audit"].get("log_head_seq")
    if not recorded:
        return check(HEAD, True, "verify.head.none")
    broken = tuple(p for p in problems if p.line)
    if isinstance(seq, int):
        cut = head.missing(events, head.Head(seq, str(recorded)), report=True)
    else:  # a report made before the head's number was recorded: look its hash up
        hashes = {e["hash"] for e in events} | {log.GENESIS}
        cut = None
        if recorded not in hashes:
            gone = said("verify.head.gone-hash", log=log.LOG_NAME, hash=str(recorded)[:16])
            return check(HEAD, False, gone.key, broken, **gone.kwargs)
    if cut is not None:
        return check(HEAD, False, cut.key, broken, **cut.kwargs)
    if broken:
        return check(HEAD, False, "verify.head.broken", broken)
    if isinstance(seq, int):
        return check(HEAD, True, "verify.head.holds", seq=str(seq))
    return check(HEAD, True, "verify.head.holds-hash", hash=str(recorded)[:16])
