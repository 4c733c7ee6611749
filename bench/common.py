"""Helpers for the benchmarks: repeated timing of commands and a figures table."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent


def time_command(argv: list[str], repeat: int = 11, cwd: Path = ROOT) -> float:
    """Median wall time of a command in seconds (one warm-up run first)."""
    subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_call(call: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of a function call in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, measured: float, baseline: float, target: float) -> bool:
    """Print one ratio against its target; True when the target is met."""
    ratio = measured / baseline
    ok = ratio <= target
    print(
        f"{name:<48} {measured * 1000:8.1f} ms vs {baseline * 1000:8.1f} ms  ratio {ratio:5.2f}  "
        f"target <= {target:.2f}  {'ok' if ok else 'MISSED'}"
    )
    return ok
