"""Control and text-direction characters in names and justifications are refused in YAML, CSV and xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from tender.parse.text import control_problem
from tests.hostile.conftest import refused

# What the hostile bidder or evaluator types; the code point the message names.
CHARACTERS = {
    "\x00": "U+0000",
    "\x1b[31m": "U+001B",
    "\x0b": "U+000B",
    "\x01": "U+0001",
    "\x7f": "U+007F",
    "\x9b": "U+009B",
    "\u2028": "U+2028",
    "\u202e": "U+202E",
    "\u2066": "U+2066",
}
XLSX_ESCAPES = {"\x1b[31m": "_x001B_[31m", "\x0b": "_x000B_", "\x01": "_x0001_", "\x00": "_x0000_"}


def edit_yaml(path: Path, change: dict[str, Any]) -> None:
    """Rewrite a YAML file with some top-level values changed (safe_dump writes control characters escaped)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump({**data, **change}, allow_unicode=True), encoding="utf-8")


def set_cell(
    path: Path, sheet: str, first: tuple[int, str], col: int, value: str, second: tuple[int, str] | None = None
) -> str:
    """Type a value into the row whose cell in column first[0] holds first[1] (and second, if given); its reference."""
    wb = load_workbook(path, rich_text=True)
    ws = wb[sheet]
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, first[0]).value == first[1] and (second is None or ws.cell(row, second[0]).value == second[1]):
            ws.cell(row, col).value = value
            wb.save(path)
            return f"{sheet}!{ws.cell(row, col).coordinate}"
    raise AssertionError(f"no row {first} in {path}")


@pytest.mark.parametrize("typed", CHARACTERS)
def test_yaml_bid_name_and_score_justification(example: Path, typed: str) -> None:
    code = CHARACTERS[typed]
    bid = example / "bids" / "hanse.yaml"
    original = bid.read_bytes()
    edit_yaml(bid, {"name": f"Hanse{typed}IT"})
    refused(
        example,
        "validate",
        example,
        expect=f"bids/hanse.yaml: line 5, key name: the text holds the control character {code} at position 6",
    )
    bid.write_bytes(original)
    scores = example / "scores" / "mueller.yaml"
    reason = f"Sichere Präsentation{typed}"
    scores.write_text(
        yaml.safe_dump({"scores": [{"bidder": "isar", "criterion": "kompetenz", "score": 3, "justification": reason}]}),
        encoding="utf-8",
    )
    refused(
        example,
        "validate",
        example,
        expect=f"scores/mueller.yaml: line 4, key scores[0].justification: the text holds the control character {code}",
    )


@pytest.mark.parametrize("typed", [c for c in CHARACTERS if c != "\x00"])
def test_csv_bid_name_and_score_justification(bundled: Path, example: Path, typed: str) -> None:
    code = CHARACTERS[typed]
    bid = bundled / "bids" / "spree.csv"
    text = bid.read_bytes().decode("cp1252").replace("Spree Netz", f"Spree{typed}Netz")
    bid.write_bytes(text.encode("utf-8"))
    refused(bundled, "validate", bundled, expect=f"bids/spree.csv: line 3: the text holds the control character {code}")
    scores = example / "scores" / "mueller.csv"
    scores.write_text(scores.read_text(encoding="utf-8").replace("Sichere", f"Sichere{typed}", 1), encoding="utf-8")
    refused(
        example,
        "validate",
        example,
        expect=f"scores/mueller.csv: line 2: justification: the text holds the control character {code}",
    )


def test_nul_in_a_csv_file_is_refused(example: Path) -> None:
    scores = example / "scores" / "mueller.csv"
    scores.write_text(scores.read_text(encoding="utf-8").replace("Sichere", "Sichere\x00", 1), encoding="utf-8")
    refused(example, "validate", example, expect="scores/mueller.csv")


@pytest.mark.parametrize("typed", ["\x1b[31m", "\x0b", "\x01", "\x00", "\x7f", "\u202e", "\u2069"])
def test_xlsx_bid_name_and_score_justification(bundled: Path, typed: str) -> None:
    code = CHARACTERS.get(typed, "U+2069")
    written = XLSX_ESCAPES.get(typed, typed)  # how a crafted workbook holds a C0 character (_x001B_)
    cell = set_cell(bundled / "bids" / "elbtal.xlsx", "Bieter", (1, "name"), 3, f"Elbtal{written}KG")
    refused(
        bundled, "validate", bundled, expect=f"bids/elbtal.xlsx: {cell}: the text holds the control character {code}"
    )
    (bundled / "bids" / "elbtal.xlsx").unlink()
    sheet = bundled / "scores" / "mueller.xlsx"
    cell = set_cell(sheet, "Bewertung", (1, "isar"), 7, f"Gut{written}begründet", second=(3, "kompetenz"))
    refused(
        bundled, "validate", bundled, expect=f"scores/mueller.xlsx: {cell}: the text holds the control character {code}"
    )


def test_tab_newline_and_crlf_are_text() -> None:
    assert control_problem("Zeile 1\r\nZeile 2\n\tEingerückt – „Anführung“ ünd 😀") is None
    assert control_problem("a\rb") is not None


def test_a_found_value_is_quoted_escaped_and_short(bundled: Path) -> None:
    bid = bundled / "bids" / "spree.csv"
    bid.write_bytes(bid.read_bytes().replace(b"price;setup;17.500;", b"price;setup;17\x1b[2J" + b"9" * 500 + b";"))
    result = refused(
        bundled,
        "validate",
        bundled,
        expect='bids/spree.csv: line 11: expected a unit price of at least 0, found "17\\x1b[2J999',
    )
    assert "\x1b" not in result.output and "9" * 60 not in result.output


@pytest.mark.parametrize("typed", ["\x1b[2J", "\u202e", "\x00"])
def test_the_reason_for_a_late_bid(example: Path, typed: str) -> None:
    bid = example / "bids" / "hanse.yaml"
    refused(
        example,
        "import-bids",
        bid,
        "--into",
        example,
        "--late",
        "--reason",
        f"Post{typed}verzögert",
        "--actor",
        "mueller",
        expect=f"--reason: the text holds the control character {CHARACTERS.get(typed, 'U+001B')} at position 5",
    )
