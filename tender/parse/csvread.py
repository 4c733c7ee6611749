"""Read CSV files as German or English Excel writes them: encoding, delimiter and numbers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from tender.errors import Finding, InputError
from tender.parse import inputcheck
from tender.parse.inputcheck import refuse
from tender.parse.limits import CELL_CHARS, COLUMNS, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, ROWS

MAX_RECORD_CHARS = MAX_COLUMNS * (MAX_CELL_CHARS + 3)  # every field quoted, with its delimiter

GERMAN_NUMBER = re.compile(r"-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\Z")
ENGLISH_NUMBER = re.compile(r"-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\Z")
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?\Z")


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header and rows, each row with its line number in the file."""

    file: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    decimal: str


@dataclass(frozen=True)
class CsvColumns:
    """A regular CSV file read column-wise: every cell stripped, and each row's line number in the file."""

    header: list[str]
    columns: dict[str, list[str]]
    lines: Sequence[int]  # a range when every record is one line (the common case)
    decimal: str


def read_csv(path: Path, display: str) -> CsvTable:
    """Parse a CSV file; a malformed row is a finding naming the file and line."""
    text, delimiter, decimal = csv_text(path, display)
    reader = csv.reader(Lines(text, display), delimiter=delimiter, strict=True)
    findings: list[Finding] = []
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for record in limited(reader, display, lambda: f"line {reader.line_num}"):
            line = reader.line_num
            if not header:
                header = [h.strip().lower() for h in record]
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                findings.append(
                    Finding.of("malformed-csv.fields", display, f"line {line}", count=len(header), count2=len(record))
                )
                continue
            rows.append((line, {k: v.strip() for k, v in zip(header, record, strict=True)}))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # the csv module's own limit, far past ours
            limit = csv.field_size_limit()
            refuse("cell-too-long.record", display, f"line {reader.line_num}", limit=limit, cell_chars=CELL_CHARS)
        findings.append(Finding.of("malformed-csv", display, f"line {reader.line_num}", exc=exc))
    if not header:
        findings.append(Finding.of("malformed-csv.empty", display, "line 1"))
    if findings:
        raise InputError(findings)
    return CsvTable(display, header, rows, decimal)


def read_columns(path: Path, display: str) -> CsvColumns | None:
    """A regular CSV file column by column, fast; None when it is not regular (a malformed or blank row,
    a row of another length, a header used twice): then read_csv reads it again and names every problem."""
    text, delimiter, decimal = csv_text(path, display)
    try:
        reader = csv.reader(Lines(text, display), delimiter=delimiter, strict=True)
        records = list(islice(reader, MAX_ROWS + 2))
        if len(records) > MAX_ROWS + 1:
            return None  # read_csv names the line past the limit
        if records and (max(map(len, records)) > MAX_COLUMNS or max(map(len, chain(*records))) > MAX_CELL_CHARS):
            return None  # read_csv names the row or cell
    except csv.Error:
        return None
    if not records:
        return None
    header = [h.strip().lower() for h in records[0]]
    width = len(header)
    rows = records[1:]
    if len(set(header)) != width or not set(map(len, rows)) <= {width}:
        return None
    ends = text.count("\n") + (not text.endswith(("\n", "\r")))
    if "\r" in text:
        ends += text.count("\r") - text.count("\r\n")
    one_line_each = ends == len(records)  # no field spans lines
    lines = range(2, len(records) + 1) if one_line_each else record_lines(text, delimiter)
    cells = list(zip(*rows, strict=True)) if rows else [() for _ in header]
    columns = {name: list(map(str.strip, column)) for name, column in zip(header, cells, strict=True)}
    return CsvColumns(header, columns, lines, decimal)


def record_lines(text: str, delimiter: str) -> list[int]:
    """The line on which each record after the header ends, as csv counts them (fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    next(reader)
    return [reader.line_num for _ in reader]


class Lines:
    """A CSV text's lines for csv.reader, refusing a record longer than the longest one the limits admit
    (MAX_COLUMNS fields of MAX_CELL_CHARS) before the reader splits it into fields (`csv-record-too-long`).

    A record ends at a line end outside quotes: where the quotes since its start are even in number.
    """

    def __init__(self, text: str, display: str) -> None:
        self.lines = io.StringIO(text, newline="")
        self.display = display
        self.line = 0
        self.size = 0
        self.closed = True

    def __iter__(self) -> Lines:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.line += 1
        self.size = len(line) + (0 if self.closed else self.size)
        self.closed ^= line.count('"') % 2 == 1
        if self.size > MAX_RECORD_CHARS:
            refuse(
                "csv-record-too-long",
                self.display,
                f"line {self.line}",
                max_record_chars=MAX_RECORD_CHARS,
                max_columns=MAX_COLUMNS,
                max_cell_chars=MAX_CELL_CHARS,
            )
        return line


def limited(records: Iterable[list[str]], display: str, place: Callable[[], str]) -> Iterable[list[str]]:
    """The records of a CSV file, refused (`csv-too-many-rows`, `csv-too-many-columns`, `cell-too-long`) as soon
    as one passes a limit: the header and at most MAX_ROWS rows, MAX_COLUMNS fields, MAX_CELL_CHARS characters."""
    for count, record in enumerate(records):
        if count > MAX_ROWS:
            refuse("csv-too-many-rows", display, place(), max_rows=MAX_ROWS, rows=ROWS)
        if len(record) > MAX_COLUMNS:
            refuse("csv-too-many-columns", display, place(), count=len(record), columns=COLUMNS)
        if record and (longest := max(map(len, record))) > MAX_CELL_CHARS:
            refuse("cell-too-long.field", display, place(), longest=longest, cell_chars=CELL_CHARS)
        yield record


def csv_text(path: Path, display: str) -> tuple[str, str, str]:
    """A CSV file's text, its delimiter (the most frequent of ; , tab in the first line) and decimal mark."""
    text = inputcheck.csv_text(path, display)
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    return text, delimiter, "," if delimiter == ";" else "."


def parse_number(text: str, decimal: str = ".") -> float | None:
    """A number as German (1.234,56) or English (1,234.56) Excel writes it; None if it is none."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if decimal == "," and GERMAN_NUMBER.match(cleaned):
        return float(cleaned.replace(".", "").replace(",", "."))
    if PLAIN_NUMBER.match(cleaned):
        return float(cleaned)
    if ENGLISH_NUMBER.match(cleaned):
        return float(cleaned.replace(",", ""))
    return None
