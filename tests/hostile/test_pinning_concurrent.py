"""Seals and the opening of the prices checked and recorded under the log lock: of concurrent ones, one wins."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

from tender.audit import log
from tests.hostile.conftest import run


def waiting_on(path: Path) -> int:
    """How many processes wait for the lock on path (Linux: /proc/locks marks waiters with ->)."""
    inode = os.stat(path).st_ino
    lines = Path("/proc/locks").read_text(encoding="ascii").splitlines()
    return sum(1 for line in lines if "->" in line and line.split()[-3].endswith(f":{inode}"))


def race(root: Path, commands: list[list[str]]) -> list[tuple[int, str]]:
    """Start every command while the test holds the log's lock; release it once all of them wait for it."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    fd = os.open(root / log.LOG_NAME, os.O_RDWR | os.O_APPEND)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tender", *c], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env
            )
            for c in commands
        ]
        deadline = time.monotonic() + 120
        while waiting_on(root / log.LOG_NAME) < len(procs) and time.monotonic() < deadline:
            if any(p.poll() is not None for p in procs):
                break
            time.sleep(0.05)
    finally:
        os.close(fd)
    return [(p.wait(timeout=120), p.stdout.read().decode() if p.stdout else "") for p in procs]


def test_four_concurrent_openings_with_different_witnesses_one_succeeds(procedure: Path) -> None:
    assert run("seal", "technical", procedure, "--actor", "mueller").exit_code == 0
    witnesses = ["mueller", "schmidt", "weber", "yilmaz"]
    outcomes = race(
        procedure,
        [["open-prices", str(procedure), "--actor", "braun", "--witness", w, "--lang", "en"] for w in witnesses],
    )
    codes = sorted(code for code, _ in outcomes)
    assert codes == [0, 2, 2, 2], outcomes
    events, problems = log.read(procedure)
    assert problems == []
    openings = [e for e in events if e["action"] == "open-prices"]
    assert len(openings) == 1
    for code, out in outcomes:
        if code == 2:
            assert out.strip() == f"the prices were already opened (audit event {openings[0]['seq']})"
            assert "Traceback" not in out


def test_concurrent_technical_seals_one_succeeds(procedure: Path) -> None:
    outcomes = race(
        procedure, [["seal", "technical", str(procedure), "--actor", a, "--lang", "en"] for a in ("mueller", "weber")]
    )
    assert sorted(code for code, _ in outcomes) == [0, 2], outcomes
    events, _ = log.read(procedure)
    seals = [e for e in events if e["action"] == "seal-technical"]
    assert len(seals) == 1
    assert any(f"already sealed (audit event {seals[0]['seq']})" in out for _, out in outcomes)
