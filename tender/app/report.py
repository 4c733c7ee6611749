"""`tender report`: evaluate as the seals allow, analyse, render every format, write atomically, log the reports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tender.app.keys import KeyUse, signing_for
from tender.atomic import write_all
from tender.errors import UsageError
from tender.progress import SILENT, Progress
from tender.report.audit import NO_LOG, LateBid, LogState, Milestone
from tender.report.decision_record import NO_DECISION_RECORD, DecisionRecord
from tender.report.formats import ANNEX_FORMATS, ReportFormat, ReportInput, annex_name, build_input, file_name, renderer
from tender.result import Evaluation, fingerprint

if TYPE_CHECKING:
    from tender.analysis import Analysis
    from tender.audit.signing import Signing
    from tender.report.lot_context import LotContext
    from tender.scoring.funnel import AwardRecord

# the robustness section of every report: fixed, so that the same evaluation gives the same report
ANALYSIS_SAMPLES = 10_000
ANALYSIS_SEED = 0


def report_analysis(ev: Evaluation, progress: Progress = SILENT) -> Analysis | None:
    """The robustness analysis the reports show (fixed samples and seed), or None while the prices are sealed
    or fewer than two bids are ranked; its samples are reported to `progress`."""
    if ev.prices_sealed or len(ev.ranked) < 2:
        return None
    from tender.analysis import analyze

    advance = progress.step("SMAA", ANALYSIS_SAMPLES)
    return analyze(ev, samples=ANALYSIS_SAMPLES, seed=ANALYSIS_SEED, advance=advance)


def report_input(
    ev: Evaluation,
    lang: str,
    now: datetime | None = None,
    log: LogState = NO_LOG,
    decided: DecisionRecord = NO_DECISION_RECORD,
    funnel: AwardRecord | None = None,
    progress: Progress = SILENT,
    lot: LotContext | None = None,
) -> ReportInput:
    """The audit block, the robustness analysis and the JSON report's bytes, made once for all formats of one run
    (of one lot's memo, with its `lot` context)."""
    return build_input(ev, lang, report_analysis(ev, progress), now, log, decided=decided, funnel=funnel, lot=lot)


def write_reports(
    ev: Evaluation,
    formats: Iterable[ReportFormat],
    lang: str,
    out_dir: Path,
    now: datetime | None = None,
    log: LogState = NO_LOG,
    decided: DecisionRecord = NO_DECISION_RECORD,
    funnel: AwardRecord | None = None,
    progress: Progress = SILENT,
    annex: bool = False,
) -> list[Path]:
    """Render every format of the memo (or, with `annex`, of the internal annex), then write them all into
    out_dir or, on any error, none (the old files stay); returns the paths written. Each format rendered is
    reported to `progress`."""
    formats = list(formats)
    inp = report_input(ev, lang, now, log, decided=decided, funnel=funnel, progress=progress)
    return write_rendered(render_all(inp, formats, annex, progress), out_dir)


def render_all(
    inp: ReportInput, formats: list[ReportFormat], annex: bool, progress: Progress = SILENT
) -> dict[str, bytes]:
    """The memo (or, with `annex`, the internal annex) in every format, by file name; each reported to `progress`."""
    ev, lang = inp.evaluation, inp.lang
    advance = progress.step(", ".join(fmt.value for fmt in formats), len(formats))
    rendered = {}
    for fmt in formats:
        if annex:
            from tender.report import annex as annex_report

            rendered[annex_name(ev, lang, fmt)] = annex_report.render(inp, fmt)
        else:
            rendered[file_name(ev, lang, fmt)] = renderer(fmt)(inp)
        advance(1)
    return rendered


def write_rendered(rendered: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write the rendered files into out_dir, all or (on any error) none; the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {out_dir / name: data for name, data in rendered.items()}
    write_all(files)
    return list(files)


def annex_formats(formats: list[ReportFormat] | None, annex: bool) -> list[ReportFormat]:
    """The formats to write: the memo's four (or the given), the annex's HTML and PDF (or those given of them)."""
    if not annex:
        return formats if formats is not None else list(ReportFormat)
    if formats is None:
        return list(ANNEX_FORMATS)
    other = [f.value for f in formats if f not in ANNEX_FORMATS]
    if other:
        known = ", ".join(f.value for f in ANNEX_FORMATS)
        raise UsageError("report.annex-formats", known=known, other=", ".join(other))
    return formats


def report_workspace(
    root: Path,
    formats: list[ReportFormat] | None,
    lang: str | None,
    out_dir: Path | None,
    actor: str | None = None,
    key: KeyUse | None = None,
    progress: Progress = SILENT,
    annex: bool = False,
) -> list[Path]:
    """Evaluate a workspace as it may be shown now, write the reports (their progress to `progress`), and record
    them in its audit log.

    Default language: the tender's; default folder: <root>/reports. The reports carry the log's head
    hash and the seals and the opening of the prices recorded so far; the `report` event is appended
    where the workspace keeps a log, signed with the actor's `key` (required where evaluators.yaml lists one).
    With `annex`, the internal annex (robustness of the ranking, HTML and PDF) is written instead of the
    memo, and recorded in the log the same way (its event says `annex: true`).
    """
    chosen = annex_formats(formats, annex)
    from tender.app.decision_record import decision_record
    from tender.app.evaluate import evaluate_workspace, is_lotted

    if is_lotted(root):
        from tender.app.lotreport import report_lotted

        return report_lotted(root, chosen, lang, out_dir, actor, key, progress, annex)
    from tender.app.funnel import award_record
    from tender.audit import log
    from tender.audit.head import refuse_if_gone

    signing = signing_for(root, {log.actor_name(actor): key})
    ws, ev = evaluate_workspace(root)
    lang = report_language(ev.tender.language, lang)
    refuse_if_gone(root, ev.tender.two_envelope)  # a report event would start an emptied log anew
    kept = (Path(root) / log.LOG_NAME).exists()
    events = log.read(root)[0] if kept else []  # read once: the state, the decision and the funnel
    state = log_state(events, kept, ev.tender.two_envelope)
    decided = decision_record(ws, ev, events)
    funnel = award_record(root, ws, ev, events)
    folder = out_dir if out_dir is not None else root / "reports"
    paths = write_reports(
        ev, chosen, lang, folder, log=state, decided=decided, funnel=funnel, progress=progress, annex=annex
    )
    if state.head is not None:
        details = {"fingerprint": fingerprint(ev), "language": lang, "prices_sealed": ev.prices_sealed}
        record_reports(root, paths, details, state, actor, signing, annex)
    return paths


def record_reports(
    root: Path,
    paths: list[Path],
    details: dict[str, Any],
    state: LogState,
    actor: str | None,
    signing: Signing,
    annex: bool,
) -> None:
    """Append the `report` event naming the files written, with their digests, the evaluation's `details`, whether
    they are drafts and (for the annex) `annex: true`, signed as the actor's key requires."""
    from tender.audit import log, pin
    from tender.workspace import rel

    files = {rel(Path(root), p): pin.file_digest(p) for p in paths}
    details = {**details, "draft": state.draft}
    if annex:
        details["annex"] = True
    log.append(root, pin.REPORT, log.actor_name(actor), signing.details(details), files, sign=signing.sign)


def report_language(tender_language: str, lang: str | None) -> str:
    """The reports' language: the one asked for, else the tender's (English where it has no catalogue)."""
    from tender.report.messages import LANGUAGES

    if lang is None:
        return tender_language if tender_language in LANGUAGES else "en"
    if lang not in LANGUAGES:
        raise UsageError("report.unsupported-language", lang=repr(lang), known=", ".join(LANGUAGES))
    return lang


def log_state(events: list[dict[str, Any]], kept: bool, two_envelope: bool) -> LogState:
    """What the reports show of the workspace's log: its head, the seals and the opening so far, and whether
    they are drafts (made before `seal final` where the workspace keeps a log or declares two envelopes);
    with the bids received late and how many events are signed. `events`: the log's, read by the caller;
    `kept`: whether the workspace keeps a log."""
    from tender.audit import head, log
    from tender.audit.receipt import late_bids
    from tender.audit.seal import Phase

    phase = Phase.of(events)
    steps = tuple(Milestone.of(e) for e in phase.steps())
    late = tuple(LateBid.of(b) for b in late_bids(events))
    draft = (kept or two_envelope) and phase.final is None
    if not kept:
        return LogState(None, steps, late, draft=draft)
    top = head.of(events)
    signed = sum(1 for e in events if e.get(log.SIGNATURES))
    final = phase.final is not None
    return LogState(top.hash, steps, late, top.seq, draft, signed, len(events) - signed, final)
