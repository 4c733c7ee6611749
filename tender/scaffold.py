"""Create a new workspace from a shipped criteria catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tender.errors import UsageError
from tender.resources import catalogues


def init_workspace(target: Path, catalog: str) -> list[Path]:
    """Write tender.yaml, the catalogue and the empty folders into a new folder; return what was written."""
    known = catalogues()
    if catalog not in known:
        raise UsageError(f"unknown catalogue {catalog!r}: available are {', '.join(known) or 'none'}")
    if target.exists() and any(target.iterdir()):
        raise UsageError(f"{target} exists and is not empty: choose a new folder")
    source = known[catalog]
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    slug = re.sub(r"[^a-z0-9]+", "-", target.resolve().name.lower()).strip("-") or "tender"
    written = []
    for sub in ("criteria", "bids", "scores", "reports"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    catalogue_copy = target / "criteria" / source.name
    catalogue_copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    written.append(catalogue_copy)
    tender = {
        "id": slug,
        "title": data.get("title", slug) if isinstance(data, dict) else slug,
        "buyer": "Name of the contracting authority",
        "currency": "EUR",
        "language": data.get("language", "en") if isinstance(data, dict) else "en",
        "term_months": 36,
        "scale": data.get("scale", {"min": 0, "max": 5}) if isinstance(data, dict) else {"min": 0, "max": 5},
        "method": {"name": "weighted-sum", "price_formula": "proportional"},
        "requirements": data.get("requirements", []) if isinstance(data, dict) else [],
        "criteria": f"criteria/{source.name}",
        "prices": data.get("prices", []) if isinstance(data, dict) else [],
    }
    path = target / "tender.yaml"
    path.write_text(yaml.safe_dump(tender, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    written.append(path)
    for sub in ("bids", "scores", "reports"):
        keep = target / sub / ".gitkeep"
        keep.touch()
    return written
