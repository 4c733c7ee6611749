"""Every JSON document the suite makes is checked against the shipped schema (tender/schemas/report.schema.json).

`validating()` wraps the two places every JSON output passes: the JSON report's encoder
(tender.report.formats.pretty_json: the JSON file, the PDF's attachment, the workbook's data sheet) and the
CLI's JSON writer (tender.jsonstream.write_json: `evaluate --json`, `analyze --json`). tests/conftest.py
turns it on for the whole session; a document that does not follow the schema fails the test that made it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import jsonschema
import pytest

from tender.app.schema import schema

CHECKED: Counter[str] = Counter()  # documents checked in this session, by kind


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """A draft 2020-12 validator of the shipped schema `name` (report, result, analysis)."""
    document = schema(name)
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def kind_of(data: Any) -> str | None:
    """Which schema a JSON document follows: the report, the result, the lots' result, the awards overview, the
    analysis, or none of ours."""
    if not isinstance(data, dict):
        return None
    if "audit" in data and "result" in data:
        return "report"
    if "audit" in data and "lots" in data and "memos" in data:
        return "overview"
    if "bids" in data and "judgements" in data:
        return "result"
    if "lots" in data and "award" in data:
        return "lots"
    if "analyses" in data:
        return "lots_analysis"
    if "smaa" in data and "stability" in data:
        return "analysis"
    return None


def check(data: Any) -> None:
    """Fail (ValidationError) when a document of ours does not follow its schema."""
    import json

    name = kind_of(data)
    if name is None:
        return
    plain = json.loads(json.dumps(data, allow_nan=True, default=str))  # the document as a reader gets it
    error = jsonschema.exceptions.best_match(validator(name).iter_errors(plain))
    if error is not None:
        raise error
    CHECKED[name] += 1


@contextmanager
def validating() -> Iterator[None]:
    """Check every report document and every JSON the CLI prints, while the context lasts."""
    import tender.jsonstream
    import tender.report.formats

    encode, write = tender.report.formats.pretty_json, tender.jsonstream.write_json

    def pretty_json(data: object) -> bytes:
        check(data)
        return encode(data)

    def write_json(data: Any, *args: Any, **kwargs: Any) -> None:
        check(data)
        write(data, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tender.report.formats, "pretty_json", pretty_json)
        patch.setattr(tender.jsonstream, "write_json", write_json)
        yield
