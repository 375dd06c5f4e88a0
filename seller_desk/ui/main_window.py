"""The main window: a sidebar of sections and the page for the chosen one."""

from __future__ import annotations

from seller_desk import APP_NAME
from seller_desk.core import inbox
from seller_desk.core.models import Account, Order, Reminder, Shipment
from seller_desk.core.settings import Settings
from seller_desk.ui.inbox.page import InboxPage
from seller_desk.ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QShortcut,
    QSize,
    QStackedWidget,
    Qt,
    QWidget,
    Signal,
)
from seller_desk.ui.widgets import EmptyState

# (key, label, page): "waiting" and "inbox" share the inbox page with different views
SECTIONS = [
    ("waiting", "Waiting on me"),
    ("inbox", "Inbox"),
    ("orders", "Orders"),
    ("shipments", "Shipments"),
    ("reminders", "Reminders"),
    ("reports", "Reports"),
    ("templates", "Templates"),
    ("settings", "Settings"),
]

PLACEHOLDERS = {
    "orders": ("Orders", "Orders you enter or that arrive from marketplaces are listed here, "
                         "with their payment and shipping status."),
    "shipments": ("Shipments", "Parcels on their way, with courier, tracking link and "
                               "expected arrival, the late ones first."),
    "reminders": ("Reminders", "Follow-ups that are due: unpaid orders, arrival checks and "
                               "feedback requests."),
    "reports": ("Reports", "How fast you answer, how many customers write, and which "
                           "products draw complaints."),
    "templates": ("Templates", "Ready answers in English, Malay and Indonesian, filled in "
                               "from the order and the customer."),
    "settings": ("Settings", "Your mailboxes, business hours, reply targets and reminders."),
}


class MainWindow(QMainWindow):
    """Signals:
        add_account_requested, demo_requested: from the empty inbox's buttons.
    """

    add_account_requested = Signal()
    demo_requested = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.sidebar.setIconSize(QSize(18, 18))
        self.section_items: dict[str, QListWidgetItem] = {}
        for key, label in SECTIONS:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(200, 38))
            self.sidebar.addItem(item)
            self.section_items[key] = item
        layout.addWidget(self.sidebar)

        self.pages = QStackedWidget()
        self.inbox_page = InboxPage(self.settings.get("clock.warn_hours"),
                                    self.settings.get("clock.breach_hours"))
        self.inbox_page.add_account_requested.connect(self.add_account_requested)
        self.inbox_page.demo_requested.connect(self.demo_requested)
        self.pages.addWidget(self.inbox_page)
        self.section_pages: dict[str, QWidget] = {"waiting": self.inbox_page,
                                                  "inbox": self.inbox_page}
        for key, (title, text) in PLACEHOLDERS.items():
            page = EmptyState(title, text)
            self.pages.addWidget(page)
            self.section_pages[key] = page
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.sidebar.currentItemChanged.connect(self._section_changed)
        for number, (key, _label) in enumerate(SECTIONS[:8], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=key: self.show_section(key))
        self.sidebar.setCurrentRow(0)

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentItem(self.section_items[key])

    def current_section(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _section_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        page = self.section_pages[key]
        if page is self.inbox_page:
            self.inbox_page.set_view("waiting" if key == "waiting" else "all",
                                     has_accounts=Account.select().exists())
        self.pages.setCurrentWidget(page)

    def refresh(self) -> None:
        """Re-read counts and the current page from the database."""
        waiting = inbox.count("waiting")
        unread = inbox.count("unread")
        self.section_items["waiting"].setText(
            f"Waiting on me   {waiting}" if waiting else "Waiting on me")
        self.section_items["inbox"].setText(f"Inbox   {unread}" if unread else "Inbox")
        self._section_changed(self.sidebar.currentItem(), None)
        self.status_label.setText(
            f"{Account.select().count()} mailboxes · {Order.select().count()} orders · "
            f"{Shipment.select().where(Shipment.delivered_at.is_null()).count()} parcels on "
            f"the way · {Reminder.select().where(Reminder.done_at.is_null()).count()} reminders"
        )
