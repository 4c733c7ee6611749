"""The hidden bidder index spares imports re-reading every bid, and never outlives a changed file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tender.sheets import bidindex
from tender.sheets.importer import import_bids, workspace_bidders


def test_import_indexes_bidders_and_a_changed_file_is_read_again(bundled: Path, tmp_path: Path) -> None:
    target = tmp_path / "ws"
    (target / "bids").mkdir(parents=True)
    (target / "tender.yaml").write_bytes((bundled / "tender.yaml").read_bytes())
    (target / "criteria").mkdir()
    (target / "criteria/hosting.yaml").write_bytes((bundled / "criteria/hosting.yaml").read_bytes())
    import_bids(target, sorted((bundled / "bids").iterdir()))
    index = json.loads((target / "bids" / bidindex.INDEX_NAME).read_text(encoding="utf-8"))
    assert {name: e["bidder"] for name, e in index.items()} == {
        "elbtal.xlsx": "elbtal",
        "hanse.xlsx": "hanse",
        "isar.xlsx": "isar",
        "rheintal.xlsx": "rheintal",
        "spree.csv": "spree",
    }
    assert sorted(workspace_bidders(target)) == ["elbtal", "hanse", "isar", "rheintal", "spree"]
    # a stale entry is not trusted: swap in another bid under the same name, the file is read again
    hanse = target / "bids/hanse.xlsx"
    hanse.write_bytes((target / "bids/isar.xlsx").read_bytes())
    os.utime(hanse, ns=(hanse.stat().st_atime_ns, hanse.stat().st_mtime_ns + 1_000_000))
    assert sorted(workspace_bidders(target)) == ["elbtal", "isar", "isar", "rheintal", "spree"]
    assert oct(hanse.stat().st_mode & 0o777) != oct(0o600)
