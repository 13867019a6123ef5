"""The collector pause of a bulk import nests across threads and restores the collector's state."""

from __future__ import annotations

import gc
import threading

import pytest

from pos_app.services.import_gc import collector_paused, collector_paused_during


@pytest.fixture(autouse=True)
def collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pause_nests_and_resumes_after_the_last_user() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer import is still running
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_pause_spans_threads_and_survives_an_exception() -> None:
    inside = threading.Event()
    release = threading.Event()

    def plan_on_a_worker() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=plan_on_a_worker)
    worker.start()
    assert inside.wait(10)

    @collector_paused_during
    def failing_apply() -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        failing_apply()
    assert not gc.isenabled()  # the worker's plan still runs
    release.set()
    worker.join(10)
    assert gc.isenabled()
