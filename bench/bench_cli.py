"""`tender --help` against a minimal Typer app, and `tender evaluate` against its libraries' import time."""

from __future__ import annotations

import sys

from common import BIN, ROOT, compare_commands, report

MINIMAL_TYPER = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "x") -> None:
    print(name)
@app.command()
def bye() -> None:
    pass
app()
"""


def main() -> int:
    """Measure both ratios and return 1 when a target is missed."""
    py = sys.executable
    tender = str(BIN / "tender")
    help_ok = report(
        "tender --help / minimal Typer app --help",
        *compare_commands([tender, "--help"], [py, "-c", MINIMAL_TYPER, "--help"]),
        1.2,
    )
    evaluate_ok = report(
        "tender evaluate (example) / import of its libraries",
        # Typer validates command parameters through its pydantic adapters (typer._adapters), so every Typer
        # command that takes a parameter imports them: they belong to the libraries' import time.
        *compare_commands(
            [tender, "evaluate", str(ROOT)],
            [py, "-c", "import typer, typer._adapters, yaml, pandas, rich.console, rich.table, python_calamine"],
        ),
        1.3,
    )
    return 0 if help_ok and evaluate_ok else 1


if __name__ == "__main__":
    sys.exit(main())
