"""`pos-app audit verify|list`: check the audit trail's hash chain, or print its events.

Both only read: the database file is opened as it is (read-only for verify), never migrated,
so checking a suspect copy changes nothing in it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, date
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pos_app.controllers.audit_rows import AuditRow

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1
COLUMNS = ("id", "time", "event", "actor", "approver", "register", "subject", "details")


def add_audit_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], local_date: Callable[[str], date]
) -> None:
    audit = commands.add_parser("audit", help="verify or list the audit trail of sensitive events")
    actions = audit.add_subparsers(dest="audit", metavar="ACTION", required=True)
    actions.add_parser("verify", help="check the hash chain; exit 1 naming the first changed or missing row")
    listing = actions.add_parser("list", help="print the events, oldest first")
    listing.add_argument("--from", dest="date_from", type=local_date, metavar="DATE", help="first local day")
    listing.add_argument("--to", dest="date_to", type=local_date, metavar="DATE", help="last local day")
    listing.add_argument("--event", help="only this event (e.g. void, refund, price_change)")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table", help="default: table")


def run_audit(url: str, args: argparse.Namespace) -> int:
    from pos_app.db.engine import sqlite_file

    database = sqlite_file(url)
    if database is not None and not database.is_file():
        print(f"pos-app: {database}: no such database.", file=sys.stderr)
        return EXIT_FAILED
    if args.audit == "verify":
        return _verify(url)
    return _list(url, args)


def _verify(url: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from pos_app.controllers.audit import check_chain
    from pos_app.db.engine import sqlite_file

    database = sqlite_file(url)
    try:
        report = check_chain(database) if database is not None else _with_session(url, check_chain)
    except (sqlite3.Error, SQLAlchemyError) as error:
        print(f"pos-app: the audit trail cannot be read ({error}).", file=sys.stderr)
        return EXIT_FAILED
    if report.bad is not None:
        print(f"audit trail BROKEN at {report.bad.describe()}", file=sys.stderr)
        print(f"{report.count:,} events before it verify.", file=sys.stderr)
        return EXIT_FAILED
    print(f"audit trail intact: {report.count:,} events, head {report.head}")
    return EXIT_OK


def _with_session(url: str, work: Callable[[Session], T]) -> T:
    from sqlalchemy.orm import Session
    from sqlalchemy.pool import NullPool

    from pos_app.db.engine import create_app_engine

    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with Session(engine) as session:
            return work(session)
    finally:
        engine.dispose()


def _list(url: str, args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from pos_app.controllers.audit_browse import all_events
    from pos_app.controllers.audit_rows import AuditFilter
    from pos_app.db.models import AUDIT_EVENTS

    if args.event is not None and args.event not in AUDIT_EVENTS:
        print(f"pos-app: unknown event {args.event!r}; one of: {', '.join(AUDIT_EVENTS)}.", file=sys.stderr)
        return EXIT_FAILED
    if args.date_from and args.date_to and args.date_from > args.date_to:
        print("pos-app: --from is after --to.", file=sys.stderr)
        return EXIT_FAILED
    wanted = AuditFilter(date_from=args.date_from, date_to=args.date_to, event=args.event)

    def write(session: Session) -> int:
        return _print_rows(all_events(session, wanted), args.format)

    try:
        return _with_session(url, write)
    except SQLAlchemyError as error:
        print(f"pos-app: the audit trail cannot be read ({error}).", file=sys.stderr)
        return EXIT_FAILED


def _cells(row: AuditRow) -> list[str]:
    local = row.created_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return [
        str(row.id),
        local,
        row.event,
        row.actor,
        row.approver or "",
        row.register,
        row.subject,
        row.details,
    ]


def _print_rows(rows: Iterable[AuditRow], form: str) -> int:
    out = sys.stdout
    if form == "json":
        out.write("[")
        for index, row in enumerate(rows):
            cells: dict[str, Any] = dict(zip(COLUMNS, _cells(row), strict=True))
            cells["details"] = json.loads(row.details)
            cells["id"] = row.id
            cells["hash"] = row.hash
            out.write(("," if index else "") + "\n  " + json.dumps(cells, ensure_ascii=False, sort_keys=True))
        out.write("\n]\n")
    elif form == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(_cells(row) for row in rows)
    else:
        for row in rows:
            shown = _cells(row)
            out.write(f"{shown[0]:>6}  {shown[1]}  {shown[2]:<15} {shown[3]:<16} {shown[6]:<14} {shown[7]}\n")
    return EXIT_OK
