"""The orders table: rows read page by page through the core's paged query."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seller_desk.core.shop import orders
from seller_desk.ui import i18n, labels
from seller_desk.ui.paged import Index, PagedTableModel
from seller_desk.ui.qt import QBrush, QColor, Qt

# the tracking number is in the detail beside the table and on the shipments screen
COLUMNS = ("number", "placed", "customer", "channel", "status", "items", "total")
(COL_NUMBER, COL_PLACED, COL_CUSTOMER, COL_CHANNEL, COL_STATUS, COL_ITEMS,
 COL_TOTAL) = range(len(COLUMNS))
PAGE_SIZE = 200

AMBER = QColor("#9a5b00")
MUTED = QColor("#7b8794")


class OrdersModel(PagedTableModel[orders.OrderRow]):
    """Orders matching a filter, newest first; more rows are read as the view scrolls.

    Signals:
        loaded(): a query finished and the rows are in place.
    """

    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = orders.OrderFilter()
        self.sort_key, self.descending = "placed_at", True

    # --- loading -------------------------------------------------------------------------

    def set_filter(self, flt: orders.OrderFilter) -> None:
        self.filter = flt
        self.reload()

    def page_job(self, offset: int) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return orders.query_orders, (self.filter, offset, PAGE_SIZE, self.sort_key,
                                     self.descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = {COL_NUMBER: "number", COL_PLACED: "placed_at", COL_CHANNEL: "channel",
               COL_STATUS: "status", COL_TOTAL: "total"}.get(column)
        if key is None:
            return
        changed = (key, order == Qt.SortOrder.DescendingOrder) != (self.sort_key,
                                                                   self.descending)
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        # the view sorts once as it is set up: nothing is read until the screen asks
        if changed and self._generation:
            self.reload()

    # --- the table -----------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Order"), self.tr("Date"), self.tr("Customer"), self.tr("Channel"),
                    self.tr("Status"), self.tr("Items"), self.tr("Total"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_ITEMS, COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ITEMS, COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            if row.status == "awaiting_payment":
                return QBrush(AMBER)
            if row.status in ("cancelled", "refunded"):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NUMBER:
            return row.number  # whole, when the column shows it cut
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ITEMS and row.items_text:
            return row.items_text.replace("; ", "\n")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TOTAL and row.refunded_amount:
            return self.tr("Refunded: %1").replace(
                "%1", i18n.format_money(row.refunded_amount, row.currency))
        return None

    def _text(self, row: orders.OrderRow, col: int) -> str:
        if col == COL_NUMBER:
            return row.number
        if col == COL_PLACED:
            return i18n.format_date(row.placed_at)
        if col == COL_CUSTOMER:
            return row.customer_name or "—"
        if col == COL_CHANNEL:
            return labels.channel(row.channel)
        if col == COL_STATUS:
            return labels.order_status(row.status)
        if col == COL_ITEMS:
            return i18n.format_number(row.item_count)
        if col == COL_TOTAL:
            return i18n.format_money(row.total, row.currency)
        return ""
