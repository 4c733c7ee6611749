"""The habits of a modern CLI: --version, -h, completion, --debug anywhere, help without Python types, JSON errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from tender import __version__
from tender.cli.main import app
from tender.cli.root import debug_first

runner = CliRunner()


def tender(*args: str | Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `tender ARGS` run in-process."""
    result = runner.invoke(app, [str(a) for a in args], prog_name="tender")
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert tender("--version") == (0, f"tender {__version__}\n", "")


def test_dash_h_is_help_for_the_root_groups_and_commands() -> None:
    for args in (["-h"], ["audit", "-h"], ["evaluate", "-h"], ["audit", "verify", "-h"], ["keys", "new", "-h"]):
        code, out, _ = tender(*args)
        assert code == 0 and "Usage: tender" in out, args
        assert out == tender(*args[:-1], "--help")[1]


def test_completion_is_switched_on() -> None:
    code, out, _ = tender("--show-completion", "bash")
    assert code == 0 and "_TENDER_COMPLETE=complete_bash" in out
    assert "--install-completion" in tender("-h")[1]


def every_command_path() -> list[list[str]]:
    """The words that reach each command and group: [], ["audit"], ["audit", "show"], ..."""
    paths: list[list[str]] = []

    def visit(command: object, path: list[str]) -> None:
        paths.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            visit(sub, [*path, name])

    visit(get_command(app), [])
    return paths


def test_help_shows_no_python_types(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    paths = every_command_path()
    assert ["import-bids"] in paths and ["audit", "show"] in paths
    for path in paths:
        code, out, _ = tender(*path, "-h")
        assert code == 0, path
        found = re.findall(r"<(?:list\[|bool|str|int|float|path|Path)[^>]*>", out)
        assert found == [], (path, found)
    out = tender("import-bids", "-h")[1]
    assert "{FILES}..." in out and "--into  " in out and "INTO" in out
    assert "<technical|final>" in tender("seal", "-h")[1]  # choices are listed, not typed


def test_debug_after_the_command_lets_the_traceback_through(tmp_path: Path) -> None:
    code, _, err = tender("evaluate", tmp_path)
    assert code == 2 and err == "tender.yaml: no tender.yaml in the workspace\n"
    for args in (
        ["--debug", "evaluate", tmp_path],
        ["evaluate", tmp_path, "--debug"],
        ["evaluate", "--debug", tmp_path],
    ):
        result = runner.invoke(app, [str(a) for a in args])
        assert result.exit_code == 1 and type(result.exception).__name__ == "InputError", args  # raised, not mapped
    after_end = ["--debug", "seal", "technical", "--", "--debug"]  # after --, a word is a value
    assert debug_first(["seal", "technical", "--debug", "--", "--debug"]) == after_end


def test_json_commands_write_their_errors_as_json(tmp_path: Path, example: Path) -> None:
    code, out, err = tender("evaluate", tmp_path, "--json")
    assert (code, out) == (2, "")
    assert json.loads(err) == {
        "errors": [
            {"code": "missing-file", "file": "tender.yaml", "place": "", "message": "no tender.yaml in the workspace"}
        ]
    }
    (example / "bids/hanse.yaml").write_text("bidder: [", encoding="utf-8")
    code, out, err = tender("analyze", example, "--json", "--samples", "100", "--lang", "en")
    errors = json.loads(err)["errors"]
    assert code == 2 and out == "" and len(errors) == 23  # the broken bid, and every score for the bidder now unknown
    assert errors[0] == {
        "code": "malformed-yaml",
        "file": "bids/hanse.yaml",
        "place": "line 2, column 1",
        "message": errors[0]["message"],
    }
    assert errors[0]["message"].startswith("malformed YAML: ")
    assert all(set(e) == {"code", "file", "place", "message"} for e in errors)
    # a usage error too, before the command runs, whether --json comes before or after it
    for args in (["analyze", example, "--json", "--samples", "many"], ["analyze", "--json", "--bogus"]):
        code, out, err = tender(*args)
        [error] = json.loads(err)["errors"]
        assert (code, out, error["code"]) == (2, "", "usage"), args
    assert json.loads(tender("analyze", example, "--json", "--samples", "many")[2])["errors"][0]["place"] == "--samples"
    # without --json: one plain line per problem, as before
    code, _, err = tender("analyze", example, "--samples", "100")
    assert code == 2 and err.startswith("bids/hanse.yaml: ") and not err.startswith("{")


def test_analyze_speaks_the_tenders_language_in_its_tables_too(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = tender("analyze", example, "--samples", "500")
    assert code == 0
    assert out.startswith("Robustheit der Rangfolge — Hosting des Händler-CRM-Systems\n")
    assert "Rangwahrscheinlichkeiten (SMAA, 500 Stichproben, Startwert 0; Gewichte" in out  # a title, wrapped
    row = r"│ Hanse IT-Services AG +│ +175\.800,00 │ +142\.458,11 │ +19,0\u00a0% │ Rheintal Datacenter GmbH │"
    assert re.search(row, out)
    assert "Preis-Leistung" in out and "52,4\u00a0%" in out and "Kendalls W" in out and "0,514" in out
    code, out, _ = tender("analyze", example, "--samples", "500", "--lang", "en")
    assert out.startswith("Robustness of the ranking — ") and " 175,800.00 │" in out and " 19.0% │" in out
