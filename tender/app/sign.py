"""`tender sign`: a person signs a PDF report (PAdES); and what `tender verify` says of a PDF's signatures."""

from __future__ import annotations

from pathlib import Path

from tender.app.keys import KeyUse, listed_key, listed_people
from tender.atomic import atomic_write
from tender.audit.pdfsign import PdfSignature, Signer, from_pkcs12, self_issued, sign_pdf, signatures
from tender.audit.reportdiff import Check, check
from tender.audit.signing import KeyFileError, raw_key_text
from tender.errors import UsageError, os_reason
from tender.parse.peoplefile import PEOPLE_FILE
from tender.wording import said

REASON = "tender: report of the evaluation, signed by {person}"


def default_workspace(report: Path) -> Path:
    """The workspace a report belongs to: the folder above reports/, else the current folder."""
    above = report.resolve().parent.parent
    return above if (above / "tender.yaml").is_file() else Path(".")


def sign_report(
    report: Path,
    person: str,
    key: KeyUse | None = None,
    pkcs12: KeyUse | None = None,
    root: Path | None = None,
) -> PdfSignature:
    """Sign a PDF report in place (an incremental update; the bytes before it stay as they were); its signature."""
    if report.suffix.lower() != ".pdf" or not report.is_file():
        raise UsageError("sign.no-pdf", report=str(report))
    people = listed_people(root if root is not None else default_workspace(report)) or {}
    if person not in people:
        raise UsageError("sign.not-listed", person=person, people=PEOPLE_FILE)
    listed = people[person].public_key
    if (key is None) == (pkcs12 is None):
        raise UsageError("sign.key-or-pkcs12")
    signer: Signer
    if key is not None:
        signer = self_issued(person, people[person].name, listed_key(person, listed, key))
    else:
        assert pkcs12 is not None
        try:
            data = pkcs12.path.read_bytes()
        except OSError as exc:
            raise UsageError("sign.unreadable", path=str(pkcs12.path), reason=os_reason(exc)) from None
        signer = from_pkcs12(person, data, pkcs12.passphrase, str(pkcs12.path))
    signed = sign_pdf(report.read_bytes(), signer, REASON.format(person=person), str(report))
    found = signatures(signed, str(report))[-1]
    if listed is not None and not key_matches(found, listed):
        raise KeyFileError("keys.certificate-not-own", path=str(pkcs12.path if pkcs12 else report), person=person)
    atomic_write(report, signed)
    return found


def key_matches(sig: PdfSignature, listed: str) -> bool:
    """Whether a signature's certificate carries the public key evaluators.yaml lists."""
    return sig.key_type == "ed25519" and raw_key_text(sig.public_key) == listed


SIGNATURE = "PDF"  # the name of the check `tender verify` adds for each signature of a PDF


def signature_checks(report: Path, root: Path) -> list[Check]:
    """One check per signature of a PDF report: valid, and its certificate's key the signer's listed key."""
    if report.suffix.lower() != ".pdf" or not report.is_file():
        return []
    found = signatures(report.read_bytes(), str(report))
    people = listed_people(root) or {}
    out = []
    for sig in found:
        who = sig.person or sig.subject
        listed = people[sig.person].public_key if sig.person in people else None
        words = (
            said("verify.origin.self-issued", person=sig.person)
            if sig.self_issued
            else said("verify.origin.certificate", subject=sig.subject, issuer=sig.issuer)
        )
        problems = list(sig.problems)
        if sig.person not in people:
            problems.append(said("verify.signature.not-listed", who=who, people=PEOPLE_FILE))
        elif listed is not None and not key_matches(sig, listed):
            problems.append(said("verify.signature.other-key", person=sig.person, people=PEOPLE_FILE))
        if problems:
            out += [
                check(SIGNATURE, False, "verify.signature.problem", who=who, origin=words, problem=p) for p in problems
            ]
        elif listed is not None:
            out.append(check(SIGNATURE, True, "verify.signature.valid", origin=words, people=PEOPLE_FILE))
        else:
            unkeyed = {"origin": words, "person": sig.person, "people": PEOPLE_FILE}
            out.append(check(SIGNATURE, True, "verify.signature.unkeyed", **unkeyed))
    return out
