"""Progress bars on stderr for the long steps (analysis samples, report formats, imported files).

Drawn only when stderr is a terminal (never into a pipe, a file or CI logs); colourless under NO_COLOR
(rich's console reads it); the bars vanish when the command ends, so the output stays what it was.
Updates are cheap (a counter under a lock); rich redraws at most ten times a second from its own thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tender.progress import SILENT, Advance, Progress

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress


class Bars(Progress):
    """One rich progress bar per step."""

    def __init__(self, bars: RichProgress) -> None:
        self.bars = bars

    def step(self, label: str, total: int) -> Advance:
        """A new bar for the step; returns the function that moves it on."""
        from tender.report.shown import safe

        task = self.bars.add_task(safe(label, one_line=True), total=max(total, 1))
        return lambda amount: self.bars.advance(task, amount)


def on_terminal() -> bool:
    """Whether stderr is a terminal that can show a bar (not a pipe, a file, or TERM=dumb)."""
    import sys

    from rich.console import Console

    return sys.stderr.isatty() and Console(stderr=True).is_terminal and not Console(stderr=True).is_dumb_terminal


@contextmanager
def progress_bars() -> Iterator[Progress]:
    """Within it, a Progress that draws bars on stderr when it is a terminal, else SILENT."""
    if not on_terminal():
        yield SILENT
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False) as bars:
        yield Bars(bars)
