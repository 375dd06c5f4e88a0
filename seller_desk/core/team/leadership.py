"""One sync per mailbox: the process holding a mailbox's advisory lock syncs it.

Several windows (laptops of a team, or two windows on one) open one PostgreSQL database.
If each synced every mailbox, each would log in, IDLE and fetch the same mail. Instead,
each process asks PostgreSQL for a *session-level* advisory lock per mailbox on a
connection of its own, kept open for as long as it syncs. The server grants each lock to
one session only, and frees it the moment that session ends: the window closes, the
process is killed (the kernel closes its socket), or its connection is lost (the server's
TCP keepalive, set short here, ends the session). The others try again on a timer
(:data:`RETRY_SECONDS`), so one of them takes over within that time.

Why a separate connection: peewee's connections are per thread and come and go (worker
threads close theirs); a session-level lock lives exactly as long as its connection, so
the lock needs one that lives as long as the process's wish to sync.

On SQLite there is one laptop: :class:`MailboxLeadership` says yes to every mailbox.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

import peewee

from seller_desk.core.store.models import database

logger = logging.getLogger(__name__)

#: the first of the two keys of a mailbox's lock ("SD"); the second is the account id.
#: Two 32-bit keys live apart from the one 64-bit key of the mail lock (store/locks.py).
LOCK_NAMESPACE = 0x5344
#: seconds between tries for mailboxes another process syncs (take-over within this)
RETRY_SECONDS = 15.0
#: the server ends a session whose peer vanished without a word after about
#: idle + interval * count seconds (a laptop's network gone), freeing its locks
KEEPALIVE = {"tcp_keepalives_idle": 10, "tcp_keepalives_interval": 5,
             "tcp_keepalives_count": 3}

Changed = Callable[[int], None]


def is_team_database(db: peewee.Database | None = None) -> bool:
    """Whether ``db`` (default: the open database) is a shared PostgreSQL database."""
    db = db if db is not None else database.obj
    return isinstance(db, peewee.PostgresqlDatabase)


def connect_like(db: peewee.Database, **extra: Any) -> Any:
    """A new psycopg2 connection to the database ``db`` is bound to, in autocommit mode:
    its own session, apart from peewee's per-thread connections."""
    import psycopg2  # only in team mode: a personal shop needs no PostgreSQL driver

    params = dict(db.connect_params)
    params.setdefault("connect_timeout", 10)
    params.update(keepalives=1, keepalives_idle=10, keepalives_interval=5,
                  keepalives_count=3)
    params.update(extra)
    conn = psycopg2.connect(dbname=db.database, **params)
    conn.autocommit = True
    return conn


class MailboxLeadership:
    """Which mailboxes this process syncs, kept current by a thread of its own.

    ``on_gained(account_id)`` runs when this process takes a mailbox over (start syncing
    it, IDLE included); ``on_lost(account_id)`` when it gives one up or its lock
    connection died (stop syncing it: another process may have it already). Both run on
    the leadership's thread (a Qt caller forwards them by signal).
    """

    def __init__(self, on_gained: Changed | None = None, on_lost: Changed | None = None,
                 retry_seconds: float | None = None,
                 db: peewee.Database | None = None) -> None:
        self.on_gained = on_gained
        self.on_lost = on_lost
        self.retry_seconds = RETRY_SECONDS if retry_seconds is None else retry_seconds
        self._db = db if db is not None else database.obj
        self.team = is_team_database(self._db)
        self._wanted: set[int] = set()
        self._held: set[int] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None

    # -- what callers ask ---------------------------------------------------------------
    def holds(self, account_id: int) -> bool:
        """Whether this process syncs the mailbox now (always, on a personal shop)."""
        with self._lock:
            return account_id in self._held

    def held(self) -> set[int]:
        with self._lock:
            return set(self._held)

    def want(self, account_ids: Iterable[int]) -> None:
        """The mailboxes this process would sync (the enabled ones); tried at once."""
        with self._lock:
            self._wanted = set(account_ids)
        if not self.team:
            self._settle_personal()
        self._wake.set()

    # -- life -----------------------------------------------------------------------------
    def start(self) -> MailboxLeadership:
        if not self.team:
            self._settle_personal()
            return self
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, daemon=True,
                                            name="mailbox-leadership")
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Give every mailbox up (closing the connection frees the locks at once)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if not self.team:
            self._lose(self.held())

    # -- personal shop: everything is ours ------------------------------------------------
    def _settle_personal(self) -> None:
        with self._lock:
            gained = self._wanted - self._held
            lost = self._held - self._wanted
            self._held = set(self._wanted)
        for account_id in sorted(lost):
            self._call(self.on_lost, account_id)
        for account_id in sorted(gained):
            self._call(self.on_gained, account_id)

    # -- team: the thread -----------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._round()
            except Exception:  # the database is away: try again on the next round
                logger.info("Mailbox leadership: the database cannot be reached; "
                            "trying again in %.0f s", self.retry_seconds, exc_info=True)
                self._drop_connection()
            self._wake.wait(self.retry_seconds)
            self._wake.clear()
        self._drop_connection()

    def _round(self) -> None:
        """Check the connection (its death frees our locks), give up the mailboxes no
        longer wanted, and try for the wanted ones another process does not hold."""
        if self._conn is not None:
            try:
                with self._conn.cursor() as cur:
                    cur.execute("SELECT 1")
            except Exception:
                logger.info("Mailbox leadership: the lock connection was lost; "
                            "its mailboxes are free for another window", exc_info=True)
                self._drop_connection()
        if self._conn is None:
            self._conn = connect_like(self._db, application_name="seller-desk mailbox lock")
            with self._conn.cursor() as cur:
                for name, value in KEEPALIVE.items():
                    cur.execute(f"SET {name} = %s", (value,))
        with self._lock:
            wanted, held = set(self._wanted), set(self._held)
        for account_id in sorted(held - wanted):
            with self._conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_NAMESPACE, account_id))
            self._lose({account_id})
        for account_id in sorted(wanted - held):
            with self._conn.cursor() as cur:
                cur.execute("SELECT pg_try_advisory_lock(%s, %s)",
                            (LOCK_NAMESPACE, account_id))
                taken = bool(cur.fetchone()[0])
            if taken:
                logger.info("This window now syncs mailbox %s", account_id)
                with self._lock:
                    self._held.add(account_id)
                self._call(self.on_gained, account_id)

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # already broken, most likely
                conn.close()
        self._lose(self.held())

    def _lose(self, account_ids: set[int]) -> None:
        with self._lock:
            self._held -= account_ids
        for account_id in sorted(account_ids):
            self._call(self.on_lost, account_id)

    @staticmethod
    def _call(callback: Changed | None, account_id: int) -> None:
        if callback is None:
            return
        try:
            callback(account_id)
        except Exception:  # a caller's bug must not stop the leadership
            logger.exception("Mailbox leadership callback failed")


class SyncTurns:
    """One-off syncs (``seller-desk sync``) that leave a mailbox to the team's window
    syncing it: :meth:`take` holds its lock for the rest of the command, or says no.

    The locks end with :meth:`close` or with the process (its connection closes). On a
    personal shop every mailbox is this command's.
    """

    def __init__(self, db: peewee.Database | None = None) -> None:
        self._db = db if db is not None else database.obj
        self._conn: Any = None

    def take(self, account_id: int) -> bool:
        if not is_team_database(self._db):
            return True
        if self._conn is None:
            self._conn = connect_like(self._db, application_name="seller-desk sync")
        with self._conn.cursor() as cur:
            cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_NAMESPACE, account_id))
            return bool(cur.fetchone()[0])

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # closing frees the locks either way
                conn.close()
