"""Helpers for the benchmarks: repeated timing of commands and a figures table."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent


def compare_commands(
    measured: list[str], baseline: list[str], repeat: int = 15, cwd: Path = ROOT
) -> tuple[float, float]:
    """Best wall time in seconds of two commands, run interleaved (one warm-up each), so load hits both alike."""
    best = [float("inf"), float("inf")]
    for i in range(repeat + 1):
        for side, argv in enumerate((measured, baseline)):
            start = time.perf_counter()
            subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
            if i:
                best[side] = min(best[side], time.perf_counter() - start)
    return best[0], best[1]


def report(name: str, measured: float, baseline: float, target: float) -> bool:
    """Print one ratio against its target; True when the target is met."""
    ratio = measured / baseline
    ok = ratio <= target
    print(
        f"{name:<48} {measured * 1000:8.1f} ms vs {baseline * 1000:8.1f} ms  ratio {ratio:5.2f}  "
        f"target <= {target:.2f}  {'ok' if ok else 'MISSED'}"
    )
    return ok
