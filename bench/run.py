"""Run the benchmark modules bench/bench_*.py (each has a main()): all of them, or those named on the command line."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Import and run each bench_*.py in name order (or only those given, e.g. `run.py bench_reports`)."""
    sys.path.insert(0, str(HERE.parent))
    wanted = {name.removesuffix(".py") for name in sys.argv[1:]}
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted and path.stem not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}", flush=True)
        module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
