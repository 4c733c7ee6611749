"""Read CSV files as German or English Excel writes them: encoding, delimiter and numbers."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from tender.errors import Finding, InputError
from tender.sheets.inputcheck import check_input_file

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


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, as Excel saves CSV."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(path: Path, display: str) -> CsvTable:
    """Parse a CSV file; a malformed row is a finding naming the file and line."""
    check_input_file(path, display)
    text = decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    decimal = "," if delimiter == ";" else "."
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    findings: list[Finding] = []
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for record in reader:
            line = reader.line_num
            if not header:
                header = [h.strip().lower() for h in record]
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                findings.append(
                    Finding(
                        "malformed-csv", display, f"line {line}", f"expected {len(header)} fields, found {len(record)}"
                    )
                )
                continue
            rows.append((line, {k: v.strip() for k, v in zip(header, record, strict=True)}))
    except csv.Error as exc:
        findings.append(Finding("malformed-csv", display, f"line {reader.line_num}", f"malformed CSV: {exc}"))
    if not header:
        findings.append(Finding("malformed-csv", display, "line 1", "the file is empty: expected a header row"))
    if findings:
        raise InputError(findings)
    return CsvTable(display, header, rows, decimal)


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
