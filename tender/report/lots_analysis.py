"""The robustness analysis of a tender divided into lots: each lot's analysis under the lot's heading, on the
terminal and as one JSON document (`tender analyze --json`, schema `lots_analysis`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

from tender.lotresult import LotResult, LotsEvaluation
from tender.report.analysis_terminal import print_analysis
from tender.report.messages import Messages
from tender.report.robustness_text import analysis_document
from tender.report.shown import visible

if TYPE_CHECKING:
    from tender.analysis import Analysis

SCHEMA_VERSION = 1


def lots_analysis_document(le: LotsEvaluation, analyses: Sequence[Analysis]) -> dict[str, Any]:
    """The documented JSON object: the tender and, per lot in the listed order, its id, title, the bidder awarded
    it (null while the prices are sealed) and its analysis."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tender": le.tender.id,
        "analyses": [
            {"lot": r.lot.id, "title": r.lot.title, "awarded": r.awarded, "analysis": analysis_document(a)}
            for r, a in zip(le.lots, analyses, strict=True)
        ],
    }


def print_lots_analysis(le: LotsEvaluation, analyses: Sequence[Analysis], console: Console, lang: str) -> None:
    """Each lot's analysis as `tender analyze` prints one, under the lot's heading."""
    msg = Messages(lang)
    for r, a in zip(le.lots, analyses, strict=True):
        console.rule(Text(visible(msg("lots.lot", lot=r.lot.id, title=r.lot.title)), "bold"))
        line = awarded_line(le, r, msg)
        if line:
            console.print(visible(line), highlight=False, markup=False)
        print_analysis(a, console, lang)


def awarded_line(le: LotsEvaluation, r: LotResult, msg: Messages) -> str:
    """Where the lot goes to another bid than its first-ranked (the limit, a combination bid): a sentence saying
    that the analysis is of the lot's ranking; else nothing."""
    first = r.evaluation.winner
    if not r.awarded or not first or r.awarded == first or le.award is None:
        return ""
    combined = {lot for c in le.award.result.combinations for lot in c.lots}
    names = {b.bidder: b.name for b in r.evaluation.bids}
    how = "combination" if r.lot.id in combined else "limit"
    return msg("lotanalysis.awarded", awarded=names[r.awarded], first=names[first], how=msg(f"lotanalysis.how.{how}"))
