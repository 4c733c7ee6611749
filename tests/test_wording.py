"""Every finding and usage error the source raises has its words in German and English, with the same parameters
(tender/wording); the terminal prints them in the tender's language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tender.errors import Finding, UsageError
from tender.report.error_text import error_lines
from tender.wording import CATALOGUE, NOUNS, Quoted, fields, said

PACKAGE = Path(__file__).resolve().parents[1] / "tender"
# the functions that take a catalogue key first, and how many arguments they take before its parameters
KEYED = {"problem": 2, "add": 3, "of": 3, "refuse": 3, "note": 3, "stop": 3, "said": 1, "finding": 4}
ERRORS = {"UsageError", "KeyFileError", "PdfSignError"}  # errors that take a key (or, still, an English text)
KEYED |= dict.fromkeys(ERRORS, 1)
KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9-]+)*")


def calls() -> list[tuple[str, int, str, ast.Call]]:
    """(file, line, key, call) for every call of a keyed function with a literal key, in tender/."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            if name in KEYED and isinstance(first, ast.Constant) and isinstance(first.value, str):
                if name == "add" and (len(node.args) < 3 or not KEY.fullmatch(first.value)):
                    continue  # a set's add
                if name in ERRORS and first.value not in CATALOGUE:
                    continue  # a usage error still worded in English only
                out.append((str(path.relative_to(PACKAGE)), node.lineno, first.value, node))
    return out


def test_every_entry_has_both_languages_with_the_same_parameters() -> None:
    wrong = [key for key, (de, en) in CATALOGUE.items() if not de or not en or fields(de) != fields(en)]
    assert wrong == []
    assert [key for key, (de, _) in CATALOGUE.items() if de.startswith("DE ")] == []


def test_every_key_in_the_source_is_in_the_catalogue_with_its_parameters() -> None:
    found = calls()
    assert len(found) > 150  # the extractor sees the call sites
    missing = [f"{file}:{line} {key}" for file, line, key, _ in found if key not in CATALOGUE]
    assert missing == []
    wrong = []
    for file, line, key, call in found:
        if any(k.arg is None for k in call.keywords):
            continue  # **words.kwargs: the parameters of a Said made elsewhere (checked where it is made)
        given = {k.arg for k in call.keywords if k.arg} - ({"place"} if file.endswith("seal.py") else set())
        if call.func.__class__ is ast.Name and call.func.id == "finding":
            continue
        if given != fields(CATALOGUE[key][1]):
            wrong.append(f"{file}:{line} {key}: {sorted(given)} vs {sorted(fields(CATALOGUE[key][1]))}")
    assert wrong == []


def test_no_call_passes_an_english_message_instead_of_a_key() -> None:
    """The old form add(code, file, place, "message"): a text after the key's arguments is refused."""
    wrong = [f"{file}:{line}" for file, line, _, call in calls() if len(call.args) > KEYED[name_of(call)]]
    assert wrong == []


def name_of(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def test_every_finding_code_of_the_source_has_words() -> None:
    codes = {key.partition(".")[0] for _, _, key, _ in calls()}
    codes |= {"evaluator-not-listed", "moderator-not-listed", "participant-not-listed"}  # f"{role}-not-listed..."
    assert [c for c in sorted(codes) if not any(k == c or k.startswith(c + ".") for k in CATALOGUE)] == []
    assert {"not-a-number", "unknown-key", "too-large", "malformed-yaml", "weights-not-100"} <= codes


def test_every_named_number_has_its_german() -> None:
    whats = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "what" and isinstance(node.value, ast.Constant):
                whats.add(node.value.value)
    assert whats and sorted(whats - set(NOUNS)) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", 'bids/k.csv: line 7: expected a unit price of at least 0, found "12,5x"'),
        (
            "de",
            "bids/k.csv: Zeile 7: „12,5x“ ist keine Zahl – erwartet wird ein Einzelpreis von mindestens 0, "
            "geschrieben wie 1.234,56",
        ),
    ],
)
def test_a_number_finding_in_both_languages(lang: str, expected: str) -> None:
    from tender.errors import InputError
    from tender.parse.common import expectation

    finding = Finding.of(
        "not-a-number",
        "bids/k.csv",
        "line 7",
        expected=expectation("a unit price", 0, None, None),
        found=Quoted('"12,5x"'),
    )
    assert error_lines(InputError([finding]), lang) == [expected]


def test_german_numbers_are_grouped_with_their_own_decimals() -> None:
    from tender.errors import InputError

    f = Finding.of("weights-not-100.top", "tender.yaml", "criteria", total=1234.5)
    assert f.message == "the weights of the top-level criteria sum to 1234.5, expected 100"
    assert error_lines(InputError([f]), "de") == [
        "tender.yaml: criteria: die Gewichte der obersten Kriterien ergeben 1.234,5, erwartet 100"
    ]


def test_a_usage_error_from_the_catalogue_speaks_both() -> None:
    err = UsageError(
        "usage.option-control", option="--note", problem=said("control-character", char="U+0007", position=3)
    )
    assert str(err).startswith("--note: the text holds the control character U+0007 at position 3")
    assert error_lines(err, "de")[0].startswith("--note: der Text enthält das Steuerzeichen U+0007 an Stelle 3")
    assert error_lines(UsageError("plain English words"), "de") == ["plain English words"]
