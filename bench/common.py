"""Helpers for the benchmarks: repeated timing of commands and a figures table."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent


def timings(calls: dict[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    """Wall seconds of every run of each call, the calls taken in turns so that load on the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            times[name].append(time.perf_counter() - start)
    return times


def compare_commands(
    measured: list[str], baseline: list[str], repeat: int = 15, cwd: Path = ROOT
) -> tuple[float, float]:
    """Best wall time in seconds of two commands, run interleaved (one warm-up each), so load hits both alike."""

    def command(argv: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(argv, cwd=cwd, check=True, capture_output=True)

    times = timings({"measured": command(measured), "baseline": command(baseline)}, repeat + 1)
    return min(times["measured"][1:]), min(times["baseline"][1:])


def report(name: str, measured: float, baseline: float, target: float) -> bool:
    """Print one ratio against its target; True when the target is met."""
    ratio = measured / baseline
    ok = ratio <= target
    print(
        f"{name:<48} {measured * 1000:8.1f} ms vs {baseline * 1000:8.1f} ms  ratio {ratio:5.2f}  "
        f"target <= {target:.2f}  {'ok' if ok else 'MISSED'}"
    )
    return ok
