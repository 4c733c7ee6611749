"""Bids and scores are sealed at receipt: a file changed, added or removed outside an import is named everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import refused, run
from tests.hostile.procedure_support import events, ok, received


@pytest.fixture
def root(example: Path, tmp_path: Path) -> Path:
    """The example, received through imports: bids in audit event 2, scores in event 3."""
    return received(example, tmp_path)


def checks_everywhere(root: Path, expect: str) -> None:
    """validate, evaluate and report refuse (exit 2, workspace unchanged); audit verify reports it (exit 1)."""
    for command in ("validate", "evaluate", "report"):
        refused(root, command, root, expect=expect)
    verify = run("audit", "verify", root, "--lang", "en")
    assert verify.exit_code == 1, verify.output
    assert expect in verify.output


def test_a_price_edited_between_the_seals_stops_the_opening(root: Path) -> None:
    ok("seal", "technical", root, "--actor", "mueller")
    bid = root / "bids/isar.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("setup: 14000.0", "setup: 1400.0"), encoding="utf-8")
    imported = events(root)[1]
    assert imported["action"] == "import-bids"
    expect = f"bids/isar.yaml: changed since its import (audit event 2, {imported['time']}, by braun)"
    refused(root, "open-prices", root, "--actor", "braun", "--witness", "yilmaz", expect=expect)
    verify = run("audit", "verify", root, "--lang", "en")
    assert verify.exit_code == 1 and expect in verify.output
    assert [e["action"] for e in events(root)][-1] == "seal-technical"


def test_an_added_bid_is_named_by_every_command(root: Path) -> None:
    text = (root / "bids/isar.yaml").read_text(encoding="utf-8")
    (root / "bids/oder.yaml").write_text(text.replace("bidder: isar", "bidder: oder"), encoding="utf-8")
    when = events(root)[1]["time"]
    checks_everywhere(
        root,
        "bids/oder.yaml: added outside an import: no import event records it "
        f"(the last import into bids/ is audit event 2, {when}, by braun)",
    )


def test_a_removed_bid_is_named_by_every_command(root: Path) -> None:
    (root / "bids/elbtal.yaml").unlink()
    when = events(root)[1]["time"]
    checks_everywhere(
        root, f"bids/elbtal.yaml: removed outside an import (imported in audit event 2, {when}, by braun)"
    )


def test_a_changed_score_file_is_named_by_every_command(root: Path) -> None:
    scores = root / "scores/mueller.csv"
    scores.write_text(scores.read_text(encoding="utf-8").replace(",2,", ",4,", 1), encoding="utf-8")
    when = events(root)[2]["time"]
    checks_everywhere(root, f"scores/mueller.csv: changed since its import (audit event 3, {when}, by braun)")


def test_a_replacement_through_an_import_keeps_the_receipts_right(root: Path, tmp_path: Path) -> None:
    new = tmp_path / "isar.yml"  # replaces bids/isar.yaml under another name: the old file goes to bids/replaced/
    new.write_text((root / "bids/isar.yaml").read_text(encoding="utf-8").replace("setup: 14000.0", "setup: 13000.0"))
    ok("import-bids", new, "--into", root, "--replace", "--actor", "braun")
    assert not (root / "bids/isar.yaml").exists()
    assert "gültig — 5 Angebote" in ok("validate", root)
    assert "in Ordnung" in ok("audit", "verify", root)


def test_a_workspace_without_imports_is_not_checked(procedure: Path) -> None:
    bid = procedure / "bids/isar.yaml"  # copied in, never imported: the log has nothing to hold it to
    bid.write_text(bid.read_text(encoding="utf-8").replace("setup: 14000.0", "setup: 1400.0"), encoding="utf-8")
    assert "gültig — 5 Angebote" in ok("validate", procedure)
    assert "in Ordnung" in ok("audit", "verify", procedure)


def test_verify_names_a_bid_changed_after_the_report(root: Path) -> None:
    ok("report", root, "--format", "json", "--actor", "braun")
    report = root / "reports/crm-hosting-2007-de.json"
    bid = root / "bids/hanse.yaml"
    bid.write_text(bid.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = run("verify", report)
    assert result.exit_code == 1, result.output
    assert "MISMATCH" in result.output
    imported = events(root)[1]["time"]
    german = f"    bids/hanse.yaml: seit dem Import geändert (Audit-Ereignis 2, {imported}, von braun)"
    assert german in result.output  # the finding as the German tender's terminal says it
    result = run("verify", report, "--lang", "en")
    assert f"bids/hanse.yaml: changed since its import (audit event 2, {imported}, by braun)" in result.output
