"""The engine at scale (issue "One engine"): peer speed, linear growth, analysis, reports of 500 bids.

Workspaces of N YAML bids × 40 criteria × 7 evaluators (CSV score files), made by generate.py in bench/out/engine.
1. `tender evaluate --json` on 500 bids against the peer, bid-evaluation 0.1.0 doing the same job (peer_job.py:
   the same files, mean, proportional price); best of 5, interleaved. Target ≤ 1.0×.
2. Growth: `tender evaluate --json` on 2,000 bids against 500 bids (target ≤ 4.5×) and its peak RSS (≤ 400 MB).
3. `tender analyze --json` (default samples) on 2,000 bids against `tender evaluate --json` on it (target ≤ 3×).
4. Reports of 500 bids, the whole command each: XLSX ≤ 10 s, HTML ≤ 5 s; and the PDF against WeasyPrint
   rendering the same HTML with the same options in the same process (target ≤ 1.3×).
Exit 1 when a target is missed. Every figure is wall time on this machine; the ratios compare runs taken in turns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import BIN, ROOT, report, timings

OUT = ROOT / "bench" / "out" / "engine"
HERE = Path(__file__).resolve().parent


def workspace(bids: int) -> Path:
    """A generated workspace of this many bids (made once, reused while generate.py is unchanged)."""
    from generate import generate

    root = OUT / f"ws{bids}"
    stamp = root / ".generated"
    source = (HERE / "generate.py").stat().st_mtime_ns
    if not stamp.exists() or stamp.read_text() != str(source):
        shutil.rmtree(root, ignore_errors=True)
        generate(root, bids=bids, criteria=40, evaluators=7)
        stamp.write_text(str(source))
    return root


def run(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one command, its output discarded."""
    start = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss


def best(calls: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Best wall time of each command over runs taken in turns (after one warm-up each)."""
    times = timings({name: (lambda argv=argv: run(argv)) for name, argv in calls.items()}, runs + 1)
    return {name: min(t[1:]) for name, t in times.items()}


def peer_and_growth(tender: str, small: Path, large: Path) -> list[bool]:
    """Targets 1 and 2."""
    evaluate = [tender, "evaluate", "--json"]
    t = best({"ours": [*evaluate, str(small)], "peer": [sys.executable, str(HERE / "peer_job.py"), str(small)]}, 5)
    ok = [report("evaluate --json 500 bids / bid-evaluation", t["ours"], t["peer"], 1.0)]
    g = best({"large": [*evaluate, str(large)], "small": [*evaluate, str(small)]}, 3)
    ok.append(report("evaluate --json 2,000 bids / 500 bids", g["large"], g["small"], 4.5))
    rss = run([*evaluate, str(large)])[1] / 1024
    verdict = "ok" if rss <= 400 else "MISSED"
    print(f"{'evaluate --json 2,000 bids peak RSS':<48} {rss:8.0f} MB  target <= 400 MB  {verdict}")
    ok.append(rss <= 400)
    return ok


def analysis(tender: str, large: Path) -> bool:
    """Target 3."""
    t = best(
        {"analyze": [tender, "analyze", "--json", str(large)], "evaluate": [tender, "evaluate", "--json", str(large)]},
        2,
    )
    return report("analyze --json 2,000 bids / evaluate --json", t["analyze"], t["evaluate"], 3.0)


def reports(tender: str, small: Path) -> list[bool]:
    """Target 4: the whole `tender report` command per format, then the PDF against WeasyPrint alone."""
    ok = []
    copy = OUT / "reports500"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(small, copy)
    with tempfile.TemporaryDirectory() as out:
        for fmt, limit in (("xlsx", 10.0), ("html", 5.0)):
            seconds = min(run([tender, "report", str(copy), "--format", fmt, "--out", out])[0] for _ in range(2))
            print(
                f"{'report --format ' + fmt + ' 500 bids':<48} {seconds:8.2f} s  target <= {limit:.0f} s  "
                f"{'ok' if seconds <= limit else 'MISSED'}"
            )
            ok.append(seconds <= limit)
    ours, floor = pdf_against_weasyprint(copy)
    ok.append(report("PDF renderer 500 bids / WeasyPrint on its HTML", ours, floor, 1.3))
    return ok


def pdf_against_weasyprint(root: Path) -> tuple[float, float]:
    """Median seconds of the PDF renderer and of WeasyPrint alone on the HTML it renders (same process and options)."""
    import statistics

    from tender.app.report import report_input
    from tender.report.formats import ReportFormat, renderer
    from tender.report.html import render_view, report_view
    from tender.report.pdf import html_to_pdf
    from tender.report.view import PDF_LIMITS
    from tender.scoring import evaluate
    from tender.workspace import load_workspace

    inp = report_input(evaluate(load_workspace(root)), "de")
    html = render_view(report_view(inp, PDF_LIMITS))
    ours = lambda: renderer(ReportFormat.PDF)(inp)  # noqa: E731
    floor = lambda: html_to_pdf(html, inp.document, inp.audit.attachment, inp.audit.created)  # noqa: E731
    ours(), floor()
    times = timings({"ours": ours, "floor": floor}, 3)
    return statistics.median(times["ours"]), statistics.median(times["floor"])


def main() -> int:
    """Run the four measurements; 1 when a target is missed."""
    tender = str(BIN / "tender")
    # tender runs from an editable install: compile its bytecode as a wheel install would have it (the peer's is
    # compiled by pip), so that no run compiles it again where PYTHONDONTWRITEBYTECODE is set
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tender")], check=True)
    small, large = workspace(500), workspace(2000)
    ok = [*peer_and_growth(tender, small, large), analysis(tender, large), *reports(tender, small)]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
