"""`tender export ocds`: a release package valid against the vendored OCDS 1.1 schemas, offline; sealed prices
stay out before the opening; bidders' text is data."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

import tender
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import copy_bundled
from tests.hostile.conftest import ok, refused
from tests.report.awkward import awkward_workspace

OCDS = Path(tender.__file__).parent / "schemas" / "ocds"
PREFIX = "ocds-tndr01"


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON Merge Patch: how an OCDS extension's release-schema.json extends the release schema."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


@cache
def package_validator() -> jsonschema.Draft4Validator:
    """The release package schema, its releases checked against the release schema patched by the bid extension;
    every schema read from the package's vendored files (no network)."""
    core = json.loads((OCDS / "release-schema.json").read_text(encoding="utf-8"))
    patch = json.loads((OCDS / "bid-extension-release-schema.json").read_text(encoding="utf-8"))
    package = json.loads((OCDS / "release-package-schema.json").read_text(encoding="utf-8"))
    release = merge_patch(core, patch)
    assert package["properties"]["releases"]["items"]["$ref"] == core["id"]
    registry = Registry().with_resource(core["id"], Resource(release, DRAFT4))  # type: ignore[call-arg]
    jsonschema.Draft4Validator.check_schema(release)
    return jsonschema.Draft4Validator(package, registry=registry, format_checker=jsonschema.FormatChecker())


def valid(path: Path, validator: jsonschema.Draft4Validator | None = None) -> dict[str, Any]:
    """The package at path, after checking it against the schemas (all problems at once); by default the release
    schema with the bid extension."""
    data = json.loads(path.read_text(encoding="utf-8"))
    problems = [f"{e.json_path}: {e.message}" for e in (validator or package_validator()).iter_errors(data)]
    assert problems == []
    return data


def test_the_bundled_example_exports_a_valid_release_package(tmp_path: Path) -> None:
    root = copy_bundled(tmp_path / "example")
    out = ok("export", "ocds", root, "--ocid-prefix", PREFIX)
    path = root / "reports" / "crm-hosting-2007-ocds.json"
    assert out.strip() == str(path)
    data = valid(path)
    ev = evaluate(load_workspace(root))
    [release] = data["releases"]
    assert data["version"] == "1.1" and release["ocid"] == "ocds-tndr01-crm-hosting-2007"
    assert release["tag"] == ["award"] and release["buyer"]["name"] == ev.tender.buyer
    details = {d["id"]: d for d in release["bids"]["details"]}
    assert len(details) == 5 and details["elbtal"]["status"] == "disqualified"
    rheintal = details["rheintal"]
    assert (rheintal["rank"], rheintal["value"]) == (1, {"amount": 202_800.0, "currency": "EUR"})
    assert rheintal["evaluation"]["score"] == ev.bid("rheintal").score
    assert rheintal["evaluation"]["pricePoints"] == ev.bid("rheintal").price_points
    assert [details[b]["rank"] for b in ("hanse", "spree", "isar")] == [2, 3, 4]
    assert details["elbtal"]["hasRank"] is False and "rank" not in details["elbtal"]
    [award] = release["awards"]
    assert award["suppliers"] == [{"id": "rheintal", "name": "Rheintal Datacenter GmbH"}]
    assert award["relatedBids"] == ["rheintal"] and award["status"] == "pending"
    assert award["documents"][0]["title"] == "crm-hosting-2007-de.json"
    assert ev.fingerprint in award["documents"][0]["description"]
    criteria = {c["id"]: c for c in release["tender"]["evaluationCriteria"]}
    assert criteria["preis"]["weight"] == 30 and criteria["kompetenz"]["absoluteWeight"] == pytest.approx(9.0)
    assert sum(c["absoluteWeight"] for c in criteria.values() if c["parent"] is None) == pytest.approx(100)
    assert release["tender"]["awardCriteria"] == "ratedCriteria"
    assert release["tender"]["awardCriteriaDetails"].startswith("Know-how und Lösungsorientierung 30 % (")
    statistics = {s["measure"]: s["value"] for s in release["bids"]["statistics"]}
    assert statistics == {"bids": 5, "validBids": 4, "disqualifiedBids": 1}


def test_a_renamed_ocds_field_fails_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    ok("export", "ocds", copy_bundled(tmp_path / "example"), "--ocid-prefix", PREFIX, "--out", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["releases"][0]["bids"]["details"][0]["status"] = "winning"
    del data["publishedDate"]
    messages = sorted(e.message for e in package_validator().iter_errors(data))
    assert "'publishedDate' is a required property" in messages
    assert any("'winning' is not one of" in m for m in messages)


def prices_of(root: Path) -> set[str]:
    """Every price figure of the workspace's bids as JSON would spell it: line prices, totals, evaluated prices."""
    ev = evaluate(load_workspace(root))
    figures = {b.price for b in ev.bids} | {p.total for b in ev.bids for p in b.price_lines}
    figures |= {p.unit_price for b in ev.bids for p in b.price_lines}
    return {json.dumps(x) for x in figures if x is not None}


def test_sealed_prices_never_appear_before_the_opening(procedure: Path, tmp_path: Path) -> None:
    ok("seal", "technical", procedure, "--actor", "mueller")
    sealed = tmp_path / "sealed.json"
    ok("export", "ocds", procedure, "--ocid-prefix", PREFIX, "--out", sealed)
    data = valid(sealed)
    text = sealed.read_text(encoding="utf-8")
    prices = prices_of(copy_bundled(tmp_path / "plain"))
    assert "202800.0" in prices and len(prices) > 20
    assert [p for p in prices if p in text] == []
    [release] = data["releases"]
    assert release["tag"] == ["tender"] and "awards" not in release and release["tender"]["status"] == "active"
    for bid in release["bids"]["details"]:
        assert {"value", "rank", "hasRank"}.isdisjoint(bid)
        assert {"pricePoints", "score", "tied"}.isdisjoint(bid["evaluation"])
        assert "preis" not in bid["evaluation"]["criteria"]
    assert all(r == ["tenderer"] for r in (p["roles"] for p in release["parties"][1:]))
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    opened = tmp_path / "opened.json"
    ok("export", "ocds", procedure, "--ocid-prefix", PREFIX, "--out", opened)
    assert "202800.0" in opened.read_text(encoding="utf-8") and valid(opened)["releases"][0]["tag"] == ["award"]


def test_bidders_text_is_data_not_markup(tmp_path: Path) -> None:
    root = awkward_workspace(tmp_path / "ws", {"name": "weighted-sum", "price_formula": "two-sided"})
    hostile = '<script>alert("x")</script> & =HYPERLINK("http://evil","x")'
    bid = root / "bids" / "amber.yaml"
    data = yaml.safe_load(bid.read_text(encoding="utf-8"))
    data["name"] = hostile
    bid.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    tender_file = root / "tender.yaml"
    spec = yaml.safe_load(tender_file.read_text(encoding="utf-8"))
    spec["ocds"] = {"ocid_prefix": "ocds-abc123"}
    tender_file.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = ok("export", "ocds", root)
    exported = valid(Path(result.strip()))
    [release] = exported["releases"]
    assert release["ocid"] == "ocds-abc123-awkward" and release["tender"]["title"] == "Awkward <b>numbers</b>"
    names = {p["id"]: p["name"] for p in release["parties"]}
    assert names["amber"] == hostile and names["buyer"] == "Buyer & Sons"
    text = Path(result.strip()).read_text(encoding="utf-8")
    assert "&lt;" not in text and "&amp;" not in text and "\\u003c" not in text


@pytest.mark.parametrize(
    ("extra", "expect"),
    [
        ((), "no OCID prefix: give --ocid-prefix or set ocds: {ocid_prefix: ocds-xxxxxx} in tender.yaml"),
        (("--ocid-prefix", "ocds-TOOLONG1"), "--ocid-prefix: expected ocds- and six letters or digits"),
    ],
)
def test_without_a_good_prefix_nothing_is_written(tmp_path: Path, extra: tuple[str, ...], expect: str) -> None:
    root = copy_bundled(tmp_path / "example")
    refused(root, "export", "ocds", root, *extra, expect=expect)


def test_a_bad_prefix_in_tender_yaml_is_a_finding(tmp_path: Path) -> None:
    root = copy_bundled(tmp_path / "example")
    tender_file = root / "tender.yaml"
    tender_file.write_text(tender_file.read_text(encoding="utf-8") + "ocds: {ocid_prefix: open-123}\n", "utf-8")
    refused(
        root, "validate", root, expect="ocds.ocid_prefix: expected ocds- and six letters or digits, found 'open-123'"
    )
