"""Give the people of a test workspace keys: made with `tender keys new`, listed in its evaluators.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tender.cli.main import app


def passphrase_variable(person: str) -> str:
    """The environment variable that holds a test person's passphrase."""
    return f"TEST_PASSPHRASE_{person.upper()}"


def make_key(person: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A new key of person in folder through the CLI; the key file and the public key line it printed."""
    monkeypatch.setenv(passphrase_variable(person), f"passphrase of {person}")
    path = folder / f"{person}.pem"
    result = CliRunner().invoke(
        app, ["keys", "new", "--person", person, "--out", str(path), "--passphrase-env", passphrase_variable(person)]
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "public_key:" in x)
    return path, line.split("public_key:")[1].strip()


def list_key(root: Path, person: str, public: str) -> None:
    """Write a person's public key into the workspace's evaluators.yaml."""
    path = root / "evaluators.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in data["evaluators"]:
        if entry["id"] == person:
            entry["public_key"] = public
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def give_keys(root: Path, people: list[str], folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Keys for these people, listed in the workspace; their key files by person."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for person in people:
        out[person], public = make_key(person, folder, monkeypatch)
        list_key(root, person, public)
    return out


def key_args(keys: dict[str, Path], person: str) -> list[str]:
    """--key PATH --passphrase-env VAR for person."""
    return ["--key", str(keys[person]), "--passphrase-env", passphrase_variable(person)]


def witness_args(keys: dict[str, Path], person: str) -> list[str]:
    """--witness-key PATH --witness-passphrase-env VAR for person."""
    return ["--witness-key", str(keys[person]), "--witness-passphrase-env", passphrase_variable(person)]
