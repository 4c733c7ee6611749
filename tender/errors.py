"""Errors and findings: problems in the user's data are data; exceptions stop the work."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One problem found in the user's input: a stable code, where it is, and what is expected."""

    code: str
    file: str
    place: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.place}" if self.place else self.file
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        """The finding as plain JSON data."""
        return {"code": self.code, "file": self.file, "place": self.place, "message": self.message}


class TenderError(Exception):
    """Base of every error tender reports to the user (exit code 2)."""

    exit_code = 2

    def lines(self) -> list[str]:
        """The human message, one line per problem."""
        return [str(self)]


class InputError(TenderError):
    """The workspace's files hold one or more problems; each is a Finding."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} problem(s) in the input")
        self.findings = findings

    def lines(self) -> list[str]:
        return [str(f) for f in self.findings]


class UsageError(TenderError):
    """A command was called in a way that cannot work (missing folder, existing target, ...)."""


class Collector:
    """Collects findings while reading one file, so that all problems are reported at once."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(self, code: str, file: str, place: str, message: str) -> None:
        """Record one problem."""
        self.findings.append(Finding(code, file, place, message))

    def extend(self, findings: list[Finding]) -> None:
        """Record problems found elsewhere."""
        self.findings.extend(findings)

    def raise_if_any(self) -> None:
        """Stop with an InputError when anything was recorded."""
        if self.findings:
            raise InputError(list(self.findings))
