"""The moderation is a committee act; a score file carries only its own evaluator's scores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from tests.hostile.conftest import refused
from tests.hostile.procedure_support import events, ok, received

HEADER = "bidder,criterion,score,justification,moderator,participants\n"
ROW = 'hanse,loesungsorientierung,3,"Einigung auf 3",{moderator},"{participants}"\n'


def consensus(tmp_path: Path, moderator: str = "braun", participants: str = "mueller, schmidt, weber") -> Path:
    """A consensus file of one row, outside the workspace."""
    path = tmp_path / "consensus.csv"
    path.write_text(HEADER + ROW.format(moderator=moderator, participants=participants), encoding="utf-8")
    return path


@pytest.fixture
def root(example: Path, tmp_path: Path) -> Path:
    """The example received through imports (bids in event 2, scores with the consensus in event 3)."""
    return received(example, tmp_path)


def test_the_moderator_is_recorded_in_the_import_event(root: Path, tmp_path: Path) -> None:
    ok("import-scores", consensus(tmp_path, "mueller"), "--into", root, "--replace", "--actor", "braun")
    event = events(root)[-1]
    assert event["details"]["moderators"] == {"scores/consensus.csv": ["mueller"]}
    assert event["details"]["owners"] == {"scores/consensus.csv": ["consensus:mueller"]}


@pytest.mark.parametrize(
    ("moderator", "participants", "expect"),
    [
        (
            "fremd",
            "mueller, schmidt",
            "line 2: moderator fremd is not listed in evaluators.yaml: the consensus is refused",
        ),
        ("braun", "mueller, niemand", "line 2: participant niemand is not listed in evaluators.yaml"),
        ("braun", "mueller", "line 2: a consensus row names at least 2 participants of the moderation"),
        ("", "mueller, schmidt", "line 2: a consensus row names its moderator"),
    ],
)
def test_a_consensus_without_its_committee_is_refused(
    root: Path, tmp_path: Path, moderator: str, participants: str, expect: str
) -> None:
    path = consensus(tmp_path, moderator, participants)
    refused(root, "import-scores", path, "--into", root, "--replace", "--actor", "braun", expect=f"{path}: {expect}")


def test_a_consensus_without_the_committee_columns_is_refused(example: Path) -> None:
    path = example / "scores/consensus.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("evaluator,bidder,criterion,score,justification\n" + lines[1].rsplit(",braun,", 1)[0] + "\n")
    refused(example, "validate", example, expect="scores/consensus.csv: line 1: expected the columns")
    refused(example, "validate", example, expect="missing: moderator, participants")


def test_a_consensus_row_in_another_name_than_its_moderator_is_refused(example: Path) -> None:
    path = example / "scores/consensus.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\nbraun,hanse", "\nweber,hanse"), encoding="utf-8")
    refused(
        example,
        "validate",
        example,
        expect="scores/consensus.csv: line 2: the consensus row names evaluator weber but moderator braun",
    )


def test_score_rows_in_another_evaluators_name_are_refused(example: Path, tmp_path: Path) -> None:
    path = example / "scores/mueller.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("mueller,", "yilmaz,", 1)  # yilmaz is listed, with a declaration
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expect = (
        "scores/mueller.csv: line 3: score in the name of evaluator yilmaz: a score file carries only its own "
        "evaluator's scores (this file is mueller's)"
    )
    refused(example, "validate", example, expect=expect)
    root = received_without(example, tmp_path, "scores/mueller.csv")
    refused(
        root, "import-scores", path, "--into", root, "--actor", "braun", expect=f"{path}: line 3: score in the name"
    )


def received_without(example: Path, tmp_path: Path, name: str) -> Path:
    """The example received through imports, with one file left out of the import."""
    source = tmp_path / "source"
    for part in ("tender.yaml", "evaluators.yaml"):
        (source / part).parent.mkdir(parents=True, exist_ok=True)
        (source / part).write_bytes((example / part).read_bytes())
    shutil.copytree(example / "criteria", source / "criteria")
    for kind in ("bids", "scores"):
        (source / kind).mkdir()
        for path in (example / kind).iterdir():
            if f"{kind}/{path.name}" != name:
                (source / kind / path.name).write_bytes(path.read_bytes())
    return received(source, tmp_path / "without")


def test_the_committee_in_yaml_and_in_a_plain_sheet(example: Path) -> None:
    (example / "scores/consensus.csv").unlink()
    entry = {"bidder": "hanse", "criterion": "loesungsorientierung", "score": 3, "justification": "Einigung auf 3"}
    data = {"moderator": "braun", "participants": ["mueller", "schmidt", "weber"], "scores": [entry]}
    (example / "scores/consensus.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    assert "gültig" in ok("validate", example)
    (example / "scores/consensus.yaml").unlink()
    book = Workbook()
    book.active.append(["bidder", "criterion", "score", "justification", "moderator", "participants"])
    book.active.append(["hanse", "loesungsorientierung", 3, "Einigung auf 3", "braun", "mueller; schmidt"])
    book.save(example / "scores/consensus.xlsx")
    assert "gültig" in ok("validate", example)
    book.active["F2"] = "schmidt"
    book.save(example / "scores/consensus.xlsx")
    refused(example, "validate", example, expect="scores/consensus.xlsx: Sheet!F2: a consensus row names at least 2")


def test_a_control_character_in_the_committee_is_refused(root: Path, tmp_path: Path) -> None:
    path = consensus(tmp_path, "braun\x1b[2J", "mueller, schmidt")
    refused(
        root,
        "import-scores",
        path,
        "--into",
        root,
        "--replace",
        "--actor",
        "braun",
        expect=f"{path}: line 2: moderator: the text holds the control character U+001B at position 6",
    )
