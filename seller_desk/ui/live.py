"""Live updates in a team: what another window changed shows here within a second.

The core's listener (core/team/listener.py) hears the team's change log on a thread of its
own; its changes come to the GUI thread through :attr:`LiveUpdates.changed` (a queued
signal) and the window reads again what is on screen (one refresh for many changes in a
row). On a personal shop (SQLite) it does nothing: only this window changes anything.
"""

from __future__ import annotations

import logging
from typing import Any

from seller_desk.core.team import changes, pooling
from seller_desk.core.team.leadership import is_team_database
from seller_desk.core.team.listener import ChangeListener
from seller_desk.ui import i18n
from seller_desk.ui.qt import QMessageBox, QObject, Signal
from seller_desk.ui.tasks import Task

logger = logging.getLogger(__name__)


class LiveUpdates(QObject):
    """Signals:
        changed(object): a list of core.team.changes.Change, oldest first.
        online_changed(bool): the connection to the team's database was lost or is back.
    """

    changed = Signal(object)
    online_changed = Signal(bool)

    def __init__(self, window: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.listener: ChangeListener | None = None
        self.session_check: pooling.SessionCheck | None = None
        self.changed.connect(self._apply)

    def start(self) -> None:
        if self.listener is not None or not is_team_database():
            return
        self.listener = ChangeListener(on_changes=self.changed.emit,
                                       on_online=self.online_changed.emit).start()
        # a pooler in transaction mode breaks LISTEN and the mailbox locks without a word
        Task(pooling.check_session).on_success(self._checked).start()
        Task(changes.prune).start()  # the log needs only what running windows may miss

    def _checked(self, check: pooling.SessionCheck) -> None:
        self.session_check = check
        error = pooling.problem(check)
        if error is not None:
            self.warn(i18n.error_text(error))

    def warn(self, text: str) -> None:
        """Say once, at start, that the team cannot work over this connection."""
        QMessageBox.warning(self.window, self.tr("The team's database"), text)

    def stop(self) -> None:
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.stop()

    def _apply(self, batch: list[Any]) -> None:
        logger.debug("%d change(s) from the team", len(batch))
        if self.window is None:
            return
        if any(c.entity == "setting" for c in batch):
            store = getattr(self.window, "shared_settings", None)
            if store is not None:
                store.forget()
            self.window.apply_settings()  # targets, hours ... changed by someone else
        self.window.schedule_refresh()  # the page in view and the counts, once
