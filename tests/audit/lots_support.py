"""The bundled lotted example (examples/lots) as a two-envelope procedure, for the tests of the procedure on lots."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml

from tests.hostile.conftest import ok

LOTS = Path(__file__).resolve().parents[2] / "examples" / "lots"
NAMES = {
    "hanse": "Hanse Hosting AG",
    "rheintal": "Rheintal Datacenter GmbH",
    "elbtal": "Elbtal Rechenzentren GmbH",
    "isar": "Isar IT-Services GmbH",
    "spree": "Spree Cloud Solutions GmbH",
    "weser": "Weser Systemhaus KG",
}
# every evaluated price of every lot (German format), and Hanse's combination for cluster and test
PRICES = {
    "cluster": {
        "hanse": "102.600,00",
        "rheintal": "111.700,00",
        "elbtal": "108.500,00",
        "isar": "97.100,00",
        "weser": "120.000,00",
    },
    "test": {"hanse": "18.700,00", "spree": "17.120,00", "elbtal": "18.780,00", "isar": "21.000,00"},
    "migration": {"hanse": "42.800,00", "rheintal": "42.000,00", "spree": "45.000,00", "weser": "50.600,00"},
}
COMBINATION = "109.170,00"


def lotted(target: Path, edit: Callable[[Path], None] | None = None, imported: bool = True) -> Path:
    """examples/lots started as a two-envelope procedure in `target` (init from it), its bids and scores imported
    (or, with imported=False, copied in by hand); `edit` changes the example's copy first."""
    source = target.parent / f"{target.name}-source"
    shutil.copytree(LOTS, source)
    if edit is not None:
        edit(source)
    ok("init", target, "--from", source, "--actor", "braun")
    bids, scores = sorted((source / "bids").iterdir()), sorted((source / "scores").iterdir())
    if imported:
        ok("import-bids", *bids, "--into", target, "--actor", "braun")
        ok("import-scores", *scores, "--into", target, "--actor", "braun")
    else:
        for path in (*bids, *scores):
            shutil.copy(path, target / path.parent.name / path.name)
    return target


def method_key(line: str) -> Callable[[Path], None]:
    """An edit of the example's tender.yaml: one more key under `method:` (e.g. `abnormally_low: 0.10`)."""

    def edit(source: Path) -> None:
        path = source / "tender.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("method:\n", f"method:\n  {line}\n", 1), encoding="utf-8")

    return edit


def opened(root: Path) -> Path:
    """The technical seal and the opening of the prices."""
    ok("seal", "technical", root, "--actor", "mueller")
    ok("open-prices", root, "--actor", "braun", "--witness", "schmidt")
    return root


def level_with(lot: str, bidder: str, like: str) -> Callable[[Path], None]:
    """An edit of the example: `bidder`'s offer for `lot` and its marks there made those of `like` (the two are level
    in the lot), and the tie-break ends in a drawing of lots."""

    def edit(source: Path) -> None:
        method_key("tie_break: [lot]")(source)
        path, other = source / "bids" / f"{bidder}.yaml", source / "bids" / f"{like}.yaml"
        bid = yaml.safe_load(path.read_text(encoding="utf-8"))
        bid["offers"][lot] = yaml.safe_load(other.read_text(encoding="utf-8"))["offers"][lot]
        path.write_text(yaml.safe_dump(bid, allow_unicode=True, sort_keys=False), encoding="utf-8")
        for name in ("mueller.csv", "schmidt.csv"):
            sheet = source / "scores" / name
            lines = sheet.read_text(encoding="utf-8").splitlines(True)
            theirs = {line.split(",")[2]: line for line in lines if line.startswith(f"{lot},{like},")}
            out = [
                theirs[line.split(",")[2]].replace(f"{lot},{like},", f"{lot},{bidder},", 1)
                if line.startswith(f"{lot},{bidder},")
                else line
                for line in lines
            ]
            sheet.write_text("".join(out), encoding="utf-8")

    return edit


def tied_in_test(source: Path) -> None:
    """An edit of the example: Isar level with Spree in lot test, and Hanse without its combination bid (so that the
    lot's best eligible bids are level and the decision waits for a drawing)."""
    level_with("test", "isar", "spree")(source)
    path = source / "bids" / "hanse.yaml"
    bid = yaml.safe_load(path.read_text(encoding="utf-8"))
    del bid["combinations"]
    path.write_text(yaml.safe_dump(bid, allow_unicode=True, sort_keys=False), encoding="utf-8")
