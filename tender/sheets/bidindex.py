"""A hidden index of the bidder ids of the bids in a workspace, so imports need not re-read every bid.

`bids/.bidders.json` maps a bid file's name to its size, modification time and bidder id. An entry
counts only while the file's size and modification time are unchanged; otherwise the file is read
again. The index is derived data: commands that evaluate never read it, and it is no input file.
"""

from __future__ import annotations

import json
from pathlib import Path

from tender.files import atomic_write

INDEX_NAME = ".bidders.json"


def load(folder: Path) -> dict[str, dict[str, object]]:
    """The index of a bids folder (empty when missing or unreadable)."""
    try:
        data = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def lookup(index: dict[str, dict[str, object]], path: Path) -> str | None:
    """The indexed bidder id of a bid file, if the file is unchanged since it was indexed."""
    entry = index.get(path.name)
    if not isinstance(entry, dict):
        return None
    stat = path.stat()
    if entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns:
        bidder = entry.get("bidder")
        return bidder if isinstance(bidder, str) else None
    return None


def record(folder: Path, bidders: dict[str, str]) -> None:
    """Add bid files (name → bidder id) to the index, dropping entries of files that are gone; atomic."""
    index = {name: entry for name, entry in load(folder).items() if (folder / name).is_file()}
    for name, bidder in bidders.items():
        stat = (folder / name).stat()
        index[name] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "bidder": bidder}
    atomic_write(folder / INDEX_NAME, json.dumps(index, sort_keys=True).encode("utf-8"))
