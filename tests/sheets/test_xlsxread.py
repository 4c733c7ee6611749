"""The workbook reader's helpers."""

from __future__ import annotations

import gc

import pytest

from tender.gcpause import gc_paused


def test_gc_paused_restores_the_collector_even_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        raise ValueError("a reader failed")
    assert gc.isenabled()


def test_gc_paused_leaves_a_collector_paused_by_the_caller_paused() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
