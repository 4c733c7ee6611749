"""Helpers for the lotted spreadsheet tests: the lotted example workspace, its evaluation without file names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.sheets.sheetsupport import cli, without_sources

LOTS_EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "lots"
LOTS = ["cluster", "test", "migration"]  # the example's lots in tender.yaml's order


def lots_workspace(tmp_path: Path) -> Path:
    """A fresh copy of examples/lots (YAML bids, CSV scores)."""
    target = tmp_path / "lots"
    shutil.copytree(LOTS_EXAMPLE, target)
    return target


def lotted_result(root: Path) -> dict[str, Any]:
    """`tender evaluate --json` of a lotted workspace without what names the files (sources, places, inputs, and
    the lots' fingerprints, which cover them)."""
    run = cli("evaluate", root, "--json")
    assert run.exit_code == 0, run.output
    return unfingerprinted(without_sources(json.loads(run.stdout)))


def unfingerprinted(data: Any) -> Any:
    """The data without its `fingerprint` keys."""
    if isinstance(data, dict):
        return {k: unfingerprinted(v) for k, v in data.items() if k != "fingerprint"}
    if isinstance(data, list):
        return [unfingerprinted(v) for v in data]
    return data


def yaml_bids(root: Path) -> dict[str, dict[str, Any]]:
    """The workspace's YAML bids by bidder."""
    bids = {}
    for path in sorted((root / "bids").glob("*.yaml")):
        bid = yaml.safe_load(path.read_text(encoding="utf-8"))
        bids[bid["bidder"]] = bid
    return bids


def flat_rows(bid: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """A lotted YAML bid as the rows of a flat (CSV) bid, numbers written the German way."""

    def num(x: float) -> str:
        return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    def yn(x: bool) -> str:
        return "ja" if x else "nein"

    rows = [("bidder", "id", bid["bidder"], ""), ("bidder", "name", bid["name"], "")]
    rows += [("bidder", k, str(bid[k]), "") for k in ("contact", "submitted") if k in bid]
    rows += [("requirement", k, yn(v), "Kap. 2") for k, v in bid.get("requirements", {}).items()]
    rows += [("lot", lot, "ja", "") for lot in bid["lots"]]
    for lot, offer in bid["offers"].items():
        rows += [(f"{lot}.requirement", k, yn(v), "Kap. 3") for k, v in offer.get("requirements", {}).items()]
        rows += [(f"{lot}.fact", k, num(v), "") for k, v in offer.get("facts", {}).items()]
        rows += [(f"{lot}.price", k, num(v), "") for k, v in offer.get("prices", {}).items()]
    for c in bid.get("combinations", []):
        rows.append(("combination", c["id"], ", ".join(c["lots"]), ""))
        if "price" in c:
            rows.append(("combination-price", c["id"], num(c["price"]), ""))
        else:
            rows.append(("combination-discount", c["id"], f"{c['discount'] * 100:g} %", ""))
    return rows


def write_flat_csv(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """Rows written as German Excel saves CSV: semicolons, Windows-1252."""
    lines = ["section;key;value;note", *(";".join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path
