"""`tender sign` adds a PAdES signature to the PDF/A report; `tender verify` validates it and names what failed."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender.audit.pdfsign import recorded_bytes
from tests.hostile.conftest import refused, run
from tests.keyring import give_keys, key_args, passphrase_variable

PDF = "reports/crm-hosting-2007-de.pdf"


@pytest.fixture
def reported(procedure: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, Path]]:
    """The procedure run to the final seal with braun's key, and its PDF report written (unsigned)."""
    keys = give_keys(procedure, ["braun"], tmp_path / "keys", monkeypatch)
    assert run("seal", "technical", procedure, "--actor", "mueller").exit_code == 0
    opening = ("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    assert run(*opening, *key_args(keys, "braun")).exit_code == 0
    assert run("seal", "final", procedure, "--actor", "braun", *key_args(keys, "braun")).exit_code == 0
    assert run("report", procedure, "--format", "pdf", "--actor", "braun", *key_args(keys, "braun")).exit_code == 0
    return procedure, keys


def pdfa(data: bytes, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "probe.pdf"
    path.write_bytes(data)
    xmp = PdfReader(path).xmp_metadata
    assert xmp is not None
    desc = xmp.rdf_root.getElementsByTagName("rdf:Description")
    part = next(d.getAttribute("pdfaid:part") for d in desc if d.getAttribute("pdfaid:part"))
    conformance = next(d.getAttribute("pdfaid:conformance") for d in desc if d.getAttribute("pdfaid:conformance"))
    return part, conformance


def test_a_signed_report_verifies_keeps_pdfa_and_its_unsigned_bytes_are_the_logged_ones(
    reported: tuple[Path, dict[str, Path]], tmp_path: Path
) -> None:
    root, keys = reported
    pdf = root / PDF
    original = pdf.read_bytes()
    logged = json.loads((root / "audit.log").read_text(encoding="utf-8").splitlines()[-1])
    assert logged["action"] == "report" and logged["files"][PDF] == hashlib.sha256(original).hexdigest()
    result = run("sign", pdf, "--person", "braun", *key_args(keys, "braun"))
    assert result.exit_code == 0, result.output
    assert result.output == f"{pdf} signiert als braun mit einem selbst ausgestellten Zertifikat\n"  # a German tender
    signed = pdf.read_bytes()
    assert signed[: len(original)] == original and len(signed) > len(original)  # an incremental update
    assert recorded_bytes(signed) == original and recorded_bytes(original) == original
    assert pdfa(original, tmp_path) == pdfa(signed, tmp_path) == ("3", "B")
    result = run("verify", pdf, "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"MATCH: {pdf} is the evaluation of ")
    assert lines[1].startswith("  bytes: recorded by audit event 5 (report, by braun at ")  # the unsigned original
    assert lines[-1] == "  PDF: signature valid (self-issued certificate of braun, key matches evaluators.yaml)"
    refused(root, "sign", pdf, "--person", "braun", *key_args(keys, "braun"), expect="the report is signed already")


def test_a_signed_report_with_one_byte_changed_or_data_appended_fails_naming_what(
    reported: tuple[Path, dict[str, Path]],
) -> None:
    root, keys = reported
    pdf = root / PDF
    assert run("sign", pdf, "--person", "braun", *key_args(keys, "braun")).exit_code == 0
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    changed = root / "reports/changed.pdf"
    changed.write_bytes(bytes(data))
    result = run("verify", changed)  # the example's tender is German: so are verify's lines
    assert result.exit_code == 1, result.output
    assert (
        "  PDF: Signatur von braun (selbst ausgestelltes Zertifikat von braun): die signierten Bytes wurden nach dem "
        "Signieren verändert (der Hashwert stimmt nicht überein)"
    ) in result.output.splitlines()
    result = run("verify", changed, "--lang", "en")
    assert result.exit_code == 1, result.output
    assert (
        "  PDF: signature of braun (self-issued certificate of braun): the signed bytes were changed after signing "
        "(the digest does not match)"
    ) in result.output.splitlines()
    appended = root / "reports/appended.pdf"
    appended.write_bytes(pdf.read_bytes() + b"%% appended\n")
    result = run("verify", appended)
    assert result.exit_code == 1, result.output
    assert (
        "  PDF: Signatur von braun (selbst ausgestelltes Zertifikat von braun): nach der Signatur wurden 12 Byte "
        "angefügt: sie deckt die Datei nicht mehr ab"
    ) in result.output.splitlines()
    result = run("verify", appended, "--lang", "en")
    assert "12 byte(s) were added after the signature: it no longer covers the file" in result.output


def test_signing_is_refused_with_a_wrong_key_a_wrong_passphrase_or_an_unlisted_person(
    reported: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, keys = reported
    pdf = root / PDF
    refused(root, "sign", pdf, "--person", "mallory", *key_args(keys, "braun"), expect="mallory is not listed")
    refused(root, "sign", pdf, "--person", "mueller", *key_args(keys, "braun"), expect="mueller has no public key")
    monkeypatch.setenv(passphrase_variable("braun"), "wrong")
    refused(root, "sign", pdf, "--person", "braun", *key_args(keys, "braun"), expect="wrong passphrase")
    refused(root, "sign", pdf, "--person", "braun", expect="sign with either --key")


def test_garbage_named_pdf_is_bad_input_not_a_crash(procedure: Path) -> None:
    bad = procedure / "reports/garbage.pdf"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"this is not a PDF at all\n" * 40)
    result = run("verify", bad)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.startswith(f"{bad}: ")


def test_a_pkcs12_certificate_signs_for_a_person_without_a_listed_key(
    reported: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    root, _ = reported
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Petra Schmidt")])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Example CA")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "schmidt.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"s", key, cert, None, BestAvailableEncryption(b"pw")))
    monkeypatch.setenv("P12_PASS", "pw")
    pdf = root / PDF
    result = run("sign", pdf, "--person", "schmidt", "--pkcs12", p12, "--passphrase-env", "P12_PASS")
    assert result.exit_code == 0, result.output
    assert "mit dem Zertifikat von Common Name: Petra Schmidt" in result.output
    result = run("verify", pdf, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "  PDF: signature valid (certificate of Common Name: Petra Schmidt issued by Common Name: Example CA; "
        "schmidt has no key in evaluators.yaml to compare with)"
    )
