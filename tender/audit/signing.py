"""People's Ed25519 keys and their signatures over audit events: make, load, sign, and check every signature."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tender.errors import TenderError, os_reason
from tender.wording import Said, said

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_PREFIX = "ed25519:"
# what a person's signature covers: this prefix and the event's hash (never anything that is not an audit event)
MESSAGE_PREFIX = b"tender audit event "
# the events whose actor (and witness, and moderator) must sign where they have a key in evaluators.yaml
SIGNED_ACTIONS = (
    "import-bids",
    "import-scores",
    "seal-technical",
    "open-prices",
    "seal-final",
    "report",
    "clarify",
    "decide",
    "approve",
    "letters",
    "draw",
)
# the roles besides the actor that sign an event: details key naming the person (witness, approver) or, by file,
# the people (the moderators of consensus files)
SECOND_SIGNERS = ("witness", "approver")
MODERATORS = "moderators"


class KeyFileError(TenderError):
    """A key file cannot be used: wrong passphrase, not an Ed25519 key, not the listed key."""


def message(event_hash: str) -> bytes:
    """The bytes a signature over an audit event covers (domain-separated, so no other use of the key clashes)."""
    return MESSAGE_PREFIX + event_hash.encode("ascii")


def public_key_text(public_key: Ed25519PublicKey) -> str:
    """The public key as evaluators.yaml holds it: ed25519:BASE64 of the 32 raw bytes."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return raw_key_text(public_key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def raw_key_text(raw: bytes) -> str:
    """The `ed25519:BASE64` line of a public key's 32 raw bytes."""
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


@lru_cache(maxsize=256)
def load_public_key(text: str) -> Ed25519PublicKey:
    """The public key of an `ed25519:BASE64` line (cached: a log holds many signatures by few people)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not text.startswith(KEY_PREFIX):
        raise ValueError(f"expected {KEY_PREFIX}BASE64")
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 public key has 32 bytes, this one {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


@lru_cache(maxsize=256)
def key_fingerprint(text: str) -> str:
    """SHA-256 of a public key's raw bytes, hex: what an event records of the keys that sign it."""
    return hashlib.sha256(base64.b64decode(text[len(KEY_PREFIX) :])).hexdigest()


def new_key(passphrase: bytes) -> tuple[bytes, str]:
    """A new Ed25519 key pair: the private key as PKCS#8 PEM encrypted with the passphrase, and the public key line."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, PrivateFormat

    if not passphrase:
        raise KeyFileError("keys.empty-passphrase")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase))
    return pem, public_key_text(key.public_key())


def load_private_key(path: Path, passphrase: bytes) -> Ed25519PrivateKey:
    """The Ed25519 private key of an encrypted PEM file; one-line errors for a wrong passphrase or another kind."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError("keys.unreadable", path=str(path), reason=os_reason(exc)) from None
    if b"-----BEGIN" not in data:
        raise KeyFileError("keys.not-pem", path=str(path))
    try:
        key = load_pem_private_key(data, passphrase or None)
    except TypeError:
        raise KeyFileError("keys.no-passphrase", path=str(path)) from None
    except ValueError:
        raise KeyFileError("keys.wrong-passphrase", path=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("keys.not-ed25519", path=str(path))
    return key


@dataclass(frozen=True)
class Signing:
    """The people who sign one event, with their private keys: what the event records and the signer for the log."""

    keys: Mapping[str, Ed25519PrivateKey] = field(default_factory=dict)

    def details(self, details: dict[str, Any]) -> dict[str, Any]:
        """The event's details with the fingerprints of the signing keys (inside the hash the signatures cover)."""
        if not self.keys:
            return details
        return {**details, "keys": {p: key_fingerprint(public_key_text(k.public_key())) for p, k in self.keys.items()}}

    @property
    def sign(self) -> Callable[[str], dict[str, str]] | None:
        """The signer `log.append` calls with the new event's hash; None when nobody signs."""
        if not self.keys:
            return None
        keys = dict(self.keys)
        return lambda h: {p: base64.b64encode(k.sign(message(h))).decode("ascii") for p, k in keys.items()}


UNSIGNED = Signing()


def required_signers(event: dict[str, Any]) -> list[str]:
    """The people who take part in an event of a signed kind: the actor, the witness, the moderator."""
    if event.get("action") not in SIGNED_ACTIONS:
        return []
    details = event.get("details") or {}
    people = [event["actor"], *(details[r] for r in SECOND_SIGNERS if isinstance(details.get(r), str))]
    named = details.get(MODERATORS)
    for group in named.values() if isinstance(named, dict) else ():
        people += [m for m in group if isinstance(m, str)] if isinstance(group, list) else []
    return list(dict.fromkeys(people))


def verifies(text: str, signature: str, event_hash: str) -> bool:
    """Whether a base64 signature is the listed key's over this event hash."""
    from cryptography.exceptions import InvalidSignature

    try:
        load_public_key(text).verify(base64.b64decode(signature, validate=True), message(event_hash))
    except (InvalidSignature, ValueError, binascii.Error, TypeError):
        return False
    return True


def signature_problems(events: list[dict[str, Any]], keys: Mapping[str, str | None]) -> list[Said]:
    """Every signature that does not hold, and every signature missing, against the listed people's keys."""
    out: list[tuple[int, Said]] = []
    valid_at: dict[str, tuple[int, str]] = {}
    failing: list[tuple[dict[str, Any], str, Said]] = []

    def problem(event: dict[str, Any], key: str, where: Said, **params: object) -> None:
        out.append((int(event["seq"]), said(f"audit.sig.{key}", where=where, **params)))

    for event in events:
        where = said("audit.event", seq=event["seq"], action=event["action"], time=event["time"])
        signatures = event.get("signatures") or {}
        recorded = (event.get("details") or {}).get("keys") or {}
        if not isinstance(signatures, dict) or not isinstance(recorded, dict):
            problem(event, "not-mapping", where)
            continue
        for person, signature in sorted(signatures.items()):
            text = keys.get(person)
            if person not in keys:
                problem(event, "unlisted", where, person=person)
            elif text is None:
                problem(event, "no-key", where, person=person)
            elif isinstance(signature, str) and verifies(text, signature, event["hash"]):
                valid_at.setdefault(signature, (event["seq"], person))
                if recorded.get(person) != key_fingerprint(text):
                    problem(event, "recorded-key", where, person=person)
            else:
                failing.append((event, person, where))
        for person in sorted(set(recorded) - set(signatures)):
            problem(event, "removed", where, person=person)
        for person in required_signers(event):
            if keys.get(person) and person not in signatures:
                problem(event, "missing", where, person=person)
    for event, person, where in failing:
        signature = event["signatures"][person]
        text = keys[person] or ""
        if isinstance(signature, str) and signature in valid_at:
            seq, signer = valid_at[signature]
            problem(event, "replayed", where, person=person, signer=signer, seq=seq)
        elif (event.get("details") or {}).get("keys", {}).get(person) not in (None, key_fingerprint(text)):
            problem(event, "other-key", where, person=person)
        else:
            problem(event, "forged", where, person=person)
    return [words for _, words in sorted(out, key=lambda found: found[0])]
