"""Fixtures that build small real workspaces on disk."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def json_follows_the_schema() -> Iterator[None]:
    """Every JSON report and every JSON the CLI prints in this session is checked against the shipped schema
    (tests/schema_check.py)."""
    from tests.schema_check import validating

    with validating():
        yield


def write_workspace(
    root: Path,
    tender: dict[str, Any],
    bids: list[dict[str, Any]],
    scores: dict[str, list[dict[str, Any]]] | None = None,
) -> Path:
    """Write tender.yaml, bids/<bidder>.yaml and scores/<evaluator>.csv under root."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "tender.yaml").write_text(yaml.safe_dump(tender, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "bids").mkdir(exist_ok=True)
    (root / "scores").mkdir(exist_ok=True)
    for bid in bids:
        (root / "bids" / f"{bid['bidder']}.yaml").write_text(yaml.safe_dump(bid, allow_unicode=True), encoding="utf-8")
    for evaluator, rows in (scores or {}).items():
        with (root / "scores" / f"{evaluator}.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=["bidder", "criterion", "score", "justification"])
            writer.writeheader()
            for row in rows:
                writer.writerow({"justification": "Begründung liegt vor", **row})
    return root


def quality_price_tender(
    quality: dict[str, float],
    prices: dict[str, float],
    *,
    price_weight: float = 50,
    method: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A tender with one measured quality criterion (fact q, 0–100) and one price line.

    Each bid's performance is exactly (100 − price_weight) · q / 100 points, so published
    worked examples can be reproduced number for number.
    """
    method = method or {"name": "weighted-sum"}
    criteria: list[dict[str, Any]] = [
        {
            "id": "quality",
            "name": "Quality",
            "weight": 100 - price_weight,
            "measure": {"fact": "q", "best": 100, "worst": 0},
        },
    ]
    if method.get("name", "weighted-sum") == "weighted-sum":
        criteria.append({"id": "price", "name": "Price", "weight": price_weight, "price": True})
    else:
        criteria[0]["weight"] = 100
    tender = {
        "id": "oracle",
        "title": "Oracle",
        "buyer": "Buyer",
        "term_months": 12,
        "method": method,
        "criteria": criteria,
        "prices": [{"id": "total", "name": "Total", "per": "once", "quantity": 1}],
    }
    bids = [
        {"bidder": b, "name": b.upper(), "facts": {"q": quality[b]}, "prices": {"total": prices[b]}} for b in quality
    ]
    return tender, bids


def export_plain(source: Path, target: Path) -> Path:
    """Write a workspace's bids as YAML and its scores as CSV (one file per evaluator), read from source.

    The bundled example's originals are the returned spreadsheets; tests that edit a bid or a
    score line work on this plain-text twin of the same data.
    """
    from tender.workspace import load_workspace

    ws = load_workspace(source)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(source / "tender.yaml", target / "tender.yaml")
    if (source / "evaluators.yaml").is_file():
        shutil.copy(source / "evaluators.yaml", target / "evaluators.yaml")
    shutil.copytree(source / "criteria", target / "criteria")
    bids = [
        {
            "bidder": b.bidder,
            "name": b.name,
            "contact": b.contact,
            "submitted": b.submitted,
            "requirements": b.requirements,
            "facts": b.facts,
            "prices": b.prices,
            # the suitability answers (no bid passes without them); not the receipt and evidence: the twin keeps
            # the keys (and lines) the hostile-input tests name, and `bundled` has the forms with everything
            **({"suitability": b.suitability} if b.suitability else {}),
        }
        for b in ws.bids
    ]
    write_workspace(target, yaml.safe_load((source / "tender.yaml").read_text(encoding="utf-8")), bids)
    shutil.copy(source / "tender.yaml", target / "tender.yaml")  # keep the original text, comments included
    columns = ["evaluator", "bidder", "criterion", "score", "justification"]
    by_file: dict[str, list[list[Any]]] = {}
    for s in ws.scores:
        score = int(s.score) if s.score.is_integer() else s.score
        committee = [s.evaluator, ", ".join(s.participants)] if s.consensus else []
        by_file.setdefault("consensus" if s.consensus else s.evaluator, []).append(
            [s.evaluator, s.bidder, s.criterion, score, s.justification, *committee]
        )
    for name, rows in by_file.items():
        header = [*columns, "moderator", "participants"] if name == "consensus" else columns
        with (target / "scores" / f"{name}.csv").open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([header, *rows])
    return target


def copy_bundled(target: Path) -> Path:
    """Copy the bundled example's inputs as they are in the repository (the returned xlsx forms and sheets)."""
    shutil.copytree(
        REPO, target, ignore=lambda d, names: [n for n in names if n not in WORKSPACE_PARTS] if Path(d) == REPO else []
    )
    return target


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the bundled example as it is in the repository."""
    return copy_bundled(tmp_path / "bundled")


WORKSPACE_PARTS = {"tender.yaml", "evaluators.yaml", "criteria", "bids", "scores"}


@pytest.fixture(scope="session")
def plain_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example with YAML bids and CSV scores, made once per test session."""
    return export_plain(REPO, tmp_path_factory.mktemp("plain") / "example")


@pytest.fixture
def example(plain_example: Path, tmp_path: Path) -> Path:
    """A fresh, editable copy of the bundled example (YAML bids, CSV scores)."""
    target = tmp_path / "example"
    shutil.copytree(plain_example, target)
    return target


def start_procedure(example: Path, target: Path) -> Path:
    """A two-envelope workspace started from the bundled example, with its bids and scores in place."""
    from tender.app.init import init_workspace

    init_workspace(target, "hosting", "braun", example)
    for sub in ("bids", "scores"):
        for path in sorted((example / sub).iterdir()):
            shutil.copy(path, target / sub / path.name)
    return target


@pytest.fixture
def flagged_procedure(example: Path, tmp_path: Path) -> Path:
    """The procedure exactly as the bundled example declares it: Isar's price is flagged (§ 60 VgV, below 65 % of
    the estimated value), so `seal final` needs its clarification first (tests/audit/test_price_check.py)."""
    return start_procedure(example, tmp_path / "procedure")


@pytest.fixture
def procedure(example: Path, tmp_path: Path) -> Path:
    """A two-envelope workspace started from the bundled example, with its bids and scores in place; without the
    example's check against the estimated value, so that no price is flagged and `seal final` needs no
    clarification (the flag is tested with `flagged_procedure`)."""
    return without_estimate_check(start_procedure(example, tmp_path / "procedure"))


def without_estimate_check(root: Path) -> Path:
    """Take the example's § 60 check against the estimated value out of root's tender.yaml (before any seal): no
    price is flagged, and `seal final` needs no clarification first."""
    path = root / "tender.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(True)
    path.write_text("".join(line for line in lines if "abnormally_low_of_estimate" not in line), encoding="utf-8")
    return root
