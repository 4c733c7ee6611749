"""Hostile YAML: alias bombs, duplicate keys, tags, depth, size and huge integers are refused by line and key."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tender.errors import InputError
from tender.parse import yamlstrict
from tender.parse.yamlstrict import load_strict
from tests.hostile.conftest import refused

LAUGHS = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join([f'*{chr(96 + i)}'] * 9)}]\n" for i in range(1, 9)
)


def codes(text: str) -> list[tuple[str, str]]:
    """The (code, place) of every problem load_strict finds in text."""
    with pytest.raises(InputError) as caught:
        load_strict(text, "x.yaml")
    return [(f.code, f.place) for f in caught.value.findings]


def test_billion_laughs_in_a_bid_is_refused_at_once(example: Path) -> None:
    (example / "bids" / "evil.yaml").write_text(f"bidder: evil\n{LAUGHS}name: *i\n", encoding="utf-8")
    started = time.perf_counter()
    result = refused(example, "validate", example, expect="bids/evil.yaml: line 2, key a: anchors (&a)")
    assert time.perf_counter() - started < 5  # before: 30 s and more, then an internal error
    assert "aliases are not accepted" in result.output


def test_billion_laughs_in_tender_yaml_and_evaluators(example: Path) -> None:
    path = example / "evaluators.yaml"
    path.write_text(LAUGHS, encoding="utf-8")
    refused(example, "validate", example, expect="evaluators.yaml: line 1, key a: anchors (&a) and aliases")
    path.write_text("evaluators: *x\n", encoding="utf-8")
    refused(example, "validate", example, expect="evaluators.yaml: line 1, key evaluators: aliases (*name)")


def test_duplicate_price_in_a_bid(example: Path) -> None:
    path = example / "bids" / "hanse.yaml"
    path.write_text(path.read_text().replace("  setup: 19500.0\n", "  setup: 19500.0\n  setup: 1.0\n"))
    refused(
        example,
        "validate",
        example,
        expect="bids/hanse.yaml: line 10, key prices.setup: duplicate key (first at line 9): write it once",
    )


def test_duplicate_term_months_and_method(example: Path) -> None:
    path = example / "tender.yaml"
    original = path.read_text()
    path.write_text(original.replace("term_months: 36\n", "term_months: 36\nterm_months: 1\n"))
    refused(
        example, "validate", example, expect="tender.yaml: line 14, key term_months: duplicate key (first at line 13)"
    )
    path.write_text(original + "method:\n  name: ufab-extended\n")
    result = refused(example, "evaluate", example, expect="key method: duplicate key (first at line 24)")
    assert result.output.count("duplicate key") == 1


def test_merge_keys_tags_and_a_second_document_are_refused() -> None:
    assert codes("base: {a: 1}\nother:\n  <<: {b: 2}\n") == [("yaml-alias", "line 3, key other")]
    assert codes("price: !!float 1\n") == [("yaml-tag", "line 1, key price")]
    assert codes("x: !!python/object:os.system {}\n") == [("yaml-tag", "line 1, key x")]
    assert codes("a: 1\n---\nb: 2\n") == [("malformed-yaml", "line 2")]
    assert codes("? [a, b]\n: 1\n") == [("malformed-yaml", "line 1")]


def test_depth_and_size_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    deep = "[" * 41 + "]" * 41
    assert codes(deep) == [("yaml-too-deep", "line 1, key " + "[0]" * 40)]
    assert load_strict("[" * 40 + "]" * 40, "x.yaml") is not None
    started = time.perf_counter()
    assert codes("[" * 100_000) == [("malformed-yaml", "line 1, column 1001")]  # libyaml's own limit
    assert codes("a:\n" + "".join(" " * i + "b:\n" for i in range(1, 200)))[0][0] == "yaml-too-deep"
    assert time.perf_counter() - started < 1
    monkeypatch.setattr(yamlstrict, "MAX_SCALARS", 1000)
    assert codes("[" + "1, " * 1000 + "]") == [("yaml-too-large", "line 1, key [999]")]


def test_huge_integer_is_refused_by_digits(example: Path) -> None:
    path = example / "tender.yaml"
    path.write_text(path.read_text().replace("term_months: 36", "term_months: " + "1" * 400))
    refused(example, "validate", example, expect="line 13, key term_months: a whole number of 400 digits")
    assert load_strict("n: 123456789012345678901234567890\n", "x.yaml") == {"n": 123456789012345678901234567890}


def test_values_as_before_except_dates_which_stay_text() -> None:
    text = "a: 2007-03-01\nb: yes\nc: ~\nd: -12\ne: 1_000\nf: .inf\ng: '12'\nh: 1.5\n3: drei\ni:\n"
    assert load_strict(text, "x.yaml") == {
        "a": "2007-03-01",
        "b": True,
        "c": None,
        "d": -12,
        "e": 1000,
        "f": float("inf"),
        "g": "12",
        "h": 1.5,
        3: "drei",
        "i": None,
    }


def test_several_problems_are_all_named() -> None:
    found = codes('a: 1\na: 2\nb: "x\\ey"\nb: 3\n')
    assert found == [
        ("duplicate-key", "line 2, key a"),
        ("control-character", "line 3, key b"),
        ("duplicate-key", "line 4, key b"),
    ]


def test_malformed_yaml_still_names_line_and_column() -> None:
    assert codes("a: [1, 2\nb: 3\n") == [("malformed-yaml", "line 2, column 2")]


def test_impossible_dates_are_refused(example: Path, bundled: Path) -> None:
    bid = example / "bids" / "hanse.yaml"
    bid.write_text(bid.read_text().replace("submitted: '2007-03-13'", "submitted: 2007-02-30"))
    refused(
        example,
        "validate",
        example,
        expect='bids/hanse.yaml: submitted: expected a calendar date like 2007-03-01, found "2007-02-30"',
    )
    bid.write_text(bid.read_text().replace("submitted: 2007-02-30", "submitted: 13.3.07"))
    refused(
        example,
        "validate",
        example,
        expect='bids/hanse.yaml: submitted: expected a calendar date like 2007-03-01, found "13.3.07"',
    )
    people = bundled / "evaluators.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace("declaration: 2007-02-26", "declaration: 2007-02-30", 1)
    )
    refused(bundled, "validate", bundled, expect="evaluators.yaml: evaluators[0].declaration: expected a calendar date")
    csv_bid = bundled / "bids" / "spree.csv"
    csv_bid.write_bytes(csv_bid.read_bytes().replace(b"14.03.2007", b"30.02.2007"))
    refused(
        bundled,
        "validate",
        bundled,
        expect='bids/spree.csv: line 5: expected a calendar date like 2007-03-01, found "2007-02-30"',
    )


def test_init_from_a_hostile_template_creates_nothing(example: Path, tmp_path: Path) -> None:
    (example / "tender.yaml").write_text(LAUGHS, encoding="utf-8")
    target = tmp_path / "neu"
    refused(example, "init", target, "--from", example, expect="tender.yaml: line 1, key a: anchors (&a)")
    assert not target.exists()


def test_yaml_files_pass_the_size_check_before_they_are_read(example: Path) -> None:
    for name in ("evaluators.yaml", "criteria/hosting.yaml", "tender.yaml"):
        path = example / name
        original = path.read_bytes()
        with path.open("r+b") as f:
            f.truncate(51 * 2**20)  # sparse: no disk, no memory
        refused(example, "validate", example, expect=f"{name}: the file has 51.0 MB; files over 50 MB are refused")
        path.write_bytes(original)


def test_keys_in_messages_are_escaped_and_short(example: Path) -> None:
    bid = example / "bids" / "hanse.yaml"
    original = bid.read_text(encoding="utf-8")
    bid.write_text(original.replace("facts:\n", 'facts:\n  "x\\e[2J": 1\n'), encoding="utf-8")
    result = refused(
        example,
        "validate",
        example,
        expect="bids/hanse.yaml: line 4, key facts: the text holds the control character U+001B",
    )
    assert "\x1b" not in result.output
    bid.write_text(original.replace("facts:\n", f"facts:\n  {'k' * 1_000}: 1\n"), encoding="utf-8")
    result = refused(example, "validate", example, expect=f"bids/hanse.yaml: facts.{'k' * 57}...: unknown key")
    assert len(result.output.splitlines()[0]) < 200


def test_numbers_yaml_would_misread_are_refused(example: Path) -> None:
    bid = example / "bids" / "hanse.yaml"
    bid.write_text(bid.read_text().replace("setup: 19500.0", "setup: 010000").replace("support: 95.0", "support: 1:35"))
    result = refused(
        example,
        "validate",
        example,
        expect="bids/hanse.yaml: line 9, key prices.setup: 010000 would be read as 4096 (YAML's octal",
    )
    assert "line 10, key prices.support: 1:35 would be read as 95" in result.output
    assert codes("a: 0x10\nb: 0b11\nc: 1:30.5\nd: 0\ne: -7\nf: 0x_\n") == [
        ("ambiguous-number", "line 1, key a"),
        ("ambiguous-number", "line 2, key b"),
        ("ambiguous-number", "line 3, key c"),
        ("ambiguous-number", "line 6, key f"),  # before: ValueError, an internal error
    ]
