"""Compare a report's recorded figures, inputs and log head with the workspace as it is now (for `tender verify`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tender.audit.seal import hash_changes
from tender.wording import Number, Said, said

COMPARED = ("excluded", "rank", "score", "performance", "price", "price_points")


@dataclass(frozen=True)
class Check:
    """One check of `tender verify` (bytes, evaluation, head; signatures may add one): passed or not, in one
    line, with what differs below it."""

    name: str
    ok: bool
    line: str  # in English; `said` gives it in either language
    details: tuple[str, ...] = ()
    said: Said | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.name}: {self.line}"

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The check's line in `lang` (its name is a fixed word: bytes, evaluation, head, PDF)."""
        return str(self) if self.said is None else f"{self.name}: {self.said.text(lang, number)}"


def check(name: str, ok: bool, key: str, details: tuple[str, ...] = (), /, **params: object) -> Check:
    """A check whose line is the catalogue entry `key` (tender/wording/verify.py) with its parameters."""
    words = said(key, **params)
    return Check(name, ok, words.text(), details, words)


@dataclass(frozen=True)
class Verdict:
    """The outcome of `tender verify`: MATCH when every check passed, else which failed and what differs."""

    report: str
    workspace: str
    fingerprint: str
    checks: list[Check] = field(default_factory=list)

    @property
    def match(self) -> bool:
        """Whether every check passed."""
        return all(c.ok for c in self.checks)

    @property
    def differences(self) -> list[str]:
        """Every failed check and what differs, one line each."""
        return [line for c in self.checks if not c.ok for line in (str(c), *c.details)]


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


def show(value: object) -> str:
    """A figure as shown in a difference."""
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return "null" if value is None else str(value)
