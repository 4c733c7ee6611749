"""The award record beside an evaluation, read from the workspace's log: people with their tasks, the decision,
the letters sent."""

from __future__ import annotations

from typing import Any

from tender.audit.decision import LETTERS, Decided
from tender.audit.seal import OPEN_PRICES, SEAL_FINAL, SEAL_TECHNICAL
from tender.model import Workspace
from tender.report.decision_record import DecisionInfo, DecisionRecord, LettersInfo, participants
from tender.report.recommend import Margins
from tender.result import Evaluation


def decision_record(ws: Workspace, ev: Evaluation, events: list[dict[str, Any]]) -> DecisionRecord:
    """The people, the decision and the letters as the workspace and its log's events hold them."""
    found = Decided.of(events)
    # a lotted tender's decision names the award of every lot, no single winner: one evaluation's record holds none
    decision = None if found is None or "winner" not in found.details else decision_info(found)
    acts: dict[str, set[str]] = {}
    for e in events:
        if e["action"] in (SEAL_TECHNICAL, SEAL_FINAL):
            acts.setdefault(e["actor"], set()).add("sealer")
        elif e["action"] == OPEN_PRICES:
            acts.setdefault(e["actor"], set()).add("opener")
            acts.setdefault(str(e["details"].get("witness")), set()).add("witness")
    if found is not None:
        acts.setdefault(str(found.event["actor"]), set()).add("proposer")
        if found.approver:
            acts.setdefault(found.approver, set()).add("approver")
    people = None if ws.people is None else participants(ws.people, ev, acts)
    sent = next((e for e in reversed(events) if e["action"] == LETTERS), None)
    letters = None
    if sent is not None and decision is not None and sent["details"].get("decision") == decision.event:
        d = sent["details"]
        letters = LettersInfo(
            d["sent_on"], d["channel"], d["standstill_end"], d["earliest_award"], len(d["letters"]), int(sent["seq"])
        )
    return DecisionRecord(people, decision, letters, evaluation_date(ws))


def evaluation_date(ws: Workspace) -> str | None:
    """The evaluation date the procedure data states (`procedure.dates.evaluation`), where the tender has one."""
    value = ws.tender.procedure.dates.get("evaluation")
    return None if value is None else value[:10]


def decision_info(found: Decided) -> DecisionInfo:
    """The decision a log records, as the reports show it."""
    d = found.details
    return DecisionInfo(
        date=str(d["date"]),
        proposer=str(found.event["actor"]),
        event=int(found.event["seq"]),
        winner=str(d["winner"]),
        winner_name=str(d["winner_name"]),
        fingerprint=str(d["fingerprint"]),
        margins=Margins.from_dict(d["margins"]),
        recommendation=str(d["recommendation"]),
        language=str(d["language"]),
        approver=found.approver,
        approval_date=found.approval_date,
        approval_event=found.approval_seq,
    )
