"""The report formats behind one interface: each module renders a ReportInput to bytes; writing is atomic."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from tender.atomic import atomic_write
from tender.errors import UsageError
from tender.report.audit import NO_LOG, Audit, LogState, Milestone, make_audit, report_document
from tender.result import Evaluation, fingerprint

if TYPE_CHECKING:
    from tender.analysis import Analysis

# the robustness section of every report: fixed, so that the same evaluation gives the same report
ANALYSIS_SAMPLES = 10_000
ANALYSIS_SEED = 0


class ReportFormat(StrEnum):
    """The formats `tender report` writes; each has a module in tender/report/ with render() (see MODULES)."""

    HTML = "html"
    PDF = "pdf"
    XLSX = "xlsx"
    JSON = "json"


@dataclass(frozen=True)
class ReportInput:
    """What every renderer reads: the result, the audit block, the language, the JSON report's bytes, and the
    robustness analysis (None where there is none: prices sealed, or fewer than two bids ranked)."""

    evaluation: Evaluation
    audit: Audit
    lang: str
    document: bytes
    analysis: Analysis | None = None


Renderer = Callable[[ReportInput], bytes]

# the module of each format's renderer (the JSON one is not called json.py: that would shadow the stdlib)
MODULES = {
    ReportFormat.HTML: "tender.report.html",
    ReportFormat.PDF: "tender.report.pdf",
    ReportFormat.XLSX: "tender.report.xlsx",
    ReportFormat.JSON: "tender.report.jsonreport",
}


def renderer(fmt: ReportFormat) -> Renderer:
    """The render function of a format (its module is imported only when needed)."""
    module = import_module(MODULES[fmt])
    render: Renderer = module.render
    return render


def parse_formats(text: str) -> list[ReportFormat]:
    """`html,pdf` → [HTML, PDF]; an unknown name is a usage error listing the known ones."""
    out = []
    for name in (part.strip().lower() for part in text.split(",")):
        if not name:
            continue
        try:
            fmt = ReportFormat(name)
        except ValueError:
            known = ", ".join(f.value for f in ReportFormat)
            raise UsageError(f"unknown report format {name!r}: use one or more of {known}") from None
        if fmt not in out:
            out.append(fmt)
    if not out:
        raise UsageError("no report format given")
    return out


def file_name(ev: Evaluation, lang: str, fmt: ReportFormat) -> str:
    """reports/<tender id>-<lang>.<format>."""
    return f"{ev.tender.id}-{lang}.{fmt.value}"


def report_input(ev: Evaluation, lang: str, now: datetime | None = None, log: LogState = NO_LOG) -> ReportInput:
    """The audit block, the robustness analysis and the JSON report's bytes, made once for all formats of one run."""
    audit = make_audit(ev, file_name(ev, lang, ReportFormat.JSON), now, log)
    analysis = report_analysis(ev)
    data = report_document(ev.to_dict(), audit)
    data["analysis"] = None if analysis is None else analysis.to_dict()
    document = (pretty_json(data) + "\n").encode("utf-8")
    return ReportInput(ev, audit, lang, document, analysis)


def report_analysis(ev: Evaluation) -> Analysis | None:
    """The robustness analysis the reports show (fixed samples and seed), or None while the prices are sealed
    or fewer than two bids are ranked."""
    if ev.prices_sealed or len(ev.ranked) < 2:
        return None
    from tender.analysis import analyze

    return analyze(ev, samples=ANALYSIS_SAMPLES, seed=ANALYSIS_SEED)


def write_reports(
    ev: Evaluation,
    formats: Iterable[ReportFormat],
    lang: str,
    out_dir: Path,
    now: datetime | None = None,
    log: LogState = NO_LOG,
) -> list[Path]:
    """Render each format and write it atomically into out_dir; returns the paths written."""
    inp = report_input(ev, lang, now, log)
    rendered = [(fmt, renderer(fmt)(inp)) for fmt in formats]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, data in rendered:
        path = out_dir / file_name(ev, lang, fmt)
        atomic_write(path, data)
        paths.append(path)
    return paths


def pretty_json(data: object) -> str:
    """Indented JSON with sorted keys (readable, and stable from run to run); NaN is refused."""
    import json

    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)


def report_workspace(
    root: Path, formats: list[ReportFormat], lang: str | None, out_dir: Path | None, actor: str
) -> list[Path]:
    """Evaluate a workspace as it may be shown now, write the reports, and record them in its audit log.

    Default language: the tender's; default folder: <root>/reports. The reports carry the log's head
    hash and the seals and the opening of the prices recorded so far; the `report` event is appended
    where the workspace keeps a log.
    """
    from tender.app.evaluate import evaluate_workspace
    from tender.audit import log
    from tender.audit.seal import Phase
    from tender.report.messages import LANGUAGES
    from tender.workspace import rel, sha256_file

    _, ev = evaluate_workspace(root)
    if lang is None:
        lang = ev.tender.language if ev.tender.language in LANGUAGES else "en"
    elif lang not in LANGUAGES:
        raise UsageError(f"unsupported report language {lang!r}: use one of {', '.join(LANGUAGES)}")
    head = log.head(root)
    state = LogState(head, tuple(Milestone.of(e) for e in Phase.of(log.read(root)[0]).steps()))
    paths = write_reports(ev, formats, lang, out_dir if out_dir is not None else root / "reports", log=state)
    if head is not None:
        files = {rel(Path(root), p): sha256_file(p) for p in paths}
        details = {"fingerprint": fingerprint(ev), "language": lang, "prices_sealed": ev.prices_sealed}
        log.append(root, "report", actor, details, files)
    return paths
