"""Progress of long steps: the use cases report every unit of work; bars only on a terminal, never in a pipe."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress as RichProgress

from tender.app.analyze import analyze_workspace
from tender.app.report import report_workspace
from tender.cli import progress as cli_progress
from tender.cli.progress import Bars, progress_bars
from tender.progress import SILENT, Progress
from tender.report.formats import ReportFormat


class Recorded(Progress):
    """Keeps every step and the amounts reported for it (from any thread)."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, int]] = []
        self.done: dict[str, int] = {}
        self.lock = threading.Lock()

    def step(self, label: str, total: int) -> Callable[[int], None]:
        self.steps.append((label, total))
        self.done[label] = 0

        def advance(amount: int) -> None:
            with self.lock:
                self.done[label] += amount

        return advance


def test_analyze_reports_every_sample(example: Path) -> None:
    recorded = Recorded()
    analysis, _ = analyze_workspace(example, samples=9_000, seed=3, progress=recorded)
    assert recorded.steps == [("SMAA", 9_000)] and recorded.done == {"SMAA": 9_000}
    silent, _ = analyze_workspace(example, samples=9_000, seed=3)
    assert analysis.smaa == silent.smaa  # reporting progress changes no figure


def test_report_reports_its_analysis_and_each_format(example: Path, tmp_path: Path) -> None:
    recorded = Recorded()
    formats = [ReportFormat.HTML, ReportFormat.JSON]
    paths = report_workspace(example, formats, None, tmp_path / "out", progress=recorded)
    assert [p.name for p in paths] == ["crm-hosting-2007-de.html", "crm-hosting-2007-de.json"]
    assert recorded.steps == [("SMAA", 10_000), ("html, json", 2)]
    assert recorded.done == {"SMAA": 10_000, "html, json": 2}


def test_bars_count_on_a_terminal_and_colour_nothing_under_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=80)
    with RichProgress(console=console, transient=False) as bars:
        advance = Bars(bars).step("SMAA", 10)
        for _ in range(10):
            advance(1)
    assert bars.tasks[0].completed == 10 and bars.tasks[0].finished
    assert "SMAA" in out.getvalue() and "\x1b[9" not in out.getvalue()  # no colour codes


def test_no_bars_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    with progress_bars() as progress:  # pytest captures stderr: not a terminal
        assert progress is SILENT
    monkeypatch.setattr(cli_progress, "on_terminal", lambda: True)
    with progress_bars() as progress:
        assert isinstance(progress, Bars)


def test_german_terminal_output_and_nothing_on_stderr_in_a_pipe(bundled: Path) -> None:
    env = {**os.environ, "COLUMNS": "120", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "tender", "evaluate", "."], cwd=bundled, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and done.stderr == ""
    assert (
        "│    1 │ Rheintal Datacenter GmbH        │           62,93 │  202.800,00 │       22,62 │        85,55 │"
        in (done.stdout.splitlines())
    )
    assert "Zuschlag: Rheintal Datacenter GmbH (rheintal)" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "tender", "analyze", ".", "--samples", "50000"],
        cwd=bundled,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0 and done.stderr == ""  # no bar, no escape sequence: stderr is a pipe
    assert "50.000 Stichproben" in done.stdout
