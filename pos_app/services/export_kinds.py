"""What can be exported to CSV: named apart from pos_app.services.csv_export, so that the menus
offering an export do not import the exporter (and the csv machinery) until one is run."""

from __future__ import annotations

import enum

from pos_app.domain.i18n import translate


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

    @property
    def plural(self) -> str:
        """What a menu or a progress message calls the rows, in the user's language: "order lines"."""
        if self is ExportKind.ORDERS:
            return translate("ExportKind", "orders")
        if self is ExportKind.LINES:
            return translate("ExportKind", "order lines")
        if self is ExportKind.ITEMS:
            return translate("ExportKind", "items")
        return translate("ExportKind", "customers")

    def count_text(self, count: int) -> str:
        """`count` rows with the noun in the right number: "1 item", "1,234 items"."""
        # Whole phrases: a translator cannot pluralise a noun slotted in.
        one = count == 1
        if self is ExportKind.ORDERS:
            text = translate("ExportKind", "1 order") if one else translate("ExportKind", "{count} orders")
        elif self is ExportKind.LINES:
            text = (
                translate("ExportKind", "1 order line")
                if one
                else translate("ExportKind", "{count} order lines")
            )
        elif self is ExportKind.ITEMS:
            text = translate("ExportKind", "1 item") if one else translate("ExportKind", "{count} items")
        else:
            text = (
                translate("ExportKind", "1 customer") if one else translate("ExportKind", "{count} customers")
            )
        return text.format(count=f"{count:,}")
