"""The tray icon with waiting and unread counts, and desktop notifications.

Two kinds of notification, each with its own switch in the settings:

* ``notify.new_mail``: a customer wrote (automatic mail such as marketplace notices does
  not count);
* ``notify.breach``: a customer is about to wait past the reply target (an hour before
  it), or has just passed it. Each wait is announced once.

Every notification is also emitted as :attr:`Notifier.notified`, so it can be shown where
no system tray exists and checked in tests.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks, inbox
from seller_desk.ui import format as fmt
from seller_desk.ui.qt import (
    QAction,
    QColor,
    QCoreApplication,
    QFont,
    QGuiApplication,
    QIcon,
    QMenu,
    QObject,
    QPainter,
    QPixmap,
    QRect,
    QSystemTrayIcon,
    Qt,
    QTimer,
    Signal,
)
from seller_desk.ui.tasks import Latest

logger = logging.getLogger(__name__)

#: how long before the reply target a waiting customer is announced
BREACH_LEAD = timedelta(hours=1)


def tr(text: str) -> str:
    return QCoreApplication.translate("Notifier", text)


def breach_candidates(policy: clocks.ClockPolicy, lead: timedelta) -> list[Any]:
    """(id, customer, subject, waiting since, time left) close to or past the target."""
    found = inbox.deadlines_within(policy, lead)
    if not found:
        return []
    rows = {r.id: r for r in inbox.rows_for([cid for cid, _s, _l in found])}
    return [(cid, rows[cid].customer_name or rows[cid].counterpart_email, rows[cid].subject,
             since, left) for cid, since, left in found if cid in rows]


class Notifier(QObject):
    """Decides what to announce; the tray (when there is one) shows it.

    Signals:
        notified(str, str, str, int): kind ("new_mail" or "breach"), title, text, and the
            conversation to open when clicked (0: the inbox).
    """

    notified = Signal(str, str, str, int)

    def __init__(self, settings: Settings | None = None, window: Any = None) -> None:
        super().__init__(window)
        self.settings = settings or Settings()
        self.window = window
        self.policy = clocks.ClockPolicy.from_settings(self.settings)
        self.lead = BREACH_LEAD
        self.announced: set[tuple[int, Any]] = set()  # (conversation, waiting since)
        self._first_check = True
        self._query = Latest()
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check_deadlines)

    def start(self) -> None:
        self.timer.start()
        self.check_deadlines()

    def enabled(self, kind: str) -> bool:
        """Whether the seller wants this kind of notification (re-read from the settings)."""
        self.settings.load()
        key = {"new_mail": "notify.new_mail", "breach": "notify.breach"}[kind]
        return bool(self.settings.get(key))

    # --- new mail -----------------------------------------------------------------------

    def new_customer_mail(self, found: list[tuple[int, int, str, str]]) -> None:
        """Announce messages from customers (message, conversation, sender, subject)."""
        if not found or not self.enabled("new_mail"):
            return
        if len(found) == 1:
            _mid, conv, sender, subject = found[0]
            self._notify("new_mail", tr("New mail from %1").replace("%1", sender), subject,
                         conv or 0)
            return
        senders = list(dict.fromkeys(s for _m, _c, s, _t in found))
        title = QCoreApplication.translate("Notifier", "%n new customer message(s)", "",
                                           len(found))
        text = ", ".join(senders[:3]) + (" …" if len(senders) > 3 else "")
        self._notify("new_mail", title, text, found[0][1] or 0)

    # --- reply targets ------------------------------------------------------------------

    def set_policy(self, policy: clocks.ClockPolicy) -> None:
        self.policy = policy

    def check_deadlines(self) -> None:
        """Look for customers near or past the reply target (on a worker thread)."""
        if not self.enabled("breach"):
            return
        self.settings.load()
        self.policy = clocks.ClockPolicy.from_settings(self.settings)
        self._query.run(breach_candidates, self.policy, self.lead, callback=self._deadlines)

    def _deadlines(self, found: list[Any]) -> None:
        fresh = [f for f in found if (f[0], f[3]) not in self.announced]
        self.announced.update((f[0], f[3]) for f in found)
        if not fresh:
            self._first_check = False
            return
        past = [f for f in fresh if f[4] <= timedelta(0)]
        near = [f for f in fresh if f[4] > timedelta(0)]
        if self._first_check and len(past) > 1:
            # on start, one calm summary instead of a burst of alarms
            title = QCoreApplication.translate(
                "Notifier", "%n customer(s) waiting past your reply target", "", len(past))
            self._notify("breach", title, ", ".join(f[1] for f in past[:3]), past[0][0])
            past = []
        self._first_check = False
        for cid, name, subject, _since, left in past + near:
            if left <= timedelta(0):
                title = tr("%1 is waiting past your reply target").replace("%1", name)
            else:
                title = tr("%1 left to answer %2").replace(
                    "%1", fmt.duration(left.total_seconds())).replace("%2", name)
            self._notify("breach", title, subject, cid)

    # --- delivery -----------------------------------------------------------------------

    def _notify(self, kind: str, title: str, text: str, conversation_id: int) -> None:
        logger.info("Notification (%s) for conversation %s", kind, conversation_id)
        self.notified.emit(kind, title, text, conversation_id)


def badge_icon(base: QIcon, count: int, urgent: bool, size: int = 64) -> QIcon:
    """The app icon with the waiting count in a corner badge (red when past the target)."""
    pixmap = base.pixmap(size, size) if not base.isNull() else QPixmap(size, size)
    if base.isNull():
        pixmap.fill(QColor("#0f766e"))
    if count:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = int(size * 0.56)
        rect = QRect(size - d, 0, d, d)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b3261e") if urgent else QColor("#0b524c"))
        painter.drawEllipse(rect)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(d * (0.55 if count < 100 else 0.4)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count < 1000 else "999+")
        painter.end()
    return QIcon(pixmap)


class TrayIcon(QSystemTrayIcon):
    """Counts in the tray; notifications as balloons; a small menu."""

    def __init__(self, window: Any, notifier: Notifier) -> None:
        super().__init__(window)
        self.window = window
        self.notifier = notifier
        app = QCoreApplication.instance()
        # the window icon is a QGuiApplication's; a bare core application has none
        self.base_icon = app.windowIcon() if isinstance(app, QGuiApplication) else QIcon()
        self.last_conversation = 0
        self.waiting = self.unread = self.breached = 0
        self.menu = QMenu()
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.show_window)
        self.check_action = QAction(self)
        self.check_action.triggered.connect(window.sync_requested.emit)
        self.mail_action = QAction(self)
        self.mail_action.setCheckable(True)
        self.mail_action.toggled.connect(lambda on: self._switch("notify.new_mail", on))
        self.breach_action = QAction(self)
        self.breach_action.setCheckable(True)
        self.breach_action.toggled.connect(lambda on: self._switch("notify.breach", on))
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(QCoreApplication.quit)
        for a in (self.open_action, self.check_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.mail_action)
        self.menu.addAction(self.breach_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.messageClicked.connect(self._message_clicked)
        notifier.notified.connect(self.show_notification)
        window.counts_changed.connect(self.update_counts)
        self.retranslate()
        self.update_counts(window.counts)

    def retranslate(self) -> None:
        self.open_action.setText(tr("Open Seller Desk"))
        self.check_action.setText(tr("Check mail now"))
        self.mail_action.setText(tr("Notify me of new customer mail"))
        self.breach_action.setText(tr("Notify me before a reply target is missed"))
        self.quit_action.setText(tr("Quit"))
        settings = self.notifier.settings
        for action, key in ((self.mail_action, "notify.new_mail"),
                            (self.breach_action, "notify.breach")):
            action.blockSignals(True)
            action.setChecked(bool(settings.get(key)))
            action.blockSignals(False)

    def _switch(self, key: str, on: bool) -> None:
        self.notifier.settings.set(key, on)

    def show_if_available(self) -> bool:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.show()
            return True
        return False

    def update_counts(self, counts: Any) -> None:
        self.waiting = counts.waiting
        self.unread = counts.unread
        self.breached = getattr(self.window, "counts_breached", 0)
        self.setIcon(badge_icon(self.base_icon, self.waiting, self.breached > 0))
        tip = [QCoreApplication.translate("Notifier", "%n waiting", "", self.waiting),
               QCoreApplication.translate("Notifier", "%n unread", "", self.unread)]
        if self.breached:
            tip.insert(0, QCoreApplication.translate("Notifier", "%n past the target", "",
                                                     self.breached))
        self.setToolTip("Seller Desk — " + ", ".join(tip))

    def show_notification(self, kind: str, title: str, text: str, conversation_id: int) -> None:
        self.last_conversation = conversation_id
        if self.isVisible() and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.MessageIcon.Warning if kind == "breach" else \
                QSystemTrayIcon.MessageIcon.Information
            self.showMessage(title, text, icon, 8000)

    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def _message_clicked(self) -> None:
        self.show_window()
        if self.last_conversation:
            self.window.open_conversation(self.last_conversation)
