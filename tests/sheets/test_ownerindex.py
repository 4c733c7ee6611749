"""The hidden owner indexes spare imports re-reading every bid and score file, and never outlive a changed file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tender.app.imports import import_bids, import_scores, workspace_bidders
from tender.errors import InputError
from tender.sheets import ownerindex


@pytest.fixture
def target(bundled: Path, tmp_path: Path) -> Path:
    """An empty workspace for the bundled tender, with evaluators.yaml."""
    root = tmp_path / "ws"
    (root / "criteria").mkdir(parents=True)
    for name in ("tender.yaml", "criteria/hosting.yaml", "evaluators.yaml"):
        (root / name).write_bytes((bundled / name).read_bytes())
    return root


def test_import_indexes_bidders_and_a_changed_file_is_read_again(bundled: Path, target: Path) -> None:
    import_bids(target, sorted((bundled / "bids").iterdir()))
    index = json.loads((target / "bids/.bidders.json").read_text(encoding="utf-8"))
    assert {name: e["owners"] for name, e in index.items()} == {
        "elbtal.xlsx": ["elbtal"],
        "hanse.xlsx": ["hanse"],
        "isar.xlsx": ["isar"],
        "rheintal.xlsx": ["rheintal"],
        "spree.csv": ["spree"],
    }
    assert sorted(workspace_bidders(target)) == ["elbtal", "hanse", "isar", "rheintal", "spree"]
    # a stale entry is not trusted: swap in another bid under the same name, the file is read again
    hanse = target / "bids/hanse.xlsx"
    hanse.write_bytes((target / "bids/isar.xlsx").read_bytes())
    os.utime(hanse, ns=(hanse.stat().st_atime_ns, hanse.stat().st_mtime_ns + 1_000_000))
    assert sorted(workspace_bidders(target)) == ["elbtal", "isar", "isar", "rheintal", "spree"]
    assert oct(hanse.stat().st_mode & 0o777) != oct(0o600)


def test_import_indexes_evaluators_and_refuses_a_second_file_of_one(bundled: Path, target: Path) -> None:
    import_bids(target, sorted((bundled / "bids").iterdir()))
    import_scores(target, sorted((bundled / "scores").iterdir()))
    index = ownerindex.load(target / "scores")
    assert {name: e["owners"] for name, e in index.items()} == {
        "consensus.csv": ["consensus:braun"],
        "mueller.xlsx": ["mueller"],
        "schmidt.xlsx": ["schmidt"],
        "weber.xlsx": ["weber"],
    }
    # served from the index, the owners still stop a second file of weber's
    again = target.parent / "weber-again.xlsx"
    again.write_bytes((bundled / "scores/weber.xlsx").read_bytes())
    with pytest.raises(InputError) as refused:
        import_scores(target, [again])
    assert "weber" in str(refused.value.findings)


def test_a_changed_score_file_is_read_again(bundled: Path, target: Path) -> None:
    import_bids(target, sorted((bundled / "bids").iterdir()))
    import_scores(target, [bundled / "scores/weber.xlsx"])
    # weber.xlsx now holds schmidt's sheet: the stale entry must not let a second file of schmidt's in
    weber = target / "scores/weber.xlsx"
    weber.write_bytes((bundled / "scores/schmidt.xlsx").read_bytes())
    os.utime(weber, ns=(weber.stat().st_atime_ns, weber.stat().st_mtime_ns + 1_000_000))
    with pytest.raises(InputError) as refused:
        import_scores(target, [bundled / "scores/schmidt.xlsx"])
    assert "schmidt" in str(refused.value.findings)
