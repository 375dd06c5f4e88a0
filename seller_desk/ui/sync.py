"""Mail in the background: sync per account, push (IMAP IDLE), periodic checks, the outbox.

Nothing here blocks the window. Each account syncs on the network pool with progress;
its state (checking, up to date, a problem in plain words) is shown in the status bar
with a retry. New customer mail is announced through :attr:`SyncController.new_customer_mail`
for notifications. The outbox worker sends on its own thread and reports back by signal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from seller_desk.core.conversations import inbox
from seller_desk.core.mail.connection import accounts
from seller_desk.core.team.leadership import MailboxLeadership, is_team_database
from seller_desk.ui import i18n
from seller_desk.ui.qt import QObject, QTimer, Signal
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)


@dataclass
class AccountState:
    """What the status bar shows for one mailbox."""

    account_id: int
    name: str
    state: str = "idle"  # idle, syncing, ok, error, off
    done: int = 0
    total: int = 0
    text: str = ""
    error: str = ""
    error_kind: str = ""
    #: the known error behind :attr:`error`, kept so it can be told again in another
    #: interface language (the text alone would stay in the language of the moment)
    error_of: BaseException | None = None
    last_sync_at: datetime | None = None
    new_total: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def error_text(self) -> str:
        """The error in the interface language of now."""
        if self.error_of is not None and self.error:
            return i18n.shown_error(self.error_of)
        return self.error


def run_sync(account_id: int, progress: Any = None) -> Any:
    """One account's sync (worker thread), stoppable through the progress's cancel flag."""
    from seller_desk.core.mail.imap import sync

    cancel = progress.cancelled if progress is not None else None
    return sync.sync_account(account_id, progress, cancel)


class SyncController(QObject):
    """Signals:
        state_changed(int): the state of account <id> changed (see :attr:`states`).
        synced(int, object): account <id> finished a sync (its SyncResult).
        new_customer_mail(object): list of (message, conversation, sender, subject).
        outbox_changed(object): the outbox sent, retried or failed something (SendReport).
        pushed(int, object): account <id> got new mail by push (its SyncResult).
        watch_failed(int, object): account <id>'s push connection failed (a MailError).
        password_needed(int): account <id> failed for want of a usable password (none
            stored, no password store, or refused by the server) for the first time since
            the start: the window asks for it once by itself; later the chip asks.
        lead_gained(int), lead_lost(int): on a team's database, this window took over
            or gave up the syncing of mailbox <id> (core/team/leadership.py); another
            window syncs the mailboxes this one does not hold, and this one reads.
    """

    state_changed = Signal(int)
    synced = Signal(int, object)
    new_customer_mail = Signal(object)
    outbox_changed = Signal(object)
    pushed = Signal(int, object)
    watch_failed = Signal(int, object)
    password_needed = Signal(int)
    lead_gained = Signal(int)
    lead_lost = Signal(int)

    def __init__(self, window: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.states: dict[int, AccountState] = {}
        self.tasks: dict[int, Task] = {}
        self.watchers: dict[int, Any] = {}
        self.outbox_worker: Any = None
        # mailboxes whose first sync the add-mailbox wizard is running
        self.first_syncs: set[int] = set()
        # accounts whose password the window asked for by itself since the start
        self.asked_password: set[int] = set()
        self.push = False  # start() was asked for push: a mailbox switched on gets it too
        self.check_timer = QTimer(self)
        self.check_timer.timeout.connect(self.sync_all)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self._refresh_window)
        self.pushed.connect(self._done)
        self.watch_failed.connect(self._failed)
        self.outbox_changed.connect(self._outbox_report)
        if window is not None:
            window.sync_requested.connect(self.sync_all)
        # a team's database: one window syncs each mailbox (None on a personal shop)
        self.leadership: MailboxLeadership | None = None
        self.lead_gained.connect(self._lead_gained)
        self.lead_lost.connect(self.stop_watcher)

    # --- life ---------------------------------------------------------------------------

    def start(self, sync_now: bool = True, outbox: bool = True, push: bool = True) -> None:
        """Load the accounts, check each one, and keep checking."""
        self.load_accounts()
        minutes = 5
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            minutes = max(1, int(settings.get("mail.check_interval_minutes") or 5))
        self.check_timer.setInterval(minutes * 60_000)
        self.check_timer.start()
        if is_team_database() and self.leadership is None:
            self.leadership = MailboxLeadership(on_gained=self.lead_gained.emit,
                                                on_lost=self.lead_lost.emit)
            self._want_mailboxes()
            self.leadership.start()
        if outbox:
            self.start_outbox()
        if sync_now:
            self.sync_all()
        self.push = push
        if push:
            for account_id in list(self.states):
                self.start_watcher(account_id)

    def stop(self) -> None:
        """Stop checking, stop push, let the outbox finish the message it is sending."""
        self.check_timer.stop()
        self._refresh_timer.stop()
        if self.leadership is not None:
            self.leadership.stop()  # frees the mailboxes for another window at once
            self.leadership = None
        for task in self.tasks.values():
            task.cancel()
        for account_id in list(self.watchers):
            self.stop_watcher(account_id)
        if self.outbox_worker is not None:
            self.outbox_worker.stop(timeout=10.0)
            self.outbox_worker = None
        network_pool().waitForDone(15_000)

    def load_accounts(self) -> None:
        """Read the mailboxes again (after one was added, edited, switched or removed)."""
        seen = set()
        switched_on = []
        for account_id, name, last, error, enabled in accounts.mailbox_states():
            seen.add(account_id)
            st = self.states.get(account_id) or AccountState(account_id, name)
            st.name = name
            st.last_sync_at = last
            if not enabled:
                # an off mailbox is not checked: its chip says so, its mail stays listed
                self.stop_watcher(account_id)
                task = self.tasks.get(account_id)
                if task is not None and not task.done:
                    task.cancel()
                st.state, st.error, st.error_kind = "off", "", ""
            elif st.state == "off":
                st.state = "ok" if last is not None else "idle"
                switched_on.append(account_id)
            elif error and st.state in ("idle", "error"):
                st.state, st.error = "error", error
            elif st.state == "idle" and last is not None:
                st.state = "ok"
            self.states[account_id] = st
            self.state_changed.emit(account_id)
        for account_id in [a for a in self.states if a not in seen]:
            self.stop_watcher(account_id)
            del self.states[account_id]
            self.state_changed.emit(account_id)
        self._want_mailboxes()
        for account_id in switched_on:  # back on: check it now, as at the start
            self.sync_account(account_id)
            if self.push:
                self.start_watcher(account_id)

    def _want_mailboxes(self) -> None:
        if self.leadership is not None:
            self.leadership.want(a for a, st in self.states.items() if st.state != "off")

    def _lead_gained(self, account_id: int) -> None:
        """This window syncs the mailbox now: check it at once, and push if asked."""
        self.sync_account(account_id)
        if self.push:
            self.start_watcher(account_id)

    def _leads(self, account_id: int) -> bool:
        return self.leadership is None or self.leadership.holds(account_id)

    def account_added(self, account_id: int) -> None:
        """A mailbox was added; the wizard is starting its first sync. Its chip says
        "checking" at once and follows the wizard's progress (it said nothing until the
        next round of checks)."""
        self.load_accounts()
        st = self.states.get(account_id)
        if st is not None and st.state != "off":
            self.first_syncs.add(account_id)
            st.state, st.done, st.total, st.text, st.error = "syncing", 0, 0, "", ""
            self.state_changed.emit(account_id)
        self.start_watcher(account_id)

    def first_sync_progress(self, account_id: int | None, done: int, total: int) -> None:
        """The wizard's first sync of ``account_id`` fetched ``done`` of ``total``."""
        st = self.states.get(account_id or 0)
        if st is None or account_id not in self.first_syncs:
            return
        st.done, st.total = done, total
        self.state_changed.emit(account_id)

    def first_sync_finished(self, account_id: int) -> None:
        """The wizard's first sync ended (done or failed): the chip shows what the
        mailbox's row now says (checked at, or its error)."""
        self.first_syncs.discard(account_id)
        st = self.states.get(account_id)
        if st is None:
            return
        if st.state == "syncing":
            st.state = "idle"
        self.load_accounts()
        self.state_changed.emit(account_id)

    # --- syncing ------------------------------------------------------------------------

    def is_syncing(self, account_id: int | None = None) -> bool:
        if account_id is None:
            return bool(self.first_syncs) or any(not t.done for t in self.tasks.values())
        if account_id in self.first_syncs:  # the wizard is fetching: no second sync
            return True
        task = self.tasks.get(account_id)
        return task is not None and not task.done

    def sync_all(self) -> None:
        for account_id in list(self.states):
            self.sync_account(account_id)

    def sync_account(self, account_id: int) -> Task | None:
        """Check one mailbox now (nothing happens if it is being checked already or is
        switched off)."""
        st = self.states.get(account_id)
        if st is None or st.state == "off" or self.is_syncing(account_id):
            return None
        if not self._leads(account_id):  # another window syncs it: read what it stored
            self._refresh_timer.start()
            return None
        st.state, st.done, st.total, st.text, st.error = "syncing", 0, 0, "", ""
        self.state_changed.emit(account_id)
        task = Task(run_sync, account_id, with_progress=True)
        task.on_progress(lambda d, t, text: self._progress(account_id, d, t, text))
        # the check is over when its result arrives: "check again" from then on starts
        # one (the task's own "finished" comes in a later turn of the event loop)
        def succeeded(result: Any) -> None:
            self._settled(account_id, task)
            self._done(account_id, result)

        def failed(exc: BaseException) -> None:
            self._settled(account_id, task)
            self._failed(account_id, exc)

        task.on_success(succeeded)
        task.on_failure(failed)
        self.tasks[account_id] = task
        return task.start(network_pool())

    def _settled(self, account_id: int, task: Task) -> None:
        if self.tasks.get(account_id) is task:
            del self.tasks[account_id]

    def retry(self, account_id: int) -> None:
        self.sync_account(account_id)

    def needs_password(self, account_id: int) -> bool:
        """Whether the mailbox's last check failed for want of a usable password."""
        st = self.states.get(account_id)
        return st is not None and st.state == "error" and \
            st.error_kind in accounts.PASSWORD_KINDS

    def password_given(self, account_id: int) -> None:
        """The seller typed a password the server accepted: check the mailbox now and
        start its push again (it gave up on the old password)."""
        st = self.states.get(account_id)
        if st is None:
            return
        if st.state == "error":
            st.state, st.error, st.error_kind = "idle", "", ""
        restart_push = account_id in self.watchers
        self.stop_watcher(account_id)
        self.sync_account(account_id)
        if restart_push:
            self.start_watcher(account_id)

    def _progress(self, account_id: int, done: int, total: int, text: str) -> None:
        st = self.states.get(account_id)
        if st is None:
            return
        st.done, st.total, st.text = done, total, text
        self.state_changed.emit(account_id)
        self._refresh_timer.start()  # the newest mail shows while the rest arrives

    def _done(self, account_id: int, result: Any) -> None:
        st = self.states.get(account_id)
        if st is not None:
            from seller_desk.core.store.fields import utcnow

            if st.state != "off":  # switched off meanwhile: it stays off
                st.state = "error" if result.errors else "ok"
                st.error = "; ".join(result.errors)
            st.last_sync_at = utcnow()
            st.new_total += result.new
            self.state_changed.emit(account_id)
        self.synced.emit(account_id, result)
        ids = list(getattr(result, "new_message_ids", []) or [])
        if ids:
            Task(inbox.customer_mail_among, ids).on_success(self._announce).start()
        self._refresh_timer.start()

    def _announce(self, found: list[Any]) -> None:
        if found:
            self.new_customer_mail.emit(found)

    def _failed(self, account_id: int, exc: BaseException) -> None:
        st = self.states.get(account_id)
        if st is None:
            return
        if st.state == "off":
            pass  # switched off while it was being checked: it stays off
        elif getattr(exc, "kind", "") == "cancelled":
            st.state = "ok" if st.last_sync_at else "idle"
        else:
            st.state = "error"
            st.error = i18n.shown_error(exc)  # a bug's own text is for the log, not the seller
            st.error_of = exc
            st.error_kind = getattr(exc, "kind", "")
        self.state_changed.emit(account_id)
        if accounts.needs_password(exc) and account_id not in self.asked_password \
                and st.state == "error":
            # once per start: a seller who closed the box is asked again by the chip only
            self.asked_password.add(account_id)
            self.password_needed.emit(account_id)

    def _refresh_window(self) -> None:
        if self.window is not None:
            self.window.refresh()

    # --- push -------------------------------------------------------------------------

    def start_watcher(self, account_id: int) -> None:
        """Push for one mailbox: the server's IDLE wakes a sync on the watcher's thread; its
        result comes here by a queued signal."""
        from seller_desk.core.mail.imap.watcher import AccountWatcher

        st = self.states.get(account_id)
        if account_id in self.watchers or (st is not None and st.state == "off") or \
                not self._leads(account_id):
            return
        watcher = AccountWatcher(account_id, on_new_mail=self.pushed.emit,
                                 on_error=self.watch_failed.emit)
        try:
            watcher.start()
        except Exception:  # push is a bonus; periodic checks still run
            logger.exception("Push for account %s could not start", account_id)
            return
        self.watchers[account_id] = watcher

    def stop_watcher(self, account_id: int) -> None:
        watcher = self.watchers.pop(account_id, None)
        if watcher is not None:
            try:
                watcher.stop()
            except Exception:  # stopping is best effort
                logger.exception("Push for account %s did not stop cleanly", account_id)

    # --- outbox -----------------------------------------------------------------------

    def start_outbox(self) -> None:
        if self.outbox_worker is not None:
            return
        from seller_desk.core.mail.send import outbox

        self.outbox_worker = outbox.OutboxWorker(on_report=self.outbox_changed.emit)
        self.outbox_worker.start()

    def _outbox_report(self, report: Any) -> None:
        if self.window is not None:
            page = self.window._conversation_page
            if page is not None and page.conversation_id is not None:
                page.reload()
            self.window.refresh_counts()
            self.window.data_changed.emit()
