"""`tender validate`: read and evaluate the whole workspace, summarised in one line (or every problem)."""

from __future__ import annotations

from pathlib import Path

from tender.app.evaluate import evaluate_workspace


def validate_workspace(root: Path) -> str:
    """Read and evaluate the workspace (raising InputError with every problem) and summarise it."""
    ws, ev = evaluate_workspace(root)
    leaves = len(ws.tender.leaves())
    excluded = len(ev.excluded)
    return (
        f"{Path(root) / 'tender.yaml'}: valid — {len(ws.bids)} bids ({excluded} excluded), "
        f"{len(ws.evaluators)} evaluators, {len(ws.scores)} scores, {leaves} leaf criteria"
    )
