"""Compare a report's recorded figures, inputs and log head with the workspace as it is now (for `tender verify`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.seal import hash_changes

COMPARED = ("excluded", "rank", "score", "performance", "price", "price_points")


@dataclass(frozen=True)
class Verdict:
    """The outcome of `tender verify`: MATCH, or every difference found."""

    report: str
    workspace: str
    fingerprint: str
    differences: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)  # one line per valid signature of a signed PDF

    @property
    def match(self) -> bool:
        """Whether the report matches the workspace."""
        return not self.differences


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
