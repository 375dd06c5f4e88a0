"""Hear a team's changes: one thread per window, LISTENing on a connection of its own.

    listener = ChangeListener(on_changes=lambda changes: ...)   # list[Change], oldest first
    listener.start()
    ...
    listener.stop()

A notification carries only a change_log id and is a wake-up call: the listener then reads
every change after the last one it handed over, from the log itself. So nothing is missed
when notifications are lost (PostgreSQL does not replay them to a connection that was
away): after a reconnect the listener reads what it missed the same way.

Ids are taken when a row is inserted but become visible when its transaction commits, so
a later id can be seen before an earlier one. The ids skipped that way ("holes") are
asked for again for :data:`HOLE_SECONDS`; a hole that stays empty was a rolled-back
change.

Callbacks run on the listener's thread: a Qt caller forwards them by a queued signal.
"""

from __future__ import annotations

import contextlib
import logging
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

import peewee

from seller_desk.core.store.models import ChangeLog, database
from seller_desk.core.team.changes import CHANNEL, Change
from seller_desk.core.team.leadership import connect_like, is_team_database

logger = logging.getLogger(__name__)

#: how long an id skipped by a later commit is still looked for
HOLE_SECONDS = 60.0
#: seconds of silence after which the connection is checked (a dead one is replaced)
PROBE_SECONDS = 10.0
#: changes read at a time (a window back after a long absence reads page after page)
PAGE = 5000
#: the longest pause between reconnection attempts
MAX_BACKOFF = 5.0

Changes = Callable[[list[Change]], None]
Online = Callable[[bool], None]

_COLUMNS = "id, at, kind, entity, entity_id, by"


class ChangeListener:
    """Hands every change of the team's change log to ``on_changes``, once, in order of
    id; ``on_online(bool)`` says when the connection is lost and back."""

    def __init__(self, on_changes: Changes, on_online: Online | None = None,
                 after_id: int | None = None, db: peewee.Database | None = None,
                 wait: float = 1.0) -> None:
        self.on_changes = on_changes
        self.on_online = on_online
        self._db = db if db is not None else database.obj
        self.team = is_team_database(self._db)
        self.last_id = after_id
        self.wait = wait
        self._holes: dict[int, float] = {}
        self._recent: deque[int] = deque(maxlen=10_000)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None
        self.online = threading.Event()

    def start(self) -> ChangeListener:
        """Start listening (nothing to do on a personal shop)."""
        if not self.team or (self._thread is not None and self._thread.is_alive()):
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True, name="change-listener")
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- the thread -----------------------------------------------------------------------
    def _run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            try:
                self._connect()
                backoff = 0.5
                self._listen()
            except Exception:  # the connection is gone: read what was missed once back
                if self._stop.is_set():
                    break
                logger.info("Change listener lost its connection; reconnecting",
                            exc_info=True)
            self._drop()
            self._stop.wait(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)
        self._drop()

    def _connect(self) -> None:
        self._conn = connect_like(self._db, application_name="seller-desk changes")
        with self._conn.cursor() as cur:
            cur.execute(f"LISTEN {CHANNEL}")
            if self.last_id is None:  # a window that opens has just read everything
                cur.execute("SELECT coalesce(max(id), 0) FROM change_log")
                self.last_id = int(cur.fetchone()[0])
        self.online.set()
        self._tell_online(True)
        while self._fetch(()) >= PAGE:  # what happened while this window was away
            pass

    def _listen(self) -> None:
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            ready, _, _ = select.select([self._conn], [], [], self.wait)
            if ready:
                self._conn.poll()
                ids = []
                while self._conn.notifies:
                    note = self._conn.notifies.pop(0)
                    with contextlib.suppress(ValueError):
                        ids.append(int(note.payload))
                self._fetch(ids)
                quiet_since = time.monotonic()
            elif self._holes:
                self._fetch(())
            if time.monotonic() - quiet_since >= PROBE_SECONDS:
                with self._conn.cursor() as cur:
                    cur.execute("SELECT 1")  # raises on a dead connection
                quiet_since = time.monotonic()

    def _fetch(self, announced: Sequence[int]) -> int:
        """Read and hand over the changes not yet handed over; how many rows were read
        (:data:`PAGE`: there may be more)."""
        last = self.last_id or 0
        now = time.monotonic()
        for hole, seen in list(self._holes.items()):
            if now - seen > HOLE_SECONDS:
                del self._holes[hole]
        recent = set(self._recent)
        wanted = sorted({*self._holes, *(i for i in announced if i <= last
                                         and i not in recent)})
        with self._conn.cursor() as cur:
            cur.execute(f"SELECT {_COLUMNS} FROM change_log WHERE id > %s OR id = ANY(%s) "
                        "ORDER BY id LIMIT %s", (last, wanted, PAGE))
            rows = cur.fetchall()
        changes = [self._change(row) for row in rows if int(row[0]) not in recent]
        newest = max([last, *(c.id for c in changes)])
        found = {c.id for c in changes}
        for missing in range(last + 1, newest):
            if missing not in found and len(self._holes) < 10_000:
                self._holes[missing] = now
        for c in changes:
            self._holes.pop(c.id, None)
            self._recent.append(c.id)
        self.last_id = newest
        if changes:
            try:
                self.on_changes(changes)
            except Exception:  # a caller's bug must not stop the listening
                logger.exception("on_changes callback failed")
        return len(rows)

    @staticmethod
    def _change(row: tuple[Any, ...]) -> Change:
        at = ChangeLog.at.python_value(row[1])
        return Change(int(row[0]), at, row[2], row[3],
                      int(row[4]) if row[4] is not None else None, row[5])

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # most likely broken already
                conn.close()
        if self.online.is_set():
            self.online.clear()
            self._tell_online(False)

    def _tell_online(self, online: bool) -> None:
        if self.on_online is not None:
            try:
                self.on_online(online)
            except Exception:  # a caller's bug must not stop the listening
                logger.exception("on_online callback failed")
