"""The `pos-app` command: start the till, or run a task without a window.

    pos-app [--db PATH] [--demo]          start the app (with a demo shop if the database is empty)
    pos-app --self-test                   check this installation end to end, offscreen
    pos-app [--db PATH] demo              seed the demo shop without starting the window
    pos-app [--db PATH] import items FILE.csv
    pos-app [--db PATH] import customers FILE.csv

Heavy modules (Qt widgets, the importers) load only for the command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pos_app import __version__
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
    importer = commands.add_parser("import", help="import items or customers from a CSV file")
    importer.add_argument("kind", choices=("items", "customers"))
    importer.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from pos_app.selftest import run_self_test

        return run_self_test()
    url = resolve_database_url(args.db, default_database_path())
    if args.command is None:
        from pos_app.gui import run_gui

        return run_gui(url, demo=args.demo)
    from pos_app.startup import StartupError, prepare_database

    if args.command == "import" and not args.file.is_file():
        # Checked before the database is opened, so a typo creates no empty shop file.
        print(f"pos-app: {args.file}: no such file. Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    try:
        prepare_database(url)
    except StartupError as error:
        print(f"pos-app: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.command == "demo":
        return _seed_demo(url)
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
