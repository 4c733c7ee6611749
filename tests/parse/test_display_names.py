"""The names files are shown by: worked out once per folder, the same as rel() gives, symbolic links too."""

from __future__ import annotations

import os
from pathlib import Path

from tender.workspace import DisplayNames, rel


def test_display_names_equal_rel(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / "bids").mkdir(parents=True)
    (root / "bids" / "a.yaml").write_text("bidder: a\n")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("bidder: b\n")
    os.symlink(outside, root / "bids" / "b.yaml")
    os.symlink(root / "bids", root / "linked")
    names = DisplayNames(root)
    paths = [
        root / "tender.yaml",
        root / "bids" / "a.yaml",
        root / "bids" / "b.yaml",
        root / "linked" / "a.yaml",
        root,
        outside,
        tmp_path / "ws" / ".." / "ws" / "bids" / "a.yaml",
    ]
    for path in paths:
        assert names(path) == rel(root, path)
    assert names(root / "bids" / "b.yaml") == str(root / "bids" / "b.yaml")  # a link leading out is shown as given
