"""`tender validate`: read and evaluate the whole workspace, summarised in one line (or every problem)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tender.app.evaluate import evaluate_workspace


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
    ws, ev = evaluate_workspace(root)
    return Summary(
        Path(root) / "tender.yaml",
        len(ws.bids),
        len(ev.excluded),
        len(ws.evaluators),
        len(ws.scores),
        len(ws.tender.leaves()),
        ws.tender.language,
    )
