"""What an import may still bring in once the procedure is sealed, and a late bid as a recorded decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender.app import imports
from tender.errors import UsageError
from tests.hostile.conftest import refused, snapshot
from tests.hostile.procedure_support import events, ok, received


@pytest.fixture
def root(example: Path, tmp_path: Path) -> Path:
    """The example received through imports (events 2 and 3) and sealed technically (event 4, by mueller)."""
    workspace = received(example, tmp_path)
    ok("seal", "technical", workspace, "--actor", "mueller")
    return workspace


def seal_event(root: Path, action: str) -> str:
    """`audit event N, TIME, by WHO` of the last event of an action."""
    event = [e for e in events(root) if e["action"] == action][-1]
    return f"audit event {event['seq']}, {event['time']}, by {event['actor']}"


def another_bid(root: Path, tmp_path: Path, bidder: str = "oder") -> Path:
    """A new bid file (the isar bid under another bidder id), outside the workspace."""
    path = tmp_path / f"{bidder}.yaml"
    path.write_text((root / "bids/isar.yaml").read_text(encoding="utf-8").replace("bidder: isar", f"bidder: {bidder}"))
    return path


def consensus_for(root: Path, tmp_path: Path, bidder: str) -> Path:
    """The consensus with the committee's marks for a late bid added (after the seal only the consensus may come)."""
    criteria = sorted({line.split(",")[2] for line in (root / "scores/mueller.csv").read_text().splitlines()[1:]})
    rows = [f'braun,{bidder},{c},3,"Moderation: Einigung auf 3",braun,"mueller, schmidt, weber"' for c in criteria]
    path = tmp_path / "consensus.csv"
    path.write_text((root / "scores/consensus.csv").read_text(encoding="utf-8") + "\n".join(rows) + "\n")
    return path


def test_replacing_a_bid_after_the_technical_seal_is_refused(root: Path, tmp_path: Path) -> None:
    cheaper = tmp_path / "isar.yaml"
    cheaper.write_text((root / "bids/isar.yaml").read_text(encoding="utf-8").replace("setup: 14000.0", "setup: 1.0"))
    out = refused(
        root,
        "import-bids",
        cheaper,
        "--into",
        root,
        "--replace",
        "--actor",
        "braun",
        expect=f"a bid cannot be replaced after the technical seal ({seal_event(root, 'seal-technical')})",
    ).output
    assert "tender init NEW --from DIR" in out


def test_a_late_bid_is_refused_then_admitted_as_a_recorded_decision(root: Path, tmp_path: Path) -> None:
    late = another_bid(root, tmp_path)
    sealed = seal_event(root, "seal-technical")
    into = ("--into", root)
    refused(root, "import-bids", late, *into, "--actor", "braun", expect=f"after the technical seal ({sealed})")
    refused(root, "import-bids", late, *into, "--late", "--actor", "braun", expect="--late needs --reason TEXT")
    refused(root, "import-bids", late, *into, "--late", "--reason", " ", "--actor", "braun", expect="--reason")
    refused(
        root,
        "import-bids",
        late,
        *into,
        "--late",
        "--reason",
        "Posteingang",
        "--actor",
        "fremd",
        expect="fremd is not listed in evaluators.yaml: a late bid is admitted by a listed person",
    )
    reason = "Per Post am 02.04.2007 fristgerecht eingegangen, Poststelle verzögert (Vermerk 17)"
    ok("import-bids", late, *into, "--late", "--reason", reason, "--actor", "braun")
    event = events(root)[-1]
    assert (event["action"], event["seq"], event["actor"]) == ("import-bids", 5, "braun")
    assert event["details"]["late"] is True and event["details"]["reason"] == reason
    refused(root, "open-prices", root, "--actor", "braun", "--witness", "yilmaz", expect="nobody scored criterion")
    ok("import-scores", consensus_for(root, tmp_path, "oder"), *into, "--replace", "--actor", "braun")
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    ok("report", root, "--format", "json,html", "--actor", "braun")
    report = json.loads((root / "reports/crm-hosting-2007-de.json").read_text(encoding="utf-8"))
    assert report["audit"]["late_bids"] == [
        {
            "bidder": "oder",
            "file": "bids/oder.yaml",
            "time": event["time"],
            "actor": "braun",
            "reason": reason,
            "event": 5,
        }
    ]
    html = (root / "reports/crm-hosting-2007-de.html").read_text(encoding="utf-8")
    assert (
        "Verspätetes Angebot" in html and "oder (bids/oder.yaml) nach der technischen Versiegelung zugelassen" in html
    )


def refused_late(root: Path, tmp_path: Path, expect: str) -> None:
    """A late bid (with its reason, by a listed person) is refused with `expect`."""
    late = another_bid(root, tmp_path)
    refused(
        root, "import-bids", late, "--into", root, "--late", "--reason", "zu spät", "--actor", "braun", expect=expect
    )


def test_no_bid_at_all_after_the_opening(root: Path, tmp_path: Path) -> None:
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    opened = seal_event(root, "open-prices")
    refused_late(root, tmp_path, f"no bid can be imported after the opening of the prices ({opened})")


def test_late_is_for_after_the_seal(example: Path, tmp_path: Path) -> None:
    refused_late(received(example, tmp_path), tmp_path, "nothing is sealed yet: import the bid without --late")


def test_scores_after_the_technical_seal_only_the_consensus_until_the_final_seal(root: Path, tmp_path: Path) -> None:
    mueller = tmp_path / "mueller.csv"
    mueller.write_text((root / "scores/mueller.csv").read_text(encoding="utf-8").replace(",2,", ",4,", 1))
    refused(
        root,
        "import-scores",
        mueller,
        "--into",
        root,
        "--replace",
        "--actor",
        "braun",
        expect=f"mueller.csv: only the moderated consensus (scores/consensus.*) may be imported after the "
        f"technical seal ({seal_event(root, 'seal-technical')}), until `tender seal final`",
    )
    consensus = tmp_path / "consensus.csv"
    consensus.write_text((root / "scores/consensus.csv").read_text(encoding="utf-8").replace(",3,", ",2,", 1))
    ok("import-scores", consensus, "--into", root, "--replace", "--actor", "braun")
    assert "gültig" in ok("validate", root)
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    ok("seal", "final", root, "--actor", "braun")
    assert "in Ordnung" in ok("audit", "verify", root)
    consensus.write_text(consensus.read_text(encoding="utf-8").replace(",2,", ",4,", 1))
    refused(
        root,
        "import-scores",
        consensus,
        "--into",
        root,
        "--replace",
        "--actor",
        "braun",
        expect=f"no score can be imported after the final seal ({seal_event(root, 'seal-final')})",
    )


def test_a_seal_recorded_while_an_import_copies_refuses_its_event_and_takes_the_files_back(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = received(example, tmp_path)
    late = another_bid(root, tmp_path)
    ok("seal", "technical", root, "--actor", "mueller")
    before = snapshot(root)
    monkeypatch.setattr(imports, "admit", lambda root, guard: None)  # the seal lands after the check before copying
    with pytest.raises(UsageError, match="no new bid can be imported after the technical seal"):
        imports.import_bids(root, [late], actor="braun")
    assert snapshot(root) == before
