"""Refuse input files that are too large or are not the kind of file their name says."""

from __future__ import annotations

from pathlib import Path

from tender.errors import Finding, InputError

MAX_BYTES = 50 * 1024 * 1024
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".yaml", ".yml")
KNOWN_SIGNATURES = (
    (
        b"\xd0\xcf\x11\xe0",
        "an Excel 97–2003 (.xls) or password-protected workbook: save it as .xlsx without a password",
    ),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (perhaps an .xlsx workbook)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def check_input_file(path: Path, display: str) -> None:
    """Raise InputError (code `file-too-large` or `not-a-spreadsheet`) unless the file may be read."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            [
                Finding(
                    "file-too-large", display, "", f"the file has {size / 2**20:.1f} MB; files over 50 MB are refused"
                )
            ]
        )
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(8192)
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(b"PK\x03\x04"):
            raise InputError([Finding("not-a-spreadsheet", display, "", f"not an xlsx workbook: {kind_of(head)}")])
    elif suffix in TEXT_SUFFIXES and (b"\x00" in head or any(head.startswith(sig) for sig, _ in KNOWN_SIGNATURES)):
        raise InputError(
            [Finding("not-a-spreadsheet", display, "", f"not a {suffix[1:].upper()} text file: {kind_of(head)}")]
        )


def kind_of(head: bytes) -> str:
    """What the first bytes of a file say it is, for messages."""
    for signature, name in KNOWN_SIGNATURES:
        if head.startswith(signature):
            return f"the file is {name}"
    if not head:
        return "the file is empty"
    if b"\x00" in head:
        return "the file holds binary data"
    return "the file is plain text"
