"""The hash chain: it verifies, the triggers refuse changes, and with the triggers dropped every kind
of tampering (an edited detail or time, a removed middle or last row, reordering, an edited head,
an inserted row) is detected and the first bad row named; verification runs in constant memory."""

from __future__ import annotations

import sqlite3
import time
import tracemalloc
from contextlib import closing

import pytest
from audit_db import tamper  # type: ignore[import-not-found]
from sqlalchemy import insert

from pos_app.controllers.audit import GENESIS, check_chain, record_event, verify_chain
from pos_app.db.models import AuditEvent, AuditHead


def write_events(controllers, count: int) -> None:
    for n in range(count):
        with controllers.uow.write() as session:
            record_event(session, "void", actor=None, subject=("order", n + 1), details={"reason": f"r{n}"})


@pytest.fixture
def five(controllers, db_path):
    write_events(controllers, 5)
    assert verify_chain(db_path) is None
    return db_path


def test_the_chain_links_each_row_to_the_previous_one(five):
    with closing(sqlite3.connect(five)) as connection:
        rows = connection.execute("SELECT id, prev_hash, hash FROM audit_events ORDER BY id").fetchall()
        head = connection.execute("SELECT count, last_id, last_hash FROM audit_head").fetchone()
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5]
    assert rows[0][1] == GENESIS
    assert all(rows[n][1] == rows[n - 1][2] for n in range(1, 5))
    assert head == (5, 5, rows[-1][2])
    report = check_chain(five)
    assert (report.count, report.head, report.bad) == (5, rows[-1][2], None)


def test_a_session_verifies_the_same_as_a_file(controllers, five):
    with controllers.uow.read() as session:
        assert check_chain(session) == check_chain(five)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET details = '{}' WHERE id = 2",
        "DELETE FROM audit_events WHERE id = 5",
        "DELETE FROM audit_head",
    ],
)
def test_the_triggers_refuse_updates_and_deletes(five, statement):
    with (
        closing(sqlite3.connect(five)) as connection,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        connection.execute(statement)
    assert verify_chain(five) is None


def test_an_unknown_event_is_refused(controllers):
    with pytest.raises(ValueError, match="unknown audit event"), controllers.uow.write() as session:
        record_event(session, "coffee_break", actor="Ann")


def test_a_failed_action_rolls_its_event_back(controllers, db_path):
    def failing_action() -> None:
        with controllers.uow.write() as session:
            record_event(session, "void", actor="Ann")
            raise RuntimeError("the action failed after recording")

    with pytest.raises(RuntimeError):
        failing_action()
    assert check_chain(db_path).count == 0


TAMPERING = {
    "changed detail": (
        ["UPDATE audit_events SET details = replace(details, 'r2', 'rX') WHERE id = 3"],
        3,
        "hash does not match",
    ),
    "changed time": (
        ["UPDATE audit_events SET created_at = '2020-01-01 10:00:00.000000' WHERE id = 2"],
        2,
        "hash does not match",
    ),
    "changed actor": (
        ["UPDATE audit_events SET actor = 'Someone else' WHERE id = 1"],
        1,
        "hash does not match",
    ),
    "middle row removed": (["DELETE FROM audit_events WHERE id = 3"], 4, "prev_hash does not link"),
    "first row removed": (["DELETE FROM audit_events WHERE id = 1"], 2, "prev_hash does not link"),
    "last row removed": (["DELETE FROM audit_events WHERE id = 5"], 4, "head records 5 events"),
    "rows reordered": (
        [
            "UPDATE audit_events SET id = 100 WHERE id = 2",
            "UPDATE audit_events SET id = 2 WHERE id = 3",
            "UPDATE audit_events SET id = 3 WHERE id = 100",
        ],
        2,
        "prev_hash does not link",
    ),
    "head rewound with the last row": (
        [
            "DELETE FROM audit_events WHERE id = 5",
            "UPDATE audit_head SET count = 4, last_id = 4, last_hash = 'x'",
        ],
        4,
        "head records 4 events",
    ),
    "head removed": (["DELETE FROM audit_head"], 5, "head records 0 events"),
    "garbage time": (
        ["UPDATE audit_events SET created_at = 'yesterday' WHERE id = 4"],
        4,
        "no longer holds a valid value",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_is_detected_and_the_first_bad_row_named(five, case):
    statements, bad_id, problem = TAMPERING[case]
    tamper(five, *statements)
    bad = verify_chain(five)
    assert bad is not None
    assert bad.id == bad_id
    assert problem in bad.problem
    assert f"row {bad_id} (" in bad.describe()


def test_a_row_inserted_in_the_middle_with_a_forged_hash_is_detected(controllers, five):
    tamper(five, "UPDATE audit_events SET id = id + 10 WHERE id >= 3")
    with closing(sqlite3.connect(five)) as connection:
        hash_2 = connection.execute("SELECT hash FROM audit_events WHERE id = 2").fetchone()[0]
        connection.execute(
            "INSERT INTO audit_events (id, created_at, event, actor, register, details, prev_hash, hash) "
            "VALUES (3, '2026-01-01 00:00:00.000000', 'void', 'Ann', 'main', '{}', ?, 'f00')",
            (hash_2,),
        )
        connection.commit()
    bad = verify_chain(five)
    assert bad is not None
    assert bad.id == 3
    assert "hash does not match" in bad.problem


def test_new_events_after_a_removed_tail_do_not_hide_it(controllers, five):
    tamper(five, "DELETE FROM audit_events WHERE id = 5")
    write_events(controllers, 1)
    bad = verify_chain(five)
    assert bad is not None
    assert bad.id == 6
    assert "prev_hash does not link" in bad.problem


def test_verify_100k_events_in_constant_memory(controllers, db_path):
    """100,000 chained rows written set-based, then verified page by page under tracemalloc."""
    from pos_app.controllers.audit import _hashed_fields, canonical_json, row_hash
    from pos_app.db.models import utc_now

    total, prev, rows = 100_000, GENESIS, []
    moment = utc_now()
    for n in range(1, total + 1):
        fields = _hashed_fields(
            id=n,
            created_at=moment,
            event="discount",
            actor="Ann",
            actor_user_id=None,
            approver=None,
            register="main",
            subject_type="order",
            subject_id=str(n),
            details=canonical_json({"value": "1.00", "n": n}),
        )
        digest = row_hash(prev, fields)
        rows.append({**fields, "created_at": moment, "prev_hash": prev, "hash": digest})
        prev = digest
    with controllers.uow.write() as session:
        session.execute(insert(AuditEvent), rows)
        session.execute(insert(AuditHead).values(id=1, count=total, last_id=total, last_hash=prev))
    del rows
    tracemalloc.start()
    started = time.perf_counter()
    report = check_chain(db_path)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (report.count, report.head, report.bad) == (total, prev, None)
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB: verification must not load the whole trail"
    assert seconds < 60, f"{seconds:.1f} s"
    print(f"\nverified {total:,} events in {seconds:.1f} s, peak {peak / 1e6:.1f} MB traced")
