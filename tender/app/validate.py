"""`tender validate`: read and evaluate the whole workspace, summarised in one line (or every problem)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tender.app.evaluate import evaluate_lotted, evaluate_workspace, is_lotted


@dataclass(frozen=True)
class Summary:
    """What a valid workspace holds: the counts `tender validate` prints, and the tender's language."""

    file: Path
    bids: int
    excluded: int
    evaluators: int
    scores: int
    leaves: int
    language: str


def validate_workspace(root: Path) -> Summary:
    """Read and evaluate the workspace (raising InputError with every problem) and summarise it."""
    if is_lotted(root):
        ws, lotted = evaluate_lotted(root)
        excluded = sum(len(r.evaluation.excluded) for r in lotted.lots)
    else:
        ws, ev = evaluate_workspace(root)
        excluded = len(ev.excluded)
    return Summary(
        Path(root) / "tender.yaml",
        len(ws.bids),
        excluded,
        len(ws.evaluators),
        len(ws.scores),
        len(ws.tender.leaves()),
        ws.tender.language,
    )
