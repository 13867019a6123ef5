"""Messages below the widgets in German: item validation, the import preview's reasons, start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.domain.permissions import Permission, refusal_message
from pos_app.domain.validation import ValidationError, clean_quantity, validate_item
from pos_app.services.csv_import import plan_items
from pos_app.services.export_kinds import ExportKind
from pos_app.startup import StartupError, prepare_database

WRONG_CHECK_DIGIT = "4006381333932"  # 4006381333931 is a valid EAN-13
ROWS = (
    "sku,barcode,name,price,stock,tax_rate\n"
    "A-1,4006381333931,Vollmilch,1.19,5,7\n"
    "A-1,,Milch doppelt,1.29,5,7\n"
    f"B-1,{WRONG_CHECK_DIGIT},Brot,2.00,1,7\n"
    "C-1,,Käse,2.00,-3,7\n"
)


def test_item_validation_errors_are_german(german):
    with pytest.raises(ValidationError) as barcode:
        validate_item(sku="B-1", barcode=WRONG_CHECK_DIGIT, name="Brot", price="2.00")
    assert barcode.value.message == f"Barcode {WRONG_CHECK_DIGIT} hat eine falsche Prüfziffer (EAN/UPC)"
    assert barcode.value.field == "barcode"  # the field key is not translated: forms find it by key
    with pytest.raises(ValidationError) as sku:
        validate_item(sku="", barcode="", name="Brot", price="2.00")
    assert sku.value.message == "Artikelnummer ist erforderlich"
    with pytest.raises(ValidationError) as name:
        validate_item(sku="B-1", barcode="", name="  ", price="2.00")
    assert name.value.message == "Name ist erforderlich"
    with pytest.raises(ValidationError) as quantity:
        clean_quantity("0")
    assert quantity.value.message == "Menge darf nicht kleiner als 1 sein"


def test_import_preview_reasons_are_german(german, controllers, tax_rate, tmp_path: Path):
    tax_rate("7")
    path = tmp_path / "artikel.csv"
    path.write_text(ROWS, encoding="utf-8")
    plan = plan_items(controllers.uow, path)
    reasons = [(row.line, row.status, row.detail) for row in plan.preview_rows("error", 0, 10)]
    assert reasons == [
        (3, "error", "Artikelnummer A-1 steht zweimal in der Datei (zuerst in Zeile 2)"),
        # German keeps the capital of a reason's first word ("Barcode", "Bestand"): nouns.
        (4, "error", f"Barcode {WRONG_CHECK_DIGIT} hat eine falsche Prüfziffer (EAN/UPC)"),
        (5, "error", "Bestand darf nicht kleiner als 0 sein"),
    ]
    [added] = plan.preview_rows("add", 0, 10)
    assert added.detail == "Barcode 4006381333931, Preis 1.19, Bestand 5, Steuersatz 7%"
    assert plan.summary() == "1 neu, 0 zu ändern, 3 mit Fehlern"
    assert plan.delimiter_name == "Komma"
    assert [field.label for field in plan.fields] == [
        "Artikelnummer",
        "Barcode",
        "Name",
        "Preis",
        "Bestand",
        "Steuersatz",
    ]


def test_import_column_problems_are_german(german, controllers, tmp_path: Path):
    path = tmp_path / "farben.csv"
    path.write_text("sku,barcode,name,price,colour\nA-1,,Milch,1.00,blau\n", encoding="utf-8")
    plan = plan_items(controllers.uow, path)
    assert plan.problems == [
        "Unbekannte Spalte 'colour' in der Kopfzeile; erwartet werden sku, barcode, name, price "
        "und optional stock, tax_rate (oder wählen Sie in der Vorschau „ignorieren“ dafür)"
    ]


def test_export_and_permission_texts_are_german(german):
    assert ExportKind.ITEMS.count_text(1) == "1 Artikel"
    assert ExportKind.CUSTOMERS.count_text(1234) == "1,234 Kunden"
    assert (
        refusal_message(Permission.VOID) == "Verkäufe stornieren erfordert die Freigabe durch einen Manager."
    )


def test_startup_error_is_german(german, tmp_path: Path):
    folder = tmp_path / "kein-datenbank"
    folder.mkdir()
    with pytest.raises(StartupError) as error:
        prepare_database(f"sqlite:///{folder}")
    assert str(error.value) == f"{folder} ist ein Ordner, keine Datenbankdatei."
