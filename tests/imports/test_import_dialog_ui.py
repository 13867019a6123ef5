"""The import preview driven as a shop owner would: Ctrl+I on the real catalog and customer screens,
a file picked (the file dialog monkeypatched), a column mapped, the counts read, Enter to apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from pos_app.controllers.app import AppControllers
from pos_app.ui.import_dialog import ImportDialog
from pos_app.ui.import_preview_model import make_preview_model
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_leaked_windows")

MILK = "4006381333931"


@pytest.fixture
def window(qtbot, shop: AppControllers, db_path: Path) -> MainWindow:
    main = MainWindow(shop, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)  # shortcuts need the active window
    yield main
    shop.imports.wait()


@pytest.fixture
def pick_file(monkeypatch: pytest.MonkeyPatch):
    """`pick_file(path)`: the next file dialog chooses `path` (None: the person cancels)."""
    asked: list[str] = []

    def pick(path: Path | None) -> list[str]:
        def get_open_file_name(_parent, caption, *_args, **_kwargs):
            asked.append(caption)
            return (str(path) if path else "", "")

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
        return asked

    return pick


def open_import(qtbot, window: MainWindow, screen_key: Qt.Key, screen) -> ImportDialog:
    qtbot.keyClick(window.focusWidget(), screen_key)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is screen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportDialog))
    dialog = screen.dialog
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20_000)
    return dialog


def cells(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_catalog_import_with_a_mapping_change_and_enter(
    qtbot, window, pick_file, csv_file, gtin, sql
) -> None:
    path = csv_file(
        "Item code;EAN;Description;Unit price;Colour\n"
        f"TEA-1;{gtin(1)};Green tea;3,49;green\n"
        f"MILK-1;{MILK};Whole milk 1 L;1.25;white\n"
    )
    asked = pick_file(path)

    dialog = open_import(qtbot, window, Qt.Key.Key_F2, window.catalog)

    assert asked == ["Import items"]
    assert window.catalog.importer.button.text() == "Import…  (Ctrl+I)"
    assert dialog.read_as.text() == "import.csv: read as UTF-8, semicolon-separated, 5 columns"
    assert "unknown column 'Colour'" in dialog.problems.text()
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter does nothing yet
    assert dialog.isVisible()

    # The person says the colour column is to be ignored: the file is planned again.
    combo = dialog.combos[4]
    combo.setFocus()
    qtbot.keyClicks(combo, "ignore")  # a closed combo box selects the item typed
    qtbot.waitUntil(lambda: not dialog.planning and dialog.plan is not None and not dialog.plan.problems)

    assert dialog.problems.text() == ""
    assert dialog.counts.text() == "1 to add · 1 to update · 0 with errors"
    assert cells(dialog) == [
        ["3", "Update", "MILK-1", "Whole milk 1 L", "price 1.19 → 1.25"],
        ["2", "Add", "TEA-1", "Green tea", f"barcode {gtin(1)}, price 3.49, stock 0, tax rate 0%"],
    ]
    dialog.show_status("update")
    assert [row[2] for row in cells(dialog)] == ["MILK-1"]
    assert dialog.apply_button.isEnabled()

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.catalog.dialog is None)
    assert window.catalog.status_label.text() == "Imported import.csv: 1 item added, 1 updated"
    shown = [window.catalog.model.index(row, 0).data() for row in range(window.catalog.model.rowCount())]
    assert "TEA-1" in shown
    assert sql("SELECT sku, price FROM items ORDER BY id") == [
        ("MILK-1", 125),
        ("BREAD-1", 229),
        ("TEA-1", 349),
    ]


def test_rows_with_errors_keep_apply_disabled_and_escape_writes_nothing(
    qtbot, window, pick_file, csv_file, snapshot
) -> None:
    path = csv_file("sku,barcode,name,price\nOK-1,,Fine,1.00\nBAD-1,,Bad,abc\nBAD-2,,,1.00\n")
    pick_file(path)
    before = snapshot()

    dialog = open_import(qtbot, window, Qt.Key.Key_F2, window.catalog)

    assert dialog.counts.text() == "1 to add · 0 to update · 2 with errors"
    dialog.show_status("error")
    assert [row[:2] + row[4:] for row in cells(dialog)] == [
        ["3", "Error", "price must be a number, like 4.99 (got 'abc')"],
        ["4", "Error", "name is required"],
    ]
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()

    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: window.catalog.dialog is None)
    assert snapshot() == before


def test_customers_import_from_the_customer_list(qtbot, window, pick_file, csv_file, sql) -> None:
    pick_file(
        csv_file("Full name,E-mail,Mobile\nBen Carter,ben@example.com,+1 555 0101\n", encoding="cp1252")
    )

    dialog = open_import(qtbot, window, Qt.Key.Key_F3, window.customers)

    assert "read as UTF-8, comma-separated" in dialog.read_as.text()  # plain ASCII reads as UTF-8
    assert dialog.counts.text() == "1 to add · 0 to update · 0 with errors"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.customers.dialog is None)
    assert window.customers.status_label.text() == "Imported import.csv: 1 customer added, 0 updated"
    assert sql("SELECT name, email, phone FROM customers ORDER BY id")[-1] == (
        "Ben Carter",
        "ben@example.com",
        "+1 555 0101",
    )


def test_cancelled_file_dialog_opens_nothing(qtbot, window, pick_file) -> None:
    asked = pick_file(None)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.catalog)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert asked == ["Import items"]
    assert window.catalog.dialog is None


def test_unreadable_file_says_why(qtbot, window, pick_file, tmp_path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x81")
    pick_file(path)

    dialog = open_import(qtbot, window, Qt.Key.Key_F2, window.catalog)

    assert dialog.message.text().startswith("Line 3: the file is neither UTF-8 nor Windows-1252 text")
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.catalog.dialog is None)


def test_stale_preview_is_refused_and_shown_again(
    qtbot, window, pick_file, csv_file, db_url, snapshot
) -> None:
    pick_file(csv_file("sku,barcode,name,price\nNEW-1,,New thing,1.00\n"))
    dialog = open_import(qtbot, window, Qt.Key.Key_F2, window.catalog)
    other = AppControllers(db_url)
    try:
        from pos_app.domain.validation import validate_item

        other.catalog.add_item(validate_item(sku="NEW-1", barcode="", name="Added at the till", price="2.00"))
    finally:
        other.close()
    before = snapshot()

    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    assert dialog.message.text().startswith("Nothing was imported: the catalog changed since the preview")
    qtbot.waitUntil(lambda: not dialog.planning)
    assert dialog.counts.text() == "0 to add · 1 to update · 0 with errors"  # the file as it now stands
    assert snapshot() == before
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.catalog.dialog is None)


def test_preview_model_passes_the_model_tester(qtmodeltester, shop: AppControllers, csv_file) -> None:
    rows = "".join(f"NEW-{n},,Item {n},1.00\n" for n in range(500))
    plan = shop.imports.plan("items", csv_file("sku,barcode,name,price\nBAD,,x,x\n" + rows))
    from pos_app.controllers.imports import PlanPageSource

    model = make_preview_model("items")
    model.set_source(PlanPageSource(plan))

    qtmodeltester.check(model)
    assert model.rowCount() == 501
    assert model.index(0, 1).data() == "Error"
    assert model.index(500, 2).data() == "NEW-499"
    assert model.cached_page_count() <= 20


def test_a_big_file_is_planned_while_the_window_keeps_responding(
    qtbot, shop: AppControllers, csv_file
) -> None:
    rows = "".join(f"BIG-{n},,Item {n},1.00\n" for n in range(30_000))
    path = csv_file("sku,barcode,name,price\n" + rows)

    dialog = ImportDialog(shop.imports, "items", path)
    qtbot.addWidget(dialog)

    assert dialog.planning  # the constructor returned at once: a worker thread plans
    cursor = QApplication.overrideCursor()
    assert cursor is not None
    assert cursor.shape() == Qt.CursorShape.BusyCursor
    ticks: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.planning))
    timer.start(1)
    qtbot.waitUntil(lambda: not dialog.planning, timeout=60_000)
    timer.stop()

    assert True in ticks  # the event loop ran while the worker was still planning
    assert QApplication.overrideCursor() is None
    assert dialog.counts.text() == "30,000 to add · 0 to update · 0 with errors"
    assert dialog.model.cached_page_count() <= 2  # only what the table shows was formatted
    dialog.reject()
