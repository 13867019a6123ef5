"""The `pos-app` command: start the till, or run a task without a window.

    pos-app [--db PATH] [--demo]          start the app (with a demo shop if the database is empty)
    pos-app --self-test                   check this installation end to end, offscreen
    pos-app [--db PATH] demo              seed the demo shop without starting the window
    pos-app [--db PATH] import items FILE.csv
    pos-app [--db PATH] import customers FILE.csv
    pos-app [--db PATH] report sales [--by day|week|month|hour|item|top-items|customer|cashier|tender]
                                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|csv|json]
    pos-app [--db PATH] purge --before YYYY-MM-DD [--yes] [--vacuum]
    pos-app [--db PATH] import orders FILE.csv           sales history from another system
    pos-app [--db PATH] export orders|lines|items|customers FILE.csv [--from DATE] [--to DATE]
    pos-app [--db PATH] setup --shop-name NAME --currency CODE --owner NAME --owner-password PW|-
                              [--address TEXT] [--tax-rate NAME=PERCENT ...]
    pos-app [--db PATH] user add NAME --role cashier|manager|owner (--pin PIN|- | --password PW|-)
    pos-app [--db PATH] user list | user deactivate NAME
    pos-app [--db PATH] audit verify                     check the audit trail's hash chain
    pos-app [--db PATH] audit list [--from DATE] [--to DATE] [--event NAME] [--format table|csv|json]
    pos-app [--db PATH] backup [DEST]                   a verified copy (DEST: folder or file)
    pos-app [--db PATH] restore SRC                     replace the database by a checked backup
    pos-app [--db PATH] backups                         list the backups beside the database

Commands that write (the window, demo, import, purge, restore) hold the database's
single-instance lock; report, export and backup may run while the till is open.

Heavy modules (Qt widgets, the importers) load only for the command that needs them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pos_app import __version__
from pos_app.cli_staff import add_staff_parsers
from pos_app.db.engine import resolve_database_url
from pos_app.paths import default_database_path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pos-app", description="Point of sale for small shops.")
    parser.add_argument("--version", action="version", version=f"pos-app {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite database file (default: the user data folder; $POS_DATABASE_URL overrides)",
    )
    parser.add_argument("--demo", action="store_true", help="seed a demo shop first if the database is empty")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="ring up a sale offscreen on a temporary database and report",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="seed the demo shop if the database is empty, then exit")
    importer = commands.add_parser(
        "import", help="import items, customers or sales history (orders) from a CSV file"
    )
    importer.add_argument("kind", choices=("items", "customers", "orders"))
    importer.add_argument("file", type=Path)
    _add_report_parser(commands)
    from pos_app.cli_audit import add_audit_parser

    add_audit_parser(commands, _local_date)
    purger = commands.add_parser(
        "purge", help="delete the orders created before a date, after an automatic backup"
    )
    purger.add_argument("--before", required=True, metavar="YYYY-MM-DD", help="the cut-off (a local date)")
    purger.add_argument("--yes", action="store_true", help="do not ask to confirm the number of orders")
    purger.add_argument(
        "--backup-dir", type=Path, help="where the backup goes (default: backups/ beside the file)"
    )
    purger.add_argument("--vacuum", action="store_true", help="shrink the file afterwards (VACUUM)")
    exporter = commands.add_parser("export", help="export orders, order lines, items or customers to CSV")
    exporter.add_argument("kind", choices=("orders", "lines", "items", "customers"))
    exporter.add_argument("file", type=Path)
    exporter.add_argument(
        "--from",
        dest="date_from",
        type=_local_date,
        metavar="DATE",
        help="first day (YYYY-MM-DD), orders and lines",
    )
    exporter.add_argument(
        "--to",
        dest="date_to",
        type=_local_date,
        metavar="DATE",
        help="last day (YYYY-MM-DD), orders and lines",
    )
    add_staff_parsers(commands)
    backup = commands.add_parser("backup", help="make a verified backup of the database (safe while it runs)")
    backup.add_argument(
        "dest",
        nargs="?",
        type=Path,
        help="a folder or a .sqlite3 file (default: backups/ beside the database)",
    )
    restore = commands.add_parser(
        "restore", help="replace the database by a backup (checked first; the old file is kept)"
    )
    restore.add_argument("src", type=Path, help="the backup file to restore")
    commands.add_parser("backups", help="list the backups beside the database, newest first")
    return parser


def _local_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from None


# Kept in step with pos_app.controllers.report_rows.ReportKind (a test checks), so the parser
# does not import the controllers.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
REPORT_KINDS = ("day", "week", "month", "hour", "item", "top-items", "customer", "cashier", "tender")


def _add_report_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="print a sales report (for nightly exports)")
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    sales = reports.add_parser(
        "sales",
        help="sales, refunds, tax and takings per period, item, customer, cashier or tender",
        description="Only paid sales and their returns count; days are the shop's local days.",
    )
    sales.add_argument("--by", choices=REPORT_KINDS, default="day", help="how to group (default: day)")
    sales.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first local day (inclusive)")
    sales.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last local day (inclusive)")
    sales.add_argument("--format", choices=("table", "csv", "json"), default="table", help="default: table")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from pos_app.selftest import run_self_test

        return run_self_test()
    url = resolve_database_url(args.db, default_database_path())
    if args.command is None:
        from pos_app.gui import run_gui

        return run_gui(url, demo=args.demo)
    if args.command == "report":
        return _report(url, args)
    if args.command == "audit":
        from pos_app.cli_audit import run_audit

        return run_audit(url, args)
    if args.command in ("backup", "restore", "backups"):
        from pos_app.cli_backup import run_backup_command

        return run_backup_command(url, args)
    return _run_command(url, args)


def _run_command(url: str, args: argparse.Namespace) -> int:
    from pos_app.startup import StartupError, prepare_database

    if args.command == "purge":
        from pos_app.cli_purge import check_cutoff_text, missing_database

        # Checked before the database is opened: a typo creates no empty shop file.
        args.cutoff = check_cutoff_text(args.before)
        if args.cutoff is None:
            return EXIT_USAGE
        if missing_database(url):
            return EXIT_FAILED
    if args.command == "export":
        problem = _export_problem(url, args)
        if problem is not None:
            print(f"pos-app: {problem}. Nothing was exported.", file=sys.stderr)
            return EXIT_FAILED

    if args.command in ("setup", "user"):
        from pos_app.cli_staff import staff_command_problem

        refusal = staff_command_problem(url, args)
        if refusal is not None:
            print(f"pos-app: {refusal[1]}", file=sys.stderr)
            return refusal[0]
    if args.command == "import" and not args.file.is_file():
        # Checked before the database is opened, so a typo creates no empty shop file.
        print(f"pos-app: {args.file}: no such file. Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    from pos_app.instance_lock import AlreadyRunningError, writer_lock

    try:
        # Held from the migration on to the end of the command; export only reads.
        with writer_lock(url, args.command != "export"):
            try:
                prepare_database(url)
            except StartupError as error:
                print(f"pos-app: {error}", file=sys.stderr)
                return EXIT_FAILED
            return _run_locked(url, args)
    except AlreadyRunningError as error:
        print(f"pos-app: {error}", file=sys.stderr)
        return EXIT_FAILED


def _run_locked(url: str, args: argparse.Namespace) -> int:
    if args.command == "demo":
        return _seed_demo(url)
    if args.command in ("setup", "user"):
        from pos_app.cli_staff import run_staff_command

        return run_staff_command(url, args)
    if args.command == "purge":
        from pos_app.cli_purge import run_purge

        return run_purge(url, args.cutoff, yes=args.yes, backup_dir=args.backup_dir, vacuum=args.vacuum)
    if args.command == "export":
        return _export_csv(url, args)
    return _import_csv(url, args.kind, args.file)


def _seed_demo(url: str) -> int:
    from pos_app.controllers.app import AppControllers
    from pos_app.services.demo import seed_demo

    app = AppControllers(url)
    try:
        report = seed_demo(app.uow, settings=app.settings)
    finally:
        app.close()
    if report is None:
        print("The database already has items; the demo shop was not added.")
    else:
        print(report.summary())
    return EXIT_OK


def _import_csv(url: str, kind: str, file: Path) -> int:
    from pos_app.controllers.app import AppControllers
    from pos_app.controllers.errors import UserError
    from pos_app.services.csv_import import CsvImportError, import_customers, import_items

    if kind == "orders":
        return _import_orders(url, file)
    app = AppControllers(url)
    try:
        importer = import_items if kind == "items" else import_customers
        report = importer(app.uow, file)
    except CsvImportError as error:
        if error.error_count > 1:
            listed = "".join(f"  line {line}: {reason}\n" for line, reason in error.errors)
            if error.error_count > len(error.errors):
                listed += f"  … and {error.error_count - len(error.errors):,} more\n"
            print(
                f"pos-app: {file}: {error.error_count:,} rows have errors:\n{listed}Nothing was imported.",
                file=sys.stderr,
            )
        else:
            print(f"pos-app: {file}: {error}. Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    except UserError as error:
        print(f"pos-app: {error.message} Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    finally:
        app.close()
    print(f"{file}: {report.summary()}")
    return EXIT_OK


def _report_dates(args: argparse.Namespace) -> tuple[date | None, date | None] | str:
    """The --from/--to dates, or what is wrong with them."""
    days: list[date | None] = []
    for option, typed in (("--from", args.first), ("--to", args.last)):
        if typed is None:
            days.append(None)
            continue
        try:
            days.append(date.fromisoformat(typed) if _ISO_DAY.fullmatch(typed) else None)
        except ValueError:
            days.append(None)
        if days[-1] is None:
            return f"{option} {typed!r} is not a date: use YYYY-MM-DD, like 2026-03-31"
    first, last = days
    if first is not None and last is not None and first > last:
        return f"--from {first} is after --to {last}: nothing to report"
    return first, last


def _report(url: str, args: argparse.Namespace) -> int:
    dates = _report_dates(args)
    if isinstance(dates, str):
        # A usage error: checked before the database is touched, and nothing goes to stdout.
        print(f"pos-app report: {dates}", file=sys.stderr)
        return EXIT_USAGE
    from pos_app.db.engine import sqlite_file

    path = sqlite_file(url)
    if path is not None and not path.is_file():
        # A report never creates a shop: a mistyped --db is an error, not an empty report.
        print(f"pos-app report: there is no database at {path}.", file=sys.stderr)
        return EXIT_FAILED
    from pos_app.startup import StartupError, prepare_database

    try:
        prepare_database(url)
    except StartupError as error:
        print(f"pos-app: {error}", file=sys.stderr)
        return EXIT_FAILED
    from sqlalchemy.orm import sessionmaker

    from pos_app.controllers.report_rows import ReportKind
    from pos_app.controllers.reports import ReportsController
    from pos_app.controllers.transactions import UnitOfWork
    from pos_app.db.engine import create_app_engine
    from pos_app.services.report_export import csv_text, json_text, text_table

    engine = create_app_engine(url)
    session = sessionmaker(bind=engine, expire_on_commit=False)()
    try:
        table = ReportsController(UnitOfWork(session)).table(ReportKind(args.by), *dates)
    finally:
        session.close()
        engine.dispose()
    writer = {"csv": csv_text, "json": json_text, "table": text_table}[args.format]
    sys.stdout.write(writer(table))
    return EXIT_OK


def _import_orders(url: str, file: Path) -> int:
    from pos_app.controllers.app import AppControllers
    from pos_app.controllers.errors import UserError
    from pos_app.services.order_import import OrderImportError, import_orders

    app = AppControllers(url)
    try:
        report = import_orders(app.uow, file, app.settings)
    except OrderImportError as error:
        found = f"{error.total:,} problem{'' if error.total == 1 else 's'}"
        print(f"pos-app: {file}: {found}:", file=sys.stderr)
        for line in error.report_lines():
            print(f"  {line}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    except UserError as error:
        print(f"pos-app: {error.message} Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    finally:
        app.close()
    print(f"{file}: {report.summary()}")
    return EXIT_OK


def _export_problem(url: str, args: argparse.Namespace) -> str | None:
    """Why an export cannot start, checked before the database is opened; None if it can."""
    from pos_app.db.engine import sqlite_file

    database = sqlite_file(url)
    if database is not None and not database.is_file():
        # Exporting never creates a shop: a mistyped --db must not leave an empty file behind.
        return f"{database}: no such database"
    if args.date_from and args.date_to and args.date_from > args.date_to:
        return "--from is after --to"
    return None


def _export_csv(url: str, args: argparse.Namespace) -> int:
    from pos_app.db.engine import create_app_engine
    from pos_app.services.csv_export import CsvExportError, ExportKind, export_csv

    engine = create_app_engine(url)
    try:
        report = export_csv(
            engine, ExportKind(args.kind), args.file, date_from=args.date_from, date_to=args.date_to
        )
    except CsvExportError as error:
        print(f"pos-app: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        engine.dispose()
    print(report.summary())
    return EXIT_OK
