"""Scan one worksheet's XML before a reader builds it: the cells' extent, their strings and percent formats.

A reader of xlsx (python-calamine) holds a sheet as a grid from A1 to the farthest cell and copies each
cell's shared string, so one far-away cell or one long string used a million times costs gigabytes
before any check could run. This scan reads the XML in chunks and finds, for every cell a reader would
see, its position, the shared string it uses and whether its style is a percent format.

Two ways, one answer: a fast scan with regular expressions over the shapes that Excel, LibreOffice and
openpyxl write (`<c r="B7" ...>` with `r` first), which counts every cell-like tag too; when any count
disagrees (another shape, or a hostile file), the exact scan reads the XML again with expat, following
the reader's rules for cells without `r` (the column after the previous cell, the row of `<row r>`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

PREFIX = rb"(?:[^\s<>/!?\"'=]*:)?"  # an optional namespace prefix, as a reader ignores it
ODD_CELL = re.compile(rb"<c[\t\n\r\x0b\x0c>/]")  # a cell tag not written `<c r="..."`, and prefixed ones:
PREFIXED_CELL = re.compile(rb":c[\s/>]")  # these send the sheet to the exact scan
REF_ROW = re.compile(rb'<c r="[A-Za-z]{1,6}0*(\d{1,12})"')
HIGH_ROW = re.compile(rb'<c r="[A-Za-z]{1,6}0*[1-9]\d{5}')  # a row of 100,000 or more: then every row is counted
REF_COLUMN = re.compile(rb'<c r="([A-Za-z]{1,6})0*\d{1,12}"')
STRING_TYPE = re.compile(rb"t\s*=\s*[\"']s[\"']")
STRING_CELL = re.compile(rb' t="s"[^<>]*>\s*<v>(\d+)<')
DIMENSION = re.compile(rb"<" + PREFIX + rb'dimension\s[^>]*?\bref="([^"]*)"')
ATTRIBUTE = re.compile(rb"""\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
CHUNK = 1 << 20
HUGE = 10**12  # a row or column number too long to count: past every limit


@dataclass
class SheetCells:
    """What a worksheet's XML holds: the farthest row and column, the shared strings its cells use
    (index → number of cells), and the cells whose style is a percent format (1-based row, column)."""

    rows: int = 0
    columns: int = 0
    far: str = ""  # the reference of the cell that set `rows` or `columns` last, for messages
    strings: Counter[int] = field(default_factory=Counter)
    percent: set[tuple[int, int]] = field(default_factory=set)
    dimension: str = ""

    def place(self, row: int, col: int) -> None:
        """Record one cell's position (1-based)."""
        if row > self.rows or col > self.columns:
            self.rows, self.columns = max(row, self.rows), max(col, self.columns)
            self.far = f"{column_letters(col)}{row}"


def column_number(letters: bytes | str) -> int:
    """`A` → 1, `AA` → 27, in either case, as the reader counts."""
    number = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode("ascii").upper():
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(col: int) -> str:
    """1 → `A`, 27 → `AA`."""
    out = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        out = chr(65 + rest) + out
    return out or "A"


def split_ref(ref: str) -> tuple[int, int] | None:
    """`XFD1048576` → (1048576, 16384); None when it is no plain cell reference."""
    match = re.fullmatch(r"\$?([A-Za-z]+)\$?(\d+)", ref.strip())
    if match is None:
        return None
    letters, digits = match[1], match[2].lstrip("0") or "0"
    if len(letters) > 6 or len(digits) > 12:
        return HUGE, HUGE
    return int(digits), column_number(letters)


def fast_scan(
    chunks: Iterable[bytes], percent_styles: frozenset[int], strings: bool = True, every_row: bool = False
) -> SheetCells | bool | None:
    """The scan by regular expressions; None when the XML has another shape and needs the exact scan, True
    when it must run again with `every_row` (a wide or long sheet found after rows were only estimated).
    Without shared strings in the workbook (`strings` false) the cells' string indexes are not collected."""
    scan = FastScan(percent_styles, strings, every_row)
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        cut = max(data.rfind(b"</c>"), data.rfind(b"</row>"))  # pieces end between cells
        if cut < 0:
            carry = data
            continue
        scan.piece(data[:cut])
        carry = data[cut:]
    scan.piece(carry)
    return scan.result()


class FastScan:
    """The counts of the fast scan, piece by piece."""

    def __init__(self, percent_styles: frozenset[int], strings: bool, every_row: bool) -> None:
        self.cells = SheetCells()
        self.styles = percent_styles
        self.strings = strings
        self.every_row = every_row
        self.estimated = self.again = False
        self.tags = self.refs = self.typed = self.indexed = 0
        self.odd = False
        self.letters: set[bytes] = set()

    def piece(self, data: bytes) -> None:
        """Scan one piece of the XML (pieces end between cells)."""
        cells = self.cells
        if ODD_CELL.search(data) or PREFIXED_CELL.search(data):
            self.odd = True
            return
        self.tags += data.count(b"<c ")
        cols = REF_COLUMN.findall(data)
        self.refs += len(cols)
        self.letters.update(set(cols))
        if self.every_row or HIGH_ROW.search(data) or any(len(c) > 1 or c > b"T" for c in self.letters):
            self.again |= self.estimated  # rows of earlier pieces were estimated: scan again, counting every row
            rows = REF_ROW.findall(data)
            self.odd |= len(cols) != len(rows)
            cells.rows = max(cells.rows, max(map(int, set(rows)), default=0))
        else:  # every row below 100,000 and at most 20 columns: within all limits; the last row is for messages
            self.estimated = True
            cells.rows = max(cells.rows, last_row(data))
        if self.strings:
            self.typed += len(STRING_TYPE.findall(data))
            used = STRING_CELL.findall(data)
            self.indexed += len(used)
            cells.strings.update(map(int, used))
        if not cells.dimension and (found := DIMENSION.search(data)):
            cells.dimension = found[1].decode("ascii", "replace")
        if self.styles:
            percent_cells(data, self.styles, cells)

    def result(self) -> SheetCells | bool | None:
        """The scan's findings, None when a count disagrees (a cell without `r` first, another shape), True
        when it must run again counting every row."""
        if self.again:
            return True
        if self.odd or self.tags != self.refs or self.typed != self.indexed:
            return None
        self.cells.columns = max(map(column_number, self.letters), default=0)
        if self.letters:
            self.cells.far = f"{column_letters(self.cells.columns)}{self.cells.rows}"
        return self.cells


def last_row(data: bytes) -> int:
    """The row of the last cell reference in a piece (for messages; the limits hold whatever it is)."""
    at = data.rfind(b'<c r="')
    found = REF_ROW.match(data, at) if at >= 0 else None
    return int(found[1]) if found else 0


def percent_cells(data: bytes, styles: frozenset[int], cells: SheetCells) -> None:
    """Record the cells of a chunk whose style `s` is one of the percent styles."""
    for tag in re.finditer(rb"<" + PREFIX + rb"c\s[^>]*>", data):
        attrs = attributes(tag[0])
        style, ref = attrs.get("s", ""), attrs.get("r", "")
        if style.isdigit() and int(style) in styles and (pos := split_ref(ref)):
            cells.percent.add(pos)


def attributes(tag: bytes) -> dict[str, str]:
    """The attributes of one start tag, raw (as the reader sees them)."""
    return {m[1].decode("ascii", "replace"): (m[2] or m[3]).decode("utf-8", "replace") for m in ATTRIBUTE.finditer(tag)}


class ExactScan:
    """The scan by expat, for XML of any shape: the reader's rules for positions, conservatively
    (an empty `<c/>` counts as a cell and moves the column on, which the reader does not)."""

    def __init__(self, percent_styles: frozenset[int]) -> None:
        self.cells = SheetCells()
        self.styles = percent_styles
        self.row = 0  # 0-based, as the reader counts
        self.col = 0
        self.value: list[str] | None = None  # the text of a shared-string cell's <v> being read
        self.shared = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        """One start tag."""
        local = name.rpartition(":")[2]
        if local == "row":
            number = attrs.get("r", "").strip()
            if number.isdigit():
                self.row = int(number[-12:]) - 1 if len(number) <= 12 else HUGE
        elif local == "c":
            pos = split_ref(attrs["r"]) if "r" in attrs else None
            if pos is not None:
                row, col = pos
                self.col = col - 1
            else:
                row, col = self.row + 1, self.col + 1
            self.cells.place(row, col)
            style = attrs.get("s", "")
            if style.isdigit() and int(style) in self.styles:
                self.cells.percent.add((row, col))
            self.shared = attrs.get("t") == "s"
            self.col += 1
        elif local == "v" and self.shared:
            self.value = []
        elif local == "dimension" and not self.cells.dimension:
            self.cells.dimension = attrs.get("ref", "")

    def end(self, name: str) -> None:
        """One end tag."""
        local = name.rpartition(":")[2]
        if local == "row":
            self.row += 1
            self.col = 0
        elif local == "v" and self.value is not None:
            text = "".join(self.value).strip()
            self.cells.strings[int(text) if text.isdigit() else 0] += 1
            self.value = None
        elif local == "c":
            self.shared = False

    def text(self, data: str) -> None:
        """Character data (kept only inside a shared-string cell's value)."""
        if self.value is not None:
            self.value.append(data)
