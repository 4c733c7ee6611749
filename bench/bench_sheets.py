"""Benchmark: importing 500 filled bid forms and 7 score sheets of a 500-bid × 40-criterion tender.

Baseline in the same run: python-calamine alone reading every sheet of the same files.
Targets: the imports take at most 2× the baseline and at most 15 s in total.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

BIDS = 500
EVALUATORS = 7
GROUPS = 4
JUDGED_PER_GROUP = 8
MEASURED_PER_GROUP = 2  # 4 × (8 + 2) = 40 criteria, one of them replaced by the price
REQUIREMENTS = 10
PRICE_LINES = 10


def tender_data() -> dict:
    """A tender with 40 leaf criteria (31 judged, 8 measured, 1 price), 10 requirements and 10 price lines."""
    groups = []
    for g in range(GROUPS):
        children = [{"id": f"j{g}-{i}", "name": f"Judged {g}.{i}", "weight": 10} for i in range(JUDGED_PER_GROUP)]
        children += [
            {
                "id": f"m{g}-{i}",
                "name": f"Measured {g}.{i}",
                "weight": 10,
                "measure": {"fact": f"f{g}-{i}", "best": 100, "worst": 0},
            }
            for i in range(MEASURED_PER_GROUP)
        ]
        groups.append({"id": f"g{g}", "name": f"Group {g}", "weight": 25, "criteria": children})
    groups[-1]["criteria"][-1] = {"id": "price", "name": "Price", "weight": 10, "price": True}
    return {
        "id": "bench",
        "title": "Benchmark tender",
        "buyer": "Bench",
        "language": "en",
        "term_months": 48,
        "requirements": [{"id": f"r{i}", "text": f"Requirement {i}"} for i in range(REQUIREMENTS)],
        "criteria": groups,
        "prices": [
            {"id": f"p{i}", "name": f"Line {i}", "per": ["once", "month", "year"][i % 3], "quantity": i + 1}
            for i in range(PRICE_LINES)
        ],
    }


def make_bid(args: tuple[Path, Path, int]) -> Path:
    """Fill one bid form (runs in a worker process)."""
    from sheetfill import fill_bid_form

    form, out_dir, n = args
    rng = random.Random(n)
    bid = {
        "bidder": f"b{n:03d}",
        "name": f"Bidder {n} GmbH",
        "contact": f"sales{n}@example.com",
        "requirements": {f"r{i}": True for i in range(REQUIREMENTS)},
        "facts": {f"f{g}-{i}": rng.randint(0, 100) for g in range(GROUPS) for i in range(MEASURED_PER_GROUP)},
        "prices": {f"p{i}": round(rng.uniform(10, 5000), 2) for i in range(PRICE_LINES)},
    }
    return fill_bid_form(form, out_dir / f"angebot-{n:03d}.xlsx", bid)


def make_sheet(args: tuple[Path, Path, str, list[str], list[str]]) -> Path:
    """Write and fill one evaluator's score sheet (runs in a worker process)."""
    from sheetfill import fill_score_sheet

    from tender.model import Bid, BidderId
    from tender.sheets.scoresheet import write_score_sheet
    from tender.workspace import load_tender

    root, out_dir, evaluator, bidders, judged = args
    bids = tuple(Bid(BidderId(b), f"Bidder {b} GmbH", {}, {}, {}, "") for b in bidders)
    sheet = write_score_sheet(load_tender(root), bids, evaluator, out_dir.parent / f"blank-{evaluator}.xlsx")
    rng = random.Random(evaluator)
    marks = {(b, c): (rng.randint(0, 5), f"Reason of {evaluator} for {b}/{c}") for b in bidders for c in judged}
    return fill_score_sheet(sheet, out_dir / f"{evaluator}.xlsx", marks)


def calamine_alone(files: list[Path]) -> float:
    """Seconds python-calamine needs to read every sheet of the files."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    for path in files:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return time.perf_counter() - start


def main() -> None:
    """Build the files (not timed), then time the baseline and both imports."""
    from tender.cli import app  # noqa: F401  (import cost not counted)
    from tender.sheets.forms import write_bid_form
    from tender.sheets.importer import import_bids, import_scores
    from tender.workspace import load_tender, load_workspace

    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        ws_root = tmp / "ws"
        (ws_root / "bids").mkdir(parents=True)
        (ws_root / "scores").mkdir()
        (ws_root / "tender.yaml").write_text(yaml.safe_dump(tender_data(), sort_keys=False), encoding="utf-8")
        tender = load_tender(ws_root)
        incoming = tmp / "incoming"
        incoming.mkdir()
        form = write_bid_form(tender, tmp / "form.xlsx")
        t0 = time.perf_counter()
        with ProcessPoolExecutor() as pool:
            bid_files = list(pool.map(make_bid, [(form, incoming, n) for n in range(BIDS)], chunksize=20))
        bidders = [f"b{n:03d}" for n in range(BIDS)]
        judged = [leaf.id for leaf in tender.leaves() if leaf.kind.value == "judged"]
        with ProcessPoolExecutor() as pool:
            jobs = [(ws_root, incoming, f"evaluator{e}", bidders, judged) for e in range(EVALUATORS)]
            score_files = list(pool.map(make_sheet, jobs))
        print(
            f"setup: {BIDS} bid forms, {EVALUATORS} score sheets of {len(bidders) * len(judged)} rows "
            f"({len(tender.leaves())} criteria, {len(judged)} judged) in {time.perf_counter() - t0:.1f} s"
        )
        baseline = calamine_alone(bid_files + score_files)
        start = time.perf_counter()
        result = import_bids(ws_root, bid_files)
        bids_s = time.perf_counter() - start
        start = time.perf_counter()
        scores = import_scores(ws_root, score_files)
        scores_s = time.perf_counter() - start
        assert len(result.files) == BIDS and len(scores.files) == EVALUATORS
        total = bids_s + scores_s
        start = time.perf_counter()
        ws = load_workspace(ws_root)
        load_s = time.perf_counter() - start
        assert len(ws.bids) == BIDS and len(ws.scores) == EVALUATORS * BIDS * len(judged)
        ratio = total / baseline
        print(f"python-calamine alone, same {len(bid_files) + len(score_files)} files: {baseline:.2f} s")
        print(f"import-bids ({BIDS} forms): {bids_s:.2f} s; import-scores ({EVALUATORS} sheets): {scores_s:.2f} s")
        print(
            f"imports total {total:.2f} s = {ratio:.2f}× calamine alone (targets: ≤ 2×, ≤ 15 s) "
            f"{'OK' if ratio <= 2 and total <= 15 else 'MISSED'}"
        )
        print(f"load_workspace afterwards (reads everything once more): {load_s:.2f} s")


if __name__ == "__main__":
    main()
