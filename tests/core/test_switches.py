"""Process-wide interpreter switches are set only inside their span and put back afterwards,
on an exception too."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator

import pytest

from app.services.switches import collector_paused, heap_frozen, switch_interval


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    interval, enabled = sys.getswitchinterval(), gc.isenabled()
    yield
    sys.setswitchinterval(interval)
    gc.enable() if enabled else gc.disable()
    gc.unfreeze()


def test_switch_interval_is_short_inside_and_restored_after_an_exception() -> None:
    sys.setswitchinterval(0.005)
    with pytest.raises(RuntimeError), switch_interval(0.001):
        assert sys.getswitchinterval() == pytest.approx(0.001)
        raise RuntimeError("boom")
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_switch_interval_never_lengthens_a_shorter_one() -> None:
    sys.setswitchinterval(0.0005)
    with switch_interval(0.001):
        assert sys.getswitchinterval() == pytest.approx(0.0005)
    assert sys.getswitchinterval() == pytest.approx(0.0005)


@pytest.mark.parametrize("was_enabled", [True, False])
def test_collector_paused_restores_what_it_found(was_enabled: bool) -> None:
    gc.enable() if was_enabled else gc.disable()
    with pytest.raises(KeyError), collector_paused():
        assert not gc.isenabled()
        raise KeyError("x")
    assert gc.isenabled() is was_enabled


def test_heap_frozen_gives_the_objects_back_to_the_collector() -> None:
    gc.unfreeze()
    with pytest.raises(ValueError), heap_frozen():
        assert gc.get_freeze_count() > 0
        raise ValueError("y")
    assert gc.get_freeze_count() == 0


def test_heap_frozen_leaves_an_outer_freeze_alone() -> None:
    gc.freeze()
    outer = gc.get_freeze_count()
    with heap_frozen():
        pass
    assert gc.get_freeze_count() >= outer > 0
