"""The GUI entry point (composition root): QApplication, the database opened safely, the window.

Before the window opens: the single-instance lock on the database file (a second pos_app on
the same file is refused with a clear message), then the checks and migrations of
pos_app.startup. A file that cannot be opened gives the start-up dialog — restore the latest
good backup, choose another file, or quit — never a traceback. While the window runs, a
backup is taken when a shift closes and once a day (AutoBackups, checked hourly).
"""

from __future__ import annotations

import sys
from pathlib import Path

# isort: split
# Before PySide6 on purpose: once PySide6 is loaded, its __feature__ import hook reads the source
# of every module imported after it, which makes SQLAlchemy's ~150 modules markedly slower to load
# on a cold start (see docs/ARCHITECTURE.md, cold start).
import sqlalchemy.orm  # noqa: F401

# isort: split
from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_file, sqlite_url
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import known_locale
from pos_app.instance_lock import AlreadyRunningError, InstanceLock
from pos_app.resources_access import resource_bytes, resource_text
from pos_app.startup import StartupError, prepare_database
from pos_app.ui.export_menu import file_menu
from pos_app.ui.translation import InstalledLanguage, install_language

DAILY_CHECK_MS = 60 * 60 * 1000  # the daily backup is due-checked every hour


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pos-app")
    app.setApplicationDisplayName("pos_app")
    app.setStyleSheet(resource_text("app.qss"))
    pixmap = QPixmap()
    pixmap.loadFromData(resource_bytes("icon.svg"))
    app.setWindowIcon(QIcon(pixmap))
    return app


_language: InstalledLanguage | None = None


def system_locale() -> str:
    """The desktop's locale ("de_DE"), when Babel knows it; else en_US."""
    return known_locale(QLocale.system().name()) or "en_US"


def use_language(app: QApplication, locale_name: str) -> None:
    """Translate and format for `locale_name` from now on (windows built later show it)."""
    global _language
    if _language is not None:
        if _language.locale_name == known_locale(locale_name):
            return
        _language.remove()
    _language = install_language(app, locale_name)


class OpenedDatabase:
    """The database the window will use, its lock (held until `close()`), and what happened on the way."""

    def __init__(self, url: str, lock: InstanceLock | None, notice: str = "") -> None:
        self.url = url
        self.lock = lock
        self.notice = notice

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()


def open_database(url: str, parent: QWidget | None = None) -> OpenedDatabase | None:
    """Lock, check and migrate the database at `url`, asking the user when it cannot be opened.

    Returns None when the user quits (or another pos_app holds the file); the lock is then released.
    """
    notice = ""
    while True:
        path = sqlite_file(url)
        lock = InstanceLock(path) if path is not None else None
        if lock is not None:
            try:
                lock.acquire()
            except AlreadyRunningError as error:
                _refuse(translate("Gui", "pos_app is already running"), str(error), parent)
                return None
            except OSError:
                lock = None  # e.g. a read-only folder: prepare_database says so clearly
        try:
            prepare_database(url)
            return OpenedDatabase(url, lock, notice)
        except StartupError as error:
            print(f"pos-app: {error}", file=sys.stderr)
            next_url, notice = _ask_after(error, url, parent)
        if lock is not None:
            lock.release()
        if next_url is None:
            return None
        url = next_url


def _ask_after(error: StartupError, url: str, parent: QWidget | None) -> tuple[str | None, str]:
    """The start-up dialog for `error`: the url to try next (None: quit) and a notice for the window."""
    from pos_app.db.backups import RestoreError, latest_backup_for, restore_database
    from pos_app.ui.startup_dialog import StartupChoice, StartupDialog

    database = error.database
    backup = latest_backup_for(database) if database is not None and error.restorable else None
    choice = StartupDialog(str(error), backup.describe() if backup else None, parent).ask()
    if choice is StartupChoice.RESTORE and backup is not None and database is not None:
        try:
            kept = restore_database(backup.path, database)
        except RestoreError as failed:
            _refuse(translate("Gui", "The backup could not be restored"), str(failed), parent)
            return url, ""
        kept_text = (
            translate("Gui", " The file it replaced was kept as {path}.").format(path=kept) if kept else ""
        )
        restored = translate("Gui", "Restored the backup of {backup}.").format(backup=backup.describe())
        return url, restored + kept_text
    if choice is StartupChoice.CHOOSE:
        chosen = choose_database_file(parent, database)
        return (sqlite_url(chosen) if chosen is not None else url), ""
    return None, ""


def choose_database_file(parent: QWidget | None, near: Path | None) -> Path | None:
    """Ask for a database file to open (an existing one or a new name); None when cancelled."""
    dialog = QFileDialog(
        parent, translate("Gui", "Open a pos_app database"), str(near.parent) if near else ""
    )
    dialog.setObjectName("chooseDatabase")
    dialog.setNameFilters(
        [translate("Gui", "pos_app databases (*.sqlite3 *.db *.sqlite)"), translate("Gui", "All files (*)")]
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0]).expanduser().resolve()


def _refuse(title: str, text: str, parent: QWidget | None) -> None:
    print(f"pos-app: {text}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("startupRefusal")
    box.exec()


def run_gui(url: str, *, demo: bool = False) -> int:
    """Open the shop at `url` in the main window; returns the process exit code.

    File ▸ Restore a backup… closes the window, restores (the lock still held) and reopens it.
    """
    app = create_application()
    # The system's language for what comes before the shop's database is open (the start-up
    # dialog); the shop's own locale once its settings can be read (_run_window).
    use_language(app, system_locale())
    opened = open_database(url)
    if opened is None:
        return 1
    try:
        while True:
            code, restore_from = _run_window(app, opened, demo=demo)
            if restore_from is None:
                return code
            demo = False
            opened.notice = _restore_while_held(restore_from, opened)
    finally:
        opened.close()


def _run_window(app: QApplication, opened: OpenedDatabase, *, demo: bool) -> tuple[int, Path | None]:
    """Run the main window until it closes: the exit code, and the backup to restore if one was chosen."""
    controllers = AppControllers(opened.url)
    try:
        use_language(app, controllers.shop_settings.current.locale)
        if demo:
            from pos_app.services.demo import seed_demo

            seed_demo(controllers.uow, settings=controllers.settings)
        elif controllers.setup.needed():
            from pos_app.ui.setup_wizard import run_first_setup

            if not run_first_setup(controllers):
                return 0, None  # cancelled: nothing was saved, the app closes
        from pos_app.ui.main_window import MainWindow

        window = MainWindow(controllers, str(sqlite_file(opened.url) or opened.url.split("@")[-1]))
        timer = start_auto_backups(controllers, window)
        controllers.wal.start()
        menu = BackupMenu(window, controllers) if sqlite_file(opened.url) is not None else None
        window.show()
        if opened.notice:
            QMessageBox.information(window, translate("Gui", "Backup restored"), opened.notice)
            opened.notice = ""
        code = app.exec()
        if timer is not None:
            timer.stop()
        return code, (menu.restore_from if menu is not None else None)
    finally:
        controllers.close()


def _restore_while_held(source: Path, opened: OpenedDatabase) -> str:
    """Restore `source` over the open database (its lock held, its connections closed); a notice."""
    from pos_app.db.backups import RestoreError, restore_database

    database = sqlite_file(opened.url)
    assert database is not None
    try:
        kept = restore_database(source, database)
        prepare_database(opened.url)  # an older backup is upgraded (after its own backup)
    except (RestoreError, StartupError) as error:
        return translate("Gui", "The backup was not restored: {error}").format(error=error)
    kept_text = (
        translate("Gui", " The database it replaced was kept as {path}.").format(path=kept) if kept else ""
    )
    return translate("Gui", "Restored {path}.").format(path=source) + kept_text


class BackupMenu(QObject):
    """File ▸ Back up now and File ▸ Restore a backup…; `restore_from` is the backup chosen, if any."""

    def __init__(self, window: QMainWindow, controllers: AppControllers) -> None:
        super().__init__(window)
        self.setObjectName("backupMenu")
        self._window = window
        database = sqlite_file(controllers.url)
        assert database is not None
        self.database = database
        self.restore_from: Path | None = None
        menu = file_menu(window)
        menu.addSeparator()
        self.backup_action = menu.addAction(translate("BackupMenu", "Back up now"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = menu.addAction(translate("BackupMenu", "Restore a backup…"))
        self.restore_action.triggered.connect(self.choose_restore)

    def back_up_now(self) -> Path | None:
        from pos_app.db.backup import BackupError
        from pos_app.db.backups import take_backup

        try:
            made = take_backup(self.database, "manual")
        except (BackupError, OSError) as error:
            QMessageBox.warning(
                self._window,
                translate("BackupMenu", "Backup failed"),
                translate("BackupMenu", "No backup was made: {error}").format(error=error),
            )
            return None
        self._window.statusBar().showMessage(
            translate("BackupMenu", "Backup saved: {path}").format(path=made), 10_000
        )
        return made

    def choose_restore(self) -> None:
        """Ask for a backup, check it, confirm; then close the window so run_gui restores it."""
        from pos_app.db.backups import restore_problem
        from pos_app.paths import backup_dir_for

        dialog = QFileDialog(
            self._window, translate("BackupMenu", "Restore a backup"), str(backup_dir_for(self.database))
        )
        dialog.setObjectName("chooseBackup")
        dialog.setNameFilters(
            [
                translate("BackupMenu", "pos_app backups (*.sqlite3 *.db *.sqlite)"),
                translate("BackupMenu", "All files (*)"),
            ]
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if not dialog.exec() or not dialog.selectedFiles():
            return
        source = Path(dialog.selectedFiles()[0])
        problem = restore_problem(source)
        if problem is not None:
            QMessageBox.critical(
                self._window,
                translate("BackupMenu", "This backup cannot be restored"),
                translate("BackupMenu", "{problem}. Nothing was restored.").format(problem=problem),
            )
            return
        answer = QMessageBox.question(
            self._window,
            translate("BackupMenu", "Restore this backup?"),
            translate(
                "BackupMenu",
                "Replace the shop's database by {name}?\n\nThe database as it is now is kept as a "
                "before-restore backup: anything done since this backup is in that copy, not in the "
                "restored shop. pos_app closes the shop and reopens it.",
            ).format(name=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_from = source
        self._window.close()


def start_auto_backups(controllers: AppControllers, window: QWidget) -> QTimer | None:
    """Wire the shift-close and daily backups to `window`; returns the hourly timer (None: no file)."""
    from pos_app.controllers.auto_backups import AutoBackups

    database = sqlite_file(controllers.url)
    if database is None:
        return None
    backups = AutoBackups(database, controllers.shifts, window)
    backups.setObjectName("autoBackups")  # owned by the window, found with findChild

    def show_failure(message: str) -> None:
        # Not modal: a failed backup must never stand between the cashier and the till.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Gui", "Backup failed"),
            message,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("backupFailed")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def show_made(path: str) -> None:
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(translate("Gui", "Backup saved: {path}").format(path=path), 10_000)

    backups.backup_failed.connect(show_failure)
    backups.backup_made.connect(show_made)
    backups.daily()
    timer = QTimer(window)
    timer.setInterval(DAILY_CHECK_MS)
    timer.timeout.connect(backups.daily)
    timer.start()
    return timer
