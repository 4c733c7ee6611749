"""Check an xlsx workbook before it is parsed: the zip archive, then every sheet's extent and strings.

Checked in this order, each against limits.py, reading every member in chunks and counting the bytes
that really come out (the sizes the archive declares are checked first but not trusted): the number of
members, each member's and all members' unpacked size, each member's compression ratio; then, in each
worksheet, the farthest row and column, the grid they span, the longest text a cell shows and the text
all its cells show together. A workbook past a limit is refused with the limit named (exit 2); only
then is it handed to python-calamine. The scan also tells which cells have a percent format.
"""

from __future__ import annotations

import hashlib
import html
import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pyexpat import ExpatError, ParserCreate
from typing import Any

from tender.parse import limits as lim
from tender.parse.inputcheck import refuse
from tender.parse.sheetscan import CHUNK, ExactScan, SheetCells, column_letters, fast_scan, split_ref
from tender.wording import said

BUILTIN_PERCENT = {9, 10}  # 0% and 0.00%
SHARED_STRINGS = "xl/sharedStrings.xml"
STRING_ITEM = re.compile(rb"<(?:[^\s<>/!?\"'=]*:)?si(?:\s[^<>]*)?>(.*?)</(?:[^\s<>/!?\"'=]*:)?si\s*>", re.DOTALL)
PLAIN_TEXT = re.compile(rb"\s*<(?:[^\s<>/!?\"'=]*:)?t(?:\s[^<>]*)?>([^<]*)</(?:[^\s<>/!?\"'=]*:)?t>\s*")
NUMBER_FORMATS = re.compile(rb"<(?:[^\s<>/!?\"'=]*:)?numFmts[\s>].*?</(?:[^\s<>/!?\"'=]*:)?numFmts\s*>", re.DOTALL)
CELL_FORMATS = re.compile(rb"<(?:[^\s<>/!?\"'=]*:)?cellXfs[\s>].*?</(?:[^\s<>/!?\"'=]*:)?cellXfs\s*>", re.DOTALL)
STRING_OPEN = re.compile(rb"<(?:[^\s<>/!?\"'=]*:)?si[\s/>]")


PASSED: dict[bytes, XlsxScan] = {}  # by SHA-256: workbooks this process checked and admitted


@dataclass(frozen=True)
class XlsxScan:
    """What the check learnt: each sheet's cells with a percent format (1-based row, column), by sheet name."""

    percent: dict[str, frozenset[tuple[int, int]]]


def check_xlsx(data: bytes, display: str) -> XlsxScan:
    """Refuse a workbook past any limit (see the module docstring); what the scan learnt otherwise.

    A command may read one file more than once (an import checks it, then the workspace it lands in):
    the same bytes passed before within this process are not scanned again.
    """
    key = hashlib.sha256(data).digest()
    if (known := PASSED.get(key)) is not None:
        return known
    scan = scan_xlsx(data, display)
    if len(PASSED) >= 4096:
        PASSED.clear()
    PASSED[key] = scan
    return scan


def scan_xlsx(data: bytes, display: str) -> XlsxScan:
    """The work of check_xlsx."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        refuse("unreadable-xlsx.zip", display, "", exc=exc)
    with book:
        members = Members(book, display)
        sheets = sheet_members(members)
        percent_styles = styles(members)
        lengths = string_lengths(members)
        percent: dict[str, frozenset[tuple[int, int]]] = {}
        for info in members.infos:
            name = sheets.get(info.filename, info.filename)
            if info.filename in (SHARED_STRINGS, "xl/styles.xml") or not info.filename.endswith(".xml"):
                if info.filename not in members.counted:  # read (and counted) already: styles, strings, rels
                    members.drain(info)
                continue
            cells = fast_scan(members.chunks(info), percent_styles, bool(lengths))
            if cells is True:
                cells = fast_scan(members.chunks(info), percent_styles, bool(lengths), every_row=True)
            if not isinstance(cells, SheetCells):
                cells = exact_scan(members, info, percent_styles)
            check_sheet(cells, lengths, name, display)
            if cells.percent:
                percent[name] = frozenset(cells.percent)
    return XlsxScan(percent)


class Members:
    """The members of the archive, read in chunks while the unpacked bytes are counted against the limits."""

    def __init__(self, book: zipfile.ZipFile, display: str) -> None:
        self.book = book
        self.display = display
        self.infos = book.infolist()
        self.names = {info.filename: info for info in self.infos}
        self.total = 0
        self.counted: set[str] = set()  # members whose bytes count towards the total already
        if len(self.infos) > lim.MAX_ZIP_MEMBERS:
            refuse("xlsx-too-many-files", display, "", count=len(self.infos), zip_members=lim.ZIP_MEMBERS)
        declared = 0
        for info in self.infos:
            self.check_size(info, info.file_size)
            declared += info.file_size
            if declared > lim.MAX_UNZIPPED_BYTES:
                self.too_large(declared)

    def check_size(self, info: zipfile.ZipInfo, size: int) -> None:
        """Refuse a member that unpacks to more than the limit or is compressed beyond the ratio."""
        if size > lim.MAX_MEMBER_BYTES:
            refuse(
                "xlsx-file-too-large",
                self.display,
                "",
                filename=info.filename,
                size=lim.size_text(size),
                member_bytes=lim.MEMBER_BYTES,
            )
        if size > lim.RATIO_FROM_BYTES and size > lim.MAX_RATIO * max(info.compress_size, 1):
            refuse(
                "xlsx-compression-ratio",
                self.display,
                "",
                filename=info.filename,
                value=size / max(info.compress_size, 1),
                ratio=lim.RATIO,
            )

    def too_large(self, size: int) -> None:
        """Refuse a workbook whose members unpack to more than the limit together."""
        refuse("xlsx-too-large-unpacked", self.display, "", size=lim.size_text(size), unzipped_bytes=lim.UNZIPPED_BYTES)

    def chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """A member's unpacked bytes in chunks; refused as soon as the bytes that come out pass a limit."""
        size = 0
        first = info.filename not in self.counted
        self.counted.add(info.filename)
        try:
            with self.book.open(info) as f:
                while chunk := f.read(CHUNK):
                    size += len(chunk)
                    self.total += len(chunk) if first else 0
                    self.check_size(info, size)
                    if self.total > lim.MAX_UNZIPPED_BYTES:
                        self.too_large(self.total)
                    yield chunk
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as exc:
            refuse("unreadable-xlsx.member", self.display, "", filename=info.filename, exc=exc)

    def drain(self, info: zipfile.ZipInfo) -> None:
        """Read a member only to count its bytes."""
        for _ in self.chunks(info):
            pass

    def read(self, name: str) -> bytes:
        """A whole member (empty when the archive has none of that name), counted like every other."""
        info = self.names.get(name)
        return b"".join(self.chunks(info)) if info else b""


def parse(members: Members, name: str, start: Callable[[str, dict[str, str]], None], **handlers: Any) -> None:
    """Feed one member to expat in chunks (no document type declarations: no entities to expand)."""
    info = members.names.get(name)
    if info is None:
        return
    parse_chunks(members.chunks(info), members.display, name, start, **handlers)


def parse_chunks(
    chunks: Iterable[bytes], display: str, name: str, start: Callable[[str, dict[str, str]], None], **handlers: Any
) -> None:
    """Feed chunks of XML to expat (no document type declarations: no entities to expand)."""
    parser = ParserCreate()
    parser.StartElementHandler = start
    for event, handler in handlers.items():
        setattr(parser, event, handler)
    parser.StartDoctypeDeclHandler = lambda *_: refuse("unreadable-xlsx.doctype", display, "", name=name)
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except ExpatError as exc:
        refuse("unreadable-xlsx.xml", display, "", name=name, exc=exc)


def sheet_members(members: Members) -> dict[str, str]:
    """The sheet name of each worksheet member, as workbook.xml and its relationships name them."""
    named: dict[str, str] = {}
    targets: dict[str, str] = {}

    def sheet(name: str, attrs: dict[str, str]) -> None:
        if name.rpartition(":")[2] == "sheet":
            rid = next((v for k, v in attrs.items() if k.rpartition(":")[2] == "id"), "")
            named[rid] = attrs.get("name", "")

    def relation(name: str, attrs: dict[str, str]) -> None:
        target = attrs.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        targets[attrs.get("Id", "")] = path

    parse(members, "xl/workbook.xml", sheet)
    parse(members, "xl/_rels/workbook.xml.rels", relation)
    return {targets[rid]: name for rid, name in named.items() if rid in targets}


def styles(members: Members) -> frozenset[int]:
    """The cell styles (indexes into cellXfs) whose number format shows a percent."""
    codes: dict[int, str] = {}
    formats: list[int] = []
    inside = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "numFmt" and attrs.get("numFmtId", "").isdigit():
            codes[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
        elif local == "cellXfs":
            inside[0] = True
        elif local == "xf" and inside[0]:
            ident = attrs.get("numFmtId", "0")
            formats.append(int(ident) if ident.isdigit() else 0)

    def end(name: str) -> None:
        if name.rpartition(":")[2] == "cellXfs":
            inside[0] = False

    data = members.read("xl/styles.xml")
    for part in (NUMBER_FORMATS, CELL_FORMATS):  # only the two lists that matter, not fonts, fills, borders
        found = part.search(data)
        if found:
            parse_chunks([found[0]], members.display, "xl/styles.xml", start, EndElementHandler=end)
    return frozenset(i for i, f in enumerate(formats) if f in BUILTIN_PERCENT or is_percent(codes.get(f, "")))


def is_percent(code: str) -> bool:
    """Whether an Excel number format shows its number as a percent (a `%` outside quotes and escapes)."""
    plain = re.sub(r'"[^"]*"|\\.', "", code.split(";")[0])
    return "%" in plain


def string_lengths(members: Members) -> list[int]:
    """The length of each shared string: as stored (an upper bound of the characters a cell shows), and
    exactly where that is over the limit of one cell."""
    info = members.names.get(SHARED_STRINGS)
    if info is None:
        return []
    data = b"".join(members.chunks(info))  # within MAX_MEMBER_BYTES, counted
    items = [stored_length(m[1]) for m in STRING_ITEM.finditer(data)]
    if len(items) != len(STRING_OPEN.findall(data)):  # another shape (an empty <si/>, ...): every item, exactly
        return exact_lengths(members)
    for i, m in enumerate(STRING_ITEM.finditer(data)) if max(items, default=0) > lim.MAX_CELL_CHARS else ():
        if items[i] > lim.MAX_CELL_CHARS:
            items[i] = len(html.unescape(re.sub(rb"<[^>]*>", b"", m[1]).decode("utf-8", "replace")))
    return items


def stored_length(item: bytes) -> int:
    """The stored length of one shared string: of its text where it is plain `<t>text</t>`, else with markup."""
    plain = PLAIN_TEXT.fullmatch(item)
    return len(plain[1]) if plain else len(item)


def exact_lengths(members: Members) -> list[int]:
    """The number of characters in each shared string, by expat."""
    items: list[int] = []
    depth = [0]

    def start(name: str, _: dict[str, str]) -> None:
        if name.rpartition(":")[2] == "si":
            items.append(0)
            depth[0] += 1

    def end(name: str) -> None:
        if name.rpartition(":")[2] == "si":
            depth[0] -= 1

    def text(data: str) -> None:
        if depth[0] > 0:
            items[-1] += len(data)

    parse(members, SHARED_STRINGS, start, EndElementHandler=end, CharacterDataHandler=text)
    return items


def exact_scan(members: Members, info: zipfile.ZipInfo, percent_styles: frozenset[int]) -> SheetCells:
    """The worksheet scanned with expat (any shape of XML)."""
    scan = ExactScan(percent_styles)
    parse(members, info.filename, scan.start, EndElementHandler=scan.end, CharacterDataHandler=scan.text)
    return scan.cells


def check_sheet(cells: SheetCells, lengths: list[int], sheet: str, display: str) -> None:
    """Refuse a sheet past the limits of rows, columns, cells, text per cell and text per sheet."""
    where = f"sheet {sheet}"
    dimension = [split_ref(part) for part in cells.dimension.split(":")] if cells.dimension else []
    rows = max([cells.rows, *(d[0] for d in dimension if d)])
    cols = max([cells.columns, *(d[1] for d in dimension if d)])
    stated = cells.dimension and cells.rows * cells.columns < rows * cols
    extent = said(
        "limit.extent.stated" if stated else "limit.extent",
        rows=rows,
        column=column_letters(cols),
        cols=cols,
        range=cells.dimension,
    )
    if rows > lim.MAX_ROWS:
        refuse("xlsx-too-many-rows", display, where, extent=extent, rows=lim.ROWS)
    if cols > lim.MAX_COLUMNS:
        refuse("xlsx-too-many-columns", display, where, extent=extent, columns=lim.COLUMNS)
    if rows * cols > lim.MAX_CELLS:
        refuse("xlsx-too-many-cells", display, where, extent=extent, value=rows * cols, cells=lim.CELLS)
    longest = 0
    total = 0
    for index, count in cells.strings.items():
        size = lengths[index] if 0 <= index < len(lengths) else 0
        longest = max(longest, size)
        total += size * count
    if longest > lim.MAX_CELL_CHARS:
        refuse("cell-too-long.cell", display, where, longest=longest, cell_chars=lim.CELL_CHARS)
    if total > lim.MAX_SHEET_CHARS:
        refuse("xlsx-too-much-text", display, where, total=total, sheet_chars=lim.SHEET_CHARS)
