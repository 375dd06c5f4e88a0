"""IMAP -> local store: first sync newest first in committed batches, then only what changed.

Per folder the server's UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ are kept. A later sync asks
STATUS first and skips a folder where nothing moved (well under a millisecond a folder);
otherwise it fetches new UIDs, takes flag changes and expunges from CONDSTORE/QRESYNC when
the server has them, and falls back to comparing UID lists and flags when it does not. A
changed UIDVALIDITY drops the folder's copies and fetches it again; messages are matched
by Message-ID, so nothing is duplicated and nothing the seller wrote about them is lost.

No message is deleted while the sync may still find it: a message that lost a copy is
noted (store.VanishedCopy) and deleted only at the end of a sync that was not stopped,
once its folder is in step (after a UIDVALIDITY change: fetched again in full, older mail
included), and never while its conversation holds the seller's work (store.delete_orphans).
A folder moves past a UID only when that message was stored or noted as owed
(core/mail/imap/undelivered.py), so a message the server refused or an answer lost on the
way is asked for again at the next sync instead of being skipped for good.

The first sync of a folder fetches the sync window (the last N days) newest first, in
batches committed one by one, so the inbox fills from the top at once and an interrupted
sync resumes where it stopped; older mail follows afterwards when backfill is on.

Small messages are downloaded whole and parsed locally; big ones (attachments) by their
structure and text parts only: attachments are fetched when the seller opens them.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import imapclient
from imapclient import imap_utf7
from imapclient.response_parser import parse_response

from seller_desk.core.common.errors import StorageError
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, connect, pool
from seller_desk.core.mail.connection.pool import (
    close_connections as close_connections,  # re-exported
)
from seller_desk.core.mail.imap import flags, undelivered, wire
from seller_desk.core.mail.imap.folders import list_server_folders, refresh_folders
from seller_desk.core.mail.imap.results import SyncResult
from seller_desk.core.mail.ingest import store, threads
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account, Folder, MessageLocation, database

if TYPE_CHECKING:
    # the fetch, with its parsers and their helper process, is imported when a folder has
    # something to fetch: a sync that finds nothing new never loads it
    from seller_desk.core.mail.imap import fetch

logger = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

@dataclass
class _Options:
    condstore: bool
    qresync: bool
    window_since: datetime | None
    backfill: bool
    can_enable: bool = True


@dataclass
class _Plan:
    folder: Folder
    uidvalidity: int
    uidnext: int | None
    highestmodseq: int | None
    exists: int
    to_fetch: list[int] = field(default_factory=list)  # newest first
    flag_changes: dict[int, tuple[tuple[str, ...], int | None]] = field(default_factory=dict)
    expunged: set[int] = field(default_factory=set)
    backfill: list[int] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)  # owed messages asked for once more
    complete_after: bool = True  # the fetch covers everything the folder should hold


def _window_since(account: Account, settings: Settings) -> datetime | None:
    days = account.sync_window_days
    if days is None:
        days = settings.get("mail.sync_window_days")
    if not days or int(days) <= 0:
        return None
    return utcnow() - timedelta(days=int(days))


def sync_all(progress: Progress | None = None, cancel: threading.Event | None = None,
             ) -> list[SyncResult]:
    """Sync every enabled account; one account's failure is reported, not raised."""
    results = []
    for account in accounts.list_accounts(enabled_only=True):
        if cancel is not None and cancel.is_set():
            break
        try:
            results.append(sync_account(account.id, progress, cancel))
        except errors.MailError as exc:
            results.append(SyncResult(account.id, account.name, errors=[exc.text()]))
    return results


def sync_account(
    account_id: int,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    password: str | None = None,
    client: imapclient.IMAPClient | None = None,
    backfill: bool | None = None,
    only_roles: tuple[str, ...] | None = None,
) -> SyncResult:
    """Bring the local copy of one account up to date with its server.

    Safe from a worker thread (each thread gets its own database connection); two syncs of
    the same account wait for each other.

    Args:
        progress: called as ``progress(done, total, text)`` while messages are fetched.
        cancel: when set, the sync stops after the current batch (what is stored stays).
        client: an open connection to reuse (the watcher's); otherwise one is opened.
        backfill: fetch mail older than the sync window too (default: the setting).
        only_roles: sync only folders with these roles (e.g. ("inbox",) for push).

    Raises:
        MailError: the server cannot be reached or refuses the login (also recorded on the
            account as ``last_error``).
    """
    started = time.monotonic()
    account = Account.get_by_id(account_id)
    result = SyncResult(account_id, account.name)
    settings = Settings()
    if backfill is None:
        backfill = bool(settings.get("mail.backfill_older"))
    with pool.account_lock(account_id):
        own_client = client is None
        pooled = False
        if client is None and password is None:
            client = pool.take(account)
            pooled = client is not None
        done = False

        def reopen(c: imapclient.IMAPClient) -> None:
            connect.reconnect(c, account, password)
            c._sd_enabled = False  # a new connection: ENABLE again

        try:
            if client is None:
                client = connect.open_imap(account, password)
            try:
                _sync(client, account, settings, backfill, only_roles, progress, cancel, result,
                      reopen)
            except (imaplib.IMAP4.abort, OSError, EOFError):
                if not pooled or result.new or result.updated or result.expunged:
                    raise
                # the connection kept from the last sync had gone stale: use a fresh one
                connect.close_imap(client, wait=False)
                client = None
                client = connect.open_imap(account, password)
                result = SyncResult(account_id, account.name)
                _sync(client, account, settings, backfill, only_roles, progress, cancel, result,
                      reopen)
            done = True
        except errors.MailError as exc:
            _record_error(account, exc.text())
            raise
        except db.DATABASE_ERRORS as exc:
            stop = _storage_stop(exc)
            if stop is None:
                raise
            raise stop from exc
        except (imaplib.IMAP4.error, OSError, ssl.SSLError, EOFError) as exc:
            err = connect.imap_error(exc, account)
            _record_error(account, err.text())
            raise err from exc
        finally:
            if own_client and client is not None:
                if done and not result.cancelled:
                    pool.give_back(account, client)
                else:
                    connect.close_imap(client, wait=False)
            result.seconds = time.monotonic() - started
    # the sync ran to its end: what it could not do (a folder, a message the server will
    # not send) is the mailbox's standing problem until a later sync no longer finds it
    Account.update(last_sync_at=utcnow(), last_error="; ".join(result.errors)[:2000] or None
                   ).where(Account.id == account_id).execute()
    logger.info("Sync %s: %s in %.2f s", account.email, result.summary(), result.seconds)
    return result


def _storage_stop(exc: BaseException) -> StorageError | None:
    """The sync stopped because the database could not be written or read (a full disk,
    a damaged file): plain words, and for a full disk what a sync does next. Anything else
    is a bug and goes on as it is."""
    storage = db.storage_error(exc)
    if storage is None:
        return None
    if storage.kind == "disk_full" and "folder" in storage.msg.params:
        return StorageError("sync.stopped_disk_full", storage.msg.params,
                            hint="sync.stopped_disk_full_hint", kind=storage.kind)
    return storage


def _record_error(account: Account, text: str) -> None:
    try:
        Account.update(last_error=text[:2000]).where(Account.id == account.id).execute()
    except Exception:  # recording the error must not hide it
        logger.exception("Could not record the sync error of %s", account.email)


def _sync(client: imapclient.IMAPClient, account: Account, settings: Settings, backfill: bool,
          only_roles: tuple[str, ...] | None, progress: Progress | None,
          cancel: threading.Event | None, result: SyncResult,
          reopen: fetch.Reopen | None = None) -> None:
    threads.refresh_owed()  # what a sync that was killed before it recomputed still owes
    flags.push_pending(account.id, client=client)  # first, so no flag comparison undoes them
    caps = set(client.capabilities())
    qresync = b"QRESYNC" in caps
    condstore = qresync or b"CONDSTORE" in caps
    options = _Options(condstore, qresync, _window_since(account, settings), backfill,
                       can_enable=b"ENABLE" in caps)
    # folders gone from the server: their messages are noted by store.remove_locations
    folders, _gone = refresh_folders(account.id, list_server_folders(client))
    if only_roles:
        folders = [f for f in folders if f.role in only_roles]
    owing = undelivered.folders_owing(account.id)  # never skipped: they owe a message
    # one pipelined STATUS round for every folder already in step: most syncs end here
    statuses = pipelined_status(client, [f.name for f in folders if _checkable(f, options)
                                         and f.id not in owing], condstore)
    folders = [f for f in folders
               if f.id in owing or not _unchanged(f, statuses.get(f.name), options)]
    result.folders_checked += len(statuses)
    own = accounts.own_addresses()
    plans: list[_Plan] = []
    for folder in folders:
        result.folders_checked += folder.name not in statuses
        try:
            _enable(client, options)
            plan = _plan_folder(client, folder, options)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            result.errors.append(f"{folder.name}: {exc}")
            continue
        if plan is not None:
            plans.append(plan)
    total = sum(len(p.to_fetch) + len(p.retry) for p in plans)
    if options.backfill:
        total += sum(len(p.backfill) for p in plans)
    done = [0]

    def tick(n: int, text: str) -> None:
        done[0] += n
        if progress is not None:
            progress(done[0], total, text)

    if progress is not None:
        progress(0, total, "Checking folders")

    def fetch_some(plan: _Plan, uids: list[int]) -> fetch.Outcome:
        from seller_desk.core.mail.imap import fetch

        return fetch.fetch_into(client, account.id, plan.folder, uids, own, options.condstore,
                                result, tick, cancel, reopen)

    # one larger write-ahead log over every folder and pass (see db.fewer_checkpoints)
    with db.fewer_checkpoints() if plans else contextlib.nullcontext():
        for plan in plans:
            result.folders_changed += 1
            _apply_changes(plan, result)
            outcome = fetch_some(plan, plan.to_fetch)
            with database.atomic():
                _note_outcome(plan.folder.id, plan.to_fetch, outcome)
                if outcome.finished:
                    _finish_folder(plan, backfill_done=options.window_since is None
                                   or not plan.backfill)
            if result.cancelled:
                break
        if options.backfill and not result.cancelled:
            for plan in plans:
                if not plan.backfill:
                    continue
                outcome = fetch_some(plan, plan.backfill)
                with database.atomic():
                    _note_outcome(plan.folder.id, plan.backfill, outcome)
                    if outcome.finished:
                        Folder.update(backfill_done=True).where(
                            Folder.id == plan.folder.id).execute()
                if result.cancelled:
                    break
        if not result.cancelled:
            # owed messages, once per sync and on their own: a refused one costs one small
            # FETCH (and, on Dovecot, one new connection), not a bisection of every batch
            for plan in plans:
                if not plan.retry:
                    continue
                outcome = fetch_some(plan, plan.retry)
                _note_outcome(plan.folder.id, plan.retry, outcome)
                if result.cancelled:
                    break
    if store.has_vanished(account.id):
        if not result.cancelled and only_roles is None:
            # only a sync of every folder: a message moved out of the inbox is found in
            # its new folder first (a push sync checks the inbox alone)
            result.removed += store.settle_vanished(account.id)
        result.unconfirmed = store.vanished_count(account.id)
    if owing or any(p.retry or p.to_fetch or p.backfill for p in plans):
        result.errors.extend(undelivered.problems(account.id))


def _note_outcome(folder_id: int, asked: list[int], outcome: fetch.Outcome) -> None:
    """Keep account of a fetch: what arrived is no longer owed, what did not is noted.

    A UID missing from a fetch that was stopped half-way was perhaps not asked for yet;
    the folder does not move past it (it is not finished), so the next sync asks anyway.
    """
    undelivered.clear(folder_id, outcome.stored)
    undelivered.record(folder_id, outcome.refused,
                       outcome.missing(asked) if outcome.finished else ())


def _enable(client: imapclient.IMAPClient, options: _Options) -> None:
    """Turn on QRESYNC (or CONDSTORE) once per connection, only when a folder changed."""
    if not options.condstore or not options.can_enable or getattr(client, "_sd_enabled", False):
        return
    try:
        client.enable("QRESYNC" if options.qresync else "CONDSTORE")
        client._sd_enabled = True
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error:
        options.qresync = False
        options.can_enable = False


def _checkable(folder: Folder, options: _Options) -> bool:
    """True for folders a STATUS can show to be unchanged (fully synced before)."""
    if folder.uidnext is None or folder.uidvalidity is None:
        return False
    return not (options.window_since is not None and options.backfill and not folder.backfill_done)


def _unchanged(folder: Folder, status: dict[bytes, int] | None, options: _Options) -> bool:
    """True when the STATUS answer shows nothing moved since the last sync of ``folder``."""
    if not status or not _checkable(folder, options):
        return False
    if status.get(b"UIDVALIDITY") != folder.uidvalidity:
        return False
    if status.get(b"UIDNEXT") != folder.uidnext or status.get(b"MESSAGES") != folder.message_count:
        return False
    if options.condstore:
        return folder.highestmodseq is not None and \
            status.get(b"HIGHESTMODSEQ") == folder.highestmodseq
    # without CONDSTORE a flag change is invisible to STATUS: compare flags each time
    return False


def pipelined_status(client: imapclient.IMAPClient, names: list[str],
                     condstore: bool) -> dict[str, dict[bytes, int]]:
    """STATUS of several folders, all commands sent before the first answer is read."""
    if not names:
        return {}
    imap = client._imap
    items = "(MESSAGES UIDNEXT UIDVALIDITY" + (" HIGHESTMODSEQ)" if condstore else ")")
    leave = None
    if imap.state == "SELECTED":
        # a kept connection still has a folder open, and STATUS of an open folder may
        # answer from that session's stale view: close it first, in the same round
        leave = imap._command("UNSELECT" if b"UNSELECT" in client.capabilities() else "CLOSE")
    tags = [imap._command("STATUS", client._normalise_folder(name), items) for name in names]
    if leave is not None:
        imap._command_complete("UNSELECT", leave)
        imap.state = "AUTH"
    answered: set[str] = set()
    for name, tag in zip(names, tags, strict=True):
        typ, _data = imap._command_complete("STATUS", tag)
        if typ == "OK":
            answered.add(name)
    out: dict[str, dict[bytes, int]] = {}
    for line in wire.take_untagged(imap, "STATUS"):
        try:
            parsed = parse_response([line] if isinstance(line, bytes) else list(line))
        except Exception:  # noqa: BLE001 - an odd answer just means "look closer"
            continue
        if len(parsed) < 2 or not isinstance(parsed[-1], tuple):
            continue
        raw_name = parsed[0]
        name = imap_utf7.decode(raw_name) if isinstance(raw_name, bytes) else str(raw_name)
        values = parsed[-1]
        out[name] = {values[i].upper(): values[i + 1] for i in range(0, len(values) - 1, 2)}
    return {n: v for n, v in out.items() if n in answered}


def _plan_folder(client: imapclient.IMAPClient, folder: Folder, options: _Options,
                 ) -> _Plan | None:
    """Select a folder and work out what to fetch, which flags changed, what vanished,
    and which owed messages to ask for once more."""
    plan = _plan_changes(client, folder, options)
    if plan is None or not plan.retry:
        return plan
    planned = set(plan.to_fetch) | set(plan.backfill)
    owed = [u for u in plan.retry if u not in planned]
    plan.retry = []
    if not owed:
        return plan
    # one SEARCH tells which are still there: an owed message deleted on the server is
    # no longer owed
    present = set(wire.uid_search(client._imap, "UID", wire.compress_uids(owed))) \
        if plan.exists else set()
    stored = {u for (u,) in MessageLocation.select(MessageLocation.uid).where(
        MessageLocation.folder == plan.folder.id, MessageLocation.uid.in_(owed)).tuples()}
    undelivered.clear(plan.folder.id, (set(owed) - present) | stored)
    plan.retry = [u for u in owed if u in present and u not in stored]
    return plan


def _plan_changes(client: imapclient.IMAPClient, folder: Folder, options: _Options,
                  ) -> _Plan | None:
    """Select a folder and work out what to fetch, which flags changed, what vanished."""
    info = client.select_folder(folder.name, readonly=True)
    imap = client._imap
    uidvalidity = int(info.get(b"UIDVALIDITY") or 0)
    uidnext = info.get(b"UIDNEXT")
    modseq = info.get(b"HIGHESTMODSEQ") if options.condstore else None
    exists = int(info.get(b"EXISTS") or 0)
    if folder.uidvalidity is not None and folder.uidvalidity != uidvalidity:
        logger.info("UIDVALIDITY of %s changed: fetching it again", folder.name)
        uids = [u for (u,) in MessageLocation.select(MessageLocation.uid)
                .where(MessageLocation.folder == folder.id).tuples()]
        with database.atomic():
            # the messages stay until the folder has been fetched again in full: matched by
            # Message-ID, they find their copies again (store.settle_vanished)
            store.remove_locations(folder.id, uids, refetch=True)
            undelivered.forget_folder(folder.id)
            Folder.update(uidvalidity=None, uidnext=None, highestmodseq=None, message_count=0,
                          lowest_synced_uid=None, backfill_done=False).where(
                Folder.id == folder.id).execute()
        folder = Folder.get_by_id(folder.id)
    plan = _Plan(folder, uidvalidity, int(uidnext) if uidnext else None,
                 int(modseq) if modseq else None, exists)
    plan.retry = undelivered.owed(folder.id)  # sorted out by _plan_folder
    stored = {u: f for u, f in MessageLocation.select(MessageLocation.uid, MessageLocation.flags)
              .where(MessageLocation.folder == folder.id).tuples()}
    complete = folder.uidnext is not None and folder.uidvalidity == uidvalidity
    server_all: list[int] | None = None
    if not complete:
        server_all = wire.uid_search(imap, "ALL") if exists else []
        if options.window_since is not None and exists:
            since = options.window_since.strftime("%d-%b-%Y")
            in_window = set(wire.uid_search(imap, "SINCE", since))
        else:
            in_window = set(server_all)
        plan.to_fetch = sorted(in_window - stored.keys(), reverse=True)
        plan.backfill = sorted(set(server_all) - in_window - stored.keys(), reverse=True)
        plan.expunged = set(stored) - set(server_all)
        if stored and exists:
            _flags_by_comparison(imap, "1:*", stored, plan)
        return plan
    assert folder.uidnext is not None
    new: list[int] = []
    if exists and (plan.uidnext is None or plan.uidnext > folder.uidnext):
        new = [u for u in wire.uid_search(imap, "UID", f"{folder.uidnext}:*")
               if u >= folder.uidnext and u not in stored]
    vanished: set[int] = set()
    if options.condstore and folder.highestmodseq and plan.highestmodseq is not None:
        if plan.highestmodseq != folder.highestmodseq and exists:
            modifier = f"(CHANGEDSINCE {folder.highestmodseq}" + (
                " VANISHED)" if options.qresync else ")")
            for item in wire.uid_fetch(imap, f"1:{folder.uidnext - 1 or 1}", "(UID FLAGS)",
                                       modifier):
                if item.uid in stored and item.flags is not None and \
                        store.flags_text(item.flags) != stored[item.uid]:
                    plan.flag_changes[item.uid] = (item.flags, item.modseq)
            if options.qresync:
                vanished = set(wire.vanished_uids(imap)) & stored.keys()
        elif plan.highestmodseq != folder.highestmodseq and not exists:
            vanished = set(stored)
    elif exists:
        _flags_by_comparison(imap, f"1:{max(folder.uidnext - 1, 1)}", stored, plan)
    # owed messages are on the server but not stored
    expected = len(stored) - len(vanished) + len(new) + len(set(plan.retry) - stored.keys())
    if exists != expected:
        server_all = wire.uid_search(imap, "ALL") if exists else []
        present = set(server_all)
        vanished = set(stored) - present
        new = sorted(set(new) | {u for u in present if u >= folder.uidnext and u not in stored})
    plan.expunged = vanished
    plan.to_fetch = sorted(new, reverse=True)
    if options.window_since is not None and options.backfill and not folder.backfill_done:
        if server_all is None:
            server_all = wire.uid_search(imap, "ALL") if exists else []
        plan.backfill = sorted(set(server_all) - stored.keys() - set(new), reverse=True)
    return plan


def _flags_by_comparison(imap: imaplib.IMAP4, uid_set: str, stored: dict[int, str],
                         plan: _Plan) -> None:
    """Flag changes found by fetching every message's flags (servers without CONDSTORE)."""
    for item in wire.uid_fetch(imap, uid_set, "(UID FLAGS)"):
        if item.uid in stored and item.flags is not None and \
                store.flags_text(item.flags) != stored[item.uid]:
            plan.flag_changes[item.uid] = (item.flags, item.modseq)


def _apply_changes(plan: _Plan, result: SyncResult) -> None:
    """Store flag changes and forget expunged copies."""
    if plan.expunged:
        store.remove_locations(plan.folder.id, plan.expunged)
        result.expunged += len(plan.expunged)
    if plan.flag_changes:
        touched = store.apply_flag_changes(plan.folder.id, plan.flag_changes)
        result.updated += len(plan.flag_changes)
        with database.atomic():
            threads.refresh_many(touched)


def _finish_folder(plan: _Plan, backfill_done: bool) -> None:
    """Record the server state the folder is now in step with."""
    Folder.update(
        uidvalidity=plan.uidvalidity,
        uidnext=plan.uidnext,
        highestmodseq=plan.highestmodseq,
        message_count=plan.exists,
        last_sync_at=utcnow(),
        backfill_done=plan.folder.backfill_done or backfill_done,
    ).where(Folder.id == plan.folder.id).execute()

