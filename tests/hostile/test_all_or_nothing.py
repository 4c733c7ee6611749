"""Multi-file writes land whole or not at all: an import with its audit event, a report with all its formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.conftest import run, snapshot


@pytest.fixture
def root(example: Path, tmp_path: Path) -> Path:
    """A workspace with an audit log (two envelopes) and no bids or scores yet."""
    target = tmp_path / "ws"
    assert run("init", target, "--from", example, "--actor", "braun").exit_code == 0
    return target


def failing_replace(monkeypatch: pytest.MonkeyPatch, fails: Callable[[Path], bool]) -> None:
    """os.replace raises (as a full disk or a vanished folder would) the first time `fails(target)` holds."""
    real = os.replace
    state = {"failed": False}

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if not state["failed"] and fails(Path(dst)):
            state["failed"] = True
            raise OSError(28, "No space left on device", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def events(root: Path) -> list[str]:
    return [json.loads(line)["action"] for line in (root / "audit.log").read_text(encoding="utf-8").splitlines()]


def test_an_import_failing_at_its_second_file_leaves_the_workspace_as_it_was(
    root: Path, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(root)
    placed: list[Path] = []

    def second_bid(target: Path) -> bool:
        if target.parent == root / "bids" and target.suffix == ".yaml":
            placed.append(target)
        return len(placed) == 2

    failing_replace(monkeypatch, second_bid)
    result = run("import-bids", *sorted((example / "bids").iterdir()), "--into", root, "--actor", "braun")
    assert result.exit_code == 2, result.output
    assert "bids/hanse.yaml: Auf dem Gerät ist kein Speicherplatz mehr verfügbar" in result.output  # the tender's
    assert snapshot(root) == before  # no half batch, no hidden temp file, no staging folder, no event
    assert events(root) == ["init"]


def test_a_replacing_import_failing_late_puts_the_replaced_files_back(
    root: Path, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bids = sorted((example / "bids").iterdir())
    assert run("import-bids", *bids, "--into", root, "--actor", "braun").exit_code == 0
    before = snapshot(root)
    newer = root.parent / "newer"
    newer.mkdir()
    for path in bids[:3]:
        (newer / path.name).write_text(path.read_text(encoding="utf-8").replace("contact:", "contact: new,"))
    failing_replace(monkeypatch, lambda target: target == root / "bids" / bids[2].name)
    result = run("import-bids", *sorted(newer.iterdir()), "--into", root, "--replace", "--actor", "braun")
    assert result.exit_code == 2, result.output
    assert snapshot(root) == before
    assert not (root / "bids" / "replaced").exists()


def test_a_refused_event_takes_the_placed_files_back(root: Path, example: Path, monkeypatch) -> None:
    """The files land under the log lock just before the event; when writing the event fails, they go again."""
    from tender.audit import log

    before = snapshot(root)
    real = log.canonical_json
    calls = {"n": 0}

    def broken(data: object) -> str:
        calls["n"] += 1
        if isinstance(data, dict) and data.get("action") == "import-bids":
            assert (root / "bids" / "isar.yaml").is_file()  # placed by the guard, under the lock
            raise KeyboardInterrupt
        return real(data)

    monkeypatch.setattr(log, "canonical_json", broken)
    result = run("import-bids", *sorted((example / "bids").iterdir()), "--into", root, "--actor", "braun")
    assert result.exit_code == 130, result.output
    assert snapshot(root) == before


KILLER = """
import os, sys
from pathlib import Path
real = os.replace
count = 0
def replace(src, dst):
    global count
    real(src, dst)
    if Path(dst).parent.name == "bids":
        count += 1
        if count == 2:
            os._exit(9)  # killed after its second file landed, before the event
os.replace = replace
from tender.cli.main import app
app(sys.argv[1:])
"""


def test_an_import_killed_halfway_is_named_and_taken_back_by_the_next_command(root: Path, example: Path) -> None:
    before = snapshot(root)
    files = [str(p) for p in sorted((example / "bids").iterdir())]
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, "import-bids", *files, "--into", str(root), "--actor", "braun"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    assert len(list((root / "bids").glob("*.yaml"))) == 2  # half the batch landed, no event
    assert events(root) == ["init"]
    for command in ("validate", "evaluate"):
        result = run(command, root, "--lang", "en")
        assert result.exit_code == 2, result.output
        assert "an import was interrupted and may have left part of its files in place" in result.output
    repaired = run("audit", "repair", root, "--actor", "braun", "--lang", "en")
    assert repaired.exit_code == 0, repaired.output
    assert "interrupted before its audit event; its files were taken back" in repaired.output
    assert snapshot(root) == before


def test_the_next_import_takes_an_interrupted_one_back_first(root: Path, example: Path) -> None:
    files = [str(p) for p in sorted((example / "bids").iterdir())]
    subprocess.run(
        [sys.executable, "-c", KILLER, "import-bids", *files, "--into", str(root), "--actor", "braun"],
        capture_output=True,
        check=False,
    )
    result = run("import-bids", *files, "--into", root, "--actor", "braun")
    assert result.exit_code == 0, result.output
    assert "vor seinem Audit-Ereignis unterbrochen; seine Dateien wurden zurückgenommen" in result.output
    assert events(root) == ["init", "import-bids"]
    assert not (root / ".tender-staging").exists()
    assert sorted(p.name for p in (root / "bids").glob("*.yaml")) == sorted(Path(f).name for f in files)


def test_a_report_failing_at_its_second_file_keeps_every_old_file(example: Path, monkeypatch) -> None:
    assert run("report", example, "--format", "html,json,xlsx").exit_code == 0
    before = snapshot(example)
    written: list[Path] = []

    def second_report(target: Path) -> bool:
        if target.parent == example / "reports":
            written.append(target)
        return len(written) == 2

    monkeypatch.setattr("tender.app.report.ANALYSIS_SEED", 1)  # new reports differ from the old ones
    failing_replace(monkeypatch, second_report)
    result = run("report", example, "--format", "html,json,xlsx")
    assert result.exit_code == 2, result.output
    assert snapshot(example) == before  # the old three reports, byte for byte; no temp file left
