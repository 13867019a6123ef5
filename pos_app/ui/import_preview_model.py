"""The import preview's table: a PagedTableModel over the plan's rows, formatted only as they are shown."""

from __future__ import annotations

from pos_app.controllers.imports import PreviewRow
from pos_app.domain.i18n import translate
from pos_app.ui.paged_model import Column, PagedTableModel


def preview_columns(kind: str) -> tuple[Column, ...]:
    """Line, status, the row's key (SKU or email), name, and the changes or the error's reason."""
    key_title = translate("ImportPreview", "SKU") if kind == "items" else translate("ImportPreview", "Email")
    # Translated here, when the dialog builds its model, not at import (before the translator is in).
    status_text = status_names()
    return (
        Column(translate("ImportPreview", "Line"), lambda row: f"{row.line:,}", align_right=True),
        Column(translate("ImportPreview", "Status"), lambda row: status_text[row.status]),
        Column(key_title, lambda row: row.key),
        Column(translate("ImportPreview", "Name"), lambda row: row.name),
        Column(translate("ImportPreview", "Changes / reason"), lambda row: row.detail),
    )


def status_names() -> dict[str, str]:
    """A planned row's status ("add", "update", "error") as the preview shows it."""
    return {
        "add": translate("ImportPreview", "Add"),
        "update": translate("ImportPreview", "Update"),
        "error": translate("ImportPreview", "Error"),
    }


def make_preview_model(kind: str) -> PagedTableModel:
    # Pages of 200 rows, at most 20 kept: a 100k-row plan never becomes 100k cells of text.
    return PagedTableModel(preview_columns(kind))


__all__ = ["PreviewRow", "make_preview_model", "preview_columns"]
