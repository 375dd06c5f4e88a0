"""Tell the server what the seller did locally: read, unread, answered.

Local flags change at once (:func:`seller_desk.core.conversations.inbox.mark_read`, the outbox); this
module carries the change to every server copy of the message with ``UID STORE``, so a
phone reading the same mailbox sees it too. Each wish is first written to a small durable
queue (an ``AppMeta`` row, no schema of its own), then pushed; what cannot be pushed now
(offline, server down) stays queued and goes out at the start of the account's next sync,
before the sync compares flags, so a sync never flips the seller's choice back.

After a push the copies' stored flags (and MODSEQ) are those the server answered with.
"""

from __future__ import annotations

import imaplib
import json
import logging
import ssl
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import imapclient

from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import connect, pool
from seller_desk.core.mail.imap import wire
from seller_desk.core.mail.ingest import store, threads
from seller_desk.core.store.models import (
    Account,
    AppMeta,
    Folder,
    Message,
    MessageLocation,
    database,
)

logger = logging.getLogger(__name__)

PENDING_KEY = "mail.flags_pending"
_FLAG_NAMES = {"seen": "\\Seen", "answered": "\\Answered"}
_queue_guard = threading.Lock()

Wish = dict[str, bool]  # {"seen": True, "answered": True}


@dataclass
class PushResult:
    """What one push did: ``pushed`` reached the server, ``pending`` waits for a sync."""

    pushed: list[int] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# --- the durable queue ---------------------------------------------------------------------


def _read_queue() -> dict[int, Wish]:
    row = AppMeta.get_or_none(AppMeta.key == PENDING_KEY)
    if row is None or not row.value:
        return {}
    try:
        raw = json.loads(row.value)
    except ValueError:
        logger.warning("The queue of flag changes was unreadable; starting a new one")
        return {}
    return {int(k): {n: bool(v) for n, v in w.items() if n in _FLAG_NAMES}
            for k, w in raw.items()}


def _write_queue(queue: dict[int, Wish]) -> None:
    value = json.dumps({str(k): v for k, v in sorted(queue.items())})
    AppMeta.insert(key=PENDING_KEY, value=value).on_conflict(
        conflict_target=[AppMeta.key], update={AppMeta.value: value}).execute()


def pending() -> dict[int, Wish]:
    """Message id -> flags still to be set on the server (``{"seen": True}``...)."""
    with _queue_guard:
        return _read_queue()


def queue(message_ids: Iterable[int], *, seen: bool | None = None,
          answered: bool | None = None) -> None:
    """Remember that these messages' server copies must get these flags (durably)."""
    wish = {n: v for n, v in (("seen", seen), ("answered", answered)) if v is not None}
    ids = [int(i) for i in message_ids]
    if not wish or not ids:
        return
    with _queue_guard, database.atomic():
        current = _read_queue()
        for mid in ids:
            current.setdefault(mid, {}).update(wish)
        _write_queue(current)


def queue_answered(parent_message_id: str | None) -> None:
    """Queue \\Answered for the customer's message a sent reply answers (by Message-ID)."""
    if not parent_message_id:
        return
    ids = [r[0] for r in Message.select(Message.id).where(
        (Message.message_id == parent_message_id) & (Message.direction != "out")).tuples()]
    queue(ids, answered=True)


def _forget(done: dict[int, Wish]) -> None:
    """Drop what was pushed, unless the seller changed their mind meanwhile."""
    with _queue_guard, database.atomic():
        current = _read_queue()
        for mid, wish in done.items():
            now = current.get(mid)
            if now is None:
                continue
            for name, value in wish.items():
                if now.get(name) == value:
                    now.pop(name)
            if not now:
                current.pop(mid)
        _write_queue(current)


# --- grouping ------------------------------------------------------------------------------


def group_locations(message_ids: Iterable[int]
                    ) -> dict[int, dict[int, list[MessageLocation]]]:
    """The messages' server copies: account id -> folder id -> locations."""
    ids = list({int(i) for i in message_ids})
    out: dict[int, dict[int, list[MessageLocation]]] = {}
    for part in [ids[i : i + 400] for i in range(0, len(ids), 400)]:
        query = (MessageLocation.select(MessageLocation, Folder)
                 .join(Folder).where(MessageLocation.message.in_(part))
                 .order_by(Folder.account, Folder.id, MessageLocation.uid))
        for loc in query:
            out.setdefault(loc.folder.account_id, {}).setdefault(loc.folder_id, []).append(loc)
    return out


def store_commands(locations: list[MessageLocation], wishes: dict[int, Wish]
                   ) -> list[tuple[str, str, list[int]]]:
    """``(+FLAGS|-FLAGS, flag, uids)`` for one folder, one command per distinct change."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for loc in locations:
        for name, value in wishes.get(loc.message_id, {}).items():
            key = ("+FLAGS.SILENT" if value else "-FLAGS.SILENT", _FLAG_NAMES[name])
            buckets.setdefault(key, []).append(int(loc.uid))
    return [(op, flag, sorted(uids)) for (op, flag), uids in sorted(buckets.items())]


# --- pushing -------------------------------------------------------------------------------


def push_flags(message_ids: list[int], *, seen: bool | None = None,
               answered: bool | None = None) -> PushResult:
    """Set \\Seen / \\Answered on every server copy of these messages, or queue it.

    The wish is queued durably first; a server that cannot be reached leaves it queued for
    the next sync (``result.pending``), without raising: the local state is already right.
    """
    queue(message_ids, seen=seen, answered=answered)
    return push_pending(only=message_ids)


def push_pending(account_id: int | None = None, *, client: imapclient.IMAPClient | None = None,
                 only: Iterable[int] | None = None, wait: bool = True) -> PushResult:
    """Push queued flag changes (of one account, or of ``only`` these messages).

    With ``client`` (the sync's open connection) connection errors are raised, so the sync
    can open a fresh one; otherwise they leave the changes queued. ``wait=False`` leaves
    an account's changes queued while a sync of it runs (it pushes them itself next time)
    instead of waiting for the sync to finish.
    """
    result = PushResult()
    wishes = pending()
    if only is not None:
        keep = {int(i) for i in only}
        wishes = {k: v for k, v in wishes.items() if k in keep}
    if not wishes:
        return result
    grouped = group_locations(wishes)
    located = {loc.message_id for folders in grouped.values() for locs in folders.values()
               for loc in locs}
    # local-only messages (or copies since removed) have nothing to tell a server
    _forget({k: v for k, v in wishes.items() if k not in located})
    for acc_id, folders in grouped.items():
        if account_id is not None and acc_id != account_id:
            continue
        ids = {loc.message_id for locs in folders.values() for loc in locs}
        mine = {k: v for k, v in wishes.items() if k in ids}
        if client is not None:
            _push_account(client, folders, mine)
            done = True
        else:
            done = _push_with_own_connection(acc_id, folders, mine, result, wait)
        if done:
            _forget(mine)
            result.pushed.extend(sorted(ids))
        else:
            result.pending.extend(sorted(ids))
    return result


def _push_with_own_connection(account_id: int, folders: dict[int, list[MessageLocation]],
                              wishes: dict[int, Wish], result: PushResult,
                              wait: bool = True) -> bool:
    """Push one account's changes on a kept or new connection; False leaves them queued."""
    account = Account.get_by_id(account_id)
    if account.simulated:
        return True  # a demo mailbox has no server to tell: the local flags are all
    lock = pool.account_lock(account_id)
    if not lock.acquire(blocking=wait):
        logger.info("Flags for %s stay queued for the sync running now", account.email)
        return False
    try:
        return _push_on_kept_or_new(account, folders, wishes, result)
    finally:
        lock.release()


def _push_on_kept_or_new(account: Account, folders: dict[int, list[MessageLocation]],
                         wishes: dict[int, Wish], result: PushResult) -> bool:
    client = pool.take(account)
    for attempt in (0, 1):
        try:
            if client is None:
                client = connect.open_imap(account)
            _push_account(client, folders, wishes)
            pool.give_back(account, client)
            return True
        except errors.MailError as exc:
            result.errors.append(exc.text())
            logger.info("Flags for %s stay queued: %s", account.email, exc.text())
            connect.close_imap(client, wait=False)
            return False
        except (imaplib.IMAP4.error, OSError, ssl.SSLError, EOFError) as exc:
            connect.close_imap(client, wait=False)
            client = None
            stale = isinstance(exc, (imaplib.IMAP4.abort, OSError, EOFError))
            if attempt == 0 and stale:
                continue  # a kept connection may have gone stale: once more, fresh
            err = connect.imap_error(exc, account)
            result.errors.append(err.text())
            logger.info("Flags for %s stay queued: %s", account.email, err.text())
            return False
    return False


def _push_account(client: imapclient.IMAPClient, folders: dict[int, list[MessageLocation]],
                  wishes: dict[int, Wish]) -> None:
    """STORE the changes folder by folder and keep the flags the server answered with."""
    imap = client._imap
    condstore = b"CONDSTORE" in client.capabilities() or b"QRESYNC" in client.capabilities()
    for folder_id, locations in folders.items():
        commands = store_commands(locations, wishes)
        if not commands:
            continue
        name = locations[0].folder.name
        try:
            client.select_folder(name)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            # the folder is gone or renamed: the next sync sorts out where the copies are
            logger.info("Flags not set in %s: %s", name, exc)
            continue
        for op, flag, uids in commands:
            typ, data = imap.uid("STORE", wire.compress_uids(uids), op, f"({flag})")
            if typ != "OK":
                # a read-only folder, say: what the server keeps is fetched back below
                logger.info("STORE %s %s in %s refused: %s", op, flag, name, data)
        uids = sorted({int(loc.uid) for loc in locations})
        try:
            items = wire.uid_fetch(imap, uids,
                                   "(UID FLAGS MODSEQ)" if condstore else "(UID FLAGS)")
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            logger.info("Flags of %s not read back: %s", name, exc)
            continue
        changes = {i.uid: (i.flags, i.modseq) for i in items if i.flags is not None}
        touched = store.apply_flag_changes(folder_id, changes)
        with database.atomic():
            for uid, (_flags, modseq) in changes.items():
                if modseq is not None:
                    MessageLocation.update(modseq=modseq).where(
                        MessageLocation.folder == folder_id,
                        MessageLocation.uid == uid).execute()
            threads.refresh_many(touched)
