"""What a bidder types, and what a file is called, reaches the terminal inert: no escape sequence is sent, rich
markup neither crashes a command nor becomes a hyperlink."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tender.report.shown import safe, visible
from tests.hostile.conftest import refused, run

MARKUP = "Hanse [/] [link=https://evil.example]click[/link] [bold red]IT"
LINK_ONLY = "Hanse [link=https://evil.example]click here[/link] IT"


def rename_bidder(root: Path, bidder: str, name: str) -> None:
    path = root / "bids" / f"{bidder}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["name"] = name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_visible_writes_out_every_control_character() -> None:
    assert visible("a\x1b[31mb\x07c\x00\x7f\x9b\u202ed\te\nf") == "a\\x1b[31mb\\x07c\\x00\\x7f\\x9b\\u202ed\te\nf"
    assert visible("a\tb\nc\r", one_line=True) == "a\\x09b\\x0ac\\x0d"
    assert safe("[link=x]y[/link] \x1b") == "\\[link=x]y\\[/link] \\x1b"


@pytest.mark.parametrize("command", ["evaluate", "analyze"])
def test_markup_in_a_bidder_name_is_printed_as_typed(example: Path, command: str) -> None:
    rename_bidder(example, "hanse", MARKUP)
    result = run(command, example, *(["--samples", "200"] if command == "analyze" else []))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    flat = " ".join(result.output.replace("│", " ").split())
    assert "Hanse [/]" in flat and "[link=" in flat  # the table wraps the name; what it shows is what was typed


@pytest.mark.parametrize("command", ["evaluate", "analyze"])
def test_a_link_in_a_bidder_name_is_no_hyperlink(example: Path, command: str, monkeypatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich writes styles and links as to a terminal
    monkeypatch.delenv("NO_COLOR", raising=False)
    rename_bidder(example, "hanse", LINK_ONLY)
    result = run(command, example, *(["--samples", "200"] if command == "analyze" else []))
    assert result.exit_code == 0, result.output
    assert "\x1b]8;" not in result.output  # OSC 8: the hyperlink sequence
    assert "[link=" in result.output


def test_an_escape_sequence_in_a_file_name_is_shown_not_sent(example: Path) -> None:
    evil = example / "bids" / "evil\x1b]0;owned\x07\u202egpj.yaml"
    evil.write_text("bidder: [unclosed\n", encoding="utf-8")
    result = refused(example, "validate", example, expect="bids/evil\\x1b]0;owned\\x07\\u202egpj.yaml")
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output


def test_a_newline_in_a_file_name_cannot_forge_a_line(example: Path) -> None:
    evil = example / "bids" / "x\nMATCH: all good.yaml"
    evil.write_text("bidder: [unclosed\n", encoding="utf-8")
    result = refused(example, "validate", example, expect="bids/x\\x0aMATCH: all good.yaml")
    assert not any(line.startswith("MATCH") for line in result.output.splitlines())


def test_the_import_refuses_a_hostile_file_name_and_prints_it_escaped(example: Path, tmp_path: Path) -> None:
    root = tmp_path / "ws"
    assert run("init", root, "--from", example, "--actor", "braun").exit_code == 0
    incoming = tmp_path / "in"
    incoming.mkdir()
    source = incoming / "isar\x1b[2J\x1b[H.yaml"
    shutil.copy(example / "bids" / "isar.yaml", source)
    result = refused(root, "import-bids", source, "--into", root, "--actor", "braun", expect="rename the file")
    assert "isar\\x1b[2J\\x1b[H.yaml" in result.output
    assert "\x1b" not in result.output
