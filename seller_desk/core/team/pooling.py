"""Is this a PostgreSQL session, or a pooler's borrowed one?

A team needs two things of its database connection that only a real session gives: an
advisory lock that stays with the connection (one sync per mailbox) and LISTEN
(live updates). PgBouncer in *session* pooling gives both. In *transaction* pooling each
statement may run on another server connection: the lock is held by a connection someone
else now uses, and notifications go to whichever connection listened last. Nothing fails
loudly; windows would just sync twice and never update. So the window checks at start
(:func:`check_session`) and says so in plain words (:func:`problem`).
"""

from __future__ import annotations

import contextlib
import logging
import random
import select
import time
from dataclasses import dataclass

import peewee

from seller_desk.core.common.errors import StorageError
from seller_desk.core.store.models import database
from seller_desk.core.team.leadership import LOCK_NAMESPACE, connect_like

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionCheck:
    """What the connection keeps between statements."""

    pooled: bool  # the server's process is not the one named at connect (a pooler's)
    locks_hold: bool  # a session advisory lock is still ours at the next statement
    notifications_arrive: bool  # a NOTIFY from another connection reached our LISTEN

    @property
    def works(self) -> bool:
        return self.locks_hold and self.notifications_arrive


def check_session(db: peewee.Database | None = None, wait: float = 3.0) -> SessionCheck:
    """Try a session advisory lock and a LISTEN on two fresh connections."""
    db = db if db is not None else database.obj
    probe = random.randrange(1 << 30, 1 << 31)  # an account id no shop will have
    channel = f"seller_desk_probe_{probe}"
    ours = connect_like(db, application_name="seller-desk check")
    other = connect_like(db, application_name="seller-desk check")
    try:
        with ours.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            pooled = int(cur.fetchone()[0]) != int(ours.info.backend_pid)
            cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_NAMESPACE, probe))
            cur.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                        "classid = %s AND objid = %s AND objsubid = 2 AND granted AND "
                        "pid = pg_backend_pid()", (LOCK_NAMESPACE, probe))
            locks_hold = int(cur.fetchone()[0]) == 1
            cur.execute(f"LISTEN {channel}")
        with other.cursor() as cur:
            cur.execute("SELECT pg_notify(%s, 'probe')", (channel,))
        arrived, deadline = False, time.monotonic() + wait
        while not arrived and time.monotonic() < deadline:
            select.select([ours], [], [], 0.2)
            ours.poll()
            arrived = any(n.channel == channel for n in ours.notifies)
        with ours.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock_all()")
        result = SessionCheck(pooled, locks_hold, arrived)
        logger.info("Team database session check: %s", result)
        return result
    finally:
        for conn in (ours, other):
            with contextlib.suppress(Exception):  # closing is best effort
                conn.close()


def problem(check: SessionCheck) -> StorageError | None:
    """The plain words for a connection that cannot carry a team, or None."""
    if check.works:
        return None
    return StorageError("team.transaction_pooling", hint="team.transaction_pooling_hint",
                        kind="pooler")
