"""How far a long step is: the use cases report it through a Progress, the CLI draws it (or nothing).

A step is named by a short label (a format name, "SMAA", a file name: no sentence to translate) and a total;
`step` returns the function the work calls with each amount done. The base class shows nothing, so code
called from tests and libraries reports into the void at no cost; the CLI's `cli/progress.Bars` draws rich
progress bars on a terminal.
"""

from __future__ import annotations

from collections.abc import Callable

Advance = Callable[[int], None]  # called with the units just done (from any thread)


def ignore(amount: int) -> None:
    """Take a report of progress and do nothing with it."""


class Progress:
    """Reports the progress of long steps; this one shows nothing."""

    def step(self, label: str, total: int) -> Advance:
        """Begin a step of `total` units; returns the function to call with each amount done."""
        return ignore


SILENT = Progress()
