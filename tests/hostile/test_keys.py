"""People's keys: made outside the workspace, listed in evaluators.yaml, and required wherever a person has one."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.hostile.conftest import refused, run
from tests.keyring import give_keys, key_args, list_key, make_key, passphrase_variable, witness_args


def events(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / "audit.log").read_text(encoding="utf-8").splitlines()]


def test_keys_new_writes_an_encrypted_private_key_readable_only_by_its_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, public = make_key("braun", tmp_path / "keys", monkeypatch)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert public.startswith("ed25519:") and len(public) == len("ed25519:") + 44
    again = run("keys", "new", "--person", "braun", "--out", path, "--passphrase-env", passphrase_variable("braun"))
    assert again.exit_code == 2 and "exists already: a key is never overwritten" in again.output


def test_keys_new_refuses_a_path_inside_a_workspace_an_empty_passphrase_and_an_unset_variable(
    procedure: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASS", "secret")
    refused(
        procedure,
        *("keys", "new", "--person", "braun", "--out", procedure / "keys/braun.pem", "--passphrase-env", "PASS"),
        expect="inside the workspace",
    )
    monkeypatch.setenv("EMPTY", "")
    out = tmp_path / "k.pem"
    result = run("keys", "new", "--person", "braun", "--out", out, "--passphrase-env", "EMPTY")
    assert result.exit_code == 2 and "the passphrase is empty" in result.output and not out.exists()
    monkeypatch.delenv("UNSET", raising=False)
    result = run("keys", "new", "--person", "braun", "--out", out, "--passphrase-env", "UNSET")
    assert result.exit_code == 2 and "the environment variable UNSET is not set" in result.output


def test_a_malformed_or_shared_public_key_in_evaluators_yaml_is_named(procedure: Path) -> None:
    list_key(procedure, "braun", "ed25519:not-base64!")
    list_key(procedure, "mueller", "rsa:AAAA")
    result = run("validate", procedure, "--lang", "en")
    assert result.exit_code == 2
    assert "evaluators.yaml: evaluators[0].public_key: expected ed25519:BASE64" in result.output
    assert "(not base64)" in result.output
    shared = "ed25519:" + "A" * 43 + "="
    list_key(procedure, "braun", shared)
    list_key(procedure, "mueller", shared)
    result = run("validate", procedure, "--lang", "en")
    assert "evaluators.yaml: evaluators[3].public_key: braun is listed with mueller's public key" in result.output


def test_a_person_with_a_key_acts_only_with_it(
    procedure: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = give_keys(procedure, ["mueller", "braun"], tmp_path / "keys", monkeypatch)
    refused(
        procedure,
        *("seal", "technical", procedure, "--actor", "mueller"),
        expect="mueller has a public key in evaluators.yaml: mueller acts only with it (--key PATH --passphrase-env",
    )
    monkeypatch.setenv(passphrase_variable("mueller"), "not the passphrase")
    refused(
        procedure,
        *("seal", "technical", procedure, "--actor", "mueller", *key_args(keys, "mueller")),
        expect=f"{keys['mueller']}: wrong passphrase",
    )
    refused(
        procedure,
        *("seal", "technical", procedure, "--actor", "mueller", *key_args(keys, "braun")),
        expect=f"{keys['braun']}: not the key of mueller (its public key is not the one in evaluators.yaml)",
    )
    refused(
        procedure,
        *("seal", "technical", procedure, "--actor", "weber", *key_args(keys, "braun")),
        expect="weber has no public key in evaluators.yaml",
    )
    monkeypatch.setenv(passphrase_variable("mueller"), "passphrase of mueller")
    result = run("seal", "technical", procedure, "--actor", "mueller", *key_args(keys, "mueller"))
    assert result.exit_code == 0, result.output
    sealed = events(procedure)[-1]
    assert sealed["action"] == "seal-technical" and list(sealed["signatures"]) == ["mueller"]
    assert len(sealed["details"]["keys"]["mueller"]) == 64
    assert run("audit", "verify", procedure).exit_code == 0


def test_the_witness_signs_with_their_own_key_never_with_the_actors(
    procedure: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = give_keys(procedure, ["mueller", "braun", "yilmaz"], tmp_path / "keys", monkeypatch)
    assert run("seal", "technical", procedure, "--actor", "mueller", *key_args(keys, "mueller")).exit_code == 0
    opening = ("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz", *key_args(keys, "braun"))
    refused(
        procedure,
        *opening,
        expect="yilmaz has a public key in evaluators.yaml: yilmaz acts only with it (--witness-key PATH",
    )
    refused(procedure, *opening, *witness_args(keys, "braun"), expect="not the key of yilmaz")
    result = run(*opening, *witness_args(keys, "yilmaz"))
    assert result.exit_code == 0, result.output
    assert "signiert von braun, yilmaz" in result.output  # the German tender's words
    opened = events(procedure)[-1]
    assert sorted(opened["signatures"]) == ["braun", "yilmaz"] and opened["details"]["witness"] == "yilmaz"
    assert opened["signatures"]["braun"] != opened["signatures"]["yilmaz"]
    assert run("audit", "verify", procedure).exit_code == 0


def test_imports_are_signed_and_a_wrong_key_writes_nothing(
    procedure: Path, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in (procedure / "bids").iterdir():
        path.unlink()
    keys = give_keys(procedure, ["braun"], tmp_path / "keys", monkeypatch)
    bids = sorted((example / "bids").iterdir())
    refused(procedure, "import-bids", *bids, "--into", procedure, "--actor", "braun", expect="braun acts only with it")
    monkeypatch.setenv(passphrase_variable("braun"), "wrong")
    refused(
        procedure,
        *("import-bids", *bids, "--into", procedure, "--actor", "braun", *key_args(keys, "braun")),
        expect="wrong passphrase",
    )
    monkeypatch.setenv(passphrase_variable("braun"), "passphrase of braun")
    result = run("import-bids", *bids, "--into", procedure, "--actor", "braun", *key_args(keys, "braun"))
    assert result.exit_code == 0, result.output
    imported = events(procedure)[-1]
    assert imported["action"] == "import-bids" and list(imported["signatures"]) == ["braun"]


def test_a_workspace_without_keys_works_as_before_and_its_reports_say_its_events_are_unsigned(
    procedure: Path,
) -> None:
    assert run("seal", "technical", procedure, "--actor", "mueller").exit_code == 0
    assert run("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz").exit_code == 0
    assert all("signatures" not in e and "keys" not in e["details"] for e in events(procedure))
    result = run("report", procedure, "--format", "json,html", "--lang", "en", "--actor", "braun")
    assert result.exit_code == 0, result.output
    doc = json.loads((procedure / "reports/crm-hosting-2007-en.json").read_text(encoding="utf-8"))
    assert (doc["audit"]["signed_events"], doc["audit"]["unsigned_events"]) == (0, 3)
    html = (procedure / "reports/crm-hosting-2007-en.html").read_text(encoding="utf-8")
    assert "Signatures in the audit log</th><td>none of the 3 events is signed" in html
    assert run("audit", "verify", procedure).exit_code == 0


def test_the_moderator_of_a_consensus_signs_its_import(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.hostile.procedure_support import received
    from tests.hostile.test_committee import consensus

    root = received(example, tmp_path)
    keys = give_keys(root, ["mueller", "weber"], tmp_path / "keys", monkeypatch)
    path = consensus(tmp_path, "mueller")
    scores = ("import-scores", path, "--into", root, "--replace", "--actor", "weber", *key_args(keys, "weber"))
    refused(
        root,
        *scores,
        expect="mueller moderated the consensus and has a public key in evaluators.yaml: they sign the import "
        "(--moderator-key PATH --moderator-passphrase-env VAR)",
    )
    moderator = ["--moderator-key", str(keys["weber"]), "--moderator-passphrase-env", passphrase_variable("weber")]
    refused(
        root, *scores, *moderator, expect="not the key of the consensus moderator who must sign (moderators: mueller)"
    )
    moderator = ["--moderator-key", str(keys["mueller"]), "--moderator-passphrase-env", passphrase_variable("mueller")]
    result = run(*scores, *moderator)
    assert result.exit_code == 0, result.output
    imported = events(root)[-1]
    assert imported["details"]["moderators"] == {"scores/consensus.csv": ["mueller"]}
    assert sorted(imported["signatures"]) == ["mueller", "weber"]
    assert run("audit", "verify", root).exit_code == 0
