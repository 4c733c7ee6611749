"""The one opener of files from outside: refuse links, oversized files and files that are not what their name says.

Every reader of bids, scores, tender.yaml, catalogues and evaluators.yaml, and every import argument,
reads its bytes through read_input (or read_text / csv_text here), so that the limits of limits.py hold
for all of them; a refusal is an InputError whose finding names the file and the limit.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import NoReturn

from tender.errors import Finding, InputError, os_reason
from tender.parse.limits import FILE_SIZE, MAX_FILE_BYTES, MAX_SHEET_CHARS, SHEET_CHARS, size_text
from tender.parse.text import CONTROL
from tender.wording import said

XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".yaml", ".yml")
BOM = b"\xef\xbb\xbf"
# In a file name not even tab and newline are allowed: a name is one line of a message.
NAME_CONTROL = re.compile(f"{CONTROL.pattern}|[\t\n\r]")
NEWLINE = b"\n"
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
# A well-formed UTF-8 sequence of two to four bytes (RFC 3629): in a file that is not UTF-8 as a whole,
# one of these means that UTF-8 and single-byte text were mixed (or that Windows-1252 text happens to
# hold such a pair, like "Ã¤": refused too, because it cannot be told apart).
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def refuse(key: str, file: str, place: str, /, **params: object) -> NoReturn:
    """Stop reading a file: one finding (its entry in tender/wording, the file, the place or "", the parameters)."""
    raise InputError([Finding.of(key, file, place, **params)])


def checked_stat(path: Path, display: str) -> os.stat_result:
    """The file's status, unless its name holds a control character, it is a symbolic link, no regular
    file, or larger than the limit."""
    if NAME_CONTROL.search(path.name):
        refuse("control-character.file-name", display, "")
    try:
        info = os.lstat(path)
    except OSError as exc:
        refuse("missing-file.unreadable", display, "", strerror=os_reason(exc))
    if stat.S_ISLNK(info.st_mode):
        refuse("symlink", display, "")
    if not stat.S_ISREG(info.st_mode):
        refuse("not-a-file", display, "")
    if info.st_size > MAX_FILE_BYTES:
        refuse("too-large", display, "", value=info.st_size / 2**20, file_size=FILE_SIZE)
    return info


def read_input(path: Path, display: str) -> bytes:
    """A file's bytes after the checks every outside file must pass: no link, within the size limit,
    and (for .xlsx, .csv and .yaml) content of the kind its name says."""
    checked_stat(path, display)
    try:
        with open(path, "rb", opener=no_follow) as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        refuse("missing-file.unreadable", display, "", strerror=os_reason(exc))
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        refuse("too-large.over", display, "", max_file_bytes=size_text(MAX_FILE_BYTES), file_size=FILE_SIZE)
    check_kind(data[:8192], path.suffix.lower(), display)
    return data


def no_follow(path: str, flags: int) -> int:
    """os.open that refuses a symbolic link put in place after the check (O_NOFOLLOW where the system has it)."""
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def check_kind(head: bytes, suffix: str, display: str) -> None:
    """Refuse content that is not the kind the suffix names (`not-a-spreadsheet`)."""
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(b"PK\x03\x04"):
            refuse("not-a-spreadsheet.xlsx", display, "", head=kind_of(head))
    elif suffix in TEXT_SUFFIXES and (b"\x00" in head or any(head.startswith(sig) for sig, _ in KNOWN_SIGNATURES)):
        refuse("not-a-spreadsheet.text", display, "", upper=suffix[1:].upper(), head=kind_of(head))


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


def read_text(path: Path, display: str) -> str:
    """A UTF-8 text file (YAML), with or without BOM; any other byte is refused naming its line."""
    data = read_input(path, display)
    body = data[len(BOM) :] if data.startswith(BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + len(data) - len(body)
        refuse("bad-encoding", display, line_at(data, at), data=format(data[at], "02x"), reason=exc.reason)


def csv_text(path: Path, display: str) -> str:
    """A CSV file's text: UTF-8 (with or without BOM) or Windows-1252, decided on the whole file.

    A file that is valid neither way is refused (`bad-encoding`), and so is a file that mixes both, that is
    UTF-8 sequences and bytes that are not UTF-8 (`mixed-encoding`): the line of the first such byte is named.
    """
    data = read_input(path, display)
    text = decode_csv(data, display)
    if len(text) > MAX_SHEET_CHARS:
        refuse("csv-too-large", display, "", count=len(text), sheet_chars=SHEET_CHARS)
    return text


def decode_csv(data: bytes, display: str) -> str:
    """The text of a CSV file's bytes (see csv_text)."""
    body = data[len(BOM) :] if data.startswith(BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start + len(data) - len(body)
    utf8 = UTF8_MULTIBYTE.search(data, len(data) - len(body))
    if body is not data or utf8 is not None:
        first = (
            said("encoding.bom")
            if utf8 is None
            else said("encoding.utf8-at", line=data.count(NEWLINE, 0, utf8.start()) + 1)
        )
        refuse("mixed-encoding", display, line_at(data, bad), first=first, data=format(data[bad], "02x"))
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        refuse("bad-encoding.neither", display, line_at(data, exc.start), data=format(data[exc.start], "02x"))


def line_at(data: bytes, offset: int) -> str:
    """The place of a byte offset: `line N`, counting line feeds as the CSV reader does."""
    return f"line {data.count(NEWLINE, 0, offset) + 1}"
