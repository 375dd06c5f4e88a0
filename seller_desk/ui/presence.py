"""Collision warnings in the window of a team: who else has the conversation open, who is
replying, and a question before sending when someone else's reply went out meanwhile.

The core keeps this window's presence row (core/team/presence.py); this controller tells
it what the seller does (opens a conversation, types, sends) off the GUI thread, keeps it
alive with a heartbeat, and reads who else is there when the team's change log says the
open conversation's presence changed (ui/live.py), or on the heartbeat (rows of windows
gone silent expire). On a personal shop it does nothing.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from seller_desk.core.team import presence
from seller_desk.core.team.leadership import is_team_database
from seller_desk.ui.qt import QObject, QTimer, Signal
from seller_desk.ui.tasks import Task

logger = logging.getLogger(__name__)

#: seconds without a key pressed after which "is replying" ends
TYPING_PAUSE_SECONDS = 15

_current: PresenceController | None = None


def current() -> PresenceController | None:
    """The window's controller, for the composer (which may sit in a window of its own)."""
    return _current


class PresenceController(QObject):
    """Signals:
        others_changed(object): the list of core.team.presence.Person who also have the
            open conversation open (empty: nobody).
    """

    others_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.here = presence.Here()
        self.active = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(presence.HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self._beat)
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_SECONDS * 1000)
        self._typing_pause.timeout.connect(lambda: self.typing(False))

    def start(self) -> None:
        global _current
        self.active = is_team_database()
        if self.active:
            _current = self
            self._heartbeat.start()

    def stop(self) -> None:
        """The window closes: the others hear it at once (not after the expiry)."""
        global _current
        self._heartbeat.stop()
        self._typing_pause.stop()
        if _current is self:
            _current = None
        if self.active:
            self.active = False
            with contextlib.suppress(Exception):  # the database may be gone: rows expire
                self.here.leave()

    # --- what the seller does -------------------------------------------------------
    def open(self, conversation_id: int | None) -> None:
        if not self.active:
            return
        self._typing_pause.stop()
        Task(self.here.open, conversation_id).on_finished(self.read_others).start()

    def typing(self, typing: bool = True) -> None:
        """A key pressed in a reply (or the pause after the last one ended)."""
        if not self.active:
            return
        if typing:
            self._typing_pause.start()
        if typing != self.here.typing:
            Task(self.here.set_typing, typing).start()

    def sent(self, outbox_id: int) -> None:
        self.here.sent(outbox_id)
        self.typing(False)

    def replies_since_opened(self, conversation_id: int | None) -> Task | None:
        """A task finding replies someone else queued since this window opened
        ``conversation_id`` (None when that is not the conversation it shows)."""
        if not self.active or conversation_id != self.here.conversation_id:
            return None
        return Task(self.here.replies_since_opened)

    # --- what the others do ---------------------------------------------------------
    def on_changes(self, changes: list[Any]) -> None:
        """The team's changes (ui/live.py): read again when they touch the open
        conversation's presence or replies."""
        conv = self.here.conversation_id
        if self.active and conv is not None and any(
                c.entity == "conversation" and c.entity_id == conv for c in changes):
            self.read_others()

    def read_others(self) -> None:
        if self.active:
            Task(self.here.others).on_success(self.others_changed.emit).start()

    def _beat(self) -> None:
        Task(self.here.heartbeat).on_finished(self.read_others).start()
