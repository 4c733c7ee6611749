"""`tender export ocds` on a tender divided into lots: valid against the vendored OCDS 1.1 schemas with the bid and
the lots extension, offline; the lots, a bid per lot and bidder, an award per lot or combination bid."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from tests.audit.lots_support import lotted
from tests.hostile.conftest import ok
from tests.test_export_ocds import OCDS, PREFIX, merge_patch
from tests.test_export_ocds import valid as checked


@cache
def package_validator() -> jsonschema.Draft4Validator:
    """The release package schema, its releases checked against the release schema patched by the bid and the lots
    extension (vendored files only)."""
    release = json.loads((OCDS / "release-schema.json").read_text(encoding="utf-8"))
    for patch in ("bid-extension-release-schema.json", "lots-extension-release-schema.json"):
        release = merge_patch(release, json.loads((OCDS / patch).read_text(encoding="utf-8")))
    package = json.loads((OCDS / "release-package-schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(release["id"], Resource(release, DRAFT4))  # type: ignore[call-arg]
    jsonschema.Draft4Validator.check_schema(release)
    return jsonschema.Draft4Validator(package, registry=registry, format_checker=jsonschema.FormatChecker())


def valid(path: Path) -> dict[str, Any]:
    """The package at path, after checking it against the schemas with both extensions."""
    return checked(path, package_validator())


def test_the_lots_patch_adds_what_the_export_uses() -> None:
    patch = json.loads((OCDS / "lots-extension-release-schema.json").read_text(encoding="utf-8"))
    defs = patch["definitions"]
    assert {"lots", "lotDetails"} <= set(defs["Tender"]["properties"])
    assert "relatedLots" in defs["Award"]["properties"] and "relatedLots" in defs["Bid"]["properties"]
    assert {"id", "title", "status", "value"} <= set(defs["Lot"]["properties"])


def test_a_lotted_tender_exports_its_lots_bids_per_lot_and_an_award_per_lot(tmp_path: Path) -> None:
    root = lotted(tmp_path / "ws")
    ok("seal", "technical", root, "--actor", "mueller")
    ok("export", "ocds", root, "--ocid-prefix", PREFIX, "--out", tmp_path / "sealed.json")
    sealed = valid(tmp_path / "sealed.json")["releases"][0]
    assert sealed["tag"] == ["tender"] and "awards" not in sealed
    assert all("value" not in b and "rank" not in b for b in sealed["bids"]["details"])
    ok("open-prices", root, "--actor", "braun", "--witness", "schmidt")
    out = ok("export", "ocds", root, "--ocid-prefix", PREFIX)
    data = valid(root / "reports" / "crm-hosting-lose-ocds.json")
    assert out.strip().endswith("reports/crm-hosting-lose-ocds.json")
    [release] = data["releases"]
    assert release["tag"] == ["award"] and len(data["extensions"]) == 2
    t = release["tender"]
    assert [(lot["id"], lot["value"]["amount"]) for lot in t["lots"]] == [
        ("cluster", 150_000.0),
        ("test", 40_000.0),
        ("migration", 60_000.0),
    ]
    assert t["lotDetails"] == {"maximumLotsAwardedPerSupplier": 2} and t["numberOfTenderers"] == 6
    bids = {b["id"]: b for b in release["bids"]["details"]}
    assert len(bids) == 13 and bids["migration-hanse"]["relatedLots"] == ["migration"]
    assert (bids["migration-hanse"]["rank"], bids["migration-hanse"]["value"]["amount"]) == (1, 42_800.0)
    assert bids["cluster-weser"]["status"] == "disqualified"
    awards = [
        (a["id"], a["suppliers"][0]["id"], a["relatedLots"], a["relatedBids"], a["value"]["amount"])
        for a in release["awards"]
    ]
    assert awards == [
        (
            "ocds-tndr01-crm-hosting-lose-award-betrieb-und-test",
            "hanse",
            ["cluster", "test"],
            ["cluster-hanse", "test-hanse"],
            109_170.0,
        ),
        ("ocds-tndr01-crm-hosting-lose-award-migration", "rheintal", ["migration"], ["migration-rheintal"], 42_000.0),
    ]
    roles = {p["id"]: p["roles"] for p in release["parties"]}
    assert roles["hanse"] == roles["rheintal"] == ["tenderer", "supplier"] and roles["spree"] == ["tenderer"]
