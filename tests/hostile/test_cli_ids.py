"""Ids given on the command line follow the files' id rule; none of them can steer where a file is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import english, run, snapshot


def refused_everywhere(base: Path, *args: str | Path, expect: str) -> str:
    """Exit 2 naming the option, no traceback, nothing under base changed (the workspace and all around it); in
    English where the command takes --lang, else in the tender's language."""
    before = snapshot(base)
    result = run(*english(args, refusal=True))
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert expect in " ".join(result.output.replace("│", " ").split()), result.output
    assert snapshot(base) == before
    return result.output


def test_a_bidder_id_with_a_space_and_an_umlaut_is_refused_with_a_hint(example: Path, tmp_path: Path) -> None:
    refused_everywhere(
        tmp_path,
        "bid-form",
        example,
        "--bidder",
        "Müller IT",
        expect="Invalid value for '--bidder': 'Müller IT' is not a valid id: lower-case letters a-z, digits and "
        "hyphens, starting with a letter or digit (did you mean mueller-it?)",
    )
    refused_everywhere(
        tmp_path,
        "seal",
        "technical",
        example,
        "--actor",
        "Müller IT",
        expect="Invalid value for '--actor' (env var: 'TENDER_ACTOR'): 'Müller IT' is not a valid id: lower-case "
        "letters a-z, digits and hyphens, starting with a letter or digit (did you mean mueller-it?)",
    )
    result = run("bid-form", example, "--bidder", "Müller IT")  # without --lang: the example tender's German
    assert result.exit_code == 2
    assert (
        "Ungültiger Wert für '--bidder': 'Müller IT' ist keine gültige Kennung: Kleinbuchstaben a-z, Ziffern und "
        "Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer (gemeint ist wohl mueller-it)"
    ) in " ".join(result.output.replace("│", " ").split())


@pytest.mark.parametrize("evaluator", ["../../../../x", "../x", "a/b", ".hidden", "x\x1b[2J"])
def test_an_evaluator_id_cannot_lead_the_score_sheet_elsewhere(example: Path, tmp_path: Path, evaluator: str) -> None:
    out = refused_everywhere(
        tmp_path, "score-sheet", example, "--evaluator", evaluator, expect="Invalid value for '--evaluator'"
    )
    assert "\x1b" not in out


def test_a_valid_bidder_id_names_the_form(example: Path) -> None:
    result = run("bid-form", example, "--bidder", "mueller-it")
    assert result.exit_code == 0, result.output
    assert (example / "forms" / "bid-form-mueller-it.xlsx").is_file()


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("seal", "technical", "{root}", "--actor", "Braun"), "Invalid value for '--actor'"),
        (("open-prices", "{root}", "--actor", "braun", "--witness", "../yilmaz"), "Invalid value for '--witness'"),
        (("analyze", "{root}", "--lang", "../de"), "Invalid value for '--lang'"),
        (("report", "{root}", "--lang", "de/../../x"), "Ungültiger Wert für '--lang'"),  # no --lang: the tender's
        (("import-bids", "{root}/bids/isar.yaml", "--into", "{root}", "--actor", "braun smith"), "for '--actor'"),
    ],
)
def test_every_id_option_is_checked(example: Path, tmp_path: Path, args: tuple[str, ...], expect: str) -> None:
    refused_everywhere(tmp_path, *(a.format(root=example) for a in args), expect=expect)


def test_the_actor_from_the_environment_is_checked_and_named(example: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TENDER_ACTOR", "Dr. Braun")
    refused_everywhere(
        tmp_path, "seal", "technical", example, expect="'Dr. Braun' (from $TENDER_ACTOR) is not a valid id"
    )


def test_an_evaluator_listed_with_an_invalid_id_is_refused(example: Path) -> None:
    path = example / "evaluators.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: weber", "id: Weber Anna"), encoding="utf-8")
    result = run("validate", example, "--lang", "en")
    assert result.exit_code == 2
    assert "evaluators.yaml: evaluators[2].id: expected an id like 'web-hosting'" in result.output
