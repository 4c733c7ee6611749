"""`tender schema`: the JSON Schemas tender ships, of the report JSON and of its parts (draft 2020-12)."""

from __future__ import annotations

import json
from typing import Any

from tender.errors import UsageError
from tender.resources import schema_file

REPORT = "report.schema.json"
# the parts of the report that commands print on their own: `tender evaluate --json`, `tender analyze --json`
PARTS = {
    "result": "tender evaluate --json",
    "analysis": "tender analyze --json",
    "lots": "tender evaluate --json (a tender divided into lots)",
    "lots_analysis": "tender analyze --json (a tender divided into lots)",
    "overview": "tender report (a tender divided into lots): the awards overview's JSON",
}
NAMES = ("report", *PARTS)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the report JSON (tender/schemas/report.schema.json)."""
    data: dict[str, Any] = json.loads(schema_file(REPORT).read_text(encoding="utf-8"))
    return data


def schema(name: str = "report") -> dict[str, Any]:
    """The schema of the report, or of one of its PARTS as a document of its own (its $defs, and a $ref to it)."""
    full = report_schema()
    if name == "report":
        return full
    if name not in PARTS:
        raise UsageError("schema.unknown", name=repr(name), known=", ".join(NAMES))
    return {
        "$schema": full["$schema"],
        "$id": f"urn:tender:schema:{name}",
        "title": f"tender {name} JSON",
        "description": f"The output of `{PARTS[name]}`: the report's `{name}` (docs/reports.md).",
        "$ref": f"#/$defs/{name}",
        "$defs": full["$defs"],
    }
