"""The main window: the sidebar, the inbox and conversation, the shop's other screens.

Other screens plug in through a small API::

    window.set_section_page("orders", OrdersPage(...))   # replaces the placeholder
    window.show_section("orders")
    window.data_changed.connect(page.refresh)            # after sync or an action
    window.new_order_requested.connect(...)              # "New order" beside a conversation
    window.add_order_requested.connect(...)              # "Add this order" for a number found
    window.order_open_requested.connect(...)             # an order number was clicked

Keys of the sections: "waiting", "inbox" (all conversations), "unread", "snoozed",
"complaints", "closed", "account:<id>", and "orders", "shipments", "reminders", "reports",
"templates", "settings".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from seller_desk import APP_NAME
from seller_desk.core.common import settings as common_settings
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks, inbox
from seller_desk.core.mail.connection import accounts
from seller_desk.ui.demo_banner import DemoBanner
from seller_desk.ui.inbox.delegate import account_color
from seller_desk.ui.inbox.page import InboxPage
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QShortcut,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.sidebar import Sidebar
from seller_desk.ui.status import OutboxChip, SyncStatus
from seller_desk.ui.tasks import Latest
from seller_desk.ui.widgets import EmptyState

if TYPE_CHECKING:
    from seller_desk.ui.conversation.page import ConversationPage
    from seller_desk.ui.help import HelpOverlay

logger = logging.getLogger(__name__)

INBOX_SECTIONS = [
    ("waiting", QT_TRANSLATE_NOOP("MainWindow", "Waiting on me")),
    ("onway", QT_TRANSLATE_NOOP("MainWindow", "Reply on its way")),
    ("inbox", QT_TRANSLATE_NOOP("MainWindow", "All conversations")),
    ("unread", QT_TRANSLATE_NOOP("MainWindow", "Unread")),
    ("snoozed", QT_TRANSLATE_NOOP("MainWindow", "Snoozed")),
    ("complaints", QT_TRANSLATE_NOOP("MainWindow", "Complaints")),
    ("closed", QT_TRANSLATE_NOOP("MainWindow", "Closed")),
]
#: a team's own views, listed only on a team's database (ui/app.py start_team_services)
TEAM_SECTIONS = [
    ("mine", QT_TRANSLATE_NOOP("MainWindow", "Mine")),
    ("unassigned", QT_TRANSLATE_NOOP("MainWindow", "Unassigned")),
]
#: the view of the inbox page each inbox section shows
SECTION_VIEWS = {"waiting": "waiting", "onway": "onway", "inbox": "all", "unread": "unread",
                 "snoozed": "snoozed", "complaints": "complaints", "closed": "closed",
                 "mine": "mine", "unassigned": "unassigned"}

SHOP_SECTIONS = [
    ("orders", QT_TRANSLATE_NOOP("MainWindow", "Orders")),
    ("shipments", QT_TRANSLATE_NOOP("MainWindow", "Shipments")),
    ("customers", QT_TRANSLATE_NOOP("MainWindow", "Customers")),
    ("reminders", QT_TRANSLATE_NOOP("MainWindow", "Reminders")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("templates", QT_TRANSLATE_NOOP("MainWindow", "Templates")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
]

#: the keys of the shop's screens (the inbox views are Ctrl+1 … Ctrl+7 in sidebar order,
#: the mailboxes Alt+1 … Alt+9, so neither runs out as mailboxes are added)
SHOP_KEYS = {"orders": "Ctrl+Shift+O", "shipments": "Ctrl+Shift+S",
             "customers": "Ctrl+Shift+C", "reminders": "Ctrl+Shift+R", "reports": "Ctrl+Shift+P",
             "templates": "Ctrl+Shift+T", "settings": "Ctrl+,"}
#: what Ctrl+N makes on each shop screen: the name of the page's method (elsewhere: a
#: new message)
NEW_ACTIONS = {"orders": "new_order", "shipments": "add_shipment",
               "reminders": "new_reminder", "templates": "new_template"}

PLACEHOLDERS = {
    "orders": QT_TRANSLATE_NOOP("MainWindow", "Orders you enter or that arrive from "
                                "marketplaces are listed here, with their payment and "
                                "shipping status."),
    "shipments": QT_TRANSLATE_NOOP("MainWindow", "Parcels on their way, with courier, "
                                   "tracking link and expected arrival, the late ones first."),
    "customers": QT_TRANSLATE_NOOP("MainWindow", "Everyone who wrote or bought, with every "
                                   "conversation, order and parcel of each."),
    "reminders": QT_TRANSLATE_NOOP("MainWindow", "Follow-ups that are due: unpaid orders, "
                                   "arrival checks and feedback requests."),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "How fast you answer, how many customers "
                                 "write, and which products draw complaints."),
    "templates": QT_TRANSLATE_NOOP("MainWindow", "Ready answers in English, Malay and "
                                   "Indonesian, filled in from the order and the customer."),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Your mailboxes, business hours, reply "
                                  "targets and reminders."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Signals:
        add_account_requested(): "Add a mailbox" anywhere in the window.
        demo_requested(): "Try the demo shop" on the empty inbox.
        own_mailbox_requested(): "Start with my own mailbox" on the demo's banner.
        data_changed(): conversations, orders or accounts changed (after sync or an action).
        counts_changed(object): fresh :class:`seller_desk.core.conversations.inbox.InboxCounts`.
        new_order_requested(int): "New order" beside conversation <id>.
        add_order_requested(int, str, str): "Add this order" beside conversation <id> for a
            number its mail names: (conversation, channel, number).
        order_open_requested(int): an order number was clicked.
        customer_open_requested(int): show this customer's profile (Customers screen).
        section_changed(str): the seller moved to another section.
        sync_requested(): F5 or "Check mail now".
    """

    add_account_requested = Signal()
    demo_requested = Signal()
    own_mailbox_requested = Signal()
    data_changed = Signal()
    counts_changed = Signal(object)
    new_order_requested = Signal(int)
    add_order_requested = Signal(int, str, str)
    order_open_requested = Signal(int)
    customer_open_requested = Signal(int)
    section_changed = Signal(str)
    sync_requested = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        self.counts = inbox.InboxCounts()
        self.accounts: list[tuple[int, str, str]] = []
        self._counts_query = Latest()
        self.composer_factory: Any = None  # set by the composer module (see compose())

        central = QWidget()
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.is_demo = False
        self.demo_banner = DemoBanner()
        self.demo_banner.own_mailbox_requested.connect(self.own_mailbox_requested)
        outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        outer.addLayout(layout, 1)

        self.sidebar = Sidebar()
        layout.addWidget(self.sidebar)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        policy = clocks.ClockPolicy.from_settings(self.settings)
        self.inbox_page = InboxPage(policy)
        self._conversation_page: ConversationPage | None = None
        self.inbox_area = QStackedWidget()
        self.inbox_area.addWidget(self.inbox_page)
        self.pages.addWidget(self.inbox_area)
        self.section_pages: dict[str, QWidget] = {key: self.inbox_area
                                                  for key, _ in INBOX_SECTIONS}
        self.team_views = False  # "Mine" and "Unassigned" listed (a team's database)
        self._placeholders: dict[str, EmptyState] = {}
        self._factories: dict[str, Any] = {}
        for key, _label in SHOP_SECTIONS:
            page = EmptyState("", "")
            page.setObjectName(f"placeholder_{key}")
            self._placeholders[key] = page
            self.pages.addWidget(page)
            self.section_pages[key] = page
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("statusSummary")
        self._build_sidebar()

        self.inbox_page.add_account_requested.connect(self.add_account_requested)
        self.inbox_page.demo_requested.connect(self.demo_requested)
        self.inbox_page.open_requested.connect(self.open_conversation)
        self.inbox_page.compose_requested.connect(self.compose)
        self.inbox_page.changed.connect(self._something_changed)

        self.outbox_chip = OutboxChip(self)
        self.statusBar().addPermanentWidget(self.outbox_chip)
        self.statusBar().addPermanentWidget(self.summary_label)
        self.data_changed.connect(self.outbox_chip.refresh)
        self.sync: Any = None
        self.sync_status: SyncStatus | None = None
        self.statusBar().setSizeGripEnabled(False)

        self._central = central  # where the shortcuts' sheet goes (help_overlay)
        self._help_overlay: HelpOverlay | None = None
        self.sidebar.currentItemChanged.connect(self._section_changed)
        self._shortcuts: list[QShortcut] = []
        self._bind(QKeySequence("?"), self.toggle_help)
        self._bind(QKeySequence("Shift+?"), self.toggle_help)
        self._bind(QKeySequence("F1"), self.toggle_help)
        self._bind(QKeySequence("/"), self.focus_search)
        self._bind(QKeySequence("Ctrl+F"), self.focus_search)
        self._bind(QKeySequence("Ctrl+N"), self.new_in_view)
        self._bind(QKeySequence("F5"), self.sync_requested.emit)
        for number in range(1, len(INBOX_SECTIONS) + 1):
            self._bind(QKeySequence(f"Ctrl+{number}"),
                       lambda number=number: self._jump(number))
        for number in range(1, 10):
            self._bind(QKeySequence(f"Alt+{number}"),
                       lambda number=number: self._jump_mailbox(number))
        for key, keys in SHOP_KEYS.items():
            self._bind(QKeySequence(keys), lambda key=key: self.show_section(key))
        self.retranslate()
        # the list is read by the first refresh(), not here: one read, not two
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentItem(self.sidebar.section_items["waiting"])
        self.sidebar.blockSignals(False)
        self._loaded_once = False
        self._loaded_once_counts = False
        self.counts_ready = False  # True once the first counts have arrived

        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(400)
        self._refresh_soon.timeout.connect(self.refresh)

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.refresh_counts)
        self.clock_timer.start()

    @property
    def conversation_page(self) -> ConversationPage:
        """The conversation view, built the first time a conversation is opened."""
        if self._conversation_page is None:
            # loaded here, not with the window: the inbox paints without it
            from seller_desk.ui.conversation.page import ConversationPage

            page = ConversationPage(self.inbox_page.model.clock)
            page.back_requested.connect(self.back_to_list)
            page.navigate.connect(self._navigate)
            page.compose_requested.connect(self.compose)
            page.draft_found.connect(self._reopen_draft)
            page.changed.connect(self._something_changed)
            page.new_order_requested.connect(self._new_order)
            page.add_order_requested.connect(self._add_found_order)
            page.order_open_requested.connect(self._open_order)
            page.customer_open_requested.connect(self._open_customer)
            page.edit_outbox_requested.connect(self.edit_outbox)
            self.inbox_area.addWidget(page)
            self._conversation_page = page
        return self._conversation_page

    def _bind(self, keys: QKeySequence, slot: Any) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    # --- sidebar ----------------------------------------------------------------------

    def _build_sidebar(self) -> None:
        current = self.current_section() if self.sidebar.count() else "waiting"
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.section_items.clear()
        self.sidebar.add_header("h_inbox", "")
        for key, _label in INBOX_SECTIONS:
            self.sidebar.add_section(key, "")
        if self.team_views:
            for key, _label in TEAM_SECTIONS:
                self.sidebar.add_section(key, "")
        self.sidebar.add_header("h_accounts", "")
        for account_id, name, color in self.accounts:
            self.sidebar.add_section(f"account:{account_id}", name,
                                     account_color(account_id, color).name())
            self.section_pages[f"account:{account_id}"] = self.inbox_area
        self.sidebar.add_section("add_account", "")
        self.sidebar.add_header("h_shop", "")
        for key, _label in SHOP_SECTIONS:
            self.sidebar.add_section(key, "")
        self._sidebar_texts()
        self._apply_counts()
        item = self.sidebar.section_items.get(current) or self.sidebar.section_items["waiting"]
        self.sidebar.setCurrentItem(item)
        self.sidebar.blockSignals(False)

    def _sidebar_texts(self) -> None:
        items = self.sidebar.section_items
        items["h_inbox"].setText(tr("Inbox"))
        items["h_accounts"].setText(tr("Mailboxes"))
        items["h_shop"].setText(tr("Shop"))
        items["add_account"].setText(tr("+ Add a mailbox"))
        for key, label in INBOX_SECTIONS + SHOP_SECTIONS + TEAM_SECTIONS:
            if key in items:
                items[key].setText(tr(label))
        for key, item in items.items():
            keys = self.section_shortcut(key)
            if keys:
                # the tooltip names the section too: a mailbox's name may be cut short
                item.setToolTip(tr("%1 (%2)").replace("%1", item.text()).replace("%2", keys))

    def show_team_views(self, on: bool = True) -> None:
        """List a team's views "Mine" and "Unassigned" in the sidebar (or no longer)."""
        if on != self.team_views:
            self.team_views = on
            for key, _label in TEAM_SECTIONS:
                if on:
                    self.section_pages[key] = self.inbox_area
                else:
                    self.section_pages.pop(key, None)
            self._build_sidebar()

    def set_accounts(self, accounts: list[tuple[int, str, str]]) -> None:
        """(id, name, colour) of the mailboxes listed in the sidebar."""
        if accounts != self.accounts:
            self.accounts = accounts
            for key in [k for k in self.section_pages if k.startswith("account:")]:
                del self.section_pages[key]
            self._build_sidebar()

    # --- the section API (other screens plug in here) -------------------------------

    def set_section_factory(self, key: str, factory: Any) -> None:
        """Build section ``key``'s page with ``factory()`` when it is first needed.

        The window shows sooner this way: a screen is built when the seller opens it, when
        code asks for it through :meth:`section_page`, or in idle moments after the window
        appears (:meth:`build_pending_pages`), whichever comes first.
        """
        if key not in self._placeholders and key not in self.section_pages:
            raise KeyError(f"unknown section {key!r}")
        self._factories[key] = factory

    def build_pending_pages(self, one_at_a_time: bool = True) -> None:
        """Build the screens not built yet; by default one per turn of the event loop, so
        the window stays responsive while they are made."""
        if not self._factories:
            return
        self._build_page(next(iter(self._factories)))
        if one_at_a_time:
            if self._factories:
                QTimer.singleShot(0, self.build_pending_pages)
        else:
            self.build_pending_pages(one_at_a_time=False)

    def _build_page(self, key: str) -> None:
        factory = self._factories.pop(key, None)
        if factory is None:
            return
        try:
            self.set_section_page(key, factory())
        except Exception:  # a broken screen must not keep the inbox closed
            logger.exception("Could not build the %s screen", key)

    def set_section_page(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` in place of section ``key``'s placeholder (orders, reports ...)."""
        if key not in self._placeholders and key not in self.section_pages:
            raise KeyError(f"unknown section {key!r}")
        if key in (k for k, _ in INBOX_SECTIONS):
            raise KeyError(f"section {key!r} is the inbox's own")
        old = self.section_pages.get(key)
        showing = self.pages.currentWidget() is old
        if old is not None and old is not self.inbox_area:
            self.pages.removeWidget(old)
            if key in self._placeholders and old is self._placeholders[key]:
                old.deleteLater()
                del self._placeholders[key]
        self.pages.addWidget(widget)
        self.section_pages[key] = widget
        if showing:
            self.pages.setCurrentWidget(widget)

    def section_page(self, key: str) -> QWidget:
        self._build_page(key)
        return self.section_pages[key]

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentItem(self.sidebar.section_items[key])

    def current_section(self) -> str:
        return self.sidebar.key_of(self.sidebar.currentItem())

    def _jump(self, number: int) -> None:
        """Ctrl+<number>: the inbox view at that place in the sidebar."""
        if 0 < number <= len(INBOX_SECTIONS):
            self.show_section(INBOX_SECTIONS[number - 1][0])

    def _jump_mailbox(self, number: int) -> None:
        """Alt+<number>: the mailbox at that place in the sidebar."""
        if 0 < number <= len(self.accounts):
            self.show_section(f"account:{self.accounts[number - 1][0]}")

    def section_shortcut(self, key: str) -> str:
        """The key that opens section ``key``, as the seller's system writes it ("" when
        it has none: a tenth mailbox)."""
        keys = SHOP_KEYS.get(key, "")
        views = [k for k, _label in INBOX_SECTIONS]
        if key in views:
            keys = f"Ctrl+{views.index(key) + 1}"
        elif key.startswith("account:"):
            ids = [f"account:{account_id}" for account_id, _n, _c in self.accounts]
            if key in ids and ids.index(key) < 9:
                keys = f"Alt+{ids.index(key) + 1}"
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    def new_in_view(self) -> None:
        """Ctrl+N: "new" for the screen in view - an order on Orders, a parcel on Shipments,
        a reminder, a template - and a new message anywhere else. Bound to the window, so
        it holds wherever the focus is (after a click on the sidebar too)."""
        key = self.current_section()
        method = NEW_ACTIONS.get(key)
        page = self.section_pages.get(key)
        if method is not None and page is not None and self.pages.currentWidget() is page:
            action = getattr(page, method, None)
            if callable(action):
                action()
                return
        self.compose(None, "new")

    def _back_to(self, item: QListWidgetItem | None) -> None:
        """Make ``item`` the current and only selected row again, quietly."""
        try:
            gone = item is None or self.sidebar.row(item) < 0
        except RuntimeError:  # the sidebar was built again meanwhile (a mailbox added)
            gone = True
        if gone:
            item = self.sidebar.section_items.get("waiting")
        if item is None:
            return
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.sidebar.blockSignals(False)
        self.sidebar.repaint_items()

    def _section_changed(self, item: QListWidgetItem | None, previous: Any) -> None:
        if item is None:
            return
        key = self.sidebar.key_of(item)
        if key == "add_account":
            # back to the section the seller was in once the click is over: the view
            # selects the clicked row after this signal, so setting it back here at once
            # left "+ Add a mailbox" highlighted behind the wizard and after its Cancel
            QTimer.singleShot(0, lambda: self._back_to(previous))
            self.add_account_requested.emit()
            return
        self._build_page(key)
        page = self.section_pages.get(key)
        if page is None:
            return
        if page is self.inbox_area:
            if key.startswith("account:"):
                account_id = int(key.split(":", 1)[1])
                name = next((n for i, n, _c in self.accounts if i == account_id), "")
                self.inbox_page.set_view("all", account_id, True, name)
            else:
                self.inbox_page.set_view(SECTION_VIEWS[key], None, bool(self.accounts))
            self.inbox_area.setCurrentWidget(self.inbox_page)
            if self._conversation_page is not None:
                self._conversation_page.detach_composer()
        self.pages.setCurrentWidget(page)
        if page is self.inbox_area:
            self.inbox_page.table.setFocus()
        self.section_changed.emit(key)

    # --- conversations ----------------------------------------------------------------

    def open_conversation(self, conversation_id: int) -> None:
        """Show one conversation (from the list, a notification, the orders screen ...)."""
        if self.pages.currentWidget() is not self.inbox_area:
            self.pages.setCurrentWidget(self.inbox_area)
        current = self.conversation_page.conversation_id
        if current != conversation_id:
            composer = self.conversation_page.composer()
            if composer is not None and hasattr(composer, "save_now"):
                composer.save_now()
            self.conversation_page.detach_composer()
        self.conversation_page.open(conversation_id)
        self.inbox_area.setCurrentWidget(self.conversation_page)
        self.conversation_page.browser.setFocus()
        if current != conversation_id:
            self._tell_presence(conversation_id)

    def _tell_presence(self, conversation_id: int | None) -> None:
        """A team: the others see which conversation this window shows (ui/presence.py)."""
        presence = getattr(self, "presence", None)
        if presence is not None:
            if self._conversation_page is not None:
                self._conversation_page.show_others([])  # until read for the new one
            presence.open(conversation_id)

    def show_others(self, people: list[Any]) -> None:
        if self._conversation_page is not None:
            self._conversation_page.show_others(people)

    def back_to_list(self) -> None:
        self.inbox_area.setCurrentWidget(self.inbox_page)
        self._tell_presence(None)
        self.inbox_page.reload()
        self.inbox_page.table.setFocus()

    def is_reading(self) -> bool:
        return (self.pages.currentWidget() is self.inbox_area
                and self._conversation_page is not None
                and self.inbox_area.currentWidget() is self._conversation_page)

    def _navigate(self, delta: int) -> None:
        current = self.conversation_page.conversation_id
        if current is None:
            return
        target = self.inbox_page.neighbour(current, delta)
        if target is not None:
            self.open_conversation(target)

    def compose(self, conversation_id: int | None, kind: str) -> Any:
        """Open the composer: reply/reply_all/forward beside a conversation, or "new"."""
        from seller_desk.ui.composer.window import open_composer

        return open_composer(self, conversation_id, kind)

    def _reopen_draft(self, conversation_id: int, kind: str) -> Any:
        """The unsent draft of the conversation just opened, back under it; the keys stay
        with the reading (j/k still move on) until the seller clicks into the text."""
        from seller_desk.ui.composer.window import open_composer

        return open_composer(self, conversation_id, kind, focus=False)

    def edit_outbox(self, outbox_id: int) -> Any:
        from seller_desk.ui.composer.window import edit_outbox_message

        return edit_outbox_message(self, outbox_id)

    def _new_order(self, conversation_id: int) -> None:
        # the orders screen listens to the signal; until it is plugged in, show its section
        if "orders" in self._placeholders:
            self.show_section("orders")
        self.new_order_requested.emit(conversation_id)

    def _add_found_order(self, conversation_id: int, channel: str, number: str) -> None:
        if "orders" in self._placeholders:
            self.show_section("orders")
        self.add_order_requested.emit(conversation_id, channel, number)

    def _open_order(self, order_id: int) -> None:
        if "orders" in self._placeholders:
            self.show_section("orders")
        self.order_open_requested.emit(order_id)

    def _open_customer(self, customer_id: int) -> None:
        if "customers" in self._placeholders:
            self.show_section("customers")
        self.customer_open_requested.emit(customer_id)

    # --- keyboard -----------------------------------------------------------------------

    @property
    def help_overlay(self) -> HelpOverlay:
        """The shortcuts' sheet, made the first time it is asked for (not before the
        window's first paint: it is hidden until then)."""
        if self._help_overlay is None:
            from seller_desk.ui.help import HelpOverlay

            self._help_overlay = HelpOverlay(self._central)
        return self._help_overlay

    def toggle_help(self) -> None:
        self.help_overlay.toggle()

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.inbox_area:
            self.show_section("inbox")
        self.inbox_area.setCurrentWidget(self.inbox_page)
        self.inbox_page.focus_search()

    def attach_sync(self, controller: Any) -> None:
        """Show ``controller``'s mailboxes in the status bar (see ui/sync.py)."""
        self.sync = controller
        self.sync_status = SyncStatus(controller)
        self.statusBar().addWidget(self.sync_status, 1)
        controller.outbox_changed.connect(self.outbox_chip.refresh)

    # --- refreshing ---------------------------------------------------------------------

    def _something_changed(self) -> None:
        if self.inbox_area.currentWidget() is self.inbox_page:
            self.inbox_page.reload()
        self.refresh_counts()
        self.data_changed.emit()

    def refresh(self) -> None:
        """Re-read accounts, counts and the page in view (after sync, on start)."""
        self.set_accounts(accounts.account_labels())
        if self.is_reading():
            self.conversation_page.reload()
        key = self.current_section()
        if self.section_pages.get(key) is self.inbox_area and \
                self.inbox_area.currentWidget() is self.inbox_page:
            account = int(key.split(":", 1)[1]) if key.startswith("account:") else None
            if not self._loaded_once or self.inbox_page.model.account_id != account or \
                    self.inbox_page.model.view != SECTION_VIEWS.get(key, "all"):
                self._loaded_once = True
                self._section_changed(self.sidebar.currentItem(), None)
            else:
                self.inbox_page.has_accounts = bool(self.accounts)
                self.inbox_page.reload()
        if self._loaded_once_counts:
            self.refresh_counts()
        else:
            # the first counts wait for the first rows to be painted
            self._loaded_once_counts = True
            QTimer.singleShot(300, self.refresh_counts)
        self.data_changed.emit()

    def schedule_refresh(self) -> None:
        """Refresh in a moment (many changes in a row cause one refresh)."""
        self._refresh_soon.start()

    def refresh_counts(self) -> None:
        """Count waiting and unread conversations on a worker thread."""
        self._counts_query.run(_counts, self.inbox_page.model.clock.policy,
                               callback=self._got_counts)

    def _got_counts(self, result: tuple[inbox.InboxCounts, int]) -> None:
        self.counts_ready = True
        self.counts, breached = result
        self.counts_breached = breached
        self._apply_counts()
        self.counts_changed.emit(self.counts)

    def _apply_counts(self) -> None:
        c = self.counts
        breached = getattr(self, "counts_breached", 0)
        self.sidebar.set_count("waiting", c.waiting, urgent=breached > 0)
        self.sidebar.set_count("onway", c.onway)
        self.sidebar.set_count("unread", c.unread)
        self.sidebar.set_count("complaints", c.complaints)
        self.sidebar.set_count("snoozed", c.snoozed)
        for account_id, _name, _color in self.accounts:
            self.sidebar.set_count(f"account:{account_id}",
                                   c.per_account_waiting.get(account_id, 0))
        self.sidebar.repaint_items()
        parts = [QCoreApplication.translate("MainWindow", "%n waiting", "", c.waiting),
                 QCoreApplication.translate("MainWindow", "%n unread", "", c.unread)]
        if breached:
            parts.insert(0, QCoreApplication.translate("MainWindow", "%n past the target", "",
                                                       breached))
        self.summary_label.setText("  ·  ".join(parts))
        self._apply_title()

    def _apply_title(self) -> None:
        """"(23) Seller Desk", "(23) Demo shop — Seller Desk": the title ends with the
        application's name because Qt appends that name to any title that does not
        (the tester's window read "Seller Desk (23) — Seller Desk")."""
        title = f"{tr('Demo shop')} — {APP_NAME}" if self.is_demo else APP_NAME
        waiting = self.counts.waiting
        self.setWindowTitle(f"({waiting}) {title}" if waiting else title)

    def set_demo(self, demo: bool) -> None:
        """Say in the title and a banner that the demo shop is open (or no longer)."""
        self.is_demo = demo
        self.demo_banner.show_for_demo(demo)
        self._apply_title()

    def shutdown(self) -> None:
        """Stop the window's timers and background work before it goes away."""
        for timer in (self.clock_timer, self._refresh_soon, self.outbox_chip.timer,
                      self.inbox_page.model.tick_timer):
            timer.stop()
        self._counts_query.forget()
        self.inbox_page.model._counter.forget()
        if self.sync is not None:
            self.sync.stop()
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()
        presence = getattr(self, "presence", None)
        if presence is not None:
            presence.stop()
        # a team's shop settings were read from its database (cli/common.py open_db), which
        # closes with the window
        common_settings.use_shared(None)
        self.shared_settings = None
        if self.sync_status is not None:
            self.sync_status._tick.stop()
        notifier = getattr(self, "notifier", None)
        if notifier is not None:
            notifier.timer.stop()

    def restyled(self) -> None:
        """The application's style sheet was applied after the window was built: size
        again what was measured with the unstyled fonts (before the window is shown)."""
        self.inbox_page.restyled()

    def apply_settings(self) -> None:
        """Take changed settings into account (reply targets, business hours ...)."""
        self.settings.load()
        policy = clocks.ClockPolicy.from_settings(self.settings)
        self.inbox_page.model.clock.set_policy(policy)
        self.inbox_page.model.tick()
        self.refresh_counts()

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._sidebar_texts()
        for key, page in self._placeholders.items():
            label = next(label for k, label in SHOP_SECTIONS if k == key)
            page.title.setText(tr(label))
            page.text.setText(tr(PLACEHOLDERS[key]))
        self._apply_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._help_overlay is not None and self._help_overlay.isVisible():
            self._help_overlay.cover_parent()


def _counts(policy: clocks.ClockPolicy) -> tuple[inbox.InboxCounts, int]:
    """Counts for the sidebar and how many waiting conversations are past the target."""
    from seller_desk.core.store.fields import utcnow

    now = utcnow()
    counts = inbox.counts(now)
    start = clocks.threshold_start(now, policy.breach, policy)
    breached = inbox.count_waiting_since_before(start, now) if start is not None else 0
    return counts, breached

