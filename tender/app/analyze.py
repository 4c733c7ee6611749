"""`tender analyze`: evaluate as the seals allow, then analyse how robust the ranking is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tender.errors import UsageError
from tender.progress import SILENT, Progress

if TYPE_CHECKING:
    from tender.analysis import Analysis
    from tender.lotresult import LotsEvaluation
    from tender.result import Evaluation

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
    from tender.app.evaluate import evaluate_workspace

    check_lang(lang)
    result = analysed(evaluate_workspace(root)[1], samples, seed, vary_percent, evaluators, progress, "SMAA")
    return result, lang or result.language


def analyze_lots(
    root: Path,
    *,
    samples: int,
    seed: int,
    vary_percent: float | None = None,
    evaluators: bool = False,
    lang: str | None = None,
    progress: Progress = SILENT,
) -> tuple[LotsEvaluation, list[Analysis], str]:
    """The evaluation of a tender divided into lots, the analysis of every lot of it in the listed order (each lot's
    ranking on its own, with the same seed), and the language to word them in."""
    from tender.app.evaluate import evaluate_lotted

    check_lang(lang)
    le = evaluate_lotted(root)[1]
    out = [
        analysed(r.evaluation, samples, seed, vary_percent, evaluators, progress, f"SMAA {r.lot.id}") for r in le.lots
    ]
    language = lang or (le.tender.language if le.tender.language in LANGUAGES else "en")
    return le, out, language


def check_lang(lang: str | None) -> None:
    """Refuse a language the analysis cannot be worded in."""
    if lang not in (None, *LANGUAGES):
        raise UsageError("analyze.lang", lang=lang)


def analysed(
    ev: Evaluation,
    samples: int,
    seed: int,
    vary_percent: float | None,
    evaluators: bool,
    progress: Progress,
    label: str,
) -> Analysis:
    """One evaluation analysed, its samples reported to `progress` under `label`."""
    from tender.analysis import analyze

    return analyze(
        ev,
        samples=samples,
        seed=seed,
        vary=None if vary_percent is None else vary_percent / 100,
        evaluators=evaluators,
        advance=progress.step(label, samples) if not ev.prices_sealed else None,
    )
