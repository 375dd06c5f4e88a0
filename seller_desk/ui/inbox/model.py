"""The inbox list model: conversations fetched page by page, never the whole inbox."""

from __future__ import annotations

from typing import Any

from seller_desk.core import inbox, timefmt
from seller_desk.core.fields import utcnow
from seller_desk.ui.qt import QAbstractTableModel, QColor, QFont, QModelIndex, Qt

PAGE = 200

COLUMNS = ("Customer", "Subject", "Account", "Order", "Waiting", "Last activity")
COL_CUSTOMER, COL_SUBJECT, COL_ACCOUNT, COL_ORDER, COL_WAITING, COL_ACTIVITY = range(6)

CHANNEL_LABELS = {
    "ebay": "eBay", "shopee": "Shopee", "lazada": "Lazada", "tokopedia": "Tokopedia",
    "web": "Web shop", "whatsapp": "WhatsApp", "facebook": "Facebook", "other": "Other",
}


class InboxModel(QAbstractTableModel):
    """Rows of :class:`seller_desk.core.inbox.InboxRow` for one view.

    ``canFetchMore``/``fetchMore`` load the next page as the view scrolls, so opening an
    inbox of 100,000 conversations costs one page.
    """

    ConversationIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, view: str = "waiting", warn_hours: float = 12.0,
                 breach_hours: float = 24.0, parent: Any = None) -> None:
        super().__init__(parent)
        self.view = view
        self.account_id: int | None = None
        self.warn_hours, self.breach_hours = warn_hours, breach_hours
        self.rows: list[inbox.InboxRow] = []
        self.total = 0
        self.now = utcnow()

    def reload(self) -> None:
        self.beginResetModel()
        self.now = utcnow()
        self.total = inbox.count(self.view, self.account_id, now=self.now)
        self.rows = inbox.page(self.view, 0, PAGE, self.account_id, now=self.now)
        self.endResetModel()

    def set_view(self, view: str, account_id: int | None = None) -> None:
        self.view, self.account_id = view, account_id
        self.reload()

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        more = inbox.page(self.view, len(self.rows), PAGE, self.account_id, now=self.now)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def waiting_state(self, row: inbox.InboxRow) -> str:
        """"fine", "warn" or "breach" for the calendar clock."""
        if row.waiting_since is None:
            return ""
        hours = (self.now - row.waiting_since).total_seconds() / 3600
        if hours >= self.breach_hours:
            return "breach"
        if hours >= self.warn_hours:
            return "warn"
        return "fine"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CUSTOMER:
                return row.customer_name or row.counterpart_email
            if col == COL_SUBJECT:
                return f"{row.subject}  —  {row.snippet}" if row.snippet else row.subject
            if col == COL_ACCOUNT:
                return row.account_name
            if col == COL_ORDER:
                if not row.order_number:
                    return ""
                return f"{CHANNEL_LABELS.get(row.channel, row.channel)} {row.order_number}"
            if col == COL_WAITING:
                if row.waiting_since is None:
                    return ""
                return timefmt.duration((self.now - row.waiting_since).total_seconds())
            if col == COL_ACTIVITY:
                return timefmt.short_when(row.last_activity_at, self.now)
        elif role == Qt.ItemDataRole.FontRole:
            if row.unread_count:
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.ForegroundRole and col == COL_WAITING:
            state = self.waiting_state(row)
            return {"breach": QColor("#b3261e"), "warn": QColor("#9a5b00"),
                    "fine": QColor("#2e6b34")}.get(state)
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_WAITING and row.waiting_since:
            state = self.waiting_state(row)
            return {"breach": "Past the reply target", "warn": "At risk: reply soon",
                    "fine": "Within the reply target"}.get(state)
        elif role == self.ConversationIdRole:
            return row.id
        return None
