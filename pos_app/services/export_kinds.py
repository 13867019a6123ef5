"""What can be exported to CSV: named apart from pos_app.services.csv_export, so that the menus
offering an export do not import the exporter (and the csv machinery) until one is run."""

from __future__ import annotations

import enum


class ExportKind(enum.StrEnum):
    ORDERS = "orders"
    LINES = "lines"
    ITEMS = "items"
    CUSTOMERS = "customers"

    @property
    def noun(self) -> str:
        return {"orders": "order", "lines": "order line", "items": "item", "customers": "customer"}[
            self.value
        ]
