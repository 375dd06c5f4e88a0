"""Keep the mailboxes this process leads in sync: push (IMAP IDLE) for each one it holds.

The window's sync controller (ui/sync.py) does this with its own chips and timers; this
is the same without a screen, for a process that only keeps a team's mail current (and
for the tests that run two of them against one database and SIGKILL one).
"""

from __future__ import annotations

import logging
import threading

from seller_desk.core.mail.connection import accounts
from seller_desk.core.mail.imap.watcher import AccountWatcher, NewMail
from seller_desk.core.team.leadership import MailboxLeadership

logger = logging.getLogger(__name__)


class TeamSyncer:
    """Syncs (IDLE included) exactly the enabled mailboxes whose lock this process holds."""

    def __init__(self, on_new_mail: NewMail | None = None,
                 retry_seconds: float | None = None,
                 check_interval: float | None = None) -> None:
        self.on_new_mail = on_new_mail
        self.check_interval = check_interval
        self.watchers: dict[int, AccountWatcher] = {}
        self._lock = threading.Lock()
        self.leadership = MailboxLeadership(on_gained=self._gained, on_lost=self._lost,
                                            retry_seconds=retry_seconds)

    def start(self) -> TeamSyncer:
        enabled = [account_id for account_id, _name, _last, _error, on
                   in accounts.mailbox_states() if on]
        self.leadership.want(enabled)
        self.leadership.start()
        return self

    def stop(self) -> None:
        self.leadership.stop()
        with self._lock:
            watchers, self.watchers = list(self.watchers.values()), {}
        for watcher in watchers:
            watcher.stop()

    def _gained(self, account_id: int) -> None:
        watcher = AccountWatcher(account_id, on_new_mail=self.on_new_mail,
                                 check_interval=self.check_interval)
        with self._lock:
            old = self.watchers.pop(account_id, None)
            self.watchers[account_id] = watcher
        if old is not None:
            old.stop()
        watcher.start()

    def _lost(self, account_id: int) -> None:
        with self._lock:
            watcher = self.watchers.pop(account_id, None)
        if watcher is not None:
            logger.info("Mailbox %s: another window syncs it now", account_id)
            watcher.stop()
