"""Verify a report against its workspace: recompute the evaluation and say MATCH or exactly what differs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.seal import hash_changes
from tender.errors import InputError, UsageError
from tender.result import fingerprint

COMPARED = ("excluded", "rank", "score", "performance", "price", "price_points")


@dataclass(frozen=True)
class Verdict:
    """The outcome of `tender verify`: MATCH, or every difference found."""

    report: str
    workspace: str
    fingerprint: str
    differences: list[str] = field(default_factory=list)

    @property
    def match(self) -> bool:
        """Whether the report matches the workspace."""
        return not self.differences


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

    attachments = PdfReader(str(path)).attachments
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
    """Recompute the evaluation of the report's workspace and compare it with the report."""
    from tender.app.evaluate import evaluate_workspace

    doc = load_document(report)
    root = root if root is not None else default_workspace(report)
    audit, recorded = doc["audit"], doc["result"]
    differences: list[str] = []
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
    return Verdict(str(report), str(root), now, differences)


def default_workspace(report: Path) -> Path:
    """The workspace a report belongs to: the folder above reports/, else the current folder."""
    above = report.resolve().parent.parent
    return above if (above / "tender.yaml").is_file() else Path(".")


def file_differences(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    """Input files changed, added or removed since the report was made."""
    return [f"{path}: {change} since the report was made" for path, change in hash_changes(recorded, now)]


def number_differences(recorded: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """The winner and the bids' figures that moved."""
    out = []
    if recorded.get("winner") != now.get("winner"):
        out.append(f"winner: {recorded.get('winner')} in the report, {now.get('winner')} now")
    before = {b["bidder"]: b for b in recorded.get("bids", [])}
    after = {b["bidder"]: b for b in now.get("bids", [])}
    for bidder in sorted(set(before) | set(after)):
        if bidder not in after or bidder not in before:
            out.append(f"bidder {bidder}: {'missing now' if bidder not in after else 'not in the report'}")
            continue
        for key in COMPARED:
            a, b = before[bidder].get(key), after[bidder].get(key)
            if a != b and not (
                isinstance(a, float) and isinstance(b, float) and abs(a - b) <= 1e-9 * max(abs(a), abs(b))
            ):
                out.append(f"bidder {bidder}: {key} {show(a)} in the report, {show(b)} now")
    return out


def log_differences(root: Path, recorded_head: str | None) -> list[str]:
    """The log must still contain, soundly, the event that was its head when the report was made."""
    if not recorded_head:
        return []
    events, problems = log.read(root)
    hashes = {e["hash"] for e in events} | {log.GENESIS}
    out = [str(p) for p in problems if p.line]
    if recorded_head not in hashes:
        out.append(
            f"audit.log no longer holds the event {recorded_head[:16]}… that was its head when the report was "
            "made: events were removed or rewritten"
        )
    return out


def show(value: object) -> str:
    """A figure as shown in a difference."""
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return "null" if value is None else str(value)
