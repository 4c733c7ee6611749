"""Benchmark: memory of `tender validate` on the largest inputs the limits admit (target: under 1 GB RSS each).

Each case is a workspace with the bundled tender and one file at a limit in bids/ or scores/; `tender validate`
runs in its own process and its peak resident set size is taken from getrusage(RUSAGE_CHILDREN). The files are
not bids a tender would accept (validate exits 2 naming what is wrong with them): what is measured is reading
them whole, which every command does before it can say so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import BIN, ROOT

sys.path.insert(0, str(ROOT))  # for tests.hostile.xlsxmake

from tender.parse import limits
from tender.parse.sheetscan import column_letters
from tests.hostile.xlsxmake import sheet, write_xlsx

TARGET_MB = 1024
MEASURE = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
    "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def numbers_xlsx(path: Path, rows: int, cols: int) -> None:
    """A sheet of rows × cols numbers."""
    refs = [column_letters(c) for c in range(1, cols + 1)]
    body = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>{r}.25</v></c>' for c in refs) + "</row>"
        for r in range(1, rows + 1)
    )
    write_xlsx(path, sheet(body))


def strings_xlsx(path: Path, rows: int, cols: int) -> None:
    """A sheet of rows × cols cells, each with its own shared string, up to the text limit per sheet."""
    refs = [column_letters(c) for c in range(1, cols + 1)]
    width = limits.MAX_SHEET_CHARS // (rows * cols) - 1
    texts = (f"{i:0{width}d}" for i in range(rows * cols))
    sst = "".join(f"<si><t>{t}</t></si>" for t in texts)
    body = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{c}{r}" t="s"><v>{(r - 1) * cols + i}</v></c>' for i, c in enumerate(refs))
        + "</row>"
        for r in range(1, rows + 1)
    )
    extra = {
        "xl/sharedStrings.xml": f'<sst xmlns="{"http://schemas.openxmlformats.org/spreadsheetml/2006/main"}">{sst}</sst>'
    }
    write_xlsx(path, sheet(body), extra=extra)


def scores_csv(path: Path) -> None:
    """A score file of 100,000 rows, up to the limit of characters."""
    width = limits.MAX_SHEET_CHARS // limits.MAX_ROWS - 40
    rows = (f"mueller,hanse,kompetenz,3,{i:0{width}d}\n" for i in range(limits.MAX_ROWS))
    path.write_text("evaluator,bidder,criterion,score,justification\n" + "".join(rows), encoding="utf-8")


def wide_csv(path: Path) -> None:
    """One line of short fields up to the limit of characters: what the CSV module holds before any check."""
    path.write_text("ab;" * (limits.MAX_SHEET_CHARS // 3 - 1), encoding="utf-8")


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "xlsx 100,000 rows × 20 columns of numbers": ("bids/gross.xlsx", lambda p: numbers_xlsx(p, 100_000, 20)),
    "xlsx 10,000 rows × 200 columns of numbers": ("bids/breit.xlsx", lambda p: numbers_xlsx(p, 10_000, 200)),
    "xlsx 10,000 × 200 cells, 2,000,000 own texts, 32M characters": (
        "bids/text.xlsx",
        lambda p: strings_xlsx(p, 10_000, 200),
    ),
    "CSV score file 100,000 rows, 32M characters": ("scores/gross.csv", scores_csv),
    "CSV one line of 10.7M fields (refused as too wide)": ("bids/breit.csv", wide_csv),
}


def main() -> int:
    """Build each case, run `tender validate` on it, report peak RSS; 1 when a case passes the target."""
    tender = str(BIN / "tender")
    work = Path(tempfile.mkdtemp(prefix="bench-limits-"))
    ok = True
    try:
        for name, (target, build) in CASES.items():
            ws = work / "ws"
            shutil.rmtree(ws, ignore_errors=True)
            ws.mkdir()
            shutil.copy(ROOT / "tender.yaml", ws)
            shutil.copytree(ROOT / "criteria", ws / "criteria")
            (ws / "bids").mkdir()
            (ws / "scores").mkdir()
            build(ws / target)
            size = (ws / target).stat().st_size
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", MEASURE, tender, "validate", str(ws)], capture_output=True)
            took = time.perf_counter() - start
            code, rss_kb = out.stdout.split()
            rss = int(rss_kb) / 1024
            verdict = "ok" if rss < TARGET_MB else "MISSED"
            ok &= rss < TARGET_MB
            print(
                f"{name:<62} {size / 2**20:6.1f} MB file  exit {code.decode()}  {took:6.1f} s  "
                f"peak RSS {rss:7.1f} MB  target < {TARGET_MB} MB  {verdict}",
                flush=True,
            )
    finally:
        shutil.rmtree(work)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
