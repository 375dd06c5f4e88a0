"""The inbox list model: conversations read a page at a time, never the whole inbox.

The model knows how many rows a view holds (one COUNT) and reads the pages the view paints,
keeping the most recently used ones. Opening an inbox of 100,000 conversations costs one
count and one page; jumping to its end costs one more page. Search results are a list of
ids (at most a few hundred) whose rows are read the same way.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any

from seller_desk.core.conversations import clocks, inbox
from seller_desk.core.store.fields import utcnow
from seller_desk.ui import format as fmt
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from seller_desk.ui.tasks import Latest

PAGE = 100
MAX_PAGES = 12  # pages kept in memory: a few screens around where the seller looks

COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("InboxModel", "Customer"),
    QT_TRANSLATE_NOOP("InboxModel", "Subject"),
    QT_TRANSLATE_NOOP("InboxModel", "Mailbox"),
    QT_TRANSLATE_NOOP("InboxModel", "Order"),
    QT_TRANSLATE_NOOP("InboxModel", "Waiting"),
    QT_TRANSLATE_NOOP("InboxModel", "Last activity"),
)
(COL_UNREAD, COL_CUSTOMER, COL_SUBJECT, COL_ACCOUNT, COL_ORDER, COL_WAITING,
 COL_ACTIVITY) = range(7)

CHANNEL_LABELS = {
    "ebay": "eBay", "shopee": "Shopee", "lazada": "Lazada", "tokopedia": "Tokopedia",
    "tiktok": "TikTok Shop",
    "web": QT_TRANSLATE_NOOP("InboxModel", "Web shop"), "whatsapp": "WhatsApp",
    "facebook": "Facebook", "other": QT_TRANSLATE_NOOP("InboxModel", "Other"),
}
CHANNEL_COLORS = {
    "ebay": "#2f5fb3", "shopee": "#d94f21", "lazada": "#1a33a8", "tokopedia": "#2a8a3a",
    "tiktok": "#1b1b1f",
    "web": "#0f766e", "whatsapp": "#1f8a4c", "facebook": "#3b5998", "other": "#52606d",
}
STATE_COLORS = {"fine": "#2e6b34", "warn": "#9a5b00", "breach": "#b3261e",
                "onway": "#1d4f91"}
STATE_BACKGROUNDS = {"fine": "#e6f2e7", "warn": "#fdf0d5", "breach": "#fbe3e1",
                     "onway": "#e3ecf8"}


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxModel", text)


def channel_label(channel: str) -> str:
    return tr(CHANNEL_LABELS.get(channel, channel)) if channel else ""


class ClockRules:
    """Decides fine / warn / breach for a waiting conversation, on the seller's clock.

    Follows :class:`seller_desk.core.conversations.clocks.ClockPolicy` (calendar or business hours with
    holidays). Readings are kept per conversation until the clock ticks, so painting the
    same rows again costs nothing.
    """

    def __init__(self, policy: clocks.ClockPolicy | None = None) -> None:
        self.policy = policy or clocks.ClockPolicy()
        self._cache: dict[tuple[datetime, datetime], tuple[str, float]] = {}

    @property
    def warn_hours(self) -> float:
        return self.policy.warn_hours

    @property
    def breach_hours(self) -> float:
        return self.policy.breach_hours

    def set_policy(self, policy: clocks.ClockPolicy) -> None:
        self.policy = policy
        self._cache.clear()

    def forget(self) -> None:
        self._cache.clear()

    def state(self, waiting_since: datetime, now: datetime) -> tuple[str, float]:
        """(state, seconds the customer has waited on the active clock)."""
        key = (waiting_since, now)
        found = self._cache.get(key)
        if found is None:
            if self.policy.use_business_hours:
                r = clocks.reading(waiting_since, now, self.policy)
                found = (r.state, r.elapsed.total_seconds())
            else:
                # the calendar clock is plain arithmetic: no holiday calendar to load
                used = clocks.calendar_elapsed(waiting_since, now)
                found = (clocks.state_for(used, self.policy), used.total_seconds())
            if len(self._cache) > 5000:
                self._cache.clear()
            self._cache[key] = found
        return found


class InboxModel(QAbstractTableModel):
    """Rows of :class:`seller_desk.core.conversations.inbox.InboxRow` for one view (or a search).

    Signals:
        total_changed(int): the number of rows is known (the count runs after the first
            page is shown, on a worker thread).
        (inherited) modelReset after :meth:`reload`; dataChanged every tick for the
            waiting column, so timers stay live without reading the database.
    """

    total_changed = Signal(int)

    ConversationIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    StateRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, view: str = "waiting", policy: clocks.ClockPolicy | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.view = view
        self.account_id: int | None = None
        self.search_ids: list[int] | None = None  # None: not searching
        self.clock = ClockRules(policy)
        self.total = 0
        self.now = utcnow()
        self._pages: OrderedDict[int, list[inbox.InboxRow]] = OrderedDict()
        self.pages_read = 0  # for the benchmark and tests: pages fetched from the database
        self.counted = True
        self._counter = Latest()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(30_000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()

    # --- what is shown ----------------------------------------------------------------

    @property
    def warn_hours(self) -> float:
        return self.clock.warn_hours

    @property
    def breach_hours(self) -> float:
        return self.clock.breach_hours

    def set_view(self, view: str, account_id: int | None = None) -> None:
        self.view, self.account_id = view, account_id
        self.search_ids = None
        self.reload()

    def set_search_results(self, ids: list[int] | None) -> None:
        """Show these conversations (a search), or the view again with ``None``."""
        self.search_ids = ids
        self.reload()

    def reload(self) -> None:
        """Forget the pages read and show the view again (after sync or an action).

        The first page is read at once and shown; the rows beyond it are counted on a
        worker thread, and the list grows to its full length when the count arrives, so
        the first rows never wait for a count of the whole inbox.
        """
        self.beginResetModel()
        self.now = utcnow()
        self._pages.clear()
        self._counter.forget()
        if self.search_ids is not None:
            self.total = len(self.search_ids)
            self.counted = True
        else:
            first = self._read_page(0)
            self._pages[0] = first
            self.total = len(first)
            self.counted = len(first) < PAGE
            if not self.counted:
                self._counter.run(inbox.count, self.view, self.account_id, self.now,
                                  callback=self._counted)
        self.endResetModel()
        if self.counted:
            self.total_changed.emit(self.total)

    def reload_now(self) -> None:
        """Reload and count at once (benchmarks and tests that need the full length)."""
        self.reload()
        if not self.counted:
            self._counted(inbox.count(self.view, self.account_id, now=self.now))

    def _counted(self, total: int) -> None:
        self._counter.forget()
        if total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, total - 1)
            self.total = total
            self.endInsertRows()
        elif total < self.total:
            self.beginRemoveRows(QModelIndex(), total, self.total - 1)
            self.total = total
            self.endRemoveRows()
        self.counted = True
        self.total_changed.emit(self.total)

    def tick(self) -> None:
        """Move the clocks on: repaint the waiting column with the current time."""
        self.now = utcnow()
        self.clock.forget()
        if self.total:
            self.dataChanged.emit(self.index(0, COL_WAITING),
                                  self.index(self.total - 1, COL_ACTIVITY))

    # --- rows -------------------------------------------------------------------------

    def row_at(self, row: int) -> inbox.InboxRow | None:
        """The conversation on line ``row``, reading its page when needed."""
        if row < 0 or row >= self.total:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _read_page(self, number: int) -> list[inbox.InboxRow]:
        self.pages_read += 1
        start = number * PAGE
        # plain SQL: the first page is read before the window's first paint
        if self.search_ids is not None:
            return inbox.rows_for(self.search_ids[start:start + PAGE])
        return inbox.page(self.view, start, PAGE, self.account_id, now=self.now)

    def conversation_id(self, row: int) -> int | None:
        r = self.row_at(row)
        return r.id if r else None

    def find_row(self, conversation_id: int, near: int = 0) -> int:
        """The line showing ``conversation_id`` among the pages around ``near``, or -1."""
        if self.search_ids is not None:
            try:
                return self.search_ids.index(conversation_id)
            except ValueError:
                return -1
        first = max(0, near // PAGE - 1)
        for number in range(first, min(first + 3, (self.total + PAGE - 1) // PAGE)):
            for offset, r in enumerate(self._page_rows(number)):
                if r.id == conversation_id:
                    return number * PAGE + offset
        return -1

    def _page_rows(self, number: int) -> list[inbox.InboxRow]:
        if self.row_at(number * PAGE) is None:
            return []
        return self._pages.get(number, [])

    def cached_pages(self) -> int:
        return len(self._pages)

    def waiting_state(self, row: inbox.InboxRow) -> str:
        """"fine", "warn", "breach", or "" when nobody waits."""
        if row.waiting_since is None or self.is_snoozed(row):
            return ""
        return self.clock.state(row.waiting_since, self.now)[0]

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self,  # noqa: N802 - Qt API
                 parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self,  # noqa: N802 - Qt API
                    parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
                    ) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == COL_WAITING and self.view == "onway" and self.search_ids is None:
                return tr("Reply")
            return tr(COLUMNS[section]) if COLUMNS[section] else ""
        if (orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.TextAlignmentRole):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section == COL_UNREAD):
            return tr("Unread")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.FontRole:
            if row.unread_count:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row)
        if role == self.ConversationIdRole:
            return row.id
        if role == self.RowRole:
            return row
        if role == self.StateRole:
            return self.waiting_state(row)
        return None

    def _display(self, row: inbox.InboxRow, col: int) -> str:
        if col == COL_UNREAD:
            return "●" if row.unread_count else ""
        if col == COL_CUSTOMER:
            return row.customer_name or row.counterpart_email
        if col == COL_SUBJECT:
            text = f"{row.subject} — {row.snippet}" if row.snippet else row.subject
            tag = self.outbox_tag(row)
            return f"{tag}: {text}" if tag else text
        if col == COL_ACCOUNT:
            return row.account_name
        if col == COL_ORDER:
            if not row.order_number:
                return ""
            return f"{channel_label(row.channel)} {row.order_number}"
        if col == COL_WAITING:
            pill = self.outbox_pill(row)
            return pill[0] if pill else self.waiting_text(row)
        if col == COL_ACTIVITY:
            return fmt.short_when(row.last_activity_at, self.now)
        return ""

    def is_snoozed(self, row: inbox.InboxRow) -> bool:
        return row.snooze_until_reply or (
            row.snoozed_until is not None and row.snoozed_until > self.now)

    def outbox_pill(self, row: inbox.InboxRow) -> tuple[str, str] | None:
        """(text, colour state) of a reply on its way, shown in place of the clock (the
        conversation is under "Reply on its way"); None when no reply is on its way."""
        out = row.outbox
        if out is None or out.state == "failed":
            return None
        if out.state == "sending":
            return tr("Sending"), "onway"
        if out.attempts and out.last_error:
            return tr("Trying again"), "warn"
        return tr("Queued"), "onway"

    def outbox_tag(self, row: inbox.InboxRow) -> str:
        """The tag before the subject of a conversation whose reply failed: the customer is
        back in "Waiting on me", the clock beside it as before."""
        out = row.outbox
        return tr("Not sent") if out is not None and out.state == "failed" else ""

    @staticmethod
    def outbox_texts() -> list[str]:
        """Every text a reply's pill can show, for the column's width."""
        return [tr("Sending"), tr("Trying again"), tr("Queued")]

    def outbox_tooltip(self, row: inbox.InboxRow) -> str:
        """The outbox's status in plain words: since when, how many attempts, what went
        wrong and what happens next."""
        out = row.outbox
        if out is None:
            return ""
        since = fmt.short_when(out.queued_at, self.now) if out.queued_at else ""
        if out.state == "failed":
            lines = [tr("Your reply was not sent.")]
        elif out.state == "sending":
            lines = [tr("Your reply is being sent now.")]
        else:
            lines = [tr("Your reply waits in the outbox and goes out by itself as soon as "
                        "the mail server takes it.")]
        if since:
            lines.append(tr("Queued: %1").replace("%1", since))
        if out.attempts:
            lines.append(QCoreApplication.translate("InboxModel", "%n attempt(s) so far", "",
                                                    out.attempts))
        if out.last_error:
            lines.append(tr("Last problem: %1").replace("%1", out.last_error))
        if out.state == "failed":
            lines.append(tr("Open the conversation to try again or to change the reply. "
                            "The customer is waiting again."))
        return "\n".join(lines)

    def waiting_text(self, row: inbox.InboxRow) -> str:
        # a snoozed conversation says until when; its clock still runs underneath
        if row.snooze_until_reply:
            return tr("until reply")
        if row.snoozed_until is not None and row.snoozed_until > self.now:
            return tr("until %1").replace("%1", fmt.short_when(row.snoozed_until, self.now))
        if row.waiting_since is None:
            return ""
        return fmt.duration(self.clock.state(row.waiting_since, self.now)[1])

    def _tooltip(self, row: inbox.InboxRow, col: int) -> str | None:
        if col == COL_WAITING and self.outbox_pill(row) is not None:
            return self.outbox_tooltip(row)
        if col == COL_SUBJECT and self.outbox_tag(row):
            return f"{row.subject}\n\n{self.outbox_tooltip(row)}"
        if col == COL_WAITING and row.waiting_since is not None:
            state = self.waiting_state(row)
            return {
                "breach": tr("Past the reply target of %1 h: answer first")
                .replace("%1", f"{self.breach_hours:g}"),
                "warn": tr("At risk: the reply target of %1 h is close")
                .replace("%1", f"{self.breach_hours:g}"),
                "fine": tr("Within the reply target"),
            }.get(state)
        if col == COL_CUSTOMER:
            return row.counterpart_email or None
        if col == COL_SUBJECT:
            return row.subject
        if col == COL_UNREAD and row.unread_count:
            return QCoreApplication.translate("InboxModel", "%n unread message(s)", "",
                                              row.unread_count)
        return None

    def _accessible(self, row: inbox.InboxRow) -> str:
        parts = [row.customer_name or row.counterpart_email, row.subject]
        pill = self.outbox_pill(row)
        if self.outbox_tag(row):
            parts.append(self.outbox_tag(row))
        if pill is not None:
            parts.append(pill[0])
        elif row.waiting_since is not None:
            parts.append(tr("waiting %1").replace("%1", self.waiting_text(row)))
        if row.unread_count:
            parts.append(tr("unread"))
        return ", ".join(parts)
