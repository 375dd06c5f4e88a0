"""The customers table: rows read page by page through the core's customer book."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seller_desk.core.screens import customers as views
from seller_desk.ui import i18n
from seller_desk.ui.paged import Index, PagedTableModel
from seller_desk.ui.qt import Qt

COLUMNS = ("name", "contact", "last", "orders")
COL_NAME, COL_CONTACT, COL_LAST, COL_ORDERS = range(len(COLUMNS))
PAGE_SIZE = 200


class CustomersModel(PagedTableModel[views.CustomerRow]):
    """Customers matching a filter, last contact first; more rows as the view scrolls.

    Signals:
        loaded(): a query finished and the rows are in place.
    """

    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = views.CustomerFilter()

    def set_filter(self, flt: views.CustomerFilter) -> None:
        self.filter = flt
        self.reload()

    def page_job(self, offset: int) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return views.query, (self.filter, offset, PAGE_SIZE)

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
