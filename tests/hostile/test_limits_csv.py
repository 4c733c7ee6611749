"""CSV and YAML text: one encoding for the whole file, never mojibake; rows, columns, fields and size limited."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.workspace import load_workspace
from tests.hostile.conftest import refused, run

HEADER = "section;key;value\n"


def bid(root: Path, body: bytes, name: str = "ost.csv") -> Path:
    """Write a CSV bid into the workspace's bids/."""
    path = root / "bids" / name
    path.write_bytes(body)
    return path


def test_pure_cp1252_is_read_right(bundled: Path) -> None:
    name = "Größe & Ärger Übel Straße € GmbH"
    bid(bundled, f"{HEADER}bidder;id;ost\nbidder;name;{name}\n".encode("cp1252"))
    ws = load_workspace(bundled)
    assert [b.name for b in ws.bids if b.bidder == "ost"] == [name]


def test_utf8_with_bom_is_read_right(bundled: Path) -> None:
    bid(bundled, b"\xef\xbb\xbf" + f"{HEADER}bidder;id;ost\nbidder;name;Müller € GmbH\n".encode())
    assert [b.name for b in load_workspace(bundled).bids if b.bidder == "ost"] == ["Müller € GmbH"]


def test_utf8_with_one_cp1252_byte_is_refused(bundled: Path) -> None:
    body = f"{HEADER}bidder;id;ost\nbidder;name;Müller GmbH\nbidder;contact;".encode() + "Jürgen".encode("cp1252")
    bid(bundled, body + b"\n")
    refused(
        bundled,
        "validate",
        bundled,
        expect="bids/ost.csv: line 4: mixed encodings: line 3 holds UTF-8 text, but byte 0xfc is not UTF-8",
    )


def test_bom_with_a_cp1252_byte_is_refused(bundled: Path) -> None:
    bid(bundled, b"\xef\xbb\xbf" + f"{HEADER}bidder;id;ost\nbidder;name;".encode() + "Süd".encode("cp1252") + b"\n")
    refused(bundled, "validate", bundled, expect="line 3: mixed encodings: the byte-order mark, but byte 0xfc")


def test_neither_utf8_nor_cp1252_is_refused(bundled: Path) -> None:
    bid(bundled, f"{HEADER}bidder;id;ost\n".encode() + b"bidder;name;Ost \x81 GmbH\n")
    refused(bundled, "validate", bundled, expect="line 3: neither UTF-8 nor Windows-1252 text: byte 0x81")


def test_yaml_must_be_utf8(bundled: Path) -> None:
    text = (bundled / "evaluators.yaml").read_bytes()
    (bundled / "evaluators.yaml").write_bytes(text + "# Prüfer\n".encode("cp1252"))
    lines = text.count(b"\n") + 1
    refused(bundled, "validate", bundled, expect=f"evaluators.yaml: line {lines}: not UTF-8 text: byte 0xfc")


def test_huge_csv_is_refused(bundled: Path) -> None:
    bid(bundled, HEADER.encode() + b"bidder;note;" + b"x" * 32_000_000 + b"\n")
    refused(bundled, "validate", bundled, expect="the file has 32,000,031 characters; at most 32,000,000 characters")


def test_csv_over_50_mb_is_refused(bundled: Path) -> None:
    with bid(bundled, b"").open("wb") as f:
        f.truncate(50 * 2**20 + 1)
    refused(bundled, "validate", bundled, expect="bids/ost.csv: the file has 50.0 MB; files over 50 MB are refused")


def test_too_many_csv_rows(bundled: Path) -> None:
    rows = b"".join(b"mueller,hanse,kompetenz,3,gut\n" for _ in range(100_001))
    (bundled / "scores" / "viel.csv").write_bytes(b"evaluator,bidder,criterion,score,justification\n" + rows)
    refused(bundled, "validate", bundled, expect="scores/viel.csv: line 100002: the file has more than 100,000 rows")


def test_too_many_csv_columns(bundled: Path) -> None:
    bid(bundled, ";".join(["section", "key", "value", *map(str, range(198))]).encode() + b"\n")
    refused(bundled, "validate", bundled, expect="line 1: the row has 201 fields; at most 200 columns")


def test_one_line_of_millions_of_fields(bundled: Path) -> None:
    bid(bundled, b"ab;" * 10_000_000)
    refused(bundled, "validate", bundled, expect="line 1: a record of more than 6,554,000 characters")


def test_quoted_lines_joined_into_one_record(bundled: Path) -> None:
    half = b"ab;" * 1_500_000
    bid(bundled, half + b'"x\n' + b'y";' + half + b'"\n' + b'z";' + half + b"\n")
    refused(bundled, "validate", bundled, expect="line 2: a record of more than 6,554,000 characters")


@pytest.mark.parametrize(("length", "found"), [(32_768, "32,768"), (200_000, "more than 131,072")])
def test_long_csv_field(bundled: Path, length: int, found: str) -> None:
    bid(bundled, f"{HEADER}bidder;name;{'x' * length}\n".encode())
    refused(bundled, "validate", bundled, expect=f"line 2: a field has {found} characters; at most 32,767")


def test_long_field_in_a_score_file(bundled: Path) -> None:
    (bundled / "scores" / "lang.csv").write_text(
        f"evaluator,bidder,criterion,score,justification\nmueller,hanse,kompetenz,3,{'x' * 40_000}\n", encoding="utf-8"
    )
    refused(bundled, "validate", bundled, expect="scores/lang.csv: line 2: a field has 40,000 characters")


def test_the_bundled_cp1252_bid_still_reads(bundled: Path) -> None:
    assert run("validate", bundled).exit_code == 0
    assert "Spree Netz & Rechenzentrum GmbH" in [b.name for b in load_workspace(bundled).bids]
