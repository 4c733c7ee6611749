"""The terminal renderers and the robustness sentences take every word from the message catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tender.report.messages import CATALOGUE

REPORT = Path(__file__).resolve().parents[2] / "tender" / "report"
KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+|yes|no")


@pytest.mark.parametrize("name", ["terminal.py", "analysis_terminal.py", "robustness_text.py"])
def test_words_come_from_the_catalogue(name: str) -> None:
    tree = ast.parse((REPORT / name).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    texts = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]
    keys = {t for t in texts if KEY.fullmatch(t) and not t.startswith("tender.")}
    assert keys and keys <= set(CATALOGUE), keys - set(CATALOGUE)
    assert [t for t in texts if len(t.split()) > 2] == []  # no sentence written inline
