"""The same inputs give the same bytes: the memo (JSON, HTML, PDF, workbook) and a letter (PDF, .docx) rendered again
with the clock a day on are the files rendered before, byte for byte (docs/reports.md, "Reproducible outputs")."""

from __future__ import annotations

import io
import time
import types
import zipfile
from datetime import UTC, date, datetime, timezone, tzinfo
from pathlib import Path

import openpyxl.writer.excel
import pytest

from tender.app.report import write_reports
from tender.report.formats import ReportFormat
from tender.report.letter_render import letter_docx, letter_pdf
from tender.report.letters import letters
from tender.report.standstill import standstill
from tender.result import Evaluation
from tests.report.conftest import NOW


def clock_a_day_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Move the clock the writers read a day forward: the ZIP members' dates (zipfile reads time.time) and
    openpyxl's modification time (datetime.now, which no patch of time.time reaches)."""
    later = time.time() + 86_400
    monkeypatch.setattr(time, "time", lambda: later)

    class Later(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Later:
            return cls.fromtimestamp(later, tz)

    shim = types.SimpleNamespace(datetime=Later, timezone=timezone)
    monkeypatch.setattr(openpyxl.writer.excel, "datetime", shim)


def test_the_memo_renders_to_the_same_bytes_a_day_later(
    example_eval: Evaluation, de_reports: dict[ReportFormat, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock_a_day_on(monkeypatch)
    again = write_reports(example_eval, list(ReportFormat), "de", tmp_path, NOW)
    for fmt, path in zip(ReportFormat, again, strict=True):
        assert path.read_bytes() == de_reports[fmt].read_bytes(), fmt
    book = zipfile.ZipFile(de_reports[ReportFormat.XLSX])
    assert {info.date_time for info in book.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = book.read("docProps/core.xml").decode()
    assert core.count(">2026-11-27T09:30:00Z</dcterms:") == 2  # created and modified: the report's own time


def test_a_letter_renders_to_the_same_bytes_a_day_later(
    example_eval: Evaluation, monkeypatch: pytest.MonkeyPatch
) -> None:
    period = standstill(date(2007, 4, 20), "post")
    letter = letters(example_eval, "rheintal", period, "de", {}, example_eval.fingerprint)[1]
    sent = datetime(2007, 4, 20, tzinfo=UTC)
    pdf, docx = letter_pdf(letter), letter_docx(letter, sent)
    clock_a_day_on(monkeypatch)
    assert letter_pdf(letter) == pdf
    assert letter_docx(letter, sent) == docx
    package = zipfile.ZipFile(io.BytesIO(docx))
    assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert ">2007-04-20T00:00:00Z</dcterms:modified>" in package.read("docProps/core.xml").decode()
