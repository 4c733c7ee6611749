"""Lots at scale (issue "Lots"): 20 lots × 50 bids against one lot of 1,000 bids, the same total work.

generate_lots.py writes both workspaces in bench/out/lots (YAML bids, CSV score files; 30 criteria, 5
evaluators): the same offers, facts, prices and scores, once as 1,000 bids of one tender, once as 50 bids
with an offer for each of 20 lots (a limit of 3 lots per bidder, by value; five combination bids of two lots).
Measured in this process, best of 5 taken in turns: the use case that reads, checks and evaluates each,
`evaluate_lotted` (every lot ranked, the combination bids weighed, the lots awarded under the limit) against
`evaluate_workspace`. Target ≤ 1.5×. Exit 1 when missed.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from common import ROOT, report, timings

OUT = ROOT / "bench" / "out" / "lots"
HERE = Path(__file__).resolve().parent


def workspaces() -> tuple[Path, Path]:
    """The two generated workspaces (made once, reused while the generator is unchanged)."""
    from generate_lots import generate_pair

    stamp = OUT / ".generated"
    source = str((HERE / "generate_lots.py").stat().st_mtime_ns)
    if not stamp.exists() or stamp.read_text() != source:
        shutil.rmtree(OUT, ignore_errors=True)
        generate_pair(OUT)
        stamp.write_text(source)
    return OUT / "single", OUT / "lotted"


def main() -> int:
    """Time both use cases; 1 when the target is missed."""
    from tender.app.evaluate import evaluate_lotted, evaluate_workspace

    single, lotted = workspaces()
    _, lots = evaluate_lotted(lotted)
    awarded = sum(1 for lot in lots.lots if lot.awarded)
    print(f"{len(lots.lots)} lots, {len(lots.offered)} combination bids weighed, {awarded} lots awarded")
    times = timings({"lotted": lambda: evaluate_lotted(lotted), "single": lambda: evaluate_workspace(single)}, 6)
    lotted_s, single_s = min(times["lotted"][1:]), min(times["single"][1:])
    ok = report("evaluate 20 lots × 50 bids / 1 lot × 1,000 bids", lotted_s, single_s, 1.5)
    evaluation_only(lotted, single)
    return 0 if ok else 1


def evaluation_only(lotted: Path, single: Path) -> None:
    """For the record, without a target: the evaluation alone, of the workspaces read once (the lotted one with
    and without its combination bids, each of which evaluates its lots again for its total score)."""
    from dataclasses import replace

    from tender.gcpause import gc_paused
    from tender.scoring.evaluate import evaluate
    from tender.scoring.lots import evaluate_lots
    from tender.workspace import load_workspace

    lotted_ws, single_ws = load_workspace(lotted), load_workspace(single)
    plain = replace(lotted_ws, bids=tuple(replace(b, combinations=()) for b in lotted_ws.bids))

    def paused(call: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            with gc_paused():  # as the use cases run it
                return call()

        return run

    times = timings(
        {
            "lotted": lambda: evaluate_lots(lotted_ws),
            "plain": lambda: evaluate_lots(plain),
            "single": paused(lambda: evaluate(single_ws)),
        },
        6,
    )
    best = {name: min(t[1:]) for name, t in times.items()}
    for name, label in (("lotted", "with 5 combination bids"), ("plain", "without combination bids")):
        ratio = best[name] / best["single"]
        print(
            f"{'  evaluation alone, ' + label:<48} {best[name] * 1000:8.1f} ms vs {best['single'] * 1000:8.1f} ms  "
            f"ratio {ratio:5.2f}  (for the record)"
        )


if __name__ == "__main__":
    sys.exit(main())
