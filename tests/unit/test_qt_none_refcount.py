"""Guards against the PySide6 6.12.0 / Python 3.11 defect: Qt calls that return None each drop a
reference to None, and after a few thousand the interpreter aborts (none_dealloc). Qt calls here use
QtCore only; on Python 3.12+ None is immortal, so there the calls merely have to complete."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QObject

CALLS = 20_000
MAX_DROP = 1_000


def _none_returning_calls() -> int:
    holder = QObject()
    index = QModelIndex()
    returned_none = 0
    for n in range(CALLS):
        match n % 3:
            case 0:
                result = holder.setObjectName("x")  # a void method
            case 1:
                result = index.data()  # an invalid QVariant
            case _:
                result = holder.parent()  # a null pointer
        returned_none += result is None
    return returned_none


def test_qt_calls_returning_none_keep_none_alive():
    before = sys.getrefcount(None)
    returned_none = _none_returning_calls()
    after = sys.getrefcount(None)
    assert returned_none == CALLS
    if sys.version_info < (3, 12):
        assert before - after < MAX_DROP, (
            f"None lost {before - after} references over {CALLS} Qt calls: this PySide6 build "
            "decrefs None (6.12.0 on Python 3.11); pin PySide6 below 6.12 on this Python"
        )


def test_fresh_objects_too():
    before = sys.getrefcount(None)
    for _ in range(CALLS // 4):
        QObject().parent()
        QModelIndex().data()
    if sys.version_info < (3, 12):
        assert before - sys.getrefcount(None) < MAX_DROP
