"""The inbox page: title, search, bulk actions, the conversation list and its empty states.

Keyboard: j/k or arrows move, Enter opens, r/a/f reply, reply all, forward, e closes,
s snoozes, t tags, n marks the sender as not a customer, / searches, Esc clears the search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seller_desk.core.conversations import clocks, inbox
from seller_desk.ui import i18n
from seller_desk.ui.inbox import actions
from seller_desk.ui.inbox.delegate import InboxDelegate
from seller_desk.ui.inbox.model import (
    COL_ACCOUNT,
    COL_ACTIVITY,
    COL_CUSTOMER,
    COL_ORDER,
    COL_SUBJECT,
    COL_UNREAD,
    COL_WAITING,
    PAGE,
    InboxModel,
)
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCoreApplication,
    QEvent,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QShortcut,
    QStackedWidget,
    Qt,
    QTableView,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Latest
from seller_desk.ui.widgets import EmptyState, SpareHint

if TYPE_CHECKING:
    # "not a customer" loads its facade (and the sender classifier) when first asked for
    from seller_desk.core.screens.not_customers import Choice

#: the columns' starting widths (pixels); a heading or a clock that needs more widens its
#: column (InboxPage._fit_columns)
COLUMN_WIDTHS = ((COL_UNREAD, 26), (COL_CUSTOMER, 176), (COL_ACCOUNT, 128), (COL_ORDER, 184),
                 (COL_WAITING, 112), (COL_ACTIVITY, 112))

VIEW_TITLES = {
    "waiting": QT_TRANSLATE_NOOP("InboxPage", "Waiting on me"),
    "onway": QT_TRANSLATE_NOOP("InboxPage", "Reply on its way"),
    "all": QT_TRANSLATE_NOOP("InboxPage", "All conversations"),
    "unread": QT_TRANSLATE_NOOP("InboxPage", "Unread"),
    "snoozed": QT_TRANSLATE_NOOP("InboxPage", "Snoozed"),
    "complaints": QT_TRANSLATE_NOOP("InboxPage", "Complaints, returns and refunds"),
    "closed": QT_TRANSLATE_NOOP("InboxPage", "Closed"),
    "mine": QT_TRANSLATE_NOOP("InboxPage", "Mine"),
    "unassigned": QT_TRANSLATE_NOOP("InboxPage", "Unassigned"),
}

EMPTY_TEXT = {
    "waiting": (QT_TRANSLATE_NOOP("InboxPage", "Nobody is waiting for you"),
                QT_TRANSLATE_NOOP("InboxPage", "Every customer has had an answer. New "
                                  "questions appear here, the longest waiting first.")),
    "onway": (QT_TRANSLATE_NOOP("InboxPage", "No reply on its way"),
              QT_TRANSLATE_NOOP("InboxPage", "A reply you send waits here until the mail "
                                "server has taken it. If it cannot be sent, the "
                                "conversation goes back to Waiting on me.")),
    "all": (QT_TRANSLATE_NOOP("InboxPage", "No conversations yet"),
            QT_TRANSLATE_NOOP("InboxPage", "Mail from your customers appears here as soon "
                              "as your mailboxes have synced.")),
    "unread": (QT_TRANSLATE_NOOP("InboxPage", "No unread mail"),
               QT_TRANSLATE_NOOP("InboxPage", "Everything has been read. New mail appears "
                                 "here in bold.")),
    "snoozed": (QT_TRANSLATE_NOOP("InboxPage", "Nothing snoozed"),
                QT_TRANSLATE_NOOP("InboxPage", "Press s on a conversation to snooze it: it "
                                  "waits here until its time comes or the customer writes "
                                  "again.")),
    "complaints": (QT_TRANSLATE_NOOP("InboxPage", "No complaints"),
                   QT_TRANSLATE_NOOP("InboxPage", "Press t on a conversation to tag it as a "
                                     "complaint, return or refund: it is listed here so no "
                                     "unhappy customer is forgotten.")),
    "closed": (QT_TRANSLATE_NOOP("InboxPage", "Nothing closed yet"),
               QT_TRANSLATE_NOOP("InboxPage", "Press e when a conversation is done: it is "
                                 "kept here and comes back if the customer writes again.")),
    "mine": (QT_TRANSLATE_NOOP("InboxPage", "Nothing is yours yet"),
             QT_TRANSLATE_NOOP("InboxPage", "A conversation becomes yours when you reply "
                               "first or when someone assigns it to you.")),
    "unassigned": (QT_TRANSLATE_NOOP("InboxPage", "Every conversation has someone"),
                   QT_TRANSLATE_NOOP("InboxPage", "New customers appear here until someone "
                                     "on the team replies or takes them.")),
}


class InboxTable(QTableView):
    """The list itself; Enter opens the current conversation."""

    open_current = Signal()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.open_current.emit()
            return
        super().keyPressEvent(event)


class InboxPage(QWidget):
    """Signals:
        open_requested(int): open this conversation.
        compose_requested(int, str): reply ("reply", "reply_all", "forward") to a conversation.
        changed(): an action changed conversations (counts need refreshing).
        add_account_requested, demo_requested: the empty inbox's buttons.
        search_finished(int): a search was shown with this many results.
    """

    open_requested = Signal(int)
    compose_requested = Signal(int, str)
    changed = Signal()
    add_account_requested = Signal()
    demo_requested = Signal()
    search_finished = Signal(int)

    def __init__(self, policy: clocks.ClockPolicy | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.model = InboxModel("waiting", policy, self)
        self.has_accounts = True
        self.account_name = ""
        self._search = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QHBoxLayout()
        header.setContentsMargins(18, 14, 16, 10)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        # the clear button comes with the first letter typed (_search_typed): an empty
        # box does not show it, and making it loads its icon (10-13 ms of the start)
        self.search_box.setMinimumWidth(320)
        self.search_box.setMaximumWidth(420)
        header.addWidget(self.title)
        header.addSpacing(10)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.search_box)
        layout.addLayout(header)

        self.action_bar = QWidget()
        bar = QHBoxLayout(self.action_bar)
        bar.setContentsMargins(14, 0, 16, 8)
        bar.setSpacing(6)
        self.close_button = self._tool("close", self.close_selected)
        self.snooze_button = self._tool("snooze", self.show_snooze_menu)
        self.tag_button = self._tool("tag", self.show_tag_menu)
        self.read_button = self._tool("read", lambda: self.mark_selected(True))
        self.unread_button = self._tool("unread", lambda: self.mark_selected(False))
        self.not_customer_button = self._tool("notCustomer", self.show_not_customer_menu)
        for button in (self.close_button, self.snooze_button, self.tag_button,
                       self.read_button, self.unread_button, self.not_customer_button):
            bar.addWidget(button)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("mutedLabel")
        bar.addSpacing(8)
        bar.addWidget(self.selection_label)
        bar.addStretch(1)
        self.hint_label = SpareHint()  # left out where the row has no room for it
        self.hint_label.setObjectName("hintLabel")
        bar.addWidget(self.hint_label)
        layout.addWidget(self.action_bar)

        self.stack = QStackedWidget()
        self.table = InboxTable()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(InboxDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        for col, width in COLUMN_WIDTHS:
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        head.setSectionResizeMode(COL_UNREAD, QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_current.connect(self.open_current)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.total_changed.connect(lambda _n: self._update_header())
        self.stack.addWidget(self.table)

        self.no_mail = EmptyState("", "")
        self.add_mailbox_button = self.no_mail.add_action("", self.add_account_requested.emit,
                                                          primary=True)
        self.demo_button = self.no_mail.add_action("", self.demo_requested.emit)
        self.stack.addWidget(self.no_mail)
        self.empty_view = EmptyState("", "")
        self.empty_action = self.empty_view.add_action("", self._empty_next_step)
        self.stack.addWidget(self.empty_view)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(180)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_enter)
        self.search_box.installEventFilter(self)

        self._keys: list[QShortcut] = []
        for keys, slot in (
            (("J",), lambda: self.move_selection(1)),
            (("K",), lambda: self.move_selection(-1)),
            (("R",), lambda: self._compose("reply")),
            (("A",), lambda: self._compose("reply_all")),
            (("F",), lambda: self._compose("forward")),
            (("E",), self.close_selected),
            (("S",), self.show_snooze_menu),
            (("T",), self.show_tag_menu),
            (("U",), lambda: self.mark_selected(False)),
            (("Shift+U",), lambda: self.mark_selected(True)),
            (("N",), self.show_not_customer_menu),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
                self._keys.append(shortcut)
        self.retranslate()
        self._selection_changed()

    def _search_typed(self, text: str) -> None:
        if text and not self.search_box.isClearButtonEnabled():
            self.search_box.setClearButtonEnabled(True)
        self._search_timer.start()

    def _tool(self, name: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"{name}Button")
        button.setProperty("class", "actionButton")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(
            self.tr("Search mail, customers, order numbers   ( / )"))
        self.close_button.setText(self.tr("Close  e"))
        self.close_button.setToolTip(self.tr("Close the selected conversations (e)"))
        self.snooze_button.setText(self.tr("Snooze  s"))
        self.snooze_button.setToolTip(self.tr("Hide until later (s)"))
        self.tag_button.setText(self.tr("Tag  t"))
        self.tag_button.setToolTip(self.tr("Tag as complaint, return, refund ... (t)"))
        self.read_button.setText(self.tr("Mark read"))
        self.unread_button.setText(self.tr("Mark unread  u"))
        self.not_customer_button.setText(self.tr("Not a customer  n"))
        self.not_customer_button.setToolTip(self.tr(
            "Family, bank, courier, newsletter: stop their mail waiting on you (n)"))
        self.hint_label.setText(self.tr("j/k move · Enter open · r reply · ? all shortcuts"))
        self.no_mail.title.setText(self.tr("Your customers' mail will appear here"))
        self.no_mail.text.setText(self.tr(
            "Add the mailboxes your customers write to (Gmail, Yahoo, Outlook or your web "
            "host's mail). Seller Desk brings them into this one inbox, longest waiting "
            "first. Or look around the demo shop first."))
        self.add_mailbox_button.setText(self.tr("Add a mailbox"))
        self.demo_button.setText(self.tr("Try the demo shop"))
        self._fit_columns()
        self._update_header()
        self._update_empty()

    def restyled(self) -> None:
        """Size the columns again for the style sheet applied since they were sized.

        The columns' widths follow the header's and the table's fonts, which the sheet
        sets; a sheet applied after the page was built (the window's start, see
        ``ui/app.py``) would otherwise leave them sized for the unstyled fonts (the
        Waiting column 7 px too narrow). A seller's own widths are not kept: call this
        before the page is shown.
        """
        self.table.ensurePolished()
        for col, width in COLUMN_WIDTHS:
            self.table.setColumnWidth(col, width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # a column as wide as its heading in this language ("Aktiviti terakhir")
        head = self.table.horizontalHeader()
        for col in (COL_ACCOUNT, COL_ORDER, COL_WAITING, COL_ACTIVITY):
            head.resizeSection(col, max(head.sectionSize(col), head.sectionSizeHint(col)))
        # ... and the Waiting column as wide as a reply's pill ("Dalam baris gilir")
        bold = QFont(self.table.font())
        bold.setBold(True)
        # (and as a clock's longest text: "over a year", "11 months")
        pill = max(QFontMetrics(bold).horizontalAdvance(t)
                   for t in InboxModel.outbox_texts() + i18n.widest_durations())
        head.resizeSection(COL_WAITING, max(head.sectionSize(COL_WAITING), pill + 40))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_header(self) -> None:
        query = self.search_box.text().strip()
        if self.model.search_ids is not None and query:
            self.title.setText(self.tr("Search: %1").replace("%1", query))
        else:
            title = QCoreApplication.translate("InboxPage", VIEW_TITLES.get(self.model.view,
                                                                            self.model.view))
            if self.account_name:
                title = self.account_name if self.model.view == "all" else \
                    f"{title} · {self.account_name}"
            self.title.setText(title)
        self.count_label.setText(f"{self.model.total:,}")

    def _update_empty(self) -> None:
        # the actions only make sense above a list
        self.action_bar.setVisible(self.model.total > 0)
        if not self.has_accounts and self.model.total == 0 and self.model.search_ids is None:
            self.stack.setCurrentWidget(self.no_mail)
            self.count_label.setText("")
            return
        if self.model.total:
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.search_ids is not None:
            self.empty_view.title.setText(self.tr("Nothing matches “%1”").replace(
                "%1", self.search_box.text().strip()))
            self.empty_view.text.setText(self.tr(
                "Search looks in subjects, message text, customer names and addresses, and "
                "order numbers. Try fewer or shorter words."))
            self.empty_action.setText(self.tr("Clear the search"))
        else:
            title, text = EMPTY_TEXT.get(self.model.view, EMPTY_TEXT["all"])
            self.empty_view.title.setText(QCoreApplication.translate("InboxPage", title))
            self.empty_view.text.setText(QCoreApplication.translate("InboxPage", text))
            self.empty_action.setText(self.tr("Show all conversations")
                                      if self.model.view != "all" else self.tr("Search"))
        self.stack.setCurrentWidget(self.empty_view)

    def _empty_next_step(self) -> None:
        if self.model.search_ids is not None:
            self.clear_search()
        elif self.model.view != "all":
            self.set_view("all", self.model.account_id, self.has_accounts)
        else:
            self.focus_search()

    # --- views and reloading ----------------------------------------------------------

    def set_view(self, view: str, account_id: int | None = None, has_accounts: bool = True,
                 account_name: str = "") -> None:
        self.has_accounts = has_accounts
        self.account_name = account_name
        self._search.forget()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.model.set_view(view, account_id)
        self._after_reload(None, 0)

    def reload(self) -> None:
        """Read the list again, keeping the current conversation where it is."""
        current = self.current_conversation_id()
        row = max(0, self.table.currentIndex().row())
        selected = set(self.selected_ids())
        if row >= PAGE:
            self.model.reload_now()  # the seller is far down the list: keep the place
        else:
            self.model.reload()
        self._after_reload(current, row, selected)

    def _after_reload(self, current: int | None, row: int,
                      selected: set[int] | None = None) -> None:
        self._update_header()
        self._update_empty()
        if not self.model.total:
            self._selection_changed()
            return
        target = self.model.find_row(current, row) if current is not None else -1
        if target < 0:
            target = min(row, self.model.total - 1)
        sel = self.table.selectionModel()
        index = self.model.index(target, COL_CUSTOMER)
        sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        if selected and len(selected) > 1:
            for r in range(max(0, target - 50), min(self.model.total, target + 50)):
                cid = self.model.conversation_id(r)
                if cid in selected:
                    sel.select(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                               | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._selection_changed()

    # --- search -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        self.search_box.clear()
        self._search_timer.stop()
        self._run_search()
        self.table.setFocus()

    def search(self, text: str) -> None:
        """Search at once (what typing does after a short pause)."""
        self.search_box.setText(text)
        self._search_timer.stop()
        self._run_search()

    def _run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self._search.forget()
            if self.model.search_ids is not None:
                self.model.set_search_results(None)
                self._after_reload(None, 0)
            return
        self._search.run(_search, query, self.model.account_id,
                         callback=self._show_results, failure=self._search_failed)

    def _show_results(self, ids: list[int]) -> None:
        self.model.set_search_results(ids)
        self._after_reload(None, 0)
        self.search_finished.emit(len(ids))

    def _search_failed(self, exc: BaseException) -> None:
        self.model.set_search_results([])
        self._after_reload(None, 0)
        self.empty_view.text.setText(self.tr("The search could not run. Details are in the "
                                             "log."))
        self.search_finished.emit(0)

    def _search_enter(self) -> None:
        if self.model.total:
            self.table.setFocus()

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search_box and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.clear_search()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                return True
        return super().eventFilter(obj, event)

    # --- selection and keyboard --------------------------------------------------------

    def current_conversation_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.conversation_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.conversation_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _action_ids(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            current = self.current_conversation_id()
            ids = [current] if current is not None else []
        return ids

    def move_selection(self, delta: int) -> None:
        """Make the row ``delta`` rows down (up if negative) the current one (j and k)."""
        if not self.model.total:
            return
        row = self.table.currentIndex().row()
        row = 0 if row < 0 else max(0, min(self.model.total - 1, row + delta))
        index = self.model.index(row, COL_CUSTOMER)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def neighbour(self, conversation_id: int, delta: int) -> int | None:
        """The conversation ``delta`` lines from ``conversation_id`` (for j/k while reading)."""
        row = self.table.currentIndex().row()
        if self.model.conversation_id(row) != conversation_id:
            row = self.model.find_row(conversation_id, max(row, 0))
        if row < 0:
            return None
        target = row + delta
        if not 0 <= target < self.model.total:
            return None
        self.table.selectionModel().setCurrentIndex(
            self.model.index(target, COL_CUSTOMER),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return self.model.conversation_id(target)

    def open_current(self) -> None:
        cid = self.current_conversation_id()
        if cid is not None:
            self.open_requested.emit(cid)

    def _open_index(self, index: QModelIndex) -> None:
        cid = self.model.conversation_id(index.row())
        if cid is not None:
            self.open_requested.emit(cid)

    def _compose(self, kind: str) -> None:
        cid = self.current_conversation_id()
        if cid is not None:
            self.compose_requested.emit(cid, kind)

    def _selection_changed(self, *_args: Any) -> None:
        n = len(self.table.selectionModel().selectedRows()) if self.model.total else 0
        for button in (self.close_button, self.snooze_button, self.tag_button,
                       self.read_button, self.unread_button, self.not_customer_button):
            button.setEnabled(n > 0)
        self.selection_label.setText(
            QCoreApplication.translate("InboxPage", "%n selected", "", n) if n > 1 else "")

    # --- actions ----------------------------------------------------------------------

    def _done(self, _result: Any = None) -> None:
        self.reload()
        self.changed.emit()

    def close_selected(self) -> None:
        ids = self._action_ids()
        if ids:
            actions.run(inbox.close, ids, done=self._done)

    def mark_selected(self, read: bool) -> None:
        ids = self._action_ids()
        if ids:
            actions.mark_read(ids, read, done=self._done)

    def snooze_selected(self, choice: str) -> None:
        ids = self._action_ids()
        if ids:
            actions.snooze(ids, choice, done=self._done)

    def tag_selected(self, tag: str, add: bool = True) -> None:
        ids = self._action_ids()
        if ids:
            actions.run(inbox.add_tag if add else inbox.remove_tag, ids, tag, done=self._done)

    def show_snooze_menu(self) -> None:
        if not self._action_ids():
            return
        menu = actions.snooze_menu(self, self.snooze_selected)
        menu.popup(self._menu_pos(self.snooze_button))
        self.last_menu = menu

    def show_tag_menu(self) -> None:
        ids = self._action_ids()
        if not ids:
            return
        current: set[str] = set()
        if len(ids) == 1:
            row = self.model.row_at(self.table.currentIndex().row())
            current = set(row.tags) if row else set()
        menu = actions.tag_menu(self, sorted(current), self.tag_selected)
        menu.popup(self._menu_pos(self.tag_button))
        self.last_menu = menu

    def show_not_customer_menu(self) -> None:
        """Ask whether only the sender(s) or everyone at their domain(s) is no customer."""
        from seller_desk.core.screens import not_customers as not_customers_view

        ids = self._action_ids()
        if ids:
            actions.run(not_customers_view.choice_for, ids, done=self._offer_not_customer)

    def _offer_not_customer(self, choice: Choice) -> None:
        if choice.empty:
            return
        menu = actions.not_customer_menu(
            self, choice, lambda whole: self.mark_not_customer(choice.conversation_ids, whole))
        menu.popup(self._menu_pos(self.not_customer_button))
        self.last_menu = menu

    def mark_not_customer(self, ids: Any, whole_domain: bool) -> None:
        from seller_desk.core.screens import not_customers as not_customers_view

        actions.run(not_customers_view.mark, list(ids), whole_domain, done=self._done)

    def _menu_pos(self, button: QWidget) -> Any:
        if self.table.hasFocus() and self.table.currentIndex().isValid():
            rect = self.table.visualRect(self.table.currentIndex())
            return self.table.viewport().mapToGlobal(rect.bottomLeft())
        return button.mapToGlobal(button.rect().bottomLeft())


def _search(query: str, account_id: int | None) -> list[int]:
    return inbox.search_ids(query, account_id=account_id)
