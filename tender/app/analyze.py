"""`tender analyze`: evaluate as the seals allow, then analyse how robust the ranking is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tender.errors import UsageError
from tender.progress import SILENT, Progress

if TYPE_CHECKING:
    from tender.analysis import Analysis

LANGUAGES = ("de", "en")


def analyze_workspace(
    root: Path,
    *,
    samples: int,
    seed: int,
    vary_percent: float | None = None,
    evaluators: bool = False,
    lang: str | None = None,
    progress: Progress = SILENT,
) -> tuple[Analysis, str]:
    """The analysis of the workspace's current evaluation and the language to word it in (--lang, else the
    tender's if German or English, else English); the samples drawn are reported to `progress`."""
    from tender.analysis import analyze
    from tender.app.evaluate import evaluate_workspace

    if lang not in (None, *LANGUAGES):
        raise UsageError(f"--lang must be de or en, got {lang}")
    ev = evaluate_workspace(root)[1]
    result = analyze(
        ev,
        samples=samples,
        seed=seed,
        vary=None if vary_percent is None else vary_percent / 100,
        evaluators=evaluators,
        advance=progress.step("SMAA", samples) if not ev.prices_sealed else None,
    )
    return result, lang or result.language
