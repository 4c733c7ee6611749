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


def prepare(data: Path) -> tuple[list[Path], list[Path]]:
    """Write the tender, 500 filled bid forms and 7 filled score sheets into `data` (kept if there already)."""
    from tender.sheets.forms import write_bid_form
    from tender.workspace import load_tender

    incoming = data / "incoming"
    bid_files = [incoming / f"angebot-{n:03d}.xlsx" for n in range(BIDS)]
    score_files = [incoming / f"evaluator{e}.xlsx" for e in range(EVALUATORS)]
    if all(p.exists() for p in bid_files + score_files):
        return bid_files, score_files
    incoming.mkdir(parents=True, exist_ok=True)
    (data / "tender.yaml").write_text(yaml.safe_dump(tender_data(), sort_keys=False), encoding="utf-8")
    tender = load_tender(data)
    form = write_bid_form(tender, data / "form.xlsx", force=True)
    t0 = time.perf_counter()
    with ProcessPoolExecutor() as pool:
        list(pool.map(make_bid, [(form, incoming, n) for n in range(BIDS)], chunksize=20))
        bidders = [f"b{n:03d}" for n in range(BIDS)]
        judged = [leaf.id for leaf in tender.leaves() if leaf.kind.value == "judged"]
        jobs = [(data, incoming, f"evaluator{e}", bidders, judged) for e in range(EVALUATORS)]
        list(pool.map(make_sheet, jobs))
    print(f"setup (not timed): {time.perf_counter() - t0:.1f} s")
    return bid_files, score_files


def imports(data: Path, bid_files: list[Path], score_files: list[Path]) -> tuple[float, float, Path]:
    """Seconds for import-bids and import-scores into a fresh workspace."""
    import shutil

    from tender.sheets.importer import import_bids, import_scores

    root = Path(tempfile.mkdtemp(prefix="ws-", dir=data))
    shutil.copy(data / "tender.yaml", root / "tender.yaml")
    start = time.perf_counter()
    bids = import_bids(root, bid_files)
    bids_s = time.perf_counter() - start
    start = time.perf_counter()
    scores = import_scores(root, score_files)
    scores_s = time.perf_counter() - start
    assert len(bids.files) == BIDS and len(scores.files) == EVALUATORS
    return bids_s, scores_s, root


def main() -> None:
    """Build the files (not timed; BENCH_SHEETS_DATA=DIR keeps them for the next run), then time the
    baseline and both imports, best of three each."""
    import os
    import shutil

    from tender.cli import app  # noqa: F401  (import cost not counted)
    from tender.workspace import load_workspace

    keep = os.environ.get("BENCH_SHEETS_DATA")
    data = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench-sheets-"))
    try:
        bid_files, score_files = prepare(data)
        baseline = min(calamine_alone(bid_files + score_files) for _ in range(3))
        runs = []
        for _ in range(3):
            bids_s, scores_s, root = imports(data, bid_files, score_files)
            runs.append((bids_s + scores_s, bids_s, scores_s))
            shutil.rmtree(root)
        total, bids_s, scores_s = min(runs)
        root = imports(data, bid_files, score_files)[2]
        start = time.perf_counter()
        ws = load_workspace(root)
        load_s = time.perf_counter() - start
        judged = len([leaf for leaf in ws.tender.leaves() if leaf.kind.value == "judged"])
        assert len(ws.bids) == BIDS and len(ws.scores) == EVALUATORS * BIDS * judged
        ratio = total / baseline
        print(
            f"{BIDS} bid forms, {EVALUATORS} score sheets of {BIDS * judged} rows "
            f"({len(ws.tender.leaves())} criteria, {judged} judged); best of 3 runs"
        )
        print(f"python-calamine alone, same {len(bid_files) + len(score_files)} files: {baseline:.2f} s")
        print(f"import-bids ({BIDS} forms): {bids_s:.2f} s; import-scores ({EVALUATORS} sheets): {scores_s:.2f} s")
        print(
            f"imports total {total:.2f} s = {ratio:.2f}× calamine alone (targets: ≤ 2×, ≤ 15 s) "
            f"{'OK' if ratio <= 2 and total <= 15 else 'MISSED'}"
        )
        print(f"load_workspace of the result (reads everything once more): {load_s:.2f} s")
    finally:
        if not keep:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
