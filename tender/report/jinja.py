"""The one Jinja environment of the reports: autoescaping, strict undefined, templates from templates/."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup

from tender.resources import data_dir

if TYPE_CHECKING:
    from jinja2 import Environment


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Environment every report template is rendered with (autoescape on, undefined names fail)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from tender.report.html_rows import entries_html, matrix_rows_html, trail_html

    env = Environment(
        loader=FileSystemLoader(str(data_dir("templates"))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["entries_html"] = entries_html
    env.filters["matrix_rows_html"] = matrix_rows_html
    env.filters["trail_html"] = trail_html
    return env


def stylesheet(name: str) -> Markup:
    """A shipped stylesheet as trusted text to place inside <style> (it is ours, not input)."""
    return Markup((data_dir("templates") / name).read_text(encoding="utf-8"))
