"""Read a criteria catalogue named in tender.yaml: a file inside the workspace holding criteria only."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tender.errors import Collector
from tender.parse.common import Fields, describe, load_yaml

CATALOGUE_KEYS = {"description", "criteria"}
# The keys of tender.yaml that a catalogue may not hold: they describe one tender, not reusable criteria.
TENDER_ONLY_KEYS = {
    "lots",
    "lots_limit",
    "combinations",
    "suitability",
    "id",
    "title",
    "buyer",
    "currency",
    "language",
    "term_months",
    "scale",
    "method",
    "requirements",
    "prices",
    "procedure",
    "ocds",
}


def read_catalogue_ref(root: Path, ref: str, collector: Collector, f: Fields) -> tuple[Any, Fields]:
    """The criteria list of the catalogue file that tender.yaml names (None if unreadable), and its Fields."""
    named = root / ref
    if any(p.is_symlink() for p in [named, *named.parents] if len(p.parts) > len(root.parts)):
        f.problem("symlink.catalogue", "criteria", ref=ref)
        return None, f
    workspace = root.resolve()
    path = named.resolve()
    if not path.is_relative_to(workspace):
        f.problem("catalogue-outside", "criteria", ref=ref)
        return None, f
    if not path.is_file():
        f.problem("missing-file.catalogue", "criteria", ref=ref)
        return None, f
    cf = Fields(collector, ref)
    data = load_yaml(path, ref)
    if not isinstance(data, Mapping | list):  # an empty file or a bare value: nothing to read criteria from
        found = "an empty file" if data is None else describe(data)
        cf.problem("not-a-mapping.catalogue", "", found=found)
        return None, cf
    if not isinstance(data, Mapping):
        return data, cf
    for key in data:
        if str(key) in TENDER_ONLY_KEYS:
            cf.problem("tender-key-in-catalogue", str(key), key=key)
    known = {k: v for k, v in data.items() if str(k) not in TENDER_ONLY_KEYS}
    checked = cf.mapping(known, "", CATALOGUE_KEYS, {"criteria"}) or {}
    cf.text(checked.get("description"), "description", required=False)
    return checked.get("criteria"), cf
