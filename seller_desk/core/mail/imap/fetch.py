"""Downloading new messages of a folder in batches, and storing each batch as it comes.

Messages up to :data:`SMALL_MESSAGE` are fetched whole and parsed here; bigger ones by
their header, structure and text parts only (attachments wait until the seller asks).
A helper thread fetches and parses the next batch while the current one is stored.

Nothing is taken on trust: an answer for a UID that was not asked for, or given twice, or
a message whose body is missing is left out, and :class:`Outcome` tells the sync which
UIDs were stored, so a folder never moves past a message it does not have
(core/mail/imap/undelivered.py). When the server refuses a batch (NO, or a BYE that
closes the connection, as Dovecot does on a message file it cannot read), the batch is
halved until the refused message stands alone; the rest arrives.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import imapclient
import peewee

from seller_desk.core.mail.imap import wire
from seller_desk.core.mail.imap.results import SyncResult
from seller_desk.core.mail.imap.structure import Structure, analyse
from seller_desk.core.mail.ingest import store, threads
from seller_desk.core.mail.parse import helper as parsing
from seller_desk.core.store import db, events
from seller_desk.core.store.db import storage_error
from seller_desk.core.store.models import Folder, database

logger = logging.getLogger(__name__)

SMALL_MESSAGE = 128 * 1024  # bytes: smaller messages are fetched whole
MAX_TEXT_PART = 1024 * 1024  # bytes of one text part fetched for a big message
BATCH_BYTES = 8 * 1024 * 1024
# messages stored in one transaction: each batch pays the same fixed costs (its look-ups
# for threading and linking, a commit, a new segment of the full-text index), so 500
# took the storing thread 0.1-0.2 s less processor time in a first sync of 10,000
# messages than 250 (1.80-2.02 s against 1.99-2.10 s); 1,000 took longer again (its
# pages no longer fit the page cache) and 40 MB more memory
BATCH_COUNT = 500
FIRST_BATCH_COUNT = 40  # small, so the first screenful of the inbox appears at once
SIZE_CHUNK = 5000  # messages whose sizes are asked for in one command
# refusals (NO, or BYE and a new connection) one folder's fetch may narrow down; past
# that the server is in trouble as a whole, and the sync stops with its words
MAX_SETBACKS = 40

logger = logging.getLogger(__name__)
Reopen = Callable[[imapclient.IMAPClient], None]
T = TypeVar("T")


@dataclass
class Outcome:
    """What became of the UIDs a fetch was asked for."""

    stored: set[int] = field(default_factory=set)
    refused: dict[int, str] = field(default_factory=dict)  # UID -> the server's words
    finished: bool = False  # every batch was tried (not stopped half-way)

    def missing(self, asked: list[int]) -> set[int]:
        """UIDs asked for that neither arrived nor were refused (the answer lacked them)."""
        return set(asked) - self.stored - set(self.refused)


def fetch_into(client: imapclient.IMAPClient, account_id: int, folder: Folder, uids: list[int],
               own: set[str], condstore: bool, result: SyncResult,
               tick: Callable[[int, str], None], cancel: threading.Event | None,
               reopen: Reopen | None = None) -> Outcome:
    """Fetch ``uids`` (newest first) of a folder in batches, storing each batch.

    ``reopen(client)`` gives ``client`` a new connection when the server closed it on a
    message it cannot send; without it such a BYE ends the fetch as a broken connection.
    """
    outcome = Outcome()
    if not uids:
        outcome.finished = True
        return outcome
    parsing.warm_helper(len(uids))
    client.select_folder(folder.name, readonly=True)
    narrowing = _Narrowing(client, folder.name, reopen, outcome.refused)
    modseq = " MODSEQ" if condstore else ""
    refresher = _Refresher()
    with db.fewer_checkpoints():
        try:
            _fetch_batches(narrowing, account_id, folder, uids, modseq, own, result,
                           tick, cancel, refresher, outcome)
        finally:
            refresher.flush()
    outcome.finished = not result.cancelled
    return outcome


class _Narrowing:
    """Runs a FETCH over some UIDs and, when the server refuses it, finds the culprits.

    A refusal is a NO, or a BYE: Dovecot closes the connection when it cannot read a
    message's file, which imaplib reports like a broken connection, and the sync used to
    stop there at every attempt ("check your internet connection"), one batch short of
    the rest of the folder. The UIDs are halved until each refused one stands alone; it
    goes into ``refused`` with the server's words. After a BYE the connection is opened
    again (the same client object) and the folder selected again. A connection that broke
    without a word from the server is no refusal: that error goes up as before, and so
    does the refusal after :data:`MAX_SETBACKS` of them (a server refusing everything).
    """

    def __init__(self, client: imapclient.IMAPClient, folder_name: str, reopen: Reopen | None,
                 refused: dict[int, str]) -> None:
        self.client = client
        self.folder_name = folder_name
        self.reopen = reopen
        self.refused = refused
        self.setbacks = 0

    def run(self, uids: list[int], attempt: Callable[[list[int]], T]) -> list[tuple[list[int], T]]:
        """``attempt`` over ``uids``, or over the parts the server accepts."""
        try:
            return [(uids, attempt(uids))]
        except wire.Refused as exc:
            self.setbacks += 1
            if self.setbacks > MAX_SETBACKS:
                raise
            words = exc.words
        except imaplib.IMAP4.abort as exc:
            said = wire.said_bye(self.client._imap)
            self.setbacks += 1
            if said is None or self.reopen is None:
                raise
            if self.setbacks > MAX_SETBACKS:  # the server's words, not "check your internet"
                raise imaplib.IMAP4.error(said) from exc
            words = said
            logger.info("The server closed the connection in %s (%s); opening another",
                        self.folder_name, said)
            self.reopen(self.client)
            self.client.select_folder(self.folder_name, readonly=True)
        if len(uids) == 1:
            logger.warning("The server refused message %s of %s: %s", uids[0],
                           self.folder_name, words)
            self.refused[uids[0]] = words
            return []
        half = len(uids) // 2
        return self.run(uids[:half], attempt) + self.run(uids[half:], attempt)


def _answers_to(items: list[wire.FetchItem], asked: list[int],
                sizes: dict[int, int] | None = None) -> list[wire.FetchItem]:
    """The answers that can be trusted: for UIDs asked for, each given once, each with the
    size the server gave for that UID before.

    A UID given twice means one of the two answers carries a wrong UID (a garbled line);
    neither can be told apart, so both are left out and the UID is asked for again. Two
    garbled lines can swap two UIDs; the size then rarely matches. A message's size
    never changes, so a mismatch is always a wrong answer.
    """
    wanted = set(asked)
    counts = Counter(item.uid for item in items)
    return [item for item in items if item.uid in wanted and counts[item.uid] == 1
            and (sizes is None or item.size is None or sizes.get(item.uid) in (None, item.size))]


def _fetch_batches(narrowing: _Narrowing, account_id: int, folder: Folder, uids: list[int],
                   modseq: str, own: set[str], result: SyncResult,
                   tick: Callable[[int, str], None], cancel: threading.Event | None,
                   refresher: _Refresher, outcome: Outcome) -> None:
    with _Prefetcher(narrowing, uids, modseq) as prefetched:
        for batch, fetched in prefetched:
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                return
            # a message the database refused stays owed (not stored): asked for next time
            outcome.stored.update(_store_fetched(account_id, folder, batch, fetched, own, result,
                                                 tick, refresher))


def _store_fetched(account_id: int, folder: Folder, batch: list[int],
                   fetched: list[store.Fetched], own: set[str], result: SyncResult,
                   tick: Callable[[int, str], None], refresher: _Refresher) -> set[int]:
    """Store one fetched batch and account for it; the UIDs stored."""
    try:
        parts = [store.store_batch(account_id, folder.id, folder.role, own, fetched,
                                   refresh=False)]
        stored = {f.uid for f in fetched}
    except _BATCH_FAILURES as exc:
        if _whole_database(exc):
            raise
        logger.exception("Storing a batch of %d messages of %s failed; storing them one by one",
                         len(fetched), folder.name)
        parts, stored = _store_one_by_one(account_id, folder, fetched, own, result)
    for part in parts:
        refresher.add(part.touched_conversations)
        result.new += len(part.new_message_ids)
        result.new_message_ids.extend(part.new_message_ids)
    lowest = min(batch)
    if folder.lowest_synced_uid is None or lowest < folder.lowest_synced_uid:
        folder.lowest_synced_uid = lowest
        Folder.update(lowest_synced_uid=lowest).where(Folder.id == folder.id).execute()
    refresher.maybe_flush()
    tick(len(batch), folder.name)
    return stored


# what a batch's storing may fail with that is no reason to stop the sync for ever: the
# database refusing a row (a constraint), or a fault in the code that stores or links mail
_BATCH_FAILURES = (peewee.DatabaseError, ValueError, TypeError, KeyError, LookupError,
                   AttributeError, RuntimeError)
# ... unless it is about the database or the program as a whole (disk full, database
# locked or gone; a start-up step forgotten): then every message would fail the same way
_NOT_THE_BATCH = (peewee.OperationalError, peewee.InterfaceError, events.NobodyListens)


def _whole_database(exc: BaseException) -> bool:
    """A failure of the database or its disk as a whole (damaged, full, read-only ...):
    storing the messages one by one would fail the same way, so the sync stops and says so."""
    return isinstance(exc, _NOT_THE_BATCH) or storage_error(exc) is not None


def _store_one_by_one(account_id: int, folder: Folder, fetched: list[store.Fetched],
                      own: set[str], result: SyncResult
                      ) -> tuple[list[store.StoreResult], set[int]]:
    """Store a batch that failed as a whole one message at a time; the few that still fail
    are left on the server, counted and said in plain words, and fetched again next time
    (they are not among the UIDs stored, so the sync notes them as owed)."""
    parts: list[store.StoreResult] = []
    stored: set[int] = set()
    failed = 0
    for item in fetched:
        try:
            parts.append(store.store_batch(account_id, folder.id, folder.role, own, [item],
                                           refresh=False))
            stored.add(item.uid)
        except _BATCH_FAILURES as exc:
            if _whole_database(exc):
                raise
            logger.exception("Message UID %d of %s could not be stored", item.uid, folder.name)
            failed += 1
    if failed:
        result.unsaved += failed
        result.errors.append(
            f"{folder.name}: {failed} message(s) could not be saved. The rest of the mail is "
            "saved, and Seller Desk tries these again at the next sync (details in the log).")
    return parts, stored


class _Prefetcher:
    """Fetches the next batches on a helper thread, and has them parsed, while this one
    stores.

    The server, the network, the parser (a helper process for big batches) and SQLite
    (which runs outside Python's lock) then work at the same time. The helper thread alone
    uses the IMAP connection until it is closed; it never touches the database. At most
    two batches wait in memory besides the one being fetched.

    The messages' sizes, which decide the batches, are asked for here too, a chunk at a
    time (:func:`size_chunks`): the first batch is on its way after the sizes of its own
    few messages, while the sizes of thousands took the server 0.06-0.09 s before
    anything else could start.
    """

    _DONE = object()

    def __init__(self, narrowing: _Narrowing, uids: list[int], modseq: str) -> None:
        self.narrowing = narrowing
        self.uids = uids
        self.sizes: dict[int, int] = {}
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
            with contextlib.suppress(queue.Empty):  # make room so a blocked helper can see the stop flag
                self.queue.get(timeout=0.05)
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
        client = self.narrowing.client
        try:
            for n, chunk in enumerate(size_chunks(self.uids)):
                if self.stop.is_set():
                    return
                # the client's connection may be a new one after a refusal: look it up
                for part, items in self.narrowing.run(
                        chunk, lambda some: wire.uid_fetch(client._imap, some,
                                                           "(UID RFC822.SIZE)")):
                    for item in _answers_to(items, part):
                        self.sizes[item.uid] = item.size or 0
                for batch in batches_of([u for u in chunk if u in self.sizes], self.sizes,
                                        first=n == 0):
                    if self.stop.is_set():
                        return
                    for part, fetched in self.narrowing.run(
                            batch, lambda uids: start_batch(client._imap, uids, self.sizes,
                                                            self.modseq)):
                        if not self._put((part, fetched)):
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
    """

    INTERVAL = 1.0

    def __init__(self) -> None:
        self.pending: set[int] = set()
        self.last: float | None = None
        self.cost = 0.0

    def add(self, conv_ids: set[int]) -> None:
        self.pending |= conv_ids

    def maybe_flush(self) -> None:
        if self.last is None or time.monotonic() - self.last >= max(self.INTERVAL,
                                                                    4 * self.cost):
            self.flush()

    def flush(self) -> None:
        started = time.monotonic()
        if self.pending:
            pending, self.pending = self.pending, set()
            with database.atomic():
                threads.refresh_many(pending)
        self.last = time.monotonic()
        self.cost = self.last - started


def size_chunks(uids: list[int]) -> list[list[int]]:
    """The UIDs whose sizes are asked for in one command each: the first batch's alone,
    so that it can be fetched at once, then up to :data:`SIZE_CHUNK` at a time."""
    first = uids[:FIRST_BATCH_COUNT]
    rest = uids[FIRST_BATCH_COUNT:]
    return ([first] if first else []) + [rest[i : i + SIZE_CHUNK]
                                         for i in range(0, len(rest), SIZE_CHUNK)]


def batches_of(uids: list[int], sizes: dict[int, int], first: bool = True) -> list[list[int]]:
    """``uids`` in the batches they are fetched and stored in: up to :data:`BATCH_COUNT`
    messages and :data:`BATCH_BYTES` (the first batch of a fetch, when ``first``, up to
    :data:`FIRST_BATCH_COUNT` messages)."""
    out: list[list[int]] = []
    current: list[int] = []
    weight = 0
    limit = FIRST_BATCH_COUNT if first else BATCH_COUNT
    for uid in uids:
        size = min(sizes.get(uid, 0), SMALL_MESSAGE) if sizes.get(uid, 0) <= SMALL_MESSAGE \
            else 16 * 1024
        if current and (len(current) >= limit or weight + size > BATCH_BYTES):
            out.append(current)
            current, weight, limit = [], 0, BATCH_COUNT
        current.append(uid)
        weight += size
    if current:
        out.append(current)
    return out


def start_batch(imap: imaplib.IMAP4, batch: list[int], sizes: dict[int, int],
                modseq: str) -> Callable[[], list[store.Fetched]]:
    """Download one batch and start parsing it; call the result to wait for the parsed
    messages. Whole messages are parsed by the helper process when the batch is big
    enough (core/mail/parse/helper.py), while this thread goes on to the next batch."""
    small = [u for u in batch if sizes.get(u, 0) <= SMALL_MESSAGE]
    big = [u for u in batch if sizes.get(u, 0) > SMALL_MESSAGE]
    whole: list[tuple[wire.FetchItem, bytes]] = []
    if small:
        items = wire.uid_fetch(imap, small,
                               f"(UID FLAGS INTERNALDATE RFC822.SIZE{modseq} BODY.PEEK[])")
        # an empty body of a message that has a size is one the server failed to read
        # (Dovecot answers NIL for a file that went missing): asked for again later
        whole = [(item, raw) for item in _answers_to(items, small, sizes)
                 if (raw := item.sections.get("")) is not None
                 and (raw or not (item.size or sizes.get(item.uid, 0)))]
    parsed_later = parsing.start_batch([raw for _item, raw in whole])
    # big messages go to the helper too, in pieces (their text is most of what it parses)
    pieces = _fetch_big_pieces(imap, big, modseq, sizes) if big else []
    pieces_later = parsing.start_pieces([piece for _item, piece in pieces])

    def finish() -> list[store.Fetched]:
        out: dict[int, store.Fetched] = {}
        for (item, raw), prepared in zip(whole, parsed_later(), strict=True):
            out[item.uid] = _fetched(item, item.size or len(raw), prepared,
                                     raw if prepared[0].parse_error else None)
        for (item, _piece), prepared in zip(pieces, pieces_later(), strict=True):
            if item.bodystructure is None:
                prepared[0].defects.append("the server sent no readable structure")
            out[item.uid] = _fetched(item, item.size or 0, prepared, None)
        return [out[u] for u in batch if u in out]  # newest first, as asked

    return finish


def _fetched(item: wire.FetchItem, size: int, prepared: parsing.Prepared,
             raw: bytes | None) -> store.Fetched:
    parsed, derived = prepared
    fetched = store.Fetched(item.uid, item.flags or (), item.internaldate, size, item.modseq,
                            parsed, raw)
    fetched.derived = derived
    return fetched


def _fetch_big_pieces(imap: imaplib.IMAP4, uids: list[int], modseq: str,
                      sizes: dict[int, int] | None = None
                      ) -> list[tuple[wire.FetchItem, parsing.Piece]]:
    """Headers and structure, then only the text parts, of messages with attachments."""
    items = wire.uid_fetch(
        imap, uids, f"(UID FLAGS INTERNALDATE RFC822.SIZE{modseq} BODY.PEEK[HEADER] BODYSTRUCTURE)")
    plans: dict[int, tuple[wire.FetchItem, Structure]] = {}
    groups: dict[tuple[str, ...], list[int]] = {}
    for item in _answers_to(items, uids, sizes):
        if not item.sections.get("HEADER"):
            continue  # no header: not this message's answer, or a garbled one
        structure = analyse(item.bodystructure)
        plans[item.uid] = (item, structure)
        sections = tuple(t.section for t in structure.texts)
        if sections:
            groups.setdefault(sections, []).append(item.uid)
    bodies: dict[int, dict[str, bytes]] = {}
    for sections, group in groups.items():
        wanted = " ".join(f"BODY.PEEK[{s}]<0.{MAX_TEXT_PART}>" for s in sections)
        answers = wire.uid_fetch(imap, group, f"(UID RFC822.SIZE {wanted})")
        for got in _answers_to(answers, group, sizes):
            if all(s.upper() in got.sections for s in sections):
                bodies[got.uid] = got.sections
    out: list[tuple[wire.FetchItem, parsing.Piece]] = []
    for uid, (item, structure) in plans.items():
        header = item.sections.get("HEADER", b"")
        if structure.texts and uid not in bodies:
            continue  # its text did not come: stored without it, it would never come
        got_sections = bodies.get(uid, {})
        parts = [(t.section, t.content_type, t.encoding, t.charset,
                  got_sections.get(t.section, b"")) for t in structure.texts]
        out.append((item, (header, parts, structure.attachments)))
    return out
