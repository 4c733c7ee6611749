"""The shipped JSON Schema: `tender schema` prints it, it is a valid draft 2020-12 schema, it is strict enough."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from tender.cli import app
from tests.conftest import copy_bundled
from tests.schema_check import CHECKED, check, validator

runner = CliRunner()


def printed(*args: str) -> dict:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_tender_schema_prints_the_report_schema_and_its_parts() -> None:
    report = printed("schema")
    assert report["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert report["required"] == [
        "analysis",
        "annex",
        "audit",
        "decision",
        "people",
        "record",
        "result",
        "schema_version",
    ]
    jsonschema.Draft202012Validator.check_schema(report)
    for name in ("result", "analysis"):
        part = printed("schema", name)
        assert part["$ref"] == f"#/$defs/{name}" and part["$defs"] == report["$defs"]
    result = runner.invoke(app, ["schema", "ocdss"])
    assert result.exit_code == 2 and "unknown schema 'ocdss': use one of report, result, analysis" in result.output


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The bundled example's JSON report, `evaluate --json` and `analyze --json`, made by the CLI."""
    root = copy_bundled(tmp_path_factory.mktemp("schema") / "example")
    before = CHECKED.copy()
    result = runner.invoke(app, ["report", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = {
        "report": json.loads((root / "reports" / "crm-hosting-2007-de.json").read_text(encoding="utf-8")),
        "result": printed("evaluate", str(root), "--json"),
        "analysis": printed("analyze", str(root), "--json", "--samples", "100"),
    }
    assert CHECKED - before == {"report": 1, "result": 1, "analysis": 1}  # the session's hook checked each
    return out


def flat(errors: Iterable[jsonschema.ValidationError]) -> list[str]:
    """The messages of errors and of the errors under them (the branches of an anyOf)."""
    return [m for e in errors for m in (e.message, *flat(e.context or []))]


RENAMED = [
    ("report", ["audit", "fingerprint"]),
    ("report", ["annex", "files"]),
    ("result", ["bids", 0, "price_points"]),
    ("result", ["bids", 0, "criteria", "kompetenz", "normalized"]),
    ("result", ["judgements", 7, "scores", 0, "justification"]),
    ("result", ["price_sheet", 0, "quantity"]),
    ("result", ["criteria", 0, "absolute_weight"]),
    ("analysis", ["smaa", "acceptability"]),
    ("analysis", ["break_even_details", 0, "discount"]),
]


@pytest.mark.parametrize(("kind", "path"), RENAMED, ids=lambda x: "/".join(map(str, x)) if isinstance(x, list) else x)
def test_a_renamed_field_is_caught(documents: dict[str, dict], kind: str, path: list) -> None:
    doc = copy.deepcopy(documents[kind])
    check(doc)  # the document as made follows the schema
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[f"{path[-1]}_renamed"] = parent.pop(path[-1])
    messages = " ".join(flat(validator(kind).iter_errors(doc)))
    assert f"'{path[-1]}' is a required property" in messages
    assert f"'{path[-1]}_renamed' was unexpected" in messages


def test_a_wrong_type_is_caught(documents: dict[str, dict]) -> None:
    doc = copy.deepcopy(documents["result"])
    doc["bids"][0]["rank"] = "1"
    with pytest.raises(jsonschema.ValidationError, match="'1' is not of type 'integer', 'null'"):
        check(doc)
    doc = copy.deepcopy(documents["report"])
    doc["audit"]["fingerprint"] = "F" * 64
    with pytest.raises(jsonschema.ValidationError, match="does not match"):
        check(doc)


def test_the_schema_file_is_in_the_package() -> None:
    import tender

    assert (Path(tender.__file__).parent / "schemas" / "report.schema.json").is_file()
