"""The procedure commands' own lines (decide, approve, clarify, draw, letters, keys) and `tender audit verify`'s
findings speak the tender's language: German for the example, English with --lang en."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from tender.audit import log
from tests.hostile.conftest import ok, run

TODAY = datetime.now(UTC).date().isoformat()


def opened(root: Path) -> Path:
    """The procedure with its technical seal and its prices opened."""
    ok("seal", "technical", root, "--actor", "mueller")
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    return root


def test_decide_and_approve_say_it_in_german_and_in_english(procedure: Path) -> None:
    root = opened(procedure)
    out = ok("decide", root, "--actor", "braun")
    assert out.splitlines()[0] == (
        f"Zuschlagsentscheidung für rheintal von braun am {TODAY} (wartet auf die Freigabe: --approve): "
        "Audit-Ereignis 4"
    )
    out = ok("decide", root, "--approve", "--actor", "schmidt", "--lang", "en")
    assert out.strip() == f"award decision of audit event 4 approved by schmidt on {TODAY}: audit event 5"


def test_the_letters_and_the_standstill_in_the_letters_language(procedure: Path) -> None:
    root = opened(procedure)
    ok("decide", root, "--actor", "braun", "--approved-by", "schmidt")
    out = ok("letters", root, "--actor", "braun", "--channel", "electronic", "--sent-on", TODAY).splitlines()
    assert out[0] == f"geschrieben: {root / 'letters' / 'crm-hosting-2007-rheintal-de.pdf'}"
    assert out[-1].startswith("die Wartefrist endet am ") and out[-1].endswith("(Audit-Ereignis 5)")


def test_a_clarification_is_recorded_in_german(flagged_procedure: Path) -> None:
    root = opened(flagged_procedure)
    args = ("clarify", root, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun")
    assert ok(*args).strip() == "Aufklärung zu isar erfasst (angefordert, noch ohne Ergebnis): Audit-Ereignis 4"
    answered = ok(*args, "--answered", "2007-04-10", "--outcome", "accepted", "--lang", "en").strip()
    assert answered == "clarification for isar recorded (accepted): audit event 5"


def test_a_changed_event_in_the_log_is_found_in_german_and_english(procedure: Path) -> None:
    root = opened(procedure)
    path = root / log.LOG_NAME
    lines = path.read_text(encoding="utf-8").splitlines(True)
    event = json.loads(lines[1])
    event["actor"] = "mallory"
    lines[1] = json.dumps(event) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    german = run("audit", "verify", root)
    assert german.exit_code == 1
    assert (
        german.output.splitlines()[0]
        == "audit.log: Zeile 2: Ereignis 2 (seal-technical) wurde nach dem Schreiben verändert"
    )
    english = run("audit", "verify", root, "--lang", "en")
    assert (
        english.output.splitlines()[0] == "audit.log: line 2: event 2 (seal-technical) was changed after it was written"
    )


def test_a_report_changed_after_its_event_is_found_in_german(procedure: Path) -> None:
    ok("report", procedure, "--actor", "braun", "--format", "json")
    report = procedure / "reports" / "crm-hosting-2007-de.json"
    report.write_bytes(report.read_bytes().replace(b"rheintal", b"isar\x20\x20\x20\x20", 1))
    result = run("audit", "verify", procedure)
    assert result.exit_code == 1
    assert "reports/crm-hosting-2007-de.json: verändert, seit Audit-Ereignis 2 (report) die Datei erfasst hat" in (
        result.output.splitlines()
    )
