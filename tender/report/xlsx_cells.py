"""The workbook's cells as XML text: openpyxl builds the package, the rows are composed here, ~25× faster.

openpyxl's write-only mode spends about 25 µs on a cell (a cell object, type binding, lxml elements); a
500-bid report has over a million cells. A Book keeps openpyxl for everything but the rows (styles, sheet
settings, filters, frozen panes, print titles, the package), lets it write every sheet with an empty
<sheetData>, and puts the rows in when it saves. The rows are the XML openpyxl writes for the same values:
numbers as the shortest text that reads back as the same float, strings as inline strings (xml:space="preserve"
where they have outer blanks, at most 32,767 characters, control characters refused), formulas with the value
the engine computed as their cached value (a viewer that does not recalculate, pandas and openpyxl's
data_only see the tool's numbers), styled empty cells kept.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from datetime import datetime
from io import BytesIO
from typing import Any

from tender.report.zipdates import undated

# openpyxl refuses these in a worksheet (IllegalCharacterError); so do we
ILLEGAL = bytes(c for c in range(32) if c not in (9, 10, 13))
MAX_TEXT = 32_767
EMPTY = b"<sheetData></sheetData>"
DEFLATE_LEVEL = 1  # a third of the default level's time; the file is about a third larger
CHUNK_SIZE = 1 << 20  # characters of XML encoded and deflated at a time
APP = "docProps/app.xml"
CORE = "docProps/core.xml"


class Formula:
    """A formula of ours (never an input's text) and the value the engine computed for it, stored as its cached
    value: a number, a text, a truth value, or None where there is none."""

    __slots__ = ("text", "value")

    def __init__(self, text: str, value: float | str | bool | None) -> None:
        self.text = text if text.startswith("=") else "=" + text
        self.value = value

    def xml(self) -> str:
        """The cell's XML after `<c r=".." s=".."`: the formula and its cached value."""
        body = "<f>" + escape(self.text[1:]) + "</f>"
        value = self.value
        if value is None:
            return f">{body}</c>"
        if isinstance(value, bool):
            return f' t="b">{body}<v>{int(value)}</v></c>'
        if isinstance(value, str):
            return f' t="str">{body}<v>{escape(value[:MAX_TEXT])}</v></c>'
        shown = number(value)
        return f">{body}<v>{shown}</v></c>" if shown else f' t="e">{body}<v>#NUM!</v></c>'


def text(value: str) -> str:
    """A string as the content of an inline-string cell (truncated as openpyxl does; control characters are
    refused when the rows are encoded)."""
    if not value:
        return ""
    if len(value) > MAX_TEXT:
        value = value[:MAX_TEXT]
    space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
    return f"<is><t{space}>{escape(value)}</t></is>"


def escape(value: str) -> str:
    """XML character data as lxml writes it (a carriage return as a reference, so it survives parsing)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def number(value: Any) -> str:
    """A number as the shortest text that reads back as the same float (openpyxl writes "%.16g", which may
    not); NaN and infinities as an empty value."""
    if value - value != 0:
        return ""
    return str(value) if type(value) is int else repr(float(value))


def literal(text: str) -> str:
    """Text for a printed page's header or footer: an ampersand doubled (else it starts a code), at most 100
    characters (Excel allows 255 for all three parts together)."""
    return text[:100].replace("&", "&&")


class Rows:
    """The rows of one sheet as XML, numbered from 1, with the widest content seen per column."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.count = 0
        self.seen: dict[int, int] = {}  # column (from 1) -> longest content, numbers counting 12
        self._letters: list[str] = [""]

    def letters(self, n: int) -> list[str]:
        """Column letters, index 1 = A, for at least n columns."""
        if len(self._letters) <= n:
            from openpyxl.utils import get_column_letter

            self._letters = ["", *(get_column_letter(i) for i in range(1, max(n, 2 * len(self._letters)) + 1))]
        return self._letters

    def add(
        self, values: Sequence[Any], styles: dict[int, int] | None = None, measure: bool = True, height: float = 0
    ) -> int:
        """Append a row (styles: column from 1 -> style id); measure: count it in the column widths; height: in
        points, where wrapped text needs more than one line (viewers do not fit rows to their text on load)."""
        self.count += 1
        r = str(self.count)
        styles = styles or {}
        letters = self.letters(len(values))
        seen = self.seen
        out = [f'<row r="{r}" ht="{height:g}" customHeight="1">' if height else f'<row r="{r}">']
        for col, value in enumerate(values, 1):
            s = styles.get(col)
            head = '<c r="' + letters[col] + r + ('"' if s is None else f'" s="{s}"')
            kind = type(value)
            if kind is str:
                out.append(f'{head} t="inlineStr">{text(value)}</c>')
                shown = len(value)
            elif kind is float or kind is int:
                out.append(f'{head} t="n"><v>{number(value)}</v></c>')
                shown = 12
            elif kind is Formula:
                out.append(head + value.xml())
                shown = 12
            elif value is None:
                if s is not None:
                    out.append(head + ' t="n"></c>')
                shown = 0
            else:
                cell, shown = other(value)
                out.append(head + cell)
            if measure and shown > seen.get(col, -1):
                seen[col] = shown
        out.append("</row>")
        self.parts.append("".join(out))
        return self.count

    def set_height(self, row: int, height: float) -> None:
        """Give a row already added a height in points (a header whose columns' widths are known only at the end)."""
        part = self.parts[row - 1]
        head = f'<row r="{row}">'
        assert part.startswith(head), "a row's height is set once"
        self.parts[row - 1] = f'<row r="{row}" ht="{height:g}" customHeight="1">' + part[len(head) :]

    def chunks(self) -> Iterator[bytes]:
        """The rows as UTF-8, about a megabyte at a time, each row let go once encoded; a control character
        in a text is refused as openpyxl refuses it."""
        parts, self.parts = self.parts, []
        parts.reverse()  # popped from the end: first row first
        while parts:
            batch, size = [], 0
            while parts and size < CHUNK_SIZE:
                batch.append(parts.pop())
                size += len(batch[-1])
            xml = "".join(batch).encode("utf-8")
            if len(xml.translate(None, ILLEGAL)) != len(xml):
                from openpyxl.utils.exceptions import IllegalCharacterError

                bad = next(i for i, c in enumerate(xml) if c in ILLEGAL)
                context = xml[max(0, bad - 40) : bad + 40].decode("utf-8", "replace")
                raise IllegalCharacterError(f"{context!r} cannot be used in worksheets.")
            yield xml


def other(value: Any) -> tuple[str, int]:
    """A cell of a less common type (bool, Decimal, numpy numbers, str subclasses): its XML after <c r s, width."""
    from openpyxl.compat.numbers import NUMERIC_TYPES

    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>', 12
    if isinstance(value, NUMERIC_TYPES):
        return f' t="n"><v>{number(value)}</v></c>', 12 if isinstance(value, (int, float)) else len(str(value))
    if isinstance(value, str):
        return f' t="inlineStr">{text(str(value))}</c>', len(value)
    raise ValueError(f"Cannot convert {value!r} to Excel")


class Book:
    """A write-only openpyxl workbook whose sheets get their rows as XML when it is saved."""

    def __init__(self, mark: str = "", reference: str = "", page: str = "&P / &N") -> None:
        from openpyxl import Workbook

        self.mark = mark  # printed in bold in the header and footer of every sheet (DRAFT), if given
        self.reference = reference  # the tender's id, in the header and footer of every printed page
        self.page = page  # the page number's words with &P (page) and &N (pages), e.g. "Seite &P von &N"
        self.wb = Workbook(write_only=True)
        self.rows: list[Rows] = []
        self._styles: dict[tuple[Any, ...], int] = {}
        self.company = ""  # in docProps/app.xml (openpyxl writes no company)
        self.wb.properties.created = datetime(1980, 1, 1)  # not the clock's: `properties` gives the document's own

    def sheet(self, title: str, rows: Rows) -> Any:
        """A new worksheet (openpyxl's, for its settings) whose cells are `rows`; every printed page shows the
        tender's id and the sheet's name above, the page number below, and the draft mark in bold if there is one."""
        ws = self.wb.create_sheet(title)
        ws.oddHeader.left.text = ws.oddFooter.left.text = literal(self.reference)
        ws.oddHeader.right.text = "&A"  # the sheet's name
        ws.oddFooter.right.text = self.page
        if self.mark:
            ws.oddHeader.center.text = ws.oddFooter.center.text = f"&B{literal(self.mark)}"
        self.rows.append(rows)
        return ws

    def properties(self, title: str, subject: str, author: str, keywords: str, company: str, created: datetime) -> None:
        """The document properties (File → Properties): title, subject, author, keywords, company, dates."""
        props = self.wb.properties
        props.title, props.subject, props.creator, props.keywords = title, subject, author, keywords
        props.lastModifiedBy = author
        props.created = props.modified = created.replace(tzinfo=None)
        self.company = company

    def style(self, number_format: str | None = None, font: Any = None, fill: Any = None, alignment: Any = None) -> int:
        """The workbook's style id (cellXfs index) for a combination, registered with openpyxl once."""
        key = (number_format, font, fill, alignment)
        if key not in self._styles:
            from openpyxl.cell import WriteOnlyCell

            if not self.wb.worksheets:
                raise ValueError("create a sheet before asking for styles")
            cell = WriteOnlyCell(self.wb.worksheets[0])
            if number_format is not None:
                cell.number_format = number_format
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            if alignment is not None:
                cell.alignment = alignment
            self._styles[key] = cell.style_id
        return self._styles[key]

    def save(self) -> bytes:
        """The .xlsx file: openpyxl's package with each sheet's rows in its <sheetData>. The same workbook gives the
        same bytes: openpyxl dates the file's members and its modification by the clock; here every member is dated
        1980-01-01 (the ZIP format's first day) and the document modified when it was created."""
        from openpyxl.xml.functions import tostring

        package = BytesIO()
        self.wb.save(package)
        props = self.wb.properties
        props.modified = props.created
        core = tostring(props.to_tree())
        rows = {f"xl/worksheets/sheet{i}.xml": r for i, r in enumerate(self.rows, start=1)}
        out = BytesIO()
        with (
            zipfile.ZipFile(package) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=DEFLATE_LEVEL) as target,
        ):
            for info in source.infolist():
                data = core if info.filename == CORE else source.read(info.filename)
                if info.filename == APP and self.company:
                    company = f"<Company>{escape(self.company)}</Company></Properties>".encode()
                    data = data.replace(b"</Properties>", company)
                if info.filename not in rows:
                    target.writestr(undated(info), data, compresslevel=DEFLATE_LEVEL)
                    continue
                head, tail = data.split(EMPTY, 1)
                with target.open(info.filename, "w") as stream:  # no Zip64 header: Excel may refuse it
                    stream.write(head + b"<sheetData>")
                    for chunk in rows[info.filename].chunks():
                        stream.write(chunk)
                    stream.write(b"</sheetData>" + tail)
        return out.getvalue()
