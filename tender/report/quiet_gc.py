"""Rendering without the cyclic garbage collector: a large report makes millions of short-lived objects.

A 500-bid report builds some million strings, rows and view objects, none of them in a reference cycle,
while the evaluation and the analysis it renders stay alive; the collector would scan them again and
again, a fifth of the rendering time. Reference counting frees them as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_gc(render: Callable[P, R]) -> Callable[P, R]:
    """Run `render` with the cyclic collector paused (restored afterwards, also on an error)."""

    @wraps(render)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return render(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused
