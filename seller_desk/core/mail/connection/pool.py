"""Connections kept open between two syncs of an account.

A no-change sync on a kept connection is a single STATUS round instead of a new TLS
handshake and login (10-15 ms on a loopback Dovecot, more on a real server, and some
providers throttle frequent logins). A connection older than :data:`KEEP_OPEN`, or opened
with settings that have changed since, is closed instead of reused; a stale one that the
server dropped is noticed by the sync, which then opens a fresh one.
"""

from __future__ import annotations

import atexit
import threading
import time

import imapclient

from seller_desk.core.mail.connection import connect
from seller_desk.core.store.models import Account

KEEP_OPEN = 240.0  # seconds a connection waits for the next sync of its account
_pool: dict[int, tuple[imapclient.IMAPClient, float, tuple[object, ...]]] = {}
_pool_guard = threading.Lock()
_account_locks: dict[int, threading.Lock] = {}
_locks_guard = threading.Lock()


def account_lock(account_id: int) -> threading.Lock:
    """The lock one account's server work takes (a sync, a flag push): one at a time."""
    with _locks_guard:
        return _account_locks.setdefault(account_id, threading.Lock())


def _identity(account: Account) -> tuple[object, ...]:
    """What a kept connection was opened with: any change means a new connection."""
    return (account.email, account.username, account.imap_host, account.imap_port,
            account.imap_security, account.imap_trusted_fingerprint)


def take(account: Account) -> imapclient.IMAPClient | None:
    """The connection the last sync of this account left open, when it is recent."""
    with _pool_guard:
        entry = _pool.pop(account.id, None)
    if entry is None:
        return None
    client, since, identity = entry
    if time.monotonic() - since > KEEP_OPEN or identity != _identity(account):
        connect.close_imap(client, wait=False)
        return None
    return client


def give_back(account: Account, client: imapclient.IMAPClient) -> None:
    with _pool_guard:
        old = _pool.pop(account.id, None)
        _pool[account.id] = (client, time.monotonic(), _identity(account))
    if old is not None and old[0] is not client:
        connect.close_imap(old[0], wait=False)


def close_connections() -> None:
    """Log out the connections kept for the next sync (at exit, or when going offline)."""
    with _pool_guard:
        entries = list(_pool.values())
        _pool.clear()
    for entry in entries:
        connect.close_imap(entry[0], wait=False)


atexit.register(close_connections)
