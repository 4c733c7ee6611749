"""The suite's own helpers catch a changed workspace and a wrong exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import refused, snapshot


def test_snapshot_sees_every_change(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("x")
    before = snapshot(tmp_path)
    (tmp_path / "a").write_text("y")
    assert snapshot(tmp_path) != before


def test_refused_fails_on_a_command_that_succeeds(bundled: Path) -> None:
    with pytest.raises(AssertionError):
        refused(bundled, "validate", bundled, expect="")


def test_refused_accepts_a_clean_refusal(tmp_path: Path) -> None:
    refused(tmp_path, "validate", tmp_path, expect="no tender.yaml")
