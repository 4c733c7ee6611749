"""Check the bids and scores in a workspace against the import events that received them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.receipt import differences, imports
from tender.errors import Finding, InputError
from tender.workspace import BID_READERS, SCORE_SUFFIXES, input_files, sha256_file


def received_files(root: Path) -> dict[str, str]:
    """The SHA-256 of every bid and score file now in the workspace, by path (`bids/x.yaml`)."""
    paths = [*input_files(root, "bids", BID_READERS), *input_files(root, "scores", SCORE_SUFFIXES)]
    return {f"{p.parent.name}/{p.name}": sha256_file(p) for p in paths}


def receipt_findings(
    root: Path, inputs: Mapping[str, str] | None = None, events: list[dict[str, Any]] | None = None
) -> list[Finding]:
    """Each bid or score file changed, added or removed outside an import (none without recorded imports).

    `inputs` are the SHA-256 of the workspace's input files already taken by load_workspace, and `events`
    the log already read (each event's hash checked once is enough), if at hand.
    """
    root = Path(root)
    if not (root / log.LOG_NAME).exists():
        return []
    if events is None:
        events, _ = log.read(root)
    if not imports(events):
        return []
    if inputs is None:
        return differences(events, received_files(root))
    return differences(events, {p: h for p, h in inputs.items() if p.startswith(("bids/", "scores/"))})


def check_receipts(
    root: Path, inputs: Mapping[str, str] | None = None, events: list[dict[str, Any]] | None = None
) -> None:
    """Refuse (InputError, one finding per file) when a bid or score file differs from its import."""
    found = receipt_findings(root, inputs, events)
    if found:
        raise InputError(found)
