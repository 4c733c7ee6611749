"""`tender verify`: read the document a report carries, recompute the evaluation, say MATCH or what differs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tender.app.sign import default_workspace, signature_checks
from tender.audit.reportdiff import Check, Verdict
from tender.errors import UsageError


def load_document(path: Path) -> dict[str, Any]:
    """The JSON report document carried by a JSON report, a PDF (its attachment) or an XLSX workbook (a memo's, or
    a lotted tender's awards overview: `lots` and `memos` in place of `result`)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UsageError("usage.no-report", path=str(path))
    try:
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        elif suffix == ".pdf":
            data = json.loads(pdf_attachment(path))
        elif suffix == ".xlsx":
            data = json.loads(xlsx_document(path))
        else:
            raise UsageError("usage.not-a-report", path=str(path))
    except (ValueError, KeyError) as exc:
        raise UsageError("usage.report-unreadable", path=str(path), exc=exc) from None
    if not isinstance(data, dict) or "audit" not in data or ("result" not in data and "memos" not in data):
        raise UsageError("usage.not-tender-report", path=str(path))
    return data


def pdf_attachment(path: Path) -> bytes:
    """The JSON document attached to a PDF report."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        attachments = PdfReader(str(path)).attachments
    except PyPdfError as exc:
        raise ValueError(f"not a readable PDF: {exc}") from None
    for name, contents in attachments.items():
        if name.endswith(".json") and contents:
            return contents[0]
    raise KeyError("the PDF carries no JSON attachment")


def xlsx_document(path: Path) -> str:
    """The JSON document stored in an XLSX report's hidden data sheet."""
    from python_calamine import CalamineWorkbook

    from tender.report.xlsx import DATA_SHEET

    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(DATA_SHEET).to_python()
    return "".join(str(row[0]) for row in rows if row and row[0] not in (None, ""))


def verify_report(report: Path, root: Path | None = None) -> Verdict:
    """Check a report against its workspace: its bytes are recorded in the log, the evaluation recomputes to
    its result, the log still holds the head it printed, and a signed PDF's signatures hold (one Check each)."""
    from tender.app.reportchecks import bytes_check, evaluation_check, head_check
    from tender.audit import log

    root = root if root is not None else default_workspace(report)
    signed = signature_checks(report, root)
    try:
        doc = load_document(report)
    except UsageError as exc:
        if all(c.ok for c in signed):
            raise
        return Verdict(str(report), str(root), "", [*signed, Check("report", False, str(exc), (), exc.said)])
    events, problems = log.read(root)
    evaluation, now = evaluation_check(doc, root)
    checks = [bytes_check(report, root, events), evaluation, head_check(doc, root, events, problems), *signed]
    return Verdict(str(report), str(root), now, checks)
