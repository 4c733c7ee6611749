"""Run every benchmark in bench/ (bench_*.py), each in its own process, and print their figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run the benchmarks named on the command line (default: all) and report failures."""
    names = sys.argv[1:]
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        if names and script.stem.removeprefix("bench_") not in names:
            continue
        print(f"== {script.stem}", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0:
            failed.append(script.stem)
    if failed:
        print(f"missed targets or failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
