"""A two-envelope workspace whose bids and scores came in through `import-bids` and `import-scores`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import without_estimate_check
from tests.hostile.conftest import run


def received(example: Path, tmp_path: Path) -> Path:
    """`tender init --from` the plain example, then import its bids and its scores (events 2 and 3)."""
    root = tmp_path / "received"
    assert run("init", root, "--from", example, "--actor", "braun").exit_code == 0
    without_estimate_check(root)  # no § 60 flag: these tests seal final without a clarification
    for kind in ("bids", "scores"):
        files = sorted((example / kind).iterdir())
        result = run(f"import-{kind}", *files, "--into", root, "--actor", "braun")
        assert result.exit_code == 0, result.output
    return root


def events(root: Path) -> list[dict[str, Any]]:
    """The audit log's events."""
    result = run("audit", "show", root, "--json")
    assert result.exit_code == 0, result.output
    data: list[dict[str, Any]] = json.loads(result.output)
    return data


def ok(*args: str | Path) -> str:
    """Run a command that must succeed; its output."""
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.output
