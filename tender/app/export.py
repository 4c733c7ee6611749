"""`tender export ocds`: the evaluation as an OCDS 1.1 release package, written atomically."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tender.errors import UsageError
from tender.parse.tenderfile import OCID_PREFIX


def export_ocds(root: Path, out: Path | None, prefix: str | None, now: datetime | None = None) -> Path:
    """Evaluate the workspace (every lot of a lotted tender) as the seals allow and write its release package (default:
    <root>/reports/<tender id>-ocds.json); the OCID prefix from the option, else from tender.yaml."""
    from tender.app.lotproc import evaluate_any
    from tender.atomic import write_all
    from tender.lotresult import LotsEvaluation
    from tender.report.formats import ReportFormat, file_name, pretty_json
    from tender.report.ocds import release_package
    from tender.report.ocds_lots import lots_release_package

    _, ev = evaluate_any(root)
    chosen = prefix or ev.tender.ocid_prefix
    if not chosen:
        raise UsageError("export.no-ocid-prefix")
    if not OCID_PREFIX.fullmatch(chosen):
        raise UsageError("export.bad-ocid-prefix", found=repr(chosen))
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    language = ev.tender.language if ev.tender.language in ("de", "en") else "en"
    if isinstance(ev, LotsEvaluation):  # the lots extension: the lots, a bid per lot, an award per lot
        data = lots_release_package(ev, chosen, moment, f"{ev.tender.id}-{language}.{ReportFormat.JSON.value}")
    else:
        data = release_package(ev, chosen, moment, file_name(ev, language, ReportFormat.JSON))
    target = out if out is not None else Path(root) / "reports" / f"{ev.tender.id}-ocds.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_all({target: pretty_json(data) + b"\n"})
    return target
