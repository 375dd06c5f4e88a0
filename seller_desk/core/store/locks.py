"""One writer of stored mail at a time, across threads, processes and computers.

Storing a batch reads what is stored (which messages exist, which conversations they are
in) and writes on that basis; so does merging conversations or deleting the empty ones.
Two writers doing that at once (two syncs of one mailbox into a team's database, a sync
and the outbox recording a reply) each decide on a picture the other is changing.

On SQLite every transaction of ours begins by taking the write lock
(:class:`seller_desk.core.store.db.SqliteDatabase`), so writers already take turns. On
PostgreSQL a transaction-scoped advisory lock does the same for mail: the second writer
waits until the first commits, then reads what it stored. Readers are never blocked, and
the lock is held only for one batch's transaction (well under a second), not a whole sync.
"""

from __future__ import annotations

import logging

import peewee

from seller_desk.core.store.models import database

logger = logging.getLogger(__name__)

#: the advisory lock's number (any fixed 64-bit value: it names "stored mail")
MAIL_LOCK_KEY = 0x53445F4D41494C  # "SD_MAIL"


def hold_mail_lock() -> None:
    """Take the lock on stored mail until the current transaction ends.

    Taking it again in the same transaction is free (PostgreSQL counts it), so every
    function that writes mail takes it without knowing whether its caller did.

    Raises:
        RuntimeError: called outside a transaction, where the lock would end at once.
    """
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase):
        return  # SQLite: the transaction holds the write lock already
    if not db.in_transaction():
        raise RuntimeError("the mail lock is taken inside a transaction")
    db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MAIL_LOCK_KEY,))
