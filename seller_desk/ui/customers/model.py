"""The customers table: rows read page by page through the core's customer book."""

from __future__ import annotations

from typing import Any

from seller_desk.core.screens import customers as views
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from seller_desk.ui.tasks import Task

COLUMNS = ("name", "contact", "last", "orders")
COL_NAME, COL_CONTACT, COL_LAST, COL_ORDERS = range(len(COLUMNS))
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class CustomersModel(QAbstractTableModel):
    """Customers matching a filter, last contact first; more rows as the view scrolls.

    Signals:
        loaded(): a query finished and the rows are in place.
    """

    loaded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[views.CustomerRow] = []
        self.total = 0
        self.filter = views.CustomerFilter()
        self._generation = 0
        self._fetching = False

    def set_filter(self, flt: views.CustomerFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Read the first page again in the background."""
        self._generation += 1
        self._fetching = True
        Task(_query, self._generation, self.filter, 0).on_success(
            self._replace).on_failure(self._failed).start()

    def _replace(self, result: tuple[int, views.CustomerPage]) -> None:
        generation, page = result
        if generation != self._generation:
            return  # a newer search was typed meanwhile
        self.beginResetModel()
        self.rows, self.total = list(page.rows), page.total
        self.endResetModel()
        self._done(generation)

    def _append(self, result: tuple[int, views.CustomerPage]) -> None:
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

    def _done(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
            self.loaded.emit()

    def _failed(self, _exc: BaseException) -> None:
        self._done(self._generation)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        Task(_query, self._generation, self.filter, len(self.rows)).on_success(
            self._append).on_failure(self._failed).start()

    def row_of(self, customer_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == customer_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Customer"), self.tr("Email or phone"), self.tr("Last contact"),
                    self.tr("Orders"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_ORDERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return row.name or self.tr("(no name)")
            if col == COL_CONTACT:
                return row.email or row.phone or "—"
            if col == COL_LAST:
                return i18n.format_date(row.last_contact)
            if col == COL_ORDERS:
                return i18n.format_number(row.orders)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ORDERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CONTACT and row.phone:
            return row.phone
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


def _query(generation: int, flt: views.CustomerFilter,
           offset: int) -> tuple[int, views.CustomerPage]:
    return generation, views.query(flt, offset, PAGE_SIZE)
