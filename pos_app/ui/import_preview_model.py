"""The import preview's table: a PagedTableModel over the plan's rows, formatted only as they are shown."""

from __future__ import annotations

from pos_app.controllers.imports import PreviewRow
from pos_app.ui.paged_model import Column, PagedTableModel

STATUS_TEXT = {"add": "Add", "update": "Update", "error": "Error"}


def preview_columns(kind: str) -> tuple[Column, ...]:
    """Line, status, the row's key (SKU or email), name, and the changes or the error's reason."""
    key_title = "SKU" if kind == "items" else "Email"
    return (
        Column("Line", lambda row: f"{row.line:,}", align_right=True),
        Column("Status", lambda row: STATUS_TEXT[row.status]),
        Column(key_title, lambda row: row.key),
        Column("Name", lambda row: row.name),
        Column("Changes / reason", lambda row: row.detail),
    )


def make_preview_model(kind: str) -> PagedTableModel:
    # Pages of 200 rows, at most 20 kept: a 100k-row plan never becomes 100k cells of text.
    return PagedTableModel(preview_columns(kind))


__all__ = ["PreviewRow", "make_preview_model", "preview_columns"]
