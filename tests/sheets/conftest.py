"""Fixtures for the spreadsheet tests: a YAML twin of the bundled example and a blank bid form."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from sheetsupport import bid_data, cli

from tender.model import Workspace
from tender.workspace import load_workspace


@pytest.fixture
def yaml_example(example: Path) -> Path:
    """The bundled example with its bids written as YAML (whatever format the repository holds them in)."""
    ws: Workspace = load_workspace(example)
    shutil.rmtree(example / "bids")
    (example / "bids").mkdir()
    for bid in ws.bids:
        text = yaml.safe_dump(bid_data(bid), allow_unicode=True, sort_keys=False)
        (example / "bids" / f"{bid.bidder}.yaml").write_text(text, encoding="utf-8")
    return example


@pytest.fixture
def blank_form(yaml_example: Path, tmp_path: Path) -> Path:
    """A blank bid form for the example tender."""
    out = tmp_path / "form.xlsx"
    assert cli("bid-form", yaml_example, "--out", out).exit_code == 0
    return out
