"""The reminders screen: every open follow-up, grouped overdue / today / this week / later;
done, snooze, open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from seller_desk.core.common.errors import UserError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import reminders
from seller_desk.core.screens import reminders as reminders_view
from seller_desk.core.store.fields import utcnow
from seller_desk.ui import format as fmt
from seller_desk.ui import i18n, labels, plural
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.reminders.dialog import ReminderDialog
from seller_desk.ui.tasks import Task
from seller_desk.ui.widgets import PageHeader
from seller_desk.ui.wiring import PageKeys

GROUPS = ("overdue", "today", "this_week", "later")
RED = QColor("#b3261e")
COL_WHAT, COL_ABOUT, COL_NOTE, COL_DUE = range(4)


def _at(day_offset: int, hour: int) -> datetime:
    """``hour`` o'clock ``day_offset`` days from today, in the seller's time zone."""
    tz = clocks.current_policy().tz
    day = utcnow().astimezone(tz).date() + timedelta(days=day_offset)
    return datetime.combine(day, time(hour), tzinfo=tz)


def snooze_choices(now: datetime | None = None) -> list[tuple[str, datetime | None]]:
    """(key, until) of the snooze menu; None means until the customer replies."""
    now = now or utcnow()
    tz = clocks.current_policy().tz
    today = now.astimezone(tz).date()
    days_to_monday = 7 - today.weekday()
    return [
        ("hours", now + timedelta(hours=3)),
        ("tomorrow", _at(1, 9)),
        ("three_days", _at(3, 9)),
        ("monday", _at(days_to_monday, 9)),
        ("reply", None),
    ]


class RemindersPage(Retranslating, QWidget):
    """Follow-ups that are due, grouped by urgency.

    Signals:
        open_order_requested(int), open_conversation_requested(int): show what a reminder
            is about (the main window switches screens).
        rule_settings_requested(): show the reminder rule settings.
        loaded(): the list was read again.
        reminders_changed(): a reminder was done, snoozed or added.
    """

    open_order_requested = Signal(int)
    open_conversation_requested = Signal(int)
    rule_settings_requested = Signal()
    loaded = Signal()
    reminders_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.due: reminders.DueList | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = PageHeader()
        self.title, self.count, self.new_button = header.title, header.count_label, header.button
        layout.addLayout(header)

        rules = QHBoxLayout()
        rules.setContentsMargins(16, 0, 16, 8)
        self.rules_text = QLabel()
        self.rules_text.setObjectName("hint")
        self.rules_text.setWordWrap(True)
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("linkButton")
        rules.addWidget(self.rules_text, 1)
        rules.addWidget(self.rules_button)
        layout.addLayout(rules)

        self.tree = QTreeWidget()
        self.tree.setObjectName("remindersTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COL_ABOUT, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(COL_WHAT, 230)
        self.tree.setColumnWidth(COL_ABOUT, 280)
        self.tree.setColumnWidth(COL_DUE, 300)
        self.groups: dict[str, QTreeWidgetItem] = {}
        for key in GROUPS:
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            font = QFont()
            font.setBold(True)
            group.setFont(0, font)
            if key == "overdue":
                group.setForeground(0, QBrush(RED))
            group.setExpanded(True)
            self.groups[key] = group
        layout.addWidget(self.tree, 1)

        actions = QHBoxLayout()
        actions.setContentsMargins(16, 8, 16, 12)
        self.done_button = QPushButton()
        self.snooze_button = QPushButton()
        self.snooze_menu = QMenu(self)
        self.snooze_button.setMenu(self.snooze_menu)
        self.open_button = QPushButton()
        for button in (self.done_button, self.snooze_button, self.open_button):
            actions.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)

        self.new_button.clicked.connect(lambda: self.new_reminder())
        self.rules_button.clicked.connect(self.rule_settings_requested)
        self.done_button.clicked.connect(self.complete_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.tree.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.keys = PageKeys(self, {"Ctrl+N": lambda: self.new_reminder(),
                                    "Ctrl+D": self.complete_selected,
                                    "Ctrl+Z": self._snooze_default})
        self.retranslate()
        self._update_buttons()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reminders"))
        self.new_button.setText(self.tr("New reminder"))
        self.new_button.setToolTip(self.tr("Remind me of something (Ctrl+N)"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("About"), self.tr("Note"),
                                   self.tr("Due")])
        self.rules_button.setText(self.tr("Change the rules"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip("Ctrl+D")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Snooze for 3 hours: Ctrl+Z"))
        self.open_button.setText(self.tr("Open"))
        self._show_rules()
        if self.due is not None:
            self._fill(self.due)

    def _show_rules(self) -> None:
        s = self.settings

        def days(key: str) -> str:
            value = float(s.get(key))
            text = self.tr("%n day(s)", "", plural.count_of(value))
            return text.replace(str(plural.count_of(value)), i18n.format_number(value), 1)

        complaint = float(s.get("reminders.complaint_hours"))
        hours = self.tr("%n hour(s)", "", plural.count_of(complaint)).replace(
            str(plural.count_of(complaint)), i18n.format_number(complaint), 1)
        self.rules_text.setText(self.tr(
            "Reminders come by themselves: unpaid %1 after the order, an arrival check "
            "%2 after the expected date, a feedback request %3 after delivery, and "
            "a complaint left %4 without an answer.").replace(
            "%1", days("reminders.unpaid_days")).replace(
            "%2", days("reminders.arrival_extra_days")).replace(
            "%3", days("reminders.feedback_days")).replace("%4", hours))

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the rules and read the due list, in the background."""
        self.settings.load()
        self._show_rules()
        self._generation += 1
        Task(_load, self._generation, self.settings).on_success(self._loaded).on_failure(
            self._failed).start()

    def _loaded(self, result: tuple[int, reminders.DueList]) -> None:
        generation, due = result
        if generation != self._generation:
            return
        self._fill(due)
        self.loaded.emit()

    def _fill(self, due: reminders.DueList) -> None:
        selected = self.selected()
        self.due = due
        names = {"overdue": self.tr("Overdue"), "today": self.tr("Today"),
                 "this_week": self.tr("This week"), "later": self.tr("Later")}
        current = None
        now = utcnow()
        for key, items in due.groups():
            group = self.groups[key]
            group.takeChildren()
            group.setText(0, f"{names[key]}  ({i18n.format_number(len(items))})")
            group.setHidden(not items)
            for item in items:
                row = QTreeWidgetItem(group)
                row.setData(0, Qt.ItemDataRole.UserRole, item.id)
                row.setText(COL_WHAT, labels.reminder_kind(item.kind))
                about = " · ".join(x for x in (item.customer_name, item.order_number) if x)
                row.setText(COL_ABOUT, about or "—")
                note = self._note(item)
                row.setText(COL_NOTE, note)
                row.setToolTip(COL_NOTE, note)
                due_text = fmt.due_when(item.due_at, now)
                if item.snoozed:
                    due_text = self.tr("snoozed to %1").replace("%1", due_text)
                row.setText(COL_DUE, due_text)
                if key == "overdue":
                    row.setForeground(COL_DUE, QBrush(RED))
                if selected is not None and item.id == selected.id:
                    current = row
        self.count.setText(i18n.format_number(due.count))
        first = current or next((g.child(0) for g in self.groups.values()
                                 if g.childCount()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _note(self, item: reminders.DueItem) -> str:
        """A rule reminder's note in the interface language (the stored one is English)."""
        number = item.order_number
        if item.rule == "unpaid" and number:
            return self.tr("Payment for order %1 not received yet").replace("%1", number)
        if item.rule == "arrival" and number:
            return self.tr("Check that order %1 has arrived").replace("%1", number)
        if item.rule == "feedback" and number:
            return self.tr("Ask for feedback on order %1").replace("%1", number)
        if item.rule == "complaint":
            subject = item.note.partition("“")[2].rpartition("”")[0]
            if subject:
                return self.tr("Answer the complaint “%1”").replace("%1", subject)
        return item.note

    def _items(self) -> dict[int, reminders.DueItem]:
        if self.due is None:
            return {}
        return {i.id: i for _key, items in self.due.groups() for i in items}

    def selected(self) -> reminders.DueItem | None:
        row = self.tree.currentItem()
        if row is None or row.parent() is None:
            return None
        return self._items().get(row.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        item = self.selected()
        self.done_button.setEnabled(item is not None)
        self.snooze_button.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and (item.order_id is not None
                                                          or item.conversation_id is not None))

    # --- actions -------------------------------------------------------------------------

    def complete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._act(lambda: reminders.complete(item.id),
                  self.tr("Done: %1").replace("%1", labels.reminder_kind(item.kind)))

    def snooze_selected(self, until: datetime | None) -> None:
        """Snooze the selected reminder until ``until`` (None: until the customer replies)."""
        item = self.selected()
        if item is None:
            return
        if until is None:
            action = lambda: reminders.snooze(item.id, until_reply=True)  # noqa: E731
            text = self.tr("Snoozed until the customer replies.")
        else:
            action = lambda: reminders.snooze(item.id, until)  # noqa: E731
            text = self.tr("Snoozed until %1.").replace("%1", i18n.format_datetime(until))
        self._act(action, text)

    def _snooze_default(self) -> None:
        self.snooze_selected(snooze_choices()[0][1])

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        item = self.selected()
        names = {"hours": self.tr("3 hours"), "tomorrow": self.tr("Tomorrow morning"),
                 "three_days": self.tr("In 3 days"), "monday": self.tr("Next Monday"),
                 "reply": self.tr("Until the customer replies")}
        for key, until in snooze_choices():
            if until is None and (item is None or (item.customer_id is None
                                                   and item.conversation_id is None)):
                continue
            text = names[key] if until is None else \
                f"{names[key]}  ({i18n.format_datetime(until)})"
            action = self.snooze_menu.addAction(text)
            action.setData(key)
            action.triggered.connect(lambda _c=False, u=until: self.snooze_selected(u))

    def _act(self, action: Callable[[], object], done_text: str) -> None:
        try:
            action()
        except UserError as exc:
            self._say(i18n.error_text(exc), error=True)
            return
        self._say(done_text)
        self.reminders_changed.emit()
        self.refresh()

    def open_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.conversation_id is not None:
            self.open_conversation_requested.emit(item.conversation_id)
        elif item.order_id is not None:
            self.open_order_requested.emit(item.order_id)

    def new_reminder(self, order_id: int | None = None,
                     conversation_id: int | None = None) -> ReminderDialog:
        dialog = ReminderDialog(order_id, conversation_id, self)
        dialog.saved.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, _reminder_id: int) -> None:
        self.reminders_changed.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._say(i18n.error_text(exc) if isinstance(exc, UserError) else
                  self.tr("Something went wrong: %1").replace("%1", str(exc)), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("fieldError" if error else "")
        self.status.style().polish(self.status)
        self.status.setText(text)


def _load(generation: int, settings: Settings) -> tuple[int, reminders.DueList]:
    return generation, reminders_view.upcoming(settings)
