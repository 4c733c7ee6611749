"""Check the bids and scores in a workspace against the import events that received them."""

from __future__ import annotations

from pathlib import Path

from tender.audit import log
from tender.audit.receipt import differences, imports
from tender.errors import Finding, InputError
from tender.workspace import BID_READERS, SCORE_SUFFIXES, input_files, sha256_file


def received_files(root: Path) -> dict[str, str]:
    """The SHA-256 of every bid and score file now in the workspace, by path (`bids/x.yaml`)."""
    paths = [*input_files(root, "bids", BID_READERS), *input_files(root, "scores", SCORE_SUFFIXES)]
    return {f"{p.parent.name}/{p.name}": sha256_file(p) for p in paths}


def receipt_findings(root: Path) -> list[Finding]:
    """Each bid or score file changed, added or removed outside an import (none without recorded imports)."""
    root = Path(root)
    if not (root / log.LOG_NAME).exists():
        return []
    events, _ = log.read(root)
    if not imports(events):
        return []
    return differences(events, received_files(root))


def check_receipts(root: Path) -> None:
    """Refuse (InputError, one finding per file) when a bid or score file differs from its import."""
    found = receipt_findings(root)
    if found:
        raise InputError(found)
