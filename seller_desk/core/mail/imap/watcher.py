"""Push: one worker thread per account that IDLEs on the inbox and syncs when mail arrives.

    watcher = AccountWatcher(account.id, on_new_mail=lambda account_id, result: ...)
    watcher.start()
    ...
    watcher.stop()          # returns within about a second

The thread logs in, syncs every folder once, then waits in IDLE on the inbox. Whatever the
server announces (new mail, expunges, flag changes) triggers a sync of the inbox; the other
folders are checked every ``mail.check_interval_minutes``. When the connection drops, it
reconnects with a growing pause (1 s, 2 s, 4 s ... at most 5 minutes); a refused password
waits for the long pause, so a wrong password is not tried again and again.

Callbacks run on the watcher's thread: a Qt caller forwards them with a queued signal.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import socket
import threading
import time
from collections.abc import Callable

import imapclient

from seller_desk.core.common.settings import Settings
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, connect
from seller_desk.core.mail.imap.results import SyncResult
from seller_desk.core.mail.imap.sync import sync_account
from seller_desk.core.store.models import Folder, database

logger = logging.getLogger(__name__)

NewMail = Callable[[int, SyncResult], None]
ErrorHandler = Callable[[int, errors.MailError], None]

IDLE_POLL = 0.25  # seconds between looks at the stop flag while idling
IDLE_RENEW = 9 * 60  # servers may drop an IDLE after 30 minutes; renew well before
MAX_BACKOFF = 300.0


class AccountWatcher:
    """Keeps one account current: IDLE on the inbox, periodic checks, reconnects."""

    def __init__(self, account_id: int, on_new_mail: NewMail | None = None,
                 on_error: ErrorHandler | None = None,
                 check_interval: float | None = None) -> None:
        self.account_id = account_id
        self.on_new_mail = on_new_mail
        self.on_error = on_error
        if check_interval is None:
            check_interval = float(Settings().get("mail.check_interval_minutes")) * 60
        self.check_interval = max(5.0, check_interval)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: imapclient.IMAPClient | None = None
        self._client_lock = threading.Lock()
        self.connected = threading.Event()  # set while logged in and idling or syncing
        self.last_error: errors.MailError | None = None

    # -- control ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name=f"mail-watcher-{self.account_id}")
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> bool:
        """Stop the thread; True when it ended within ``timeout`` seconds."""
        self._stop.set()
        self._wake.set()
        with self._client_lock:
            client = self._client
        if client is not None:
            # cut the connection: a read blocked on the socket returns at once
            with contextlib.suppress(OSError):
                client.socket().shutdown(socket.SHUT_RDWR)
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ---------------------------------------------------------------------
    _force_full = False

    def _run(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            try:
                self._session()
                backoff = 1.0
            except errors.MailError as exc:
                if self._stop.is_set():
                    break
                self._report(exc)
                if exc.kind in ("auth", "no_password", "certificate_untrusted",
                                "insecure_refused"):
                    backoff = MAX_BACKOFF  # needs the seller: do not hammer the server
            except (imaplib.IMAP4.error, OSError, EOFError) as exc:
                if self._stop.is_set():
                    break
                logger.info("Watcher of account %s lost its connection: %s",
                            self.account_id, exc)
            except Exception:  # a bug must not kill push for good
                if self._stop.is_set():
                    break
                logger.exception("Watcher of account %s failed", self.account_id)
            finally:
                self._drop_client()
            if self._stop.is_set():
                break
            self._wake.clear()
            self._wake.wait(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)
        # this thread's own database connection
        with contextlib.suppress(Exception):  # nothing to do about a failing close at exit
            database.close()

    def _report(self, exc: errors.MailError) -> None:
        self.last_error = exc
        logger.info("Watcher of account %s: %s", self.account_id, exc.text())
        if self.on_error is not None:
            try:
                self.on_error(self.account_id, exc)
            except Exception:  # a caller's bug must not stop the watcher
                logger.exception("on_error callback failed")

    def _drop_client(self) -> None:
        self.connected.clear()
        with self._client_lock:
            client, self._client = self._client, None
        connect.close_imap(client)

    def _sync(self, client: imapclient.IMAPClient, inbox_only: bool) -> None:
        result = sync_account(self.account_id, cancel=self._stop, client=client,
                              only_roles=("inbox",) if inbox_only else None)
        self.last_error = None
        if result.new and self.on_new_mail is not None:
            try:
                self.on_new_mail(self.account_id, result)
            except Exception:  # a caller's bug must not stop the watcher
                logger.exception("on_new_mail callback failed")

    def _session(self) -> None:
        account = accounts.get_account(self.account_id)
        client = connect.open_imap(account, timeout=60)
        with self._client_lock:
            self._client = client
        if self._stop.is_set():
            return
        self.connected.set()
        self._sync(client, inbox_only=False)
        last_full = time.monotonic()
        inbox = Folder.get_or_none(Folder.account == self.account_id, Folder.role == "inbox")
        inbox_name = inbox.name if inbox is not None else "INBOX"
        can_idle = b"IDLE" in client.capabilities()
        while not self._stop.is_set():
            client.select_folder(inbox_name, readonly=True)
            if not can_idle:
                self._wake.clear()
                self._wake.wait(min(60.0, self.check_interval))
                if self._stop.is_set():
                    return
                full = self._force_full or time.monotonic() - last_full >= self.check_interval
                self._force_full = False
                self._sync(client, inbox_only=not full)
                if full:
                    last_full = time.monotonic()
                continue
            client.idle()
            started = time.monotonic()
            changed = False
            while not self._stop.is_set():
                responses = client.idle_check(timeout=IDLE_POLL)
                if responses and any(_is_change(r) for r in responses):
                    changed = True
                    break
                now = time.monotonic()
                if self._wake.is_set() or now - started >= IDLE_RENEW or \
                        now - last_full >= self.check_interval:
                    break
            if self._stop.is_set():
                return
            client.idle_done()
            self._wake.clear()
            full = self._force_full or time.monotonic() - last_full >= self.check_interval
            self._force_full = False
            if changed or full:
                self._sync(client, inbox_only=not full)
                if full:
                    last_full = time.monotonic()


def _is_change(response: object) -> bool:
    """True for IDLE responses that mean the mailbox changed (not keep-alive chatter)."""
    if not isinstance(response, tuple) or not response:
        return False
    if response[0] == b"VANISHED":
        return True
    return len(response) >= 2 and response[1] in (b"EXISTS", b"EXPUNGE", b"FETCH")

