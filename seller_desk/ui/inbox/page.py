"""The inbox page: a view picker, the conversation list, and its empty states."""

from __future__ import annotations

from seller_desk.ui.inbox.model import COL_ACCOUNT, COL_ACTIVITY, COL_CUSTOMER, COL_ORDER, \
    COL_SUBJECT, COL_WAITING, InboxModel
from seller_desk.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.widgets import EmptyState

VIEW_TITLES = {
    "waiting": "Waiting on me",
    "all": "All conversations",
    "unread": "Unread",
    "snoozed": "Snoozed",
    "complaints": "Complaints, returns and refunds",
    "closed": "Closed",
}

EMPTY_TEXT = {
    "waiting": ("Nobody is waiting for you",
                "Every customer has had an answer. New questions appear here, the longest "
                "waiting first."),
    "unread": ("No unread mail", "Everything has been read."),
    "snoozed": ("Nothing snoozed", "Conversations you snooze wait here until their time "
                                   "comes or the customer writes again."),
    "complaints": ("No complaints", "Conversations tagged complaint, return or refund appear "
                                    "here, so no unhappy customer is forgotten."),
    "closed": ("Nothing closed yet", "Conversations you close are kept here."),
}


class InboxPage(QWidget):
    """Signals:
        add_account_requested: the seller wants to add a mailbox.
        demo_requested: the seller wants to try the demo shop.
    """

    add_account_requested = Signal()
    demo_requested = Signal()

    def __init__(self, warn_hours: float, breach_hours: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InboxModel("waiting", warn_hours, breach_hours, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(16, 12, 16, 8)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.count_label)
        header.addStretch(1)
        layout.addLayout(header)

        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_CUSTOMER, 190), (COL_ACCOUNT, 130), (COL_ORDER, 170),
                           (COL_WAITING, 110), (COL_ACTIVITY, 95)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.stack.addWidget(self.table)

        self.no_mail = EmptyState(
            "Your customers' mail will appear here",
            "Add the mailboxes your customers write to (Gmail, Yahoo, Outlook or your "
            "web host's mail). Seller Desk brings them into this one inbox, longest waiting "
            "first. Or look around the demo shop first.")
        self.no_mail.add_action("Add a mailbox", self.add_account_requested.emit, primary=True)
        self.no_mail.add_action("Try the demo shop", self.demo_requested.emit)
        self.stack.addWidget(self.no_mail)
        self.empty_view = EmptyState("", "")
        self.stack.addWidget(self.empty_view)
        layout.addWidget(self.stack)

    def set_view(self, view: str, account_id: int | None = None,
                 has_accounts: bool = True) -> None:
        self.model.set_view(view, account_id)
        self.title.setText(VIEW_TITLES.get(view, view))
        self.count_label.setText(f"{self.model.total:,}")
        if not has_accounts and self.model.total == 0:
            self.stack.setCurrentWidget(self.no_mail)
        elif self.model.total == 0:
            title, text = EMPTY_TEXT.get(view, ("No conversations", ""))
            self.empty_view.title.setText(title)
            self.empty_view.text.setText(text)
            self.stack.setCurrentWidget(self.empty_view)
        else:
            self.stack.setCurrentWidget(self.table)
