"""PAdES signatures on PDF reports (pyHanko): sign as an incremental update, validate, find the unsigned original."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tender.errors import TenderError
from tender.wording import Said, said

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FIELD = "TenderSignature"
SELF_ISSUED_DAYS = 3650
EOF_MARK = re.compile(rb"%%EOF[\r\n]*")


class PdfSignError(TenderError):
    """A PDF cannot be signed or its signatures cannot be read (exit 2)."""


@dataclass(frozen=True)
class Signer:
    """Who signs: their person id, the certificate (DER) and the private key (PKCS#8 DER, unencrypted in memory)."""

    person: str
    certificate: bytes
    private_key: bytes
    chain: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class PdfSignature:
    """One signature found in a PDF: who, with which certificate, and every way in which it does not hold."""

    person: str
    subject: str
    issuer: str
    self_issued: bool
    public_key: bytes  # the certificate's public key, raw for Ed25519, else DER SubjectPublicKeyInfo
    key_type: str
    problems: list[Said] = field(default_factory=list)  # tender/wording/verify.py


def self_issued(person: str, name: str, key: Ed25519PrivateKey) -> Signer:
    """A signer with a certificate the person issues to themselves for their Ed25519 key (valid ten years)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from cryptography.x509.oid import NameOID

    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.USER_ID, person)])
    now = datetime.now(UTC)
    usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=SELF_ISSUED_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, None)
    )
    der_key = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    return Signer(person, cert.public_bytes(Encoding.DER), der_key)


def from_pkcs12(person: str, data: bytes, passphrase: bytes, display: str) -> Signer:
    """A signer from a PKCS#12 file the person supplies (certificate, key and chain)."""
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12

    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        raise PdfSignError("pdfsign.pkcs12-passphrase", path=display) from None
    if key is None or cert is None:
        raise PdfSignError("pdfsign.pkcs12-empty", path=display)
    der_key = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    extra = tuple(c.public_bytes(Encoding.DER) for c in chain or ())
    return Signer(person, cert.public_bytes(Encoding.DER), der_key, extra)


def sign_pdf(data: bytes, signer: Signer, reason: str, display: str) -> bytes:
    """The PDF with a PAdES signature appended as an incremental update (the original bytes unchanged before it)."""
    from asn1crypto import keys, x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(signer.certificate)
    store = SimpleCertificateStore.from_certs([cert, *map(x509.Certificate.load, signer.chain)])
    simple = signers.SimpleSigner(cert, keys.PrivateKeyInfo.load(signer.private_key), store)
    digest = "sha512" if cert.public_key.algorithm == "ed25519" else "sha256"
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        md_algorithm=digest,
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer.person,
        reason=reason,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        if FIELD in {name for name, _, _ in fields.enumerate_sig_fields(writer)}:
            raise PdfSignError("pdfsign.signed-already", path=display)
        out = io.BytesIO()
        signers.PdfSigner(meta, simple).sign_pdf(writer, output=out)
    except PdfSignError:
        raise
    except Exception as exc:  # pyHanko raises many kinds on a malformed PDF
        raise PdfSignError("pdfsign.unsignable", path=display, error=f"{type(exc).__name__}: {exc}") from None
    return out.getvalue()


def signatures(data: bytes, display: str) -> list[PdfSignature]:
    """Every signature of a PDF, validated against its own certificate (trust comes from evaluators.yaml)."""
    if signed_from(data) is None:
        return []  # no signature: pyHanko (slow to import) is not needed
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # a PDF pyHanko cannot parse
        raise PdfSignError("pdfsign.unreadable", path=display, error=f"{type(exc).__name__}: {exc}") from None
    return [check(sig, len(data)) for sig in embedded]


def check(sig: Any, size: int) -> PdfSignature:
    """Validate one embedded signature: its bytes intact, its cryptography sound, it covers the whole file."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    cert = sig.signer_cert
    person = str(sig.sig_object.get("/Name", ""))
    info = cert.public_key
    raw = info["public_key"].native if info.algorithm == "ed25519" else info.dump()
    found = PdfSignature(
        person, cert.subject.human_friendly, cert.issuer.human_friendly, cert.self_issued, raw, info.algorithm
    )
    try:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert], allow_fetching=False))
    except Exception as exc:  # a signature too broken to validate is a finding, not a crash
        found.problems.append(said("pdfsign.unvalidated", error=f"{type(exc).__name__}: {exc}"))
        return found
    if not status.intact:
        found.problems.append(said("pdfsign.changed"))
    elif not status.valid:
        found.problems.append(said("pdfsign.invalid"))
    covered = sig.byte_range[-2] + sig.byte_range[-1] if sig.byte_range else 0
    if covered < size:
        found.problems.append(said("pdfsign.appended", count=size - covered))
    return found


def recorded_bytes(data: bytes) -> bytes:
    """The bytes of a PDF before its first signed revision (the report as tender wrote it); the data if unsigned."""
    start = signed_from(data)
    if start is None:
        return data
    ends = [m.end() for m in EOF_MARK.finditer(data, 0, start)]
    return data[: ends[-1]] if ends else data


def signed_from(data: bytes) -> int | None:
    """Where the first signature's /Contents begin (the one gap in its byte range), or None without a signature."""
    match = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+\d+\s+\d+\s*\]", data)
    return int(match.group(1)) if match else None
