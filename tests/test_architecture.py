"""The import graph of tender/ (every import, also inside functions) follows the layers of docs/architecture.md."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "tender"

# gcpause: pausing the cycle collector over bulk work; lotmodel, lotresult: the lots beside model and result;
# procmodel: the procedure and the committee beside model; wording: the words of findings and usage errors
BASE = {"model", "lotmodel", "procmodel", "lotresult", "result", "errors", "wording", "gcpause", "finite"}
# what each top-level module or folder of tender/ may import (docs/architecture.md): arrows point one way only
ALLOWED: dict[str, set[str]] = {
    "__main__": {"cli"},
    "cli": {"app", "report", "jsonstream", "errors", "progress", "tender"},  # tender: the version (--version)
    "app": {
        *("workspace", "parse", "sheets", "scoring", "analysis", "audit", "report", "atomic", "resources", "progress"),
        *BASE,
    },
    "report": {"analysis", "scoring", "resources", "tender", *BASE},
    "analysis": {"scoring", *BASE},
    "audit": {*BASE},
    "workspace": {"parse", "sheets", *BASE},
    "sheets": {"parse", "atomic", *BASE},
    "parse": {*BASE},
    "scoring": {*BASE},
    "result": {"model", "lotmodel", "errors", "gcpause", "finite"},
    "model": {"errors", "lotmodel", "procmodel"},
    "lotmodel": set(),
    "procmodel": set(),
    "lotresult": {"model", "lotmodel", "result", "errors", "gcpause", "finite"},
    "errors": {"wording"},  # the words of findings and usage errors (German and English)
    "wording": set(),
    "atomic": set(),
    "jsonstream": {"errors", "gcpause", "finite"},  # the CLI's streamed --json output
    "gcpause": set(),
    "finite": set(),
    "resources": set(),
    "progress": set(),  # how far a long step is (the CLI draws it)
    "tender": set(),  # the package's __init__: the version
}
# arrows against the layering that still exist, each with the reason and the way out; the test fails when one
# is gone, so that it is removed here too
PENDING: dict[tuple[str, str], str] = {}


def module_name(path: Path) -> str:
    """tender/report/xlsx.py -> tender.report.xlsx; tender/cli/__init__.py -> tender.cli."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[str]:
    """Every tender module a file imports: at the top, inside functions, under TYPE_CHECKING."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def unit(module: str) -> str:
    """The top-level module or folder a module belongs to: tender.report.xlsx -> report; tender -> tender."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def graph() -> dict[tuple[str, str], set[str]]:
    """(from unit, to unit) -> the module-level arrows behind it, for every arrow between two units."""
    files = sorted(PACKAGE.rglob("*.py"))
    known = {module_name(p) for p in files}
    arrows: dict[tuple[str, str], set[str]] = {}
    for path in files:
        source = module_name(path)
        for target in imports(path):
            if target in known and unit(target) != unit(source):
                arrows.setdefault((unit(source), unit(target)), set()).add(f"{source} -> {target}")
    return arrows


def cycle(edges: set[tuple[str, str]]) -> list[str] | None:
    """One cycle of the directed graph (as a path that returns to its start), or None."""
    succ: dict[str, list[str]] = {}
    for a, b in sorted(edges):
        succ.setdefault(a, []).append(b)
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in succ.get(node, []):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt, [*path, nxt])):
                return found
        state[node] = 2
        return None

    for start in sorted(succ):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_every_unit_has_a_place_in_the_layers() -> None:
    units = {unit(module_name(p)) for p in PACKAGE.rglob("*.py")}
    assert units - set(ALLOWED) == set(), "add the new module or folder to ALLOWED and to docs/architecture.md"


def test_the_layers_themselves_have_no_cycle() -> None:
    assert cycle({(a, b) for a, targets in ALLOWED.items() for b in targets}) is None


def test_no_import_against_the_layers() -> None:
    wrong = [
        f"{a} may not import {b}: " + "; ".join(sorted(why))
        for (a, b), why in sorted(graph().items())
        if b not in ALLOWED.get(a, set()) and (a, b) not in PENDING
    ]
    assert wrong == []


def test_no_cycle_between_top_level_modules_and_folders() -> None:
    arrows = graph()
    found = cycle({edge for edge in arrows if edge not in PENDING})
    assert found is None, " -> ".join(found or [])


def test_pending_exceptions_still_exist() -> None:
    arrows = graph()
    assert [edge for edge in PENDING if edge not in arrows] == [], "remove the arrows that are gone from PENDING"


def test_audit_and_analysis_import_neither_report_nor_app() -> None:
    arrows = graph()
    assert [edge for edge in arrows if edge[0] in ("audit", "analysis") and edge[1] in ("report", "app")] == []


def test_the_cli_takes_from_report_only_what_it_prints() -> None:
    printing = {
        "terminal",
        "analysis_terminal",
        "lots_terminal",
        "lots_analysis",
        "formats",
        "robustness_text",
        "shown",
        "messages",
        "error_text",
    }
    used = {
        target.split(".")[2]
        for path in (PACKAGE / "cli").glob("*.py")
        for target in imports(path)
        if target.startswith("tender.report.")
    }
    assert used <= printing


def test_the_extractor_sees_imports_inside_functions() -> None:
    source = PACKAGE / "cli" / "prepare.py"
    found = set(imports(source))
    assert "tender.app.init" in found and "tender.app.imports" in found  # both imported inside the commands


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycle({("a", "b"), ("b", "c"), ("c", "a")}) == ["a", "b", "c", "a"]
    assert cycle({("a", "b"), ("b", "c")}) is None
