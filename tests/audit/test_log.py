"""The hash-chained audit log: appends, tampering caught, concurrency, torn writes."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tender.audit import log


def filled(tmp_path: Path, count: int = 5) -> Path:
    for i in range(count):
        log.append(tmp_path, "test", "alice", {"n": i}, {f"f{i}.txt": "0" * 64})
    return tmp_path


def lines(root: Path) -> list[str]:
    return (root / log.LOG_NAME).read_text(encoding="utf-8").splitlines(keepends=True)


def rewrite(root: Path, new_lines: list[str]) -> None:
    (root / log.LOG_NAME).write_text("".join(new_lines), encoding="utf-8")


def test_a_sound_chain(tmp_path: Path) -> None:
    filled(tmp_path)
    events, problems = log.read(tmp_path)
    assert problems == []
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5]
    assert events[0]["prev"] == log.GENESIS
    assert all(b["prev"] == a["hash"] for a, b in itertools.pairwise(events))
    assert all(log.event_hash(e) == e["hash"] for e in events)
    assert events[0]["time"].endswith("Z") and events[0]["actor"] == "alice"
    assert log.head(tmp_path) == events[-1]["hash"]


def test_missing_log(tmp_path: Path) -> None:
    events, problems = log.read(tmp_path)
    assert events == [] and [str(p) for p in problems] == ["audit.log: missing: this workspace has no audit log"]
    assert log.head(tmp_path) is None


def test_edited_line_is_caught(tmp_path: Path) -> None:
    rows = lines(filled(tmp_path))
    rows[2] = rows[2].replace('"actor":"alice"', '"actor":"mallory"')
    rewrite(tmp_path, rows)
    _, problems = log.read(tmp_path)
    assert [str(p) for p in problems] == ["audit.log: line 3: event 3 (test) was changed after it was written"]


def test_deleted_line_is_caught(tmp_path: Path) -> None:
    rows = lines(filled(tmp_path))
    rewrite(tmp_path, rows[:1] + rows[2:])
    _, problems = log.read(tmp_path)
    assert problems[0].line == 2 and "sequence number 3, expected 2" in problems[0].message


def test_reordered_lines_are_caught(tmp_path: Path) -> None:
    rows = lines(filled(tmp_path))
    rows[1], rows[2] = rows[2], rows[1]
    rewrite(tmp_path, rows)
    _, problems = log.read(tmp_path)
    assert problems[0].line == 2


def test_inserted_line_is_caught(tmp_path: Path) -> None:
    rows = lines(filled(tmp_path))
    forged = json.loads(rows[1])
    forged["details"] = {"n": 99}
    forged["hash"] = log.event_hash(forged)  # a well-formed event, but the chain does not fit
    rewrite(tmp_path, [*rows[:2], json.dumps(forged) + "\n", *rows[2:]])
    _, problems = log.read(tmp_path)
    assert problems[0].line == 3 and "expected 3" in problems[0].message


def test_rechained_forgery_is_caught_at_the_edit(tmp_path: Path) -> None:
    rows = lines(filled(tmp_path))
    event = json.loads(rows[1])
    event["actor"] = "mallory"
    event["hash"] = log.event_hash(event)  # recomputing its own hash breaks the next link
    rows[1] = json.dumps(event) + "\n"
    rewrite(tmp_path, rows)
    _, problems = log.read(tmp_path)
    assert problems[0].line == 3 and "does not chain" in problems[0].message


def test_torn_last_line_is_reported_and_blocks_appends(tmp_path: Path) -> None:
    filled(tmp_path, 3)
    with (tmp_path / log.LOG_NAME).open("ab") as f:
        f.write(b'{"seq":4,"time":"2026-')  # what a write cut short leaves behind
    events, problems = log.read(tmp_path)
    assert len(events) == 3
    assert [str(p) for p in problems] == [
        "audit.log: line 4: the last line is torn (an interrupted write): it is not part of the record"
    ]
    with pytest.raises(log.AuditError, match="torn"):
        log.append(tmp_path, "test", "alice", {}, {})
    side = log.repair(tmp_path, "alice")
    assert side is not None and side.read_bytes() == b'{"seq":4,"time":"2026-'
    events, problems = log.read(tmp_path)
    assert problems == [] and events[-1]["action"] == "repair" and events[-1]["seq"] == 4


APPENDER = """
import sys
from pathlib import Path
from tender.audit import log
root, worker = Path(sys.argv[1]), sys.argv[2]
for i in range(int(sys.argv[3])):
    log.append(root, "import-bids", worker, {"i": i}, {f"bids/{worker}-{i}.yaml": "0" * 64})
"""


def test_eight_processes_append_concurrently(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", APPENDER, str(tmp_path), f"w{n}", "50"]) for n in range(8)]
    assert [p.wait(timeout=120) for p in procs] == [0] * 8
    events, problems = log.read(tmp_path)
    assert problems == []
    assert len(events) == 400 and [e["seq"] for e in events] == list(range(1, 401))
    per_worker = {f"w{n}": sorted(e["details"]["i"] for e in events if e["actor"] == f"w{n}") for n in range(8)}
    assert all(found == list(range(50)) for found in per_worker.values())


def test_sigkill_while_appending_never_corrupts_the_record(tmp_path: Path) -> None:
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", APPENDER, str(tmp_path), "victim", "100000"])
        deadline = time.time() + 30
        while not (tmp_path / log.LOG_NAME).exists() and time.time() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        _, problems = log.read(tmp_path)
        # Either every line is whole and the chain is sound, or the one torn last line is reported.
        assert all("torn" in p.message for p in problems), problems
        if problems:
            log.repair(tmp_path, "test")
        assert log.read(tmp_path)[1] == []
    assert len(log.read(tmp_path)[0]) > 5
