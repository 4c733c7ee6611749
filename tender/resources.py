"""Locate the files shipped with tender: criteria catalogues and report templates."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The shipped folder `name` (criteria, templates): inside the wheel, or the source checkout."""
    installed = PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return PACKAGE.parent / name


def catalogues() -> dict[str, Path]:
    """The shipped criteria catalogues by name."""
    return {p.stem: p for p in sorted(data_dir("criteria").glob("*.yaml"))}


def tender_template(catalogue: str) -> Path:
    """The shipped tender.yaml template of a catalogue (title, scale, requirements, prices); it may be absent."""
    return data_dir("templates") / f"tender-{catalogue}.yaml"


def schema_file(name: str) -> Path:
    """A shipped JSON Schema (tender/schemas/<name>.schema.json, or a vendored one under tender/schemas/)."""
    return PACKAGE / "schemas" / name
