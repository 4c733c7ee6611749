"""Fixtures for the spreadsheet tests: a YAML twin of the bundled example and a blank bid form."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sheets.sheetsupport import cli


@pytest.fixture
def yaml_example(example: Path) -> Path:
    """The bundled example with YAML bids and CSV scores, without evaluators.yaml (any evaluator may score)."""
    (example / "evaluators.yaml").unlink()
    return example


@pytest.fixture
def blank_form(yaml_example: Path, tmp_path: Path) -> Path:
    """A blank bid form for the example tender."""
    out = tmp_path / "form.xlsx"
    assert cli("bid-form", yaml_example, "--out", out).exit_code == 0
    return out
