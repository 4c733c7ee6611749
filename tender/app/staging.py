"""All-or-nothing imports: a checked batch is staged in a hidden folder of the workspace and lands whole or not at all.

`stage` copies every checked file into `.tender-staging/<time>-<pid>-<random>/new/` (written whole and
fsync'd) and writes a small journal of what the batch will do; nothing in bids/ or scores/ has changed yet.
`Batch.place` then moves each replaced file aside into `replaced/` and renames each staged copy into place,
one `os.replace` per file, just before the import's event is appended (under the log lock, see
tender/app/imports.py); `Batch.roll_back` undoes every step taken when anything fails before the event is
written, and `Batch.finish` removes the staging folder once it is.

A process killed in between leaves its staging folder behind. `recover` (run by every import and by
`tender audit repair`) finishes it: when the log holds the batch's event the import happened and only the
folder goes; otherwise every placed file is taken back and every replaced file returns. `leftovers` lists
such folders, so that validate and evaluate refuse to read a workspace an interrupted import left half
changed. A batch that is still running holds a lock on its folder and is never touched by another command.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tender.atomic import write_synced
from tender.audit import log
from tender.errors import Finding, InputError
from tender.wording import Said, said
from tender.workspace import sha256_file

STAGING = ".tender-staging"
JOURNAL = "journal.json"
LOCK = ".lock"
NEW = "new"
REPLACED = "replaced"


@dataclass
class Batch:
    """One import's files on their way into a folder of the workspace, and how far they got."""

    root: Path
    home: Path  # .tender-staging/<run>/
    folder: str  # bids or scores
    files: dict[str, str]  # folder/name -> SHA-256 of the staged copy, in the order they are placed
    asides: list[tuple[str, str]]  # folder/old -> folder/replaced/<stamp>-old, moved before the new files land
    lock: int = -1
    made: list[str] = field(default_factory=list)  # folders this batch created, removed again on roll-back
    done: list[tuple[str, str]] = field(default_factory=list)  # renames done so far (from, to), root-relative

    def journal(self) -> dict[str, Any]:
        """What the journal records: enough for `recover` to finish or undo the batch without this process."""
        return {"folder": self.folder, "files": self.files, "asides": self.asides, "made": self.made}

    def place(self) -> None:
        """Move the replaced files aside and rename every staged copy into place (all or, on error, none)."""
        try:
            target = self.root / self.folder
            for path in (target, target / REPLACED) if self.asides else (target,):
                if not path.is_dir():
                    path.mkdir()
                    self.made.append(path.relative_to(self.root).as_posix())
                    write_journal(self.home, self.journal())
            for old, aside in self.asides:
                self.rename(old, aside)
            for name in self.files:
                self.rename(f"{NEW}/{Path(name).name}", name, staged=True)
        except BaseException:
            self.roll_back()
            raise

    def rename(self, source: str, target: str, staged: bool = False) -> None:
        """One step of place: a rename within the workspace, recorded so that it can be undone."""
        origin = (self.home if staged else self.root) / source
        os.replace(origin, self.root / target)
        self.done.append((origin.relative_to(self.root).as_posix(), target))

    def roll_back(self) -> None:
        """Undo every rename done (in reverse order), remove the folders made, then the staging folder."""
        for origin, target in reversed(self.done):
            os.replace(self.root / target, self.root / origin)
        self.done.clear()
        remove_made(self.root, self.made)
        self.finish()

    def finish(self) -> None:
        """Remove the staging folder (the batch is recorded, or taken back) and release its lock."""
        remove_home(self.home)
        if self.lock >= 0:
            os.close(self.lock)
            self.lock = -1


def stage(root: Path, folder: str, files: Sequence[tuple[str, bytes]], moves: dict[str, list[str]]) -> Batch:
    """Copy the checked bytes of each file (name, data) into a new staging folder, with the journal; `moves`
    names, per new file, the files of the folder it replaces."""
    root = Path(root)
    base = root / STAGING
    base.mkdir(exist_ok=True)
    now = datetime.now(UTC)
    home = base / f"{now.strftime('%Y%m%dT%H%M%S%fZ')}-{os.getpid()}-{secrets.token_hex(4)}"
    home.mkdir()
    lock = os.open(home / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(lock, fcntl.LOCK_EX)
    batch = Batch(root, home, folder, {}, [], lock)
    try:
        (home / NEW).mkdir()
        for name, data in files:
            write_new(home / NEW / name, data)
            batch.files[f"{folder}/{name}"] = sha256(data)
        batch.asides = aside_names(root / folder, [o for name, _ in files for o in moves.get(name, [])], now)
        write_journal(home, batch.journal())
    except BaseException:
        batch.finish()
        raise
    return batch


def aside_names(target: Path, replaced: list[str], now: datetime) -> list[tuple[str, str]]:
    """Where each replaced file goes: replaced/<time>-<name>, never onto an earlier replaced file."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    out = []
    for old in dict.fromkeys(replaced):
        aside = target / REPLACED / f"{stamp}-{old}"
        n = 1
        while aside.exists():
            n += 1
            aside = target / REPLACED / f"{stamp}-{n}-{old}"
        out.append((f"{target.name}/{old}", f"{target.name}/{REPLACED}/{aside.name}"))
    return out


def sha256(data: bytes) -> str:
    """The SHA-256 of bytes, in hex."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def write_new(path: Path, data: bytes) -> None:
    """A new file written whole and fsync'd (ordinary permissions)."""
    write_synced(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), data)


def write_journal(home: Path, journal: dict[str, Any]) -> None:
    """Write the journal atomically: a reader finds the old one or the new one, whole."""
    tmp = home / f"{JOURNAL}.tmp"
    tmp.unlink(missing_ok=True)
    write_new(tmp, json.dumps(journal, indent=1).encode("utf-8"))
    os.replace(tmp, home / JOURNAL)


def remove_home(home: Path) -> None:
    """Remove a staging folder, and .tender-staging/ when it is left empty."""
    shutil.rmtree(home, ignore_errors=True)
    with contextlib.suppress(OSError):  # another batch's folder is still there
        home.parent.rmdir()


def remove_made(root: Path, made: Sequence[str]) -> None:
    """Remove the folders a batch created, innermost first, where they are empty again."""
    for name in reversed(made):
        with contextlib.suppress(OSError):  # not empty: something else is in it now
            (root / name).rmdir()


def idle(home: Path) -> bool:
    """Whether a staging folder is left over: no running command holds its lock."""
    try:
        fd = os.open(home / LOCK, os.O_RDWR)
    except OSError:
        return True  # killed before the lock existed
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def leftovers(root: Path) -> list[Path]:
    """The staging folders of interrupted imports (not of one still running), oldest first."""
    base = Path(root) / STAGING
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and idle(p))


def check_clean(root: Path) -> None:
    """Refuse to read a workspace an interrupted import may have left half changed (InputError, one per run)."""
    found = leftover_findings(root)
    if found:
        raise InputError(found)


def leftover_findings(root: Path) -> list[Finding]:
    """One finding per interrupted import, for validate and evaluate: its files may be half in place."""
    return [Finding.of("interrupted-import", f"{STAGING}/{home.name}", "") for home in leftovers(root)]


def recover(root: Path) -> list[Said]:
    """Finish or take back every interrupted import; returns one line per staging folder dealt with."""
    root = Path(root)
    out = []
    for home in leftovers(root):
        try:
            journal = json.loads((home / JOURNAL).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal = None  # killed while staging: nothing was placed yet
        if journal is None:
            remove_home(home)
            out.append(said("audit.staging.removed", folder=f"{STAGING}/{home.name}"))
        elif recorded(root, home, journal):
            remove_home(home)
            out.append(said("audit.staging.recorded", folder=f"{STAGING}/{home.name}"))
        else:
            undo(root, home, journal)
            out.append(said("audit.staging.undone", folder=f"{STAGING}/{home.name}"))
    return out


def recorded(root: Path, home: Path, journal: dict[str, Any]) -> bool:
    """Whether an interrupted batch counts as done: its event is in the log, or, in a workspace without a log,
    every staged copy was placed."""
    if not (root / log.LOG_NAME).exists():
        return not any((home / NEW).iterdir()) and all((root / n).is_file() for n in journal["files"])
    files = journal["files"]
    return any(
        e.get("action") in ("import-bids", "import-scores") and e.get("files") == files for e in log.read(root)[0]
    )


def undo(root: Path, home: Path, journal: dict[str, Any]) -> None:
    """Take back what an interrupted batch placed: its files back into staging, the replaced files back."""
    for name, digest in journal["files"].items():
        staged, target = home / NEW / Path(name).name, root / name
        if not staged.exists() and target.is_file() and sha256_file(target) == digest:
            os.replace(target, staged)
    for old, aside in reversed(journal["asides"]):
        if (root / aside).exists() and not (root / old).exists():
            os.replace(root / aside, root / old)
    remove_made(root, journal.get("made", []))
    remove_home(home)
