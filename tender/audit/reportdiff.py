"""Compare a report's recorded figures, inputs and log head with the workspace as it is now (for `tender verify`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tender.audit.seal import hash_changes
from tender.wording import Figure, Number, Said, Term, Worded, said

COMPARED = ("excluded", "rank", "score", "performance", "price", "price_points")


@dataclass(frozen=True)
class Check:
    """One check of `tender verify` (bytes, evaluation, head; signatures may add one): passed or not, in one
    line, with what differs below it."""

    name: str
    ok: bool
    line: str  # in English; `said` gives it in either language
    details: tuple[str | Worded, ...] = ()  # what differs: words of the catalogue (or a finding), English text
    said: Said | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.name}: {self.line}"

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The check's line in `lang` (its name is a fixed word: bytes, evaluation, head, PDF)."""
        return str(self) if self.said is None else f"{self.name}: {self.said.text(lang, number)}"

    def detail_texts(self, lang: str = "en", number: Number | None = None) -> list[str]:
        """What differs, one line each, in `lang`."""
        return [d if isinstance(d, str) else d.text(lang, number) for d in self.details]


def check(name: str, ok: bool, key: str, details: tuple[str | Worded, ...] = (), /, **params: object) -> Check:
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
        return [line for c in self.checks if not c.ok for line in (str(c), *c.detail_texts())]


def file_differences(recorded: dict[str, str], now: dict[str, str]) -> list[Said]:
    """Input files changed, added or removed since the report was made."""
    return [said(f"verify.file.{change}", path=path) for path, change in hash_changes(recorded, now)]


def number_differences(recorded: dict[str, Any], now: dict[str, Any]) -> list[Said]:
    """The winner and the bids' figures that moved."""
    out = []
    if recorded.get("winner") != now.get("winner"):
        was, now_ = (figure(x, str(x), NOBODY) for x in (recorded.get("winner"), now.get("winner")))
        out.append(said("verify.winner", before=was, after=now_))
    before = {b["bidder"]: b for b in recorded.get("bids", [])}
    after = {b["bidder"]: b for b in now.get("bids", [])}
    for bidder in sorted(set(before) | set(after)):
        if bidder not in after or bidder not in before:
            out.append(said("verify.bidder.gone" if bidder not in after else "verify.bidder.new", bidder=bidder))
            continue
        for key in COMPARED:
            a, b = before[bidder].get(key), after[bidder].get(key)
            if a != b and not (
                isinstance(a, float) and isinstance(b, float) and abs(a - b) <= 1e-9 * max(abs(a), abs(b))
            ):
                moved = {"figure": Term(key), "before": figure(a), "after": figure(b)}
                out.append(said("verify.figure", bidder=bidder, **moved))
    return out


NOBODY = Term("nobody")
NULL = Term("null")


def figure(value: object, english: str | None = None, missing: Term = NULL) -> Figure:
    """A figure as a difference shows it (English: `175,800`, `87.1235`, `null`; German in its number format)."""
    if value is None:
        shown: object = missing
    elif isinstance(value, bool):
        shown = Term(str(value))
    elif isinstance(value, float):
        shown = round(value, 4)
    else:
        shown = value
    return Figure(show(value) if english is None else english, shown)


def show(value: object) -> str:
    """A figure as shown in a difference (in English)."""
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return "null" if value is None else str(value)
