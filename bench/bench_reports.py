"""Benchmark the reports: the bundled example against its floor, a 200 × 40 × 5 tender, and font subsetting.

1. Example: all four formats (one write_reports call) against the floor: the same process, libraries
   imported, WeasyPrint rendering the PDF's own HTML alone with the same options. Target ≤ 1.3×.
2. Large: a generated tender with 200 bids × 40 criteria × 5 evaluators; load + evaluate + all four
   formats (with the robustness analysis), target ≤ 30 s; the analysis alone; the PDF's pages and size.
3. Fonts: one warm A4 page with HarfBuzz-Subset, with fontTools (what WeasyPrint falls back to when
   libharfbuzz-subset0 is missing, simulated by hiding the library), and with whole fonts embedded
   (tender's choice when the library is missing).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "bench"))

from common import timings  # noqa: E402


@contextmanager
def subsetter(name: str) -> Iterator[None]:
    """Subset fonts as with the system library (harfbuzz), without it and without uharfbuzz (fonttools: what
    WeasyPrint alone does), or without it as tender does (uharfbuzz)."""
    import weasyprint.pdf.fonts as fonts

    from tender.report import fonts as ours

    saved = fonts.harfbuzz_subset, fonts.Font.subset, sys.modules.get("uharfbuzz")
    if name != "harfbuzz":
        fonts.harfbuzz_subset = None
    if name == "fonttools":
        sys.modules["uharfbuzz"] = None  # type: ignore[assignment]  # import uharfbuzz now fails
    ours.fast_subsetting.cache_clear()
    try:
        assert ours.fast_subsetting() == name
        yield
    finally:
        fonts.harfbuzz_subset, fonts.Font.subset = saved[0], saved[1]
        if saved[2] is not None:
            sys.modules["uharfbuzz"] = saved[2]
        else:
            sys.modules.pop("uharfbuzz", None)
        ours.fast_subsetting.cache_clear()


def example(runs: int = 5) -> None:
    """All four formats of the bundled example against WeasyPrint alone on the same HTML."""
    from tender.app.report import report_input, write_reports
    from tender.report.formats import ReportFormat
    from tender.report.html import render_view, report_view
    from tender.report.pdf import html_to_pdf
    from tender.report.view import PDF_LIMITS
    from tender.scoring import evaluate
    from tender.workspace import load_workspace

    ev = evaluate(load_workspace(ROOT))
    inp = report_input(ev, "de")  # the same audit block, analysis and JSON bytes the PDF attaches
    html = render_view(report_view(inp, PDF_LIMITS))
    with tempfile.TemporaryDirectory() as tmp:
        ours = lambda: write_reports(ev, list(ReportFormat), "de", Path(tmp))  # noqa: E731
        floor = lambda: html_to_pdf(html, inp.document, inp.audit.attachment, inp.audit.created)  # noqa: E731
        ours(), floor()  # warm up: imports, fontconfig, caches
        times = timings({"ours": ours, "floor": floor}, runs)
        ours_t, floor_t = statistics.median(times["ours"]), statistics.median(times["floor"])
    print(f"example: all four formats {ours_t:.2f} s; floor (WeasyPrint alone, same HTML and options) {floor_t:.2f} s")
    print(f"example: ratio {ours_t / floor_t:.2f}× (target ≤ 1.3×)")


def large(bids: int = 200, criteria: int = 40, evaluators: int = 5) -> None:
    """Generate, evaluate and report a large tender; all formats, seconds per step, PDF pages."""
    from generate import generate
    from pypdf import PdfReader

    from tender.app.report import report_analysis, report_input, write_reports
    from tender.report.formats import ReportFormat, renderer
    from tender.scoring import evaluate
    from tender.workspace import load_workspace

    root = OUT / "large"
    shutil.rmtree(root, ignore_errors=True)
    generate(root, bids, criteria, evaluators)
    start = time.perf_counter()
    ev = evaluate(load_workspace(root))
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    paths = write_reports(ev, list(ReportFormat), "de", root / "reports")
    reported = time.perf_counter() - start
    t0 = time.perf_counter()
    report_analysis(ev)  # the robustness section's analysis: SMAA 10,000 samples, stability, reversals
    analysis = time.perf_counter() - t0
    inp = report_input(ev, "de")
    steps = {}
    for fmt in ReportFormat:
        t0 = time.perf_counter()
        renderer(fmt)(inp)
        steps[fmt.value] = time.perf_counter() - t0
    pdf = next(p for p in paths if p.suffix == ".pdf")
    pages = len(PdfReader(pdf).pages)
    sizes = ", ".join(f"{p.suffix[1:]} {p.stat().st_size / 1e6:.1f} MB" for p in paths)
    print(f"large: {bids} bids × {criteria} criteria × {evaluators} evaluators, {len(ev.judgements)} judged pairs")
    print(f"large: load + evaluate {loaded:.2f} s; all four formats {reported:.2f} s; total {loaded + reported:.2f} s")
    print("large: per format " + "; ".join(f"{k} {s:.2f} s" for k, s in steps.items()) + " (target total ≤ 30 s)")
    print(f"large: the robustness analysis (part of every run) {analysis:.2f} s")
    print(f"large: PDF {pages} pages; {sizes}")


SUBSETTERS = {
    "harfbuzz": "system libharfbuzz-subset0",
    "fonttools": "fontTools (WeasyPrint without libharfbuzz-subset0)",
    "uharfbuzz": "uharfbuzz (tender without libharfbuzz-subset0)",
}


def fonts(runs: int = 7) -> None:
    """One warm page and the example PDF, subset by the system HarfBuzz, by fontTools and by uharfbuzz."""
    import weasyprint
    from weasyprint.text.ffi import harfbuzz_subset

    from tender.app.report import report_input
    from tender.report.html import render_view, report_view
    from tender.report.pdf import fetcher_class, html_to_pdf
    from tender.report.view import PDF_LIMITS
    from tender.scoring import evaluate
    from tender.workspace import load_workspace

    rows = "".join(
        f"<tr><td>Zeile {i} Äöüß</td><td>{i * 1234.5:,.2f} €</td><td><b>fett {i}</b></td></tr>" for i in range(40)
    )
    page = (
        "<html><head><style>html{font-family:'Liberation Sans',Arial,'DejaVu Sans',sans-serif;font-size:9.5pt}"
        "</style></head><body><h1>Vergabevermerk</h1><table>" + rows + "</table></body></html>"
    )
    ev = evaluate(load_workspace(ROOT))
    inp = report_input(ev, "de")
    html = render_view(report_view(inp, PDF_LIMITS))

    def one_page() -> bytes:
        data: bytes = weasyprint.HTML(string=page, url_fetcher=fetcher_class()()).write_pdf(pdf_variant="pdf/a-3b")
        return data

    def whole() -> bytes:
        return html_to_pdf(html, inp.document, inp.audit.attachment)

    names = [n for n in SUBSETTERS if n != "harfbuzz" or harfbuzz_subset]
    if not harfbuzz_subset:
        print("fonts: libharfbuzz-subset0 is not installed here; no figure for it")
    for label, render, n in (("one warm page", one_page, runs), ("example PDF", whole, 3)):
        for name in names:
            with subsetter(name):
                render()
                seconds = statistics.median(timings({name: render}, n)[name])
                size = len(render())
            print(f"fonts: {label}, {SUBSETTERS[name]}: {seconds:.3f} s, {size / 1024:.0f} KB")


def main() -> None:
    """Run the three report benchmarks."""
    fonts()
    example()
    large()


if __name__ == "__main__":
    main()
