"""`tender report` on a lotted tender: each lot's memo in every format (the one-lot reports, told who is awarded
the lot and why) and the awards overview, written together and recorded in one `report` event."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tender.app.keys import KeyUse, signing_for
from tender.app.report import log_state, record_reports, render_all, report_input, report_language, write_rendered
from tender.lotresult import LotsEvaluation
from tender.model import Workspace
from tender.progress import SILENT, Progress
from tender.report.formats import ReportFormat, annex_name, file_name
from tender.report.lot_context import LotsDecision
from tender.report.recommend import Margins


def report_lotted(
    root: Path,
    formats: list[ReportFormat],
    lang: str | None,
    out_dir: Path | None,
    actor: str | None = None,
    key: KeyUse | None = None,
    progress: Progress = SILENT,
    annex: bool = False,
) -> list[Path]:
    """Evaluate every lot as the seals allow, write each lot's memo (or, with `annex`, its internal annex) in
    `formats` and the awards overview (its HTML, PDF and JSON among `formats`), all or none, and record them in
    the audit log with the fingerprint of the lots' evaluation and of each lot's."""
    from tender.app.decision_record import decision_record
    from tender.app.evaluate import evaluate_lotted
    from tender.app.funnel import award_record
    from tender.audit import log
    from tender.audit.head import refuse_if_gone
    from tender.report import lots_report
    from tender.report.lot_context import lot_context
    from tender.scoring.lots import lot_workspaces

    signing = signing_for(root, {log.actor_name(actor): key})
    ws, le = evaluate_lotted(root)
    lang = report_language(le.tender.language, lang)
    refuse_if_gone(root, le.tender.two_envelope)
    kept = (Path(root) / log.LOG_NAME).exists()
    events = log.read(root)[0] if kept else []
    state = log_state(events, kept, le.tender.two_envelope)
    now = datetime.now(UTC)  # one time for the overview and every memo
    decision = lots_decision(ws, le, events)
    shown = [fmt for fmt in lots_report.OVERVIEW_FORMATS if fmt in formats and not annex]
    # the overview each memo names: its PDF, or the one format of it this run writes
    overview = lots_report.overview_name(
        le, lang, ReportFormat.PDF if not shown or ReportFormat.PDF in shown else shown[0]
    )
    rendered: dict[str, bytes] = {}
    memos: dict[str, list[str]] = {}
    for lot, lws in lot_workspaces(ws):
        ev = le.lot(lot.id).evaluation
        # the people and the evaluation date; the award decision covers every lot: the overview shows it
        decided = replace(decision_record(lws, ev, events), decision=None, letters=None)
        funnel = award_record(root, lws, ev, events)
        context = lot_context(le, lot.id, lang, overview, decision)
        inp = report_input(ev, lang, now, state, decided, funnel, progress, lot=context)
        rendered.update(render_all(inp, formats, annex, progress))
        name = annex_name if annex else file_name
        memos[lot.id] = [name(ev, lang, fmt) for fmt in formats]
    if shown:
        made = lots_report.build_overview(le, ws.inputs, lang, memos, now, state, decision)
        for fmt in shown:
            rendered[lots_report.overview_name(le, lang, fmt)] = lots_report.render(made, fmt)
    paths = write_rendered(rendered, out_dir if out_dir is not None else root / "reports")
    if state.head is not None:
        details = {
            "fingerprint": le.fingerprint,
            "lots": {r.lot.id: r.evaluation.fingerprint for r in le.lots},
            "language": lang,
            "prices_sealed": le.prices_sealed,
        }
        record_reports(root, paths, details, state, actor, signing, annex)
    return paths


def lots_decision(ws: Workspace, le: LotsEvaluation, events: list[dict[str, Any]]) -> LotsDecision | None:
    """The award decision on all lots the log records (`tender decide` on a lotted tender), with its people by
    name; None where there is none."""
    from tender.app.decision_record import decision_record
    from tender.audit.decision import Decided

    found = Decided.of(events)
    if found is None or "awards" not in found.details:
        return None
    named = decision_record(ws, le.lots[0].evaluation, events).named
    d = found.details
    return LotsDecision(
        date=str(d["date"]),
        proposer=named(str(found.event["actor"])),
        event=int(found.event["seq"]),
        approver=named(found.approver) if found.approver else None,
        approval_date=found.approval_date,
        approval_event=found.approval_seq,
        recommendation=str(d.get("recommendation", "")),
        fingerprint=str(d.get("fingerprint", "")),
        margins=recorded_margins(le, d),
    )


def recorded_margins(le: LotsEvaluation, details: dict[str, Any]) -> tuple[tuple[str, Margins], ...]:
    """Each lot's title with the margins of its awarded bid as the `decide` event recorded them (none in a log made
    before they were recorded)."""
    titles = {r.lot.id: r.lot.title for r in le.lots}
    return tuple(
        (titles.get(str(x["lot"]), str(x["lot"])), Margins.from_dict(x["margins"]))
        for x in details.get("lots", ())
        if x.get("margins")
    )
