"""`tender audit verify` checks every signature on the log's events against the keys in evaluators.yaml."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tender.audit.log import event_hash
from tender.audit.signing import message
from tender.result import canonical_json
from tests.hostile.conftest import run
from tests.keyring import give_keys, key_args, make_key, witness_args


def events(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / "audit.log").read_text(encoding="utf-8").splitlines()]


def write(root: Path, log: list[dict]) -> None:
    (root / "audit.log").write_text("".join(canonical_json(e) + "\n" for e in log), encoding="utf-8")


def findings(root: Path) -> list[str]:
    result = run("audit", "verify", "--lang", "en", root)
    assert result.exit_code == 1, result.output
    return result.output.splitlines()


@pytest.fixture
def signed(procedure: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, Path]]:
    """The procedure sealed and opened, every step signed: events 2 (seal, mueller) and 3 (opening, braun+yilmaz)."""
    keys = give_keys(procedure, ["mueller", "braun", "yilmaz"], tmp_path / "keys", monkeypatch)
    assert run("seal", "technical", procedure, "--actor", "mueller", *key_args(keys, "mueller")).exit_code == 0
    opening = ("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    assert run(*opening, *key_args(keys, "braun"), *witness_args(keys, "yilmaz")).exit_code == 0
    assert run("audit", "verify", "--lang", "en", procedure).exit_code == 0
    return procedure, keys


def test_a_signature_by_an_unlisted_person_is_named(signed: tuple[Path, dict[str, Path]]) -> None:
    root, _ = signed
    log = events(root)
    log[1]["signatures"]["mallory"] = log[1]["signatures"]["mueller"]
    write(root, log)
    (line,) = [x for x in findings(root) if "mallory" in x]
    assert line.startswith("audit event 2 (seal-technical, ")
    assert line.endswith("signed by mallory, who is not listed in evaluators.yaml")


def test_a_forged_signature_is_named(signed: tuple[Path, dict[str, Path]]) -> None:
    root, _ = signed
    log = events(root)
    raw = bytearray(base64.b64decode(log[2]["signatures"]["yilmaz"]))
    raw[0] ^= 1
    log[2]["signatures"]["yilmaz"] = base64.b64encode(raw).decode("ascii")
    write(root, log)
    assert findings(root) == [
        f"audit event 3 (open-prices, {log[2]['time']}): the signature of yilmaz does not verify "
        "(forged, or the event was changed)"
    ]


def test_a_signature_copied_from_another_event_is_named_as_replayed(signed: tuple[Path, dict[str, Path]]) -> None:
    root, _ = signed
    log = events(root)
    log[2]["signatures"]["braun"] = log[2]["signatures"]["yilmaz"]  # yilmaz's valid signature, under braun
    write(root, log)
    assert findings(root) == [
        f"audit event 3 (open-prices, {log[2]['time']}): the signature of braun is yilmaz's of audit event 3 (replayed)"
    ]
    log = events(root)
    log[2]["signatures"]["braun"] = log[1]["signatures"]["mueller"]
    log[2]["signatures"]["mueller"] = log[1]["signatures"]["mueller"]
    write(root, log)
    out = findings(root)
    assert any(x.endswith("the signature of braun is mueller's of audit event 2 (replayed)") for x in out), out
    assert any(x.endswith("the signature of mueller is mueller's of audit event 2 (replayed)") for x in out), out


def test_a_signature_with_a_key_not_listed_for_its_person_is_named(
    signed: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = signed
    from tender.audit.signing import load_private_key

    other, _ = make_key("other", tmp_path / "other", monkeypatch)
    key = load_private_key(other, b"passphrase of other")
    log = events(root)
    log[1]["signatures"]["mueller"] = base64.b64encode(key.sign(message(log[1]["hash"]))).decode("ascii")
    write(root, log)
    assert findings(root) == [
        f"audit event 2 (seal-technical, {log[1]['time']}): the signature of mueller does not verify "
        "(forged, or the event was changed)"
    ]


def test_a_removed_or_missing_signature_is_named(signed: tuple[Path, dict[str, Path]]) -> None:
    root, _ = signed
    log = events(root)
    del log[2]["signatures"]["yilmaz"]
    write(root, log)
    assert findings(root) == [
        f"audit event 3 (open-prices, {log[2]['time']}): records a key of yilmaz but carries no signature of "
        "yilmaz (removed)",
        f"audit event 3 (open-prices, {log[2]['time']}): not signed by yilmaz, who has a public key in evaluators.yaml",
    ]


def test_an_event_written_by_hand_without_the_signature_of_a_person_with_a_key_is_named(
    signed: tuple[Path, dict[str, Path]],
) -> None:
    root, _ = signed
    log = events(root)
    forged = {**log[-1], "seq": 4, "action": "seal-final", "details": {}, "prev": log[-1]["hash"]}
    forged.pop("signatures")
    forged["hash"] = event_hash(forged)
    write(root, [*log, forged])
    out = findings(root)
    where = f"audit event 4 (seal-final, {forged['time']})"
    assert f"{where}: not signed by braun, who has a public key in evaluators.yaml" in out
