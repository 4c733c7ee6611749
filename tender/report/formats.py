"""The report formats behind one interface: each format's module renders a ReportInput to bytes (pure: no files)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from importlib import import_module
from typing import TYPE_CHECKING, Any

from tender.errors import UsageError
from tender.report.audit import NO_LOG, Audit, LogState, make_audit, report_document
from tender.report.decision_record import NO_DECISION_RECORD, DecisionRecord
from tender.result import Evaluation

if TYPE_CHECKING:
    from tender.analysis import Analysis
    from tender.report.lot_context import LotContext
    from tender.scoring.funnel import AwardRecord


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
    decided: DecisionRecord = NO_DECISION_RECORD  # people by name, the award decision, the letters sent
    funnel: AwardRecord | None = None  # procedure, receipts, the funnel, § 60 checks, sources (JSON: `record`)
    analysis_fingerprint: str | None = None  # SHA-256 of the canonical JSON of the analysis (the annex's)
    lot: LotContext | None = None  # one lot's memo of a lotted tender: who is awarded the lot and why


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
            raise UsageError("report.unknown-format", name=repr(name), known=known) from None
        if fmt not in out:
            out.append(fmt)
    if not out:
        raise UsageError("report.no-format")
    return out


def file_name(ev: Evaluation, lang: str, fmt: ReportFormat) -> str:
    """reports/<tender id>-<lang>.<format>."""
    return f"{ev.tender.id}-{lang}.{fmt.value}"


# the internal annex (robustness of the ranking) is written as HTML and PDF, by `tender report --annex`
ANNEX_FORMATS = (ReportFormat.HTML, ReportFormat.PDF)


def annex_name(ev: Evaluation, lang: str, fmt: ReportFormat) -> str:
    """reports/<tender id>-<lang>-annex.<format>."""
    return f"{ev.tender.id}-{lang}-annex.{fmt.value}"


def annex_reference(ev: Evaluation, lang: str, analysis_fingerprint: str | None) -> dict[str, Any]:
    """The JSON report's `annex`: the annex's file names and the fingerprint of the analysis it shows."""
    return {
        "files": [annex_name(ev, lang, fmt) for fmt in ANNEX_FORMATS],
        "analysis_fingerprint": analysis_fingerprint,
        "analysis_fingerprint_of": "sha256 of the canonical JSON of `analysis` (sorted keys, no spaces, UTF-8)",
    }


def build_input(
    ev: Evaluation,
    lang: str,
    analysis: Analysis | None = None,
    now: datetime | None = None,
    log: LogState = NO_LOG,
    decided: DecisionRecord = NO_DECISION_RECORD,
    funnel: AwardRecord | None = None,
    lot: LotContext | None = None,
) -> ReportInput:
    """The audit block and the JSON report's bytes, made once for all formats of one run (`people`
    and `decision` beside `result`, so that they leave the fingerprint alone; `lots` too: the implicit lot
    of a tender without lots, or the `lot` of a lotted tender the memo covers)."""
    from tender.lotresult import implicit_lot
    from tender.report.robustness_text import analysis_document
    from tender.result import fingerprint_of

    recorded = None if funnel is None else refuse_non_finite(funnel.to_dict())
    audit = make_audit(ev, file_name(ev, lang, ReportFormat.JSON), now, log)
    if recorded is not None:
        audit = replace(audit, record_fingerprint=fingerprint_of(recorded))
    data = report_document(ev.to_dict(), audit)
    data["record"] = recorded
    data["analysis"] = None if analysis is None else refuse_non_finite(analysis_document(analysis))
    analysed = None if data["analysis"] is None else fingerprint_of(data["analysis"])
    data["annex"] = annex_reference(ev, lang, analysed)
    data.update(decided.to_dict())
    data["lots"] = [implicit_lot(ev) if lot is None else lot.to_dict()]
    # the evaluation's numbers were refused if not finite when its fingerprint was taken (make_audit)
    document = pretty_json(data) + b"\n"
    return ReportInput(
        ev, audit, lang, document, analysis, decided=decided, funnel=funnel, analysis_fingerprint=analysed, lot=lot
    )


def pretty_json(data: object) -> bytes:
    """Indented JSON with sorted keys (readable, and stable from run to run), UTF-8, by orjson's C encoder.

    orjson writes NaN and infinity as null: the callers hand it data whose numbers are known to be finite.
    """
    import orjson

    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def refuse_non_finite(data: dict[str, Any]) -> dict[str, Any]:
    """The data unchanged; ValueError when a number in it is NaN or infinite (JSON cannot hold it)."""
    import json

    json.dumps(data, allow_nan=False, separators=(",", ":"))
    return data
