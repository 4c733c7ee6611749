"""`tender verify`: read the document a report carries, recompute the evaluation, say MATCH or what differs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tender.app.evaluate import evaluate_workspace
from tender.app.sign import SignatureCheck, check_signatures, default_workspace
from tender.audit.reportdiff import Verdict, file_differences, log_differences, number_differences
from tender.errors import InputError, UsageError
from tender.result import fingerprint


def load_document(path: Path) -> dict[str, Any]:
    """The JSON report document carried by a JSON report, a PDF (its attachment) or an XLSX workbook."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UsageError(f"{path}: no such report")
    try:
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        elif suffix == ".pdf":
            data = json.loads(pdf_attachment(path))
        elif suffix == ".xlsx":
            data = json.loads(xlsx_document(path))
        else:
            raise UsageError(f"{path}: not a report (expected .json, .pdf or .xlsx)")
    except (ValueError, KeyError) as exc:
        raise UsageError(f"{path}: the report's data cannot be read ({exc})") from None
    if not isinstance(data, dict) or "audit" not in data or "result" not in data:
        raise UsageError(f"{path}: not a tender report (no audit block and result)")
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
    """Recompute the evaluation of the report's workspace and compare it with the report (a PDF's signatures too)."""
    root = root if root is not None else default_workspace(report)
    signed = SignatureCheck()
    if report.suffix.lower() == ".pdf" and report.is_file():
        signed = check_signatures(report.read_bytes(), root, str(report))
    try:
        doc = load_document(report)
    except UsageError as exc:
        if not signed.problems:
            raise
        return Verdict(str(report), str(root), "", [*signed.problems, str(exc)])
    audit, recorded = doc["audit"], doc["result"]
    differences: list[str] = list(signed.problems)
    try:
        ws, ev = evaluate_workspace(root)
    except InputError as exc:
        return Verdict(str(report), str(root), "", ["the workspace cannot be evaluated as it is now:", *exc.lines()])
    now = fingerprint(ev)
    if now != audit.get("fingerprint"):
        differences += file_differences(audit.get("inputs", {}), ws.inputs)
        differences += number_differences(recorded, ev.to_dict())
        if len(differences) == 0:
            differences.append(f"fingerprint {str(audit.get('fingerprint'))[:16]}… of the report, {now[:16]}… now")
    differences += log_differences(root, audit.get("log_head"))
    return Verdict(str(report), str(root), now, differences, signed.valid)
