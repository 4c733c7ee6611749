"""Turn the bundled example's bids and scores into the files the providers and evaluators returned.

Run once from the repository root (`.venv/bin/python bench/make_example.py`): it makes a blank bid
form and a score sheet per evaluator with tender's own commands, fills them like a bidder or
evaluator would (openpyxl), lets LibreOffice recalculate and save them (as an office suite does;
skipped when `soffice` is missing) and replaces the YAML/CSV files. One provider answers with a
German Excel CSV instead (semicolons, decimal commas, Windows-1252). The consensus stays a CSV.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sheetfill import fill_bid_form, fill_score_sheet  # noqa: E402

from tender.model import Bid  # noqa: E402
from tender.workspace import load_workspace  # noqa: E402

CSV_BIDDER = "spree"
SITES = {
    "rheintal": "Rechenzentrum Köln-Porz",
    "hanse": "Rechenzentrum Hamburg-Billbrook",
    "isar": "Rechenzentrum München-Riem",
    "spree": "Rechenzentrum Berlin-Adlershof",
    "elbtal": "Partner-Rechenzentrum Ústí nad Labem (Tschechien)",
}
EVIDENCE = {
    "rz-deutschland": "Angebot Kap. 2.1: {site}",
    "betrieb-24x7": "Angebot Kap. 4 (Betriebs- und Supportkonzept, Rufbereitschaft für Störungen rund um die Uhr)",
    "ha-cluster": "Angebot Kap. 3.2 (Clusterarchitektur, Failover-Tests, Schwenk über Heartbeat)",
    "testsystem": "Angebot Kap. 3.4 (Testumgebung, getrennt vom Produktionscluster)",
}


def tender_cli(*args: str) -> None:
    """Run one tender command as a user would."""
    subprocess.run([sys.executable, "-m", "tender", *args], check=True, cwd=ROOT)


def recalculated(path: Path, target: Path) -> None:
    """Let LibreOffice open, recalculate and save the workbook (cached formula results), else copy it."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        shutil.copy(path, target)
        return
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [office, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, str(path)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(Path(out) / path.name, target)


def german_csv(bid: Bid) -> bytes:
    """A bid in the flat CSV layout as German Excel saves it."""

    def number(value: float) -> str:
        if value.is_integer():
            return f"{int(value):,}".replace(",", ".")
        return repr(value).replace(".", ",")

    day = ".".join(reversed(bid.submitted.split("-")))
    lines = [
        "section;key;value;note",
        f"bidder;id;{bid.bidder};",
        f"bidder;name;{bid.name};",
        f"bidder;contact;{bid.contact};",
        f"bidder;submitted;{day};",
    ]
    for key, met in bid.requirements.items():
        note = EVIDENCE[key].format(site=SITES[bid.bidder])
        lines.append(f"requirement;{key};{'ja' if met else 'nein'};{note}")
    lines += [f"fact;{key};{number(value)};" for key, value in bid.facts.items()]
    lines += [f"price;{key};{number(value)};" for key, value in bid.prices.items()]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def main() -> None:
    """Convert bids/ and scores/ in place and check that the evaluation is unchanged."""
    before = subprocess.run(
        [sys.executable, "-m", "tender", "evaluate", ".", "--json"], check=True, capture_output=True, cwd=ROOT
    ).stdout
    ws = load_workspace(ROOT)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        tender_cli("bid-form", ".", "--out", str(tmp / "form.xlsx"))
        for bid in ws.bids:
            old = ROOT / bid.source
            if bid.bidder == CSV_BIDDER:
                (ROOT / "bids" / f"{bid.bidder}.csv").write_bytes(german_csv(bid))
            else:
                data = {
                    "bidder": bid.bidder,
                    "name": bid.name,
                    "contact": bid.contact,
                    "submitted": bid.submitted,
                    "requirements": bid.requirements,
                    "facts": bid.facts,
                    "prices": bid.prices,
                }
                filled = fill_bid_form(tmp / "form.xlsx", tmp / f"{bid.bidder}.xlsx", data)
                fill_evidence(filled, bid)
                recalculated(filled, ROOT / "bids" / f"{bid.bidder}.xlsx")
            if old.suffix != ".xlsx" and not (old.suffix == ".csv" and bid.bidder == CSV_BIDDER):
                old.unlink()
        for evaluator in ws.evaluators:
            blank = tmp / f"blank-{evaluator}.xlsx"
            tender_cli("score-sheet", ".", "--evaluator", evaluator, "--out", str(blank))
            mine = [s for s in ws.scores if s.evaluator == evaluator and not s.consensus]
            marks = {(s.bidder, s.criterion): (s.score, s.justification) for s in mine}
            filled = fill_score_sheet(blank, tmp / f"{evaluator}.xlsx", marks)
            recalculated(filled, ROOT / "scores" / f"{evaluator}.xlsx")
            for source in {s.source for s in mine}:
                if not source.endswith(".xlsx"):
                    (ROOT / source).unlink()
    after = subprocess.run(
        [sys.executable, "-m", "tender", "evaluate", ".", "--json"], check=True, capture_output=True, cwd=ROOT
    ).stdout
    compare(json.loads(before), json.loads(after))


def fill_evidence(path: Path, bid: Bid) -> None:
    """Write each requirement's evidence the way this provider would."""
    from openpyxl import load_workbook

    from tender.sheets.layout import FIRST_ROW, REQ_EVIDENCE_COL

    wb = load_workbook(path, rich_text=True)
    ws = wb["Anforderungen"]
    for row in range(FIRST_ROW, ws.max_row + 1):
        key = ws.cell(row, 1).value
        if key in EVIDENCE:
            ws.cell(row, REQ_EVIDENCE_COL).value = EVIDENCE[key].format(site=SITES[bid.bidder])
    wb.save(path)


def compare(before: dict, after: dict) -> None:
    """Print the winner and the largest score difference; fail unless the results agree to 1e-9."""
    worst = 0.0
    for old, new in zip(before["bids"], after["bids"], strict=True):
        assert old["bidder"] == new["bidder"] and old["rank"] == new["rank"]
        for key in ("score", "performance", "price", "price_points"):
            if old[key] is not None:
                worst = max(worst, abs(old[key] - new[key]))
    print(f"winner before {before['winner']}, after {after['winner']}; largest difference {worst:g}")
    assert before["winner"] == after["winner"] and worst <= 1e-9


if __name__ == "__main__":
    main()
