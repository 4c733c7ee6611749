"""Reports pinned by their bytes, a log that cannot be emptied, deleted or cut unseen (issue #10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender.audit import log
from tests.hostile.conftest import ok, refused, run

REPORT = "reports/crm-hosting-2007-de"


@pytest.fixture
def opened(procedure: Path) -> Path:
    """The procedure sealed, the prices opened, reported as JSON and XLSX."""
    ok("seal", "technical", procedure, "--actor", "mueller")
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    ok("report", procedure, "--format", "json,xlsx", "--actor", "braun")
    return procedure


def report_event(root: Path) -> dict:
    events, _ = log.read(root)
    return next(e for e in reversed(events) if e["action"] == "report")


def test_an_unchanged_report_matches_on_all_three_checks(opened: Path) -> None:
    seq = report_event(opened)["seq"]
    for suffix in ("json", "xlsx"):
        out = ok("verify", opened / f"{REPORT}.{suffix}", "--lang", "en")
        assert out.startswith("MATCH: ")
        assert f"bytes: recorded by audit event {seq} (draft report, by braun" in out
        assert "evaluation: recomputes to the same result" in out
        assert f"head: audit.log still holds event {seq - 1}, the log's head when the report was made" in out


def test_an_edited_json_report_is_no_match(opened: Path) -> None:
    path = opened / f"{REPORT}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["result"]["winner"] == "rheintal"
    doc["result"]["winner"] = "hanse"  # the fingerprint and every input hash left as they were
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    result = run("verify", path, "--lang", "en")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("MISMATCH: ")
    seq = report_event(opened)["seq"]
    assert (
        f"  bytes: not recorded in audit.log (edited after audit event {seq}, which recorded "
        f"{REPORT}.json with other bytes?)" in lines
    )
    assert (
        "  evaluation: the report's own result no longer hashes to its fingerprint (its figures were edited)" in lines
    )
    assert f"  head: audit.log still holds event {seq - 1}, the log's head when the report was made" in lines


def test_edited_visible_cells_of_the_workbook_are_no_match(opened: Path) -> None:
    from openpyxl import load_workbook

    path = opened / f"{REPORT}.xlsx"
    book = load_workbook(path)
    summary = book.worksheets[0]
    cell = next(c for row in summary.iter_rows() for c in row if c.value == "rheintal")
    cell.value = "hanse"  # the hidden _data sheet is kept as it was
    book.save(path)
    result = run("verify", path, "--lang", "en")
    assert result.exit_code == 1, result.output
    seq = report_event(opened)["seq"]
    assert f"  bytes: not recorded in audit.log (edited after audit event {seq}" in result.output
    assert "  evaluation: recomputes to the same result" in result.output


def test_audit_verify_rechecks_the_reports_still_present(opened: Path) -> None:
    ok("audit", "verify", opened)
    seq = report_event(opened)["seq"]
    (opened / f"{REPORT}.xlsx").unlink()  # a report moved away is not a finding
    ok("audit", "verify", opened)
    path = opened / f"{REPORT}.json"
    path.write_bytes(path.read_bytes().replace(b'"rheintal"', b'"hanse"', 1))
    result = run("audit", "verify", "--lang", "en", opened)
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"{REPORT}.json: changed since audit event {seq} (report) recorded it"]


def test_an_emptied_log_is_broken_and_refuses_the_procedure(opened: Path) -> None:
    (opened / log.LOG_NAME).write_bytes(b"")
    result = run("audit", "verify", opened)
    assert result.exit_code == 1
    assert result.output.splitlines() == ["audit.log: leer: jedes Ereignis des Protokolls wurde entfernt"]
    assert "in Ordnung" not in result.output  # the German tender's word for sound
    english = run("audit", "verify", opened, "--lang", "en")
    assert (english.exit_code, english.output) == (1, "audit.log: empty: every event of the record was removed\n")
    refused(opened, "seal", "final", opened, "--actor", "braun", expect="audit.log is empty")
    # a report event would start the emptied log anew, and the procedure with it
    refused(opened, "report", opened, "--format", "json", "--actor", "braun", expect="audit.log is empty")


def test_a_deleted_log_is_broken_and_the_procedure_cannot_run_again(opened: Path) -> None:
    (opened / log.LOG_NAME).unlink()
    result = run("audit", "verify", opened)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "audit.log: fehlt, aber tender.yaml erklärt das Zwei-Umschlag-Verfahren: das Protokoll des Verfahrens ist "
        "verloren"
    ]
    english = run("audit", "verify", opened, "--lang", "en").output
    assert "tender.yaml declares the two-envelope procedure: the record of the procedure is gone" in english
    expect = "audit.log is missing, but this two-envelope workspace already holds bids, scores or reports"
    refused(opened, "seal", "technical", opened, "--actor", "mueller", expect=expect)
    refused(opened, "open-prices", opened, "--actor", "braun", "--witness", "yilmaz", expect=expect)
    refused(opened, "seal", "final", opened, "--actor", "braun", expect=expect)
    refused(opened, "report", opened, "--format", "json", expect=expect)
    refused(opened, "audit", "head", opened, expect="audit.log: no such file: this workspace keeps no audit log")
    bid = opened / "bids" / "hanse.yaml"
    outside = opened.parent / "hanse-again.yaml"
    outside.write_bytes(bid.read_bytes())
    refused(opened, "import-bids", outside, "--into", opened, "--replace", expect=expect)


def test_a_cut_log_is_detected_with_a_head_kept_outside(opened: Path) -> None:
    ok("seal", "final", opened, "--actor", "braun")
    head = json.loads(ok("audit", "head", opened, "--json"))
    events, _ = log.read(opened)
    assert head == {"seq": events[-1]["seq"], "hash": events[-1]["hash"], "action": "seal-final"}
    kept = f"{head['seq']}:{head['hash']}"
    assert ok("audit", "head", opened).strip() == kept
    assert ok("audit", "verify", opened, "--head", kept).startswith("audit.log: in Ordnung")
    lines = (opened / log.LOG_NAME).read_bytes().splitlines(keepends=True)
    (opened / log.LOG_NAME).write_bytes(b"".join(lines[:-2]))  # the report event and the final seal removed
    assert run("audit", "verify", "--lang", "en", opened).exit_code == 0  # what is left still chains on its own
    result = run("audit", "verify", "--lang", "en", opened, "--head", kept)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"audit.log: ends at event {head['seq'] - 2}: event {head['seq']} ({head['hash'][:16]}…), "
        "its head when it was kept, is gone (the log was cut)"
    ]
    german = run("audit", "verify", opened, "--head", kept)  # the tender's language
    assert german.output.splitlines() == [
        f"audit.log: endet mit Ereignis {head['seq'] - 2}: Ereignis {head['seq']} ({head['hash'][:16]}…), "
        "der festgehaltene Kopf des Protokolls, fehlt (das Protokoll wurde gekürzt)"
    ]


def test_a_head_that_was_never_the_logs_is_found_out(opened: Path) -> None:
    events, _ = log.read(opened)
    wrong = f"{events[-1]['seq']}:{'ab' * 32}"
    result = run("audit", "verify", "--lang", "en", opened, "--head", wrong)
    assert result.exit_code == 1
    assert f"audit.log: event {events[-1]['seq']} has the hash {events[-1]['hash'][:16]}…, not abababababababab…" in (
        result.output
    )
    refused(opened, "audit", "verify", opened, "--head", "12-abc", expect="--head: expected SEQ:HASH")
