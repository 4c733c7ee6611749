"""Hidden indexes of whose the files in bids/ and scores/ are, so imports need not re-read them all.

`bids/.bidders.json` and `scores/.evaluators.json` map a file's name to its size, modification time
and owners (its bidder id; the evaluators whose scores it holds, `consensus:` before the moderated
ones). An entry counts only while the file's size and modification time are unchanged; otherwise
the file is read again. The indexes are derived data: commands that evaluate never read them, and
they are no input files (hidden files never are).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tender.atomic import atomic_write
from tender.errors import Collector
from tender.model import Tender

INDEX_NAMES = {"bids": ".bidders.json", "scores": ".evaluators.json"}

Owners = Callable[[Path, str, Tender, Collector], "tuple[str, ...] | None"]


def index_path(folder: Path) -> Path:
    """Where the index of a bids or scores folder is kept."""
    return folder / INDEX_NAMES[folder.name]


def load(folder: Path) -> dict[str, dict[str, object]]:
    """The index of a folder (empty when missing or unreadable)."""
    try:
        data = json.loads(index_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def lookup(index: dict[str, dict[str, object]], path: Path) -> tuple[str, ...] | None:
    """The indexed owners of a file, if the file is unchanged since it was indexed."""
    entry = index.get(path.name)
    if not isinstance(entry, dict):
        return None
    stat = path.stat()
    if entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns:
        owners = entry.get("owners")
        if isinstance(owners, list) and owners and all(isinstance(o, str) for o in owners):
            return tuple(owners)
    return None


def indexed(owners_of: Owners, folder: Path) -> Owners:
    """owners_of, answered from the folder's index for every file that is unchanged since it was indexed."""
    index = load(folder)

    def owners(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
        return lookup(index, path) or owners_of(path, display, tender, collector)

    return owners


def record(folder: Path, owners: dict[str, tuple[str, ...]]) -> None:
    """Add files (name → owners) to the folder's index, dropping entries of files that are gone; atomic."""
    index = {name: entry for name, entry in load(folder).items() if (folder / name).is_file()}
    for name, whose in owners.items():
        stat = (folder / name).stat()
        index[name] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "owners": list(whose)}
    atomic_write(index_path(folder), json.dumps(index, sort_keys=True).encode("utf-8"))
