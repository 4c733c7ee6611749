"""Symbolic links are refused wherever tender reads outside files; a catalogue must lie inside the workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.hostile.conftest import refused

SECRET = "geheim: root:x:0:0"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the workspace that no message may quote."""
    path = tmp_path / "secret.yaml"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    return path


def replace_by_link(path: Path, target: Path) -> None:
    """Put a symbolic link where a file was."""
    path.unlink()
    path.symlink_to(target)


@pytest.mark.parametrize("name", ["bids/spree.csv", "bids/hanse.xlsx", "scores/weber.xlsx", "scores/consensus.csv"])
def test_link_in_bids_or_scores(bundled: Path, tmp_path: Path, name: str) -> None:
    outside = tmp_path / Path(name).name
    shutil.copy(bundled / name, outside)
    replace_by_link(bundled / name, outside)
    result = refused(bundled, "validate", bundled, expect=f"{name}: the file is a symbolic link: links are refused")
    assert SECRET not in result.output


@pytest.mark.parametrize("name", ["tender.yaml", "evaluators.yaml", "criteria/hosting.yaml"])
def test_link_for_a_yaml_file(bundled: Path, tmp_path: Path, name: str) -> None:
    outside = tmp_path / "copy.yaml"
    shutil.copy(bundled / name, outside)
    replace_by_link(bundled / name, outside)
    refused(bundled, "validate", bundled, expect="symbolic link")


def test_dangling_link_is_refused_not_skipped(bundled: Path, tmp_path: Path) -> None:
    (bundled / "bids" / "weg.csv").symlink_to(tmp_path / "nirgends.csv")
    refused(bundled, "validate", bundled, expect="bids/weg.csv: the file is a symbolic link")


def test_linked_folder(bundled: Path, tmp_path: Path) -> None:
    shutil.move(bundled / "scores", tmp_path / "scores")
    (bundled / "scores").symlink_to(tmp_path / "scores")
    refused(bundled, "validate", bundled, expect="scores/: the folder is a symbolic link")


def test_linked_criteria_folder(bundled: Path, tmp_path: Path) -> None:
    shutil.move(bundled / "criteria", tmp_path / "criteria")
    (bundled / "criteria").symlink_to(tmp_path / "criteria")
    refused(bundled, "validate", bundled, expect="the catalogue criteria/hosting.yaml is (or lies in) a symbolic link")


def test_catalogue_outside_the_workspace(bundled: Path, secret: Path) -> None:
    text = (bundled / "tender.yaml").read_text(encoding="utf-8")
    (bundled / "tender.yaml").write_text(text.replace("criteria/hosting.yaml", str(secret)), encoding="utf-8")
    result = refused(bundled, "validate", bundled, expect=f"the catalogue {secret} lies outside the workspace")
    assert SECRET not in result.output


def test_link_as_import_argument(bundled: Path, tmp_path: Path) -> None:
    (tmp_path / "ost.csv").write_bytes((bundled / "bids" / "spree.csv").read_bytes().replace(b"spree", b"ost"))
    link = tmp_path / "angebot.csv"
    link.symlink_to(tmp_path / "ost.csv")
    refused(bundled, "import-bids", link, "--into", bundled, expect="angebot.csv: the file is a symbolic link")
