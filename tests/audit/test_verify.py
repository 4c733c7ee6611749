"""Verifiable reports: `tender verify` says MATCH or what differs; reports are recorded; writes are atomic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from tender.audit import log
from tender.cli import app
from tests.hostile.conftest import english

runner = CliRunner()


def tender(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in english(args)])
    return result.exit_code, result.output


@pytest.fixture
def reported(procedure: Path) -> Path:
    """The procedure run to the opening of the prices, then reported in every format."""
    assert tender("seal", "technical", str(procedure), "--actor", "mueller")[0] == 0
    assert tender("open-prices", str(procedure), "--actor", "braun", "--witness", "yilmaz")[0] == 0
    code, out = tender("report", str(procedure), "--format", "json,pdf,xlsx", "--actor", "braun")
    assert code == 0, out
    return procedure


def test_reports_are_recorded_and_carry_the_log_head(reported: Path) -> None:
    events, problems = log.read(reported)
    assert problems == [] and [e["action"] for e in events][-2:] == ["open-prices", "report"]
    assert set(events[-1]["files"]) == {f"reports/crm-hosting-2007-de.{x}" for x in ("json", "pdf", "xlsx")}
    doc = json.loads((reported / "reports/crm-hosting-2007-de.json").read_text(encoding="utf-8"))
    assert doc["audit"]["log_head"] == events[-2]["hash"]
    assert doc["audit"]["fingerprint"] == events[-1]["details"]["fingerprint"]
    assert oct((reported / "reports/crm-hosting-2007-de.pdf").stat().st_mode & 0o777) != oct(0o600)


def test_reports_record_the_seal_and_the_opening_of_the_prices(reported: Path) -> None:
    from openpyxl import load_workbook

    events, _ = log.read(reported)
    seal, opening = (next(e for e in events if e["action"] == a) for a in ("seal-technical", "open-prices"))
    doc = json.loads((reported / "reports/crm-hosting-2007-de.json").read_text(encoding="utf-8"))
    assert doc["audit"]["procedure"] == [
        {"step": "seal-technical", "time": seal["time"], "actor": "mueller", "witness": None, "event": seal["seq"]},
        {
            "step": "open-prices",
            "time": opening["time"],
            "actor": "braun",
            "witness": "yilmaz",
            "event": opening["seq"],
        },
    ]
    text = " ".join(page.extract_text() for page in PdfReader(reported / "reports/crm-hosting-2007-de.pdf").pages)
    assert "braun im Beisein von yilmaz" in " ".join(text.split())
    assert f"(Ereignis {opening['seq']} des Audit-Logs)" in " ".join(text.split())
    book = load_workbook(reported / "reports/crm-hosting-2007-de.xlsx")
    rows = {r[0]: r[1] for r in book["Prüfvermerk"].iter_rows(values_only=True) if r and r[0]}
    assert rows["Technische Wertung versiegelt"].endswith(f"– mueller (Ereignis {seal['seq']} des Audit-Logs)")
    assert "braun im Beisein von yilmaz" in rows["Preise geöffnet"]


@pytest.mark.parametrize("suffix", ["json", "pdf", "xlsx"])
def test_verify_matches(reported: Path, suffix: str) -> None:
    code, out = tender("verify", str(reported / f"reports/crm-hosting-2007-de.{suffix}"))
    assert code == 0, out
    assert out.startswith("MATCH: ")


def test_verify_names_the_changed_file_and_the_numbers_that_moved(example: Path) -> None:
    assert tender("report", str(example), "--format", "json,xlsx")[0] == 0
    bid = example / "bids/hanse.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("support: 95.0", "support: 60.0"), encoding="utf-8")
    for suffix in ("json", "xlsx"):
        code, out = tender("verify", str(example / f"reports/crm-hosting-2007-de.{suffix}"))
        assert code == 1
        assert "MISMATCH" in out
        assert "bids/hanse.yaml: changed since the report was made" in out
        assert "bidder hanse: price 175,800 in the report, 165,300 now" in out
        assert "bidder hanse: rank 2 in the report" not in out or "rank" in out


def test_verify_detects_a_log_cut_after_the_report(reported: Path) -> None:
    rows = (reported / log.LOG_NAME).read_text(encoding="utf-8").splitlines(keepends=True)
    (reported / log.LOG_NAME).write_text("".join(rows[:-2]), encoding="utf-8")  # drop open-prices and report
    code, out = tender("verify", str(reported / "reports/crm-hosting-2007-de.pdf"))
    assert code == 1
    events, _ = log.read(reported)
    assert (
        f"  head: audit.log: ends at event {len(events)}: event {len(events) + 1} (" in out
        and "), the log's head when the report was made, is gone (the log was cut)" in out
    )


def test_verify_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    other = tmp_path / "notes.json"
    other.write_text("{}", encoding="utf-8")
    code, out = tender("verify", str(other))
    assert code == 2 and "not a tender report" in out


WRITER = """
import sys
from pathlib import Path
from tender.app.report import write_reports
from tender.report.formats import ReportFormat
from tender.scoring import evaluate
from tender.workspace import load_workspace
ev = evaluate(load_workspace(Path(sys.argv[1])))
while True:
    write_reports(ev, [ReportFormat.JSON, ReportFormat.PDF], "de", Path(sys.argv[2]))
"""


def test_sigkill_while_writing_reports_leaves_whole_reports(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "filed"
    assert tender("report", str(example), "--format", "json,pdf", "--out", str(out))[0] == 0
    for delay in (0.8, 1.3, 1.9, 2.6):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(example), str(out)])
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        doc = json.loads((out / "crm-hosting-2007-de.json").read_text(encoding="utf-8"))
        assert doc["result"]["winner"] == "rheintal"
        pdf = PdfReader(out / "crm-hosting-2007-de.pdf")
        assert len(pdf.pages) > 5 and list(pdf.attachments) == ["crm-hosting-2007-de.json"]
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 4  # a killed writer may leave its temporary file, never a torn report
