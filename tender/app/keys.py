"""People's keys: `tender keys new`, and who signs an event with which key, checked against evaluators.yaml."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tender.atomic import temp_beside
from tender.audit.signing import KeyFileError, Signing, load_private_key, new_key, public_key_text
from tender.errors import Collector, InputError, UsageError
from tender.parse.peoplefile import PEOPLE_FILE, read_people
from tender.procmodel import Person
from tender.wording import NONE

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class KeyUse:
    """A private key file and the passphrase to open it, given on the command line for one person."""

    path: Path
    passphrase: bytes


def default_key_path(person: str) -> Path:
    """Where `tender keys new` keeps a person's private key: ~/.config/tender/keys/ID.pem."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "tender" / "keys" / f"{person}.pem"


def inside_workspace(path: Path) -> Path | None:
    """The workspace folder (one holding tender.yaml) that contains path, if any."""
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / "tender.yaml").is_file():
            return candidate
    return None


def make_key(person: str, out: Path | None, passphrase: bytes) -> tuple[Path, str]:
    """Write a new encrypted private key (mode 0600, never over an existing file, never into a workspace);
    the path and the public key line for evaluators.yaml."""
    path = out if out is not None else default_key_path(person)
    if not person or any(c in person for c in "/\\\0") or person.startswith("."):
        raise UsageError("keys.not-person-id", person=repr(person))
    if (workspace := inside_workspace(path)) is not None:
        raise UsageError("keys.inside-workspace", path=str(path), workspace=str(workspace))
    if path.exists():
        raise UsageError("usage.key-exists", path=str(path))
    pem, public = new_key(passphrase)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = temp_beside(path)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
        os.link(tmp, path)  # fails if the path appeared meanwhile: never overwrite a key
    finally:
        tmp.unlink(missing_ok=True)
    return path, public


def listed_people(root: Path) -> dict[str, Person] | None:
    """The people of evaluators.yaml by id; None without the file; refuses a file with problems."""
    collector = Collector()
    people = read_people(Path(root), collector)
    collector.raise_if_any()
    return None if people is None else {p.id: p for p in people}


def signing_for(root: Path, acting: Mapping[str, KeyUse | None], options: Mapping[str, str] | None = None) -> Signing:
    """The keys for an event, one per acting person: a listed key must be used, and a key used must be listed.

    `options` names the command-line option that gives a person's key (default --key), for the message.
    """
    try:
        people = listed_people(root) or {}
    except InputError as exc:
        raise UsageError("keys.people-unreadable", people=PEOPLE_FILE, problem=exc.findings[0]) from None
    keys = {}
    for person, use in acting.items():
        listed = people[person].public_key if person in people else None
        if use is None:
            if listed:
                hint = (options or {}).get(person, "--key PATH --passphrase-env VAR")
                raise UsageError("keys.key-required", person=person, people=PEOPLE_FILE, hint=hint)
            continue
        keys[person] = listed_key(person, listed, use)
    return Signing(keys)


def listed_key(person: str, listed: str | None, use: KeyUse) -> Ed25519PrivateKey:
    """The private key given for a person, refused unless the person's public key in evaluators.yaml
    (`listed`) is its own."""
    if listed is None:
        raise UsageError("keys.not-listed", person=person, people=PEOPLE_FILE)
    key = load_private_key(use.path, use.passphrase)
    if public_key_text(key.public_key()) != listed:
        raise KeyFileError("keys.not-own", path=str(use.path), person=person, people=PEOPLE_FILE)
    return key


def passphrase_from(variable: str | None, what: str) -> bytes:
    """The passphrase held by an environment variable (named by --passphrase-env)."""
    if not variable:
        raise UsageError("keys.passphrase-env", what=what)
    value = os.environ.get(variable)
    if value is None:
        raise UsageError("keys.variable-unset", variable=variable, what=what)
    return value.encode("utf-8")


def key_use(path: Path | None, variable: str | None) -> KeyUse | None:
    """The key given on the command line with the variable holding its passphrase, or None without --key."""
    if path is None:
        if variable:
            raise UsageError("keys.passphrase-without-key", variable=variable)
        return None
    return KeyUse(path, passphrase_from(variable, str(path)))


def with_moderators(root: Path, signing: Signing, moderators: list[str], use: KeyUse | None) -> Signing:
    """The signing of a score import with the consensus moderators added: a moderator with a listed key signs
    (the actor's own signature counts when the actor moderated); a moderator key given must be a moderator's."""
    hint = "--moderator-key PATH --moderator-passphrase-env VAR"
    people = listed_people(root) or {}
    needed = [m for m in moderators if m not in signing.keys and m in people and people[m].public_key]
    if use is None:
        if needed:
            raise UsageError("keys.moderator-signs", person=needed[0], people=PEOPLE_FILE, hint=hint)
        return signing
    key = load_private_key(use.path, use.passphrase)
    public = public_key_text(key.public_key())
    owner = next((m for m in needed if people[m].public_key == public), None)
    if owner is None or len(needed) > 1:
        named = ", ".join(moderators) or NONE
        raise KeyFileError("keys.not-moderators", path=str(use.path), moderators=named)
    return Signing({**signing.keys, owner: key})
