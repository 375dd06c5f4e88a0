"""The shipments table: parcels with courier, tracking, ETA; late ones in red."""

from __future__ import annotations

from typing import Any

from seller_desk.core.screens import shipments as views_shipments
from seller_desk.ui import i18n, labels
from seller_desk.ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

(COL_ORDER, COL_CUSTOMER, COL_COURIER, COL_TRACKING, COL_SHIPPED, COL_ETA,
 COL_STATUS) = range(7)
COLUMN_COUNT = 7
RED = QColor("#b3261e")
LATE_BACKGROUND = QColor("#fdecea")

Index = QModelIndex | QPersistentModelIndex


class ShipmentsModel(QAbstractTableModel):
    """Parcels of one view of :func:`views_shipments.query_shipments`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[views_shipments.ShipmentRow] = []

    def set_rows(self, rows: list[views_shipments.ShipmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, shipment_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == shipment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Order"), self.tr("Customer"), self.tr("Courier"),
                self.tr("Tracking number"), self.tr("Sent"), self.tr("Expected"),
                self.tr("Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.is_late:
            return QBrush(LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.is_late and col in (COL_ETA,
                                                                              COL_STATUS):
            return QBrush(RED)
        if role == Qt.ItemDataRole.FontRole and row.is_late and col == COL_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TRACKING and row.tracking_url:
            return self.tr("Open the courier's tracking page (Ctrl+T)")
        return None

    def _text(self, row: views_shipments.ShipmentRow, col: int) -> str:
        if col == COL_ORDER:
            return row.order_number
        if col == COL_CUSTOMER:
            return row.customer_name or "—"
        if col == COL_COURIER:
            return row.courier_name
        if col == COL_TRACKING:
            return row.tracking_number or "—"
        if col == COL_SHIPPED:
            return i18n.format_date(row.shipped_at)
        if col == COL_ETA:
            return i18n.format_date(row.eta) if row.eta else ""
        if col == COL_STATUS:
            if row.is_late:
                return self.tr("%n day(s) late", "", row.days_late)
            if row.status == "delivered" and row.delivered_at:
                return self.tr("Delivered %1").replace("%1", i18n.format_date(row.delivered_at))
            return labels.shipment_status(row.status)
        return ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, COLUMN_COUNT - 1))
