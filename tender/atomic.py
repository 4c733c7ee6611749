"""Atomic writes: a temp file beside the target with ordinary permissions, renamed into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temp_beside(path: Path) -> tuple[int, Path]:
    """An open temp file in the target's folder, with the permissions of an ordinary new file (not 0600)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)
    return fd, Path(name)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces path, on any error it is removed."""
    fd, tmp = temp_beside(path)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_synced(fd: int, data: bytes) -> None:
    """Write bytes whole to an open file, fsync it and close it."""
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Write bytes to path atomically (written whole and fsync'd before the rename)."""
    with replacing(path) as tmp:
        write_synced(os.open(tmp, os.O_WRONLY | os.O_TRUNC), data)


def write_all(files: dict[Path, bytes]) -> None:
    """Write several files all or none: each is written whole to a temp file beside it first, then all are
    renamed into place; on any error the temp files go and every file already replaced gets its old bytes back."""
    temps: dict[Path, Path] = {}
    backups: dict[Path, Path] = {}
    done: list[Path] = []
    try:
        for path, data in files.items():
            fd, tmp = temp_beside(path)
            temps[path] = tmp
            write_synced(fd, data)
        for path in files:
            if path.exists():
                backups[path] = keep_old(path)
        for path, tmp in temps.items():
            os.replace(tmp, path)
            done.append(path)
    except BaseException:
        for path in reversed(done):
            if path in backups:
                os.replace(backups.pop(path), path)
            else:
                path.unlink(missing_ok=True)
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        raise
    finally:
        for backup in backups.values():
            backup.unlink(missing_ok=True)


def keep_old(path: Path) -> Path:
    """A hard link to a file's current bytes beside it, to put back if a group of writes fails."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent)
    os.close(fd)
    backup = Path(name)
    backup.unlink()
    os.link(path, backup)
    return backup
