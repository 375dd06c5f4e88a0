"""Downloading new messages of a folder in batches, and storing each batch as it comes.

Messages up to :data:`SMALL_MESSAGE` are fetched whole and parsed here; bigger ones by
their header, structure and text parts only (attachments wait until the seller asks).
A helper thread fetches and parses the next batch while the current one is stored.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import imapclient
import peewee

from seller_desk.core.mail.imap import wire
from seller_desk.core.mail.imap.structure import Structure, analyse
from seller_desk.core.mail.ingest import store
from seller_desk.core.mail.parse import helper as parsing
from seller_desk.core.mail.parse import mime
from seller_desk.core.store.models import AppMeta, Folder, Message, database

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from seller_desk.core.mail.imap.sync import SyncResult

SMALL_MESSAGE = 128 * 1024  # bytes: smaller messages are fetched whole
MAX_TEXT_PART = 1024 * 1024  # bytes of one text part fetched for a big message
BATCH_BYTES = 8 * 1024 * 1024
BATCH_COUNT = 250
FIRST_BATCH_COUNT = 40  # small, so the first screenful of the inbox appears at once
WAL_CHECKPOINT_PAGES = 16_384  # pages (64 MB) of write-ahead log between checkpoints


def fetch_into(client: imapclient.IMAPClient, account_id: int, folder: Folder, uids: list[int],
               own: set[str], condstore: bool, result: SyncResult,
               tick: Callable[[int, str], None],
               cancel: threading.Event | None) -> None:  # fmt: skip
    """Fetch ``uids`` (newest first) of a folder in batches, storing each batch."""
    if not uids:
        return
    client.select_folder(folder.name, readonly=True)
    imap = client._imap
    sizes: dict[int, int] = {}
    for i in range(0, len(uids), 5000):
        for item in wire.uid_fetch(imap, uids[i : i + 5000], "(UID RFC822.SIZE)"):
            sizes[item.uid] = item.size or 0
    modseq = " MODSEQ" if condstore else ""
    refresher = _Refresher(account_id)
    with _fewer_checkpoints():
        try:
            _fetch_batches(imap, account_id, folder, uids, sizes, modseq, own, result, tick,
                           cancel, refresher)  # fmt: skip
        finally:
            refresher.flush()


@contextlib.contextmanager
def _fewer_checkpoints() -> Iterator[None]:
    """Let SQLite's write-ahead log grow larger while batches are stored.

    Each batch writes several MB (bodies and the full-text index), so at the default of
    1000 pages nearly every batch's commit copied the log into the database and synced it
    to disk; with a larger log that happens a few times per sync, and pages written by
    several batches (the index, conversations) are copied once.
    """
    db = database.obj
    if not isinstance(db, peewee.SqliteDatabase):
        yield
        return
    previous = db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute_sql(f"PRAGMA wal_autocheckpoint = {int(WAL_CHECKPOINT_PAGES)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA wal_autocheckpoint = {int(previous)}")


def _fetch_batches(imap: imaplib.IMAP4, account_id: int, folder: Folder, uids: list[int],
                   sizes: dict[int, int], modseq: str, own: set[str], result: SyncResult,
                   tick: Callable[[int, str], None], cancel: threading.Event | None,
                   refresher: _Refresher) -> None:  # fmt: skip
    batches = _batches([u for u in uids if u in sizes], sizes)
    with _Prefetcher(imap, batches, sizes, modseq) as prefetched:
        for batch, fetched in prefetched:
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                return
            _store_fetched(account_id, folder, batch, fetched, own, result, tick, refresher)


def _store_fetched(account_id: int, folder: Folder, batch: list[int],
                   fetched: list[store.Fetched], own: set[str], result: SyncResult,
                   tick: Callable[[int, str], None], refresher: _Refresher) -> None:  # fmt: skip
    """Store one fetched batch and account for it."""
    refresher.owe()  # before the batch commits: a kill right after it must not lose it
    stored = store.store_batch(account_id, folder.id, folder.role, own, fetched,
                               refresh=False)  # fmt: skip
    refresher.add(stored.touched_conversations)
    result.new += len(stored.new_message_ids)
    result.new_message_ids.extend(stored.new_message_ids)
    lowest = min(batch)
    if folder.lowest_synced_uid is None or lowest < folder.lowest_synced_uid:
        folder.lowest_synced_uid = lowest
        Folder.update(lowest_synced_uid=lowest).where(Folder.id == folder.id).execute()
    refresher.maybe_flush()
    tick(len(batch), folder.name)


class _Prefetcher:
    """Fetches the next batches on a helper thread, and has them parsed, while this one
    stores.

    The server, the network, the parser (a helper process for big batches) and SQLite
    (which runs outside Python's lock) then work at the same time. The helper thread alone
    uses the IMAP connection until it is closed; it never touches the database. At most
    two batches wait in memory besides the one being fetched.
    """

    _DONE = object()

    def __init__(self, imap: imaplib.IMAP4, batches: list[list[int]], sizes: dict[int, int],
                 modseq: str) -> None:  # fmt: skip
        self.imap = imap
        self.batches = batches
        self.sizes = sizes
        self.modseq = modseq
        self.queue: queue.Queue[object] = queue.Queue(maxsize=2)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="mail-prefetch")

    def __enter__(self) -> _Prefetcher:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        while self.thread.is_alive():
            try:  # make room so a blocked helper can see the stop flag
                self.queue.get(timeout=0.05)
            except queue.Empty:
                pass
        self.thread.join()

    def _put(self, item: object) -> bool:
        while not self.stop.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for batch in self.batches:
                if self.stop.is_set():
                    return
                fetched = start_batch(self.imap, batch, self.sizes, self.modseq)
                if not self._put((batch, fetched)):
                    return
            self._put(self._DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the storing thread, raised there
            self._put(exc)

    def __iter__(self) -> Iterator[tuple[list[int], list[store.Fetched]]]:
        while True:
            item = self.queue.get()
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            batch: list[int]
            finish: Callable[[], list[store.Fetched]]
            batch, finish = item  # type: ignore[misc]
            yield batch, finish()


class _Refresher:
    """Refreshes touched conversations after the first batch, then now and then.

    At most about a fifth of the sync's time goes to refreshing: the pause between two
    refreshes is at least a second and four times as long as the last refresh took.

    What is owed survives the process: before a batch is stored, the account's first
    message id that may await its refresh is written down (:data:`OWED_KEY`), and the
    refresh that pays it off deletes it in its own transaction. A sync that ended between
    the two (killed, a full disk, a crash) left customers stored but not shown as
    waiting, and the next sync, finding their messages stored, never looked at them again;
    now it refreshes them first (:func:`refresh_owed`).
    """

    INTERVAL = 1.0

    def __init__(self, account_id: int) -> None:
        self.account_id = account_id
        self.pending: set[int] = set()
        self.last: float | None = None
        self.cost = 0.0
        self.owing = False

    def owe(self) -> None:
        """Write down, once until the next refresh, where unrefreshed messages begin."""
        if not self.owing:
            _write_owed(self.account_id)
            self.owing = True

    def add(self, conv_ids: set[int]) -> None:
        self.pending |= conv_ids

    def maybe_flush(self) -> None:
        if self.last is None or time.monotonic() - self.last >= max(self.INTERVAL,
                                                                    4 * self.cost):
            self.flush()

    def flush(self) -> None:
        started = time.monotonic()
        if self.pending or self.owing:
            from seller_desk.core.mail.ingest import threads

            pending, self.pending = self.pending, set()
            with database.atomic():
                threads.refresh_many(pending)
                AppMeta.delete().where(AppMeta.key == _owed_key(self.account_id)).execute()
            self.owing = False
        self.last = time.monotonic()
        self.cost = self.last - started


#: AppMeta key (per account): messages from this id on may still await their refresh
OWED_KEY = "sync.refresh_owed_from.{account}"


def _owed_key(account_id: int) -> str:
    return OWED_KEY.format(account=account_id)


def _write_owed(account_id: int) -> None:
    # the highest id now (not the next): should that row go before the batch is stored,
    # its id is the one the batch's first message gets
    highest = Message.select(peewee.fn.MAX(Message.id)).scalar() or 0
    AppMeta.insert(key=_owed_key(account_id), value=str(highest)).on_conflict_ignore().execute()


def refresh_owed(account_id: int) -> int:
    """Refresh the conversations an interrupted sync of the account stored and did not
    refresh (see :class:`_Refresher`); returns how many. One indexed read when none are
    owed, which is nearly always."""
    row = AppMeta.get_or_none(AppMeta.key == _owed_key(account_id))
    if row is None:
        return 0
    from seller_desk.core.mail.ingest import threads

    conv_ids = {cid for (cid,) in Message.select(Message.conversation).where(
        Message.account == account_id, Message.id >= int(row.value),
        Message.conversation.is_null(False)).distinct().tuples()}  # fmt: skip
    with database.atomic():
        threads.refresh_many(conv_ids)
        AppMeta.delete().where(AppMeta.key == row.key).execute()
    logger.info("Refreshed %d conversations an interrupted sync had stored", len(conv_ids))
    return len(conv_ids)


def _batches(uids: list[int], sizes: dict[int, int]) -> list[list[int]]:
    out: list[list[int]] = []
    current: list[int] = []
    weight = 0
    limit = FIRST_BATCH_COUNT
    for uid in uids:
        size = min(sizes.get(uid, 0), SMALL_MESSAGE) if sizes.get(uid, 0) <= SMALL_MESSAGE \
            else 16 * 1024  # fmt: skip
        if current and (len(current) >= limit or weight + size > BATCH_BYTES):
            out.append(current)
            current, weight, limit = [], 0, BATCH_COUNT
        current.append(uid)
        weight += size
    if current:
        out.append(current)
    return out


def start_batch(imap: imaplib.IMAP4, batch: list[int], sizes: dict[int, int],
                modseq: str) -> Callable[[], list[store.Fetched]]:  # fmt: skip
    """Download one batch and start parsing it; call the result to wait for the parsed
    messages. Whole messages are parsed by the helper process when the batch is big
    enough (core/mail/parse/helper.py), while this thread goes on to the next batch."""
    small = [u for u in batch if sizes.get(u, 0) <= SMALL_MESSAGE]
    big = [u for u in batch if sizes.get(u, 0) > SMALL_MESSAGE]
    whole: list[tuple[wire.FetchItem, bytes]] = []
    if small:
        items = wire.uid_fetch(imap, small,
                               f"(UID FLAGS INTERNALDATE RFC822.SIZE{modseq} BODY.PEEK[])")
        whole = [(item, raw) for item in items if (raw := item.sections.get("")) is not None]
    parsed_later = parsing.start_batch([raw for _item, raw in whole])
    out: dict[int, store.Fetched] = _fetch_big(imap, big, modseq) if big else {}
    for fetched in out.values():
        fetched.prepare()

    def finish() -> list[store.Fetched]:
        prepared = parsed_later()
        for (item, raw), (parsed, safe_html, remote) in zip(whole, prepared, strict=True):
            fetched = store.Fetched(
                item.uid, item.flags or (), item.internaldate, item.size or len(raw),
                item.modseq, parsed, raw if parsed.parse_error else None)  # fmt: skip
            fetched.safe_html, fetched.remote = safe_html, remote
            out[item.uid] = fetched
        return [out[u] for u in batch if u in out]  # newest first, as asked

    return finish


def _fetch_big(imap: imaplib.IMAP4, uids: list[int], modseq: str) -> dict[int, store.Fetched]:
    """Headers and structure, then only the text parts, of messages with attachments."""
    items = wire.uid_fetch(
        imap, uids, f"(UID FLAGS INTERNALDATE RFC822.SIZE{modseq} BODY.PEEK[HEADER] BODYSTRUCTURE)")
    plans: dict[int, tuple[wire.FetchItem, Structure]] = {}
    groups: dict[tuple[str, ...], list[int]] = {}
    for item in items:
        structure = analyse(item.bodystructure)
        plans[item.uid] = (item, structure)
        sections = tuple(t.section for t in structure.texts)
        if sections:
            groups.setdefault(sections, []).append(item.uid)
    bodies: dict[int, dict[str, bytes]] = {}
    for sections, group in groups.items():
        wanted = " ".join(f"BODY.PEEK[{s}]<0.{MAX_TEXT_PART}>" for s in sections)
        for got in wire.uid_fetch(imap, group, f"(UID {wanted})"):
            bodies[got.uid] = got.sections
    out: dict[int, store.Fetched] = {}
    for uid, (item, structure) in plans.items():
        header = item.sections.get("HEADER", b"")
        got_sections = bodies.get(uid, {})
        parts = [(t.section, t.content_type, t.encoding, t.charset,
                  got_sections.get(t.section, b"")) for t in structure.texts]  # fmt: skip
        parsed = mime.parse_from_parts(header, parts, structure.attachments)
        if item.bodystructure is None:
            parsed.defects.append("the server sent no readable structure")
        out[uid] = store.Fetched(uid, item.flags or (), item.internaldate, item.size or 0,
                                 item.modseq, parsed, None)  # fmt: skip
    return out
