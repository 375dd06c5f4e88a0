"""The orders table: rows read page by page through the core's paged query."""

from __future__ import annotations

from typing import Any

from seller_desk.core.shop import orders
from seller_desk.ui import i18n, labels
from seller_desk.ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from seller_desk.ui.tasks import Task

# the tracking number is in the detail beside the table and on the shipments screen
COLUMNS = ("number", "placed", "customer", "channel", "status", "items", "total")
(COL_NUMBER, COL_PLACED, COL_CUSTOMER, COL_CHANNEL, COL_STATUS, COL_ITEMS,
 COL_TOTAL) = range(len(COLUMNS))
PAGE_SIZE = 200

AMBER = QColor("#9a5b00")
MUTED = QColor("#7b8794")

Index = QModelIndex | QPersistentModelIndex


class OrdersModel(QAbstractTableModel):
    """Orders matching a filter, newest first; more rows are read as the view scrolls.

    Signals:
        loaded(): a query finished and the rows are in place.
    """

    loaded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[orders.OrderRow] = []
        self.total = 0
        self.filter = orders.OrderFilter()
        self.sort_key, self.descending = "placed_at", True
        self._generation = 0
        self._fetching = False

    # --- loading -------------------------------------------------------------------------

    def set_filter(self, flt: orders.OrderFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Read the first page again in the background."""
        self._generation += 1
        self._fetching = True
        # bound methods, not lambdas: Qt drops the delivery if the model is gone by then
        Task(_query, self._generation, self.filter, 0, self.sort_key,
             self.descending).on_success(self._replace).on_failure(self._failed).start()

    def _replace(self, result: tuple[int, orders.OrderPage]) -> None:
        generation, page = result
        if generation != self._generation:
            return  # a newer filter was chosen meanwhile
        self.beginResetModel()
        self.rows, self.total = list(page.rows), page.total
        self.endResetModel()
        self._done(generation)

    def _done(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
            self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        Task(_query, self._generation, self.filter, len(self.rows), self.sort_key,
             self.descending).on_success(self._append).on_failure(self._failed).start()

    def _failed(self, _exc: BaseException) -> None:
        self._done(self._generation)

    def _append(self, result: tuple[int, orders.OrderPage]) -> None:
        generation, page = result
        if generation != self._generation:
            return
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.total = page.total
        self._done(generation)

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

    def row_of(self, order_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == order_id:
                return number
        return -1

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

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

    def retranslate(self) -> None:
        """Headers and codes in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))


def _query(generation: int, flt: orders.OrderFilter, offset: int, sort: str,
           descending: bool) -> tuple[int, orders.OrderPage]:
    return generation, orders.query_orders(flt, offset, PAGE_SIZE, sort, descending)
