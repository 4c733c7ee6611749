"""The Analysis: one object with every robustness figure of an evaluation (numbers only), and its JSON figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tender.analysis.agreement import Agreement, agreement
from tender.analysis.breakeven import BreakEven, break_even
from tender.analysis.frame import build_frame
from tender.analysis.reversal import Removal, reversals
from tender.analysis.smaa import Smaa, smaa
from tender.analysis.stability import Stability, stability
from tender.errors import UsageError
from tender.model import Workspace
from tender.result import Evaluation, fingerprint

ANALYSIS_SCHEMA_VERSION = 1
DEFAULT_SAMPLES = 10_000
MAX_SAMPLES = 10_000_000


@dataclass(frozen=True)
class Analysis:
    """How robust an evaluation's ranking is: stability, SMAA, break-even, rank reversal, agreement."""

    evaluation: Evaluation
    bidders: tuple[str, ...]
    names: dict[str, str]
    winner: str | None
    stability: tuple[Stability, ...]
    smaa: Smaa | None
    break_even: tuple[BreakEven, ...]
    removals: tuple[Removal, ...]
    agreement: tuple[Agreement, ...]

    @property
    def limits(self) -> tuple[str, ...]:
        """What of the announced method the analyses do not apply, and say so: `rounding`, `tie-break`."""
        method = self.evaluation.tender.method
        return tuple(code for code, given in (("rounding", method.rounding), ("tie-break", method.tie_break)) if given)

    @property
    def language(self) -> str:
        """The language of the sentences by default: the tender's, if it is German or English, else English."""
        lang = self.evaluation.tender.language
        return lang if lang in ("de", "en") else "en"

    def acceptability_matrix(self) -> list[dict[str, Any]]:
        """One row per bid in rank order: name and its share (0–1) at rank 1, 2, … (for tables and stacked bars)."""
        if self.smaa is None:
            return []
        return [{"bidder": b, "name": self.names[b], "shares": self.smaa.acceptability[b]} for b in self.bidders]

    def stability_intervals(self, max_level: int = 1) -> list[dict[str, Any]]:
        """Per criterion down to max_level: the announced weight and the interval (percent) in which the winner
        stays first, with 0 and 100 filled in where unbounded (for interval bars against the announced weight)."""
        return [
            {
                "criterion": s.criterion,
                "name": s.name,
                "level": s.level,
                "weight": s.weight,
                "low": 0.0 if s.low is None else s.low,
                "high": 100.0 if s.high is None else s.high,
                "bounded_low": s.low is not None,
                "bounded_high": s.high is not None,
            }
            for s in self.stability
            if s.level <= max_level
        ]

    def to_dict(self) -> dict[str, Any]:
        """The figures of the documented JSON object (docs/analysis.md); its sentences are added by the report layer
        (tender.report.robustness_text.analysis_document)."""
        ev = self.evaluation
        s = self.smaa
        return {
            "schema_version": ANALYSIS_SCHEMA_VERSION,
            "tender": ev.tender.id,
            "evaluation": fingerprint(ev),
            "method": str(ev.tender.method.name),
            "currency": ev.tender.currency,
            "winner": self.winner,
            "bidders": [{"bidder": b, "name": self.names[b], "rank": ev.bid(b).rank} for b in self.bidders],
            "stability": [x.to_dict() for x in self.stability],
            "smaa": None if s is None else s.to_dict(),
            "acceptability": {} if s is None else s.acceptability,
            "central_weights": {} if s is None else s.central_weights,
            "confidence": {} if s is None else s.confidence,
            "break_even": {x.bidder: x.break_even for x in self.break_even},
            "break_even_details": [x.to_dict() for x in self.break_even],
            "reversals": [f.to_dict() for r in self.removals for f in r.flips],
            "removals": [{"removed": r.removed, "winner": r.winner, "flips": len(r.flips)} for r in self.removals],
            "agreement": [a.to_dict() for a in self.agreement],
            **({"limits": list(self.limits)} if self.limits else {}),
        }


def analyze(
    source: Workspace | Evaluation,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = 0,
    vary: float | None = None,
    evaluators: bool = False,
    advance: Callable[[int], None] | None = None,
) -> Analysis:
    """Analyse how robust the ranking of a workspace (evaluated first) or of an evaluation is (`advance` is told
    the SMAA samples as they are done)."""
    if not 1 <= samples <= MAX_SAMPLES:
        raise UsageError("analyze.samples", most=MAX_SAMPLES, samples=samples)
    if vary is not None and not 0 < vary <= 1:
        raise UsageError("analyze.vary", vary=vary * 100)
    if seed < 0:
        raise UsageError("analyze.seed", seed=seed)
    if isinstance(source, Workspace):
        from tender.scoring import evaluate

        ev = evaluate(source)
    else:
        ev = source
    if ev.prices_sealed:
        raise UsageError("analyze.sealed")
    frame = build_frame(ev)
    winner = ev.winner
    names = dict(frame.names)
    found_stability = stability(frame, winner)
    found_smaa = smaa(frame, ev, samples, seed, vary, evaluators, advance) if frame.bidders else None
    found_break_even = break_even(frame, winner)
    found_removals = reversals(frame)
    found_agreement = agreement(ev)
    return Analysis(
        evaluation=ev,
        bidders=frame.bidders,
        names=names,
        winner=winner,
        stability=tuple(found_stability),
        smaa=found_smaa,
        break_even=tuple(found_break_even),
        removals=tuple(found_removals),
        agreement=tuple(found_agreement),
    )
