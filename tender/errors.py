"""Errors and findings: problems in the user's data are data; exceptions stop the work."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tender.wording import CATALOGUE, Number, Said, said

# the words of a place in German ("line 7, key prices.setup" → "Zeile 7, Schlüssel prices.setup"); names stay
PLACE_WORDS = {"line": "Zeile", "row": "Zeile", "column": "Spalte", "key": "Schlüssel", "sheet": "Blatt"}
PLACE_WORD = re.compile(r"(?:(?<=^)|(?<=, ))(line|row|column|key|sheet)(?= )")


@dataclass(frozen=True)
class Finding:
    """One problem found in the user's input: a stable code, where it is, and what is expected."""

    code: str
    file: str
    place: str
    message: str  # in English (the JSON's `message`); `said` gives it in either language
    said: Said | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, key: str, file: str, place: str, /, **params: object) -> Finding:
        """The finding for a catalogue entry (tender/wording): `code` or `code.variant`, with its parameters."""
        words = said(key, **params)
        return cls(key.partition(".")[0], file, place, words.text(), words)

    def __str__(self) -> str:
        where = f"{self.file}: {self.place}" if self.place else self.file
        return f"{where}: {self.message}"

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The finding's line in `lang` (German place words and numbers; file, sheet, cell and key names as found)."""
        if lang == "en" or self.said is None:
            return str(self)
        place = PLACE_WORD.sub(lambda m: PLACE_WORDS[m.group()], self.place)
        where = f"{self.file}: {place}" if place else self.file
        return f"{where}: {self.said.text(lang, number)}"

    def to_dict(self) -> dict[str, str]:
        """The finding as plain JSON data."""
        return {"code": self.code, "file": self.file, "place": self.place, "message": self.message}


class TenderError(Exception):
    """Base of every error tender reports to the user (exit code 2): raised with a catalogue key and its parameters
    (tender/wording), or with an English text."""

    exit_code = 2
    said: Said | None = None

    def __init__(self, message: str = "", /, **params: object) -> None:
        if message in CATALOGUE:
            self.said = said(message, **params)
            message = self.said.text()
        super().__init__(message)

    def lines(self) -> list[str]:
        """The human message, one line per problem."""
        return [str(self)]

    def texts(self, lang: str = "en", number: Number | None = None) -> list[str]:
        """The lines in `lang` (English where no catalogue entry gives the words)."""
        if lang == "en" or self.said is None:
            return self.lines()
        return [self.said.text(lang, number)]


class InputError(TenderError):
    """The workspace's files hold one or more problems; each is a Finding."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} problem(s) in the input")
        self.findings = findings

    def lines(self) -> list[str]:
        return [str(f) for f in self.findings]

    def texts(self, lang: str = "en", number: Number | None = None) -> list[str]:
        return [f.text(lang, number) for f in self.findings]


class UsageError(TenderError):
    """A command was called in a way that cannot work (missing folder, existing target, ...): raised with a
    catalogue key and its parameters (tender/wording/usage.py, tools.py), or with an English text."""


def os_reason(exc: OSError) -> Said | str:
    """Why the operating system refused (Permission denied, No space left on device): the catalogue's words where
    it has them for the error's number and the C library's English is the one given, else the text as given."""
    import errno

    given = exc.strerror or str(exc)
    key = f"os.{errno.errorcode.get(exc.errno or 0, '')}"
    if key in CATALOGUE and CATALOGUE[key][1] == given:
        return said(key)
    return given


def os_error(exc: OSError) -> Said:
    """An operating system's error as one line: the file and the reason."""
    return said("os.error", file=str(exc.filename or ""), reason=os_reason(exc))


class Collector:
    """Collects findings while reading one file, so that all problems are reported at once."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(self, key: str, file: str, place: str, /, **params: object) -> None:
        """Record one problem: its catalogue entry (`code` or `code.variant`) and the entry's parameters."""
        self.findings.append(Finding.of(key, file, place, **params))

    def extend(self, findings: list[Finding]) -> None:
        """Record problems found elsewhere."""
        self.findings.extend(findings)

    def raise_if_any(self) -> None:
        """Stop with an InputError when anything was recorded."""
        if self.findings:
            raise InputError(list(self.findings))
