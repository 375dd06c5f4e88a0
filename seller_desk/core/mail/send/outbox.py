"""The outbox: every message is stored first, then sent by SMTP in the background,
exactly once.

Life of a message (``OutboxMessage.state``)::

    queued --claim--> sending --250 after DATA--> sent --APPEND--> (filed in Sent)
       ^                 |  \\
       |  temporary      |   \\ refused for good (password, address, TLS ...)
       +--- problem -----+    +--> failed --retry()--> queued
    cancelled <--cancel()-- queued / failed

``queue`` commits the final raw MIME (with its Message-ID) before anything else happens, so
a message typed offline, or queued just before a crash, is never lost. Temporary problems
(no internet, server down, 4xx answers) leave it queued with a growing delay
(:data:`BACKOFF`); problems only the seller can fix (wrong password, refused address,
untrusted certificate) make it ``failed`` with the reason in plain words.

Exactly once
------------
A delivery happens when the server answers 250 to the final "." of DATA. The sender
records, durably (SQLite ``synchronous=FULL`` on the sending connection), two facts on the
way there:

1. the claim: ``state='sending'`` with a lease in ``next_attempt_at``, before connecting;
2. the hand-over: ``sent_at`` set while still ``sending``, after the whole body went out
   and just before the final "." (the only byte that can make the server accept it).

and records ``sent`` right after the 250, in a commit of its own (one row); the local
copy, the conversation's clock and the events follow in a second one, which a restart
completes for a message found ``sent`` without them. A message later found in ``sending``
(a crash, a kill, a power cut, or a connection lost after the final ".") is resolved by
:func:`send_due` once its lease expired, or at once when this process holds the local
sender lock of a SQLite database (no one else can be sending it):

* no hand-over recorded: the final "." never left, the server discarded the message; it
  is sent again;
* hand-over recorded: the outcome is unknown. Our own record is checked first (a local
  ``Message`` with that Message-ID means it went). For a provider that files sent mail
  itself (``Account.server_saves_sent``, e.g. Gmail), the Sent folder is searched for the
  Message-ID (HEADER search) from :data:`FIRST_LOOK` after the hand-over, and again every
  ``RELOOK``: found means delivered (recorded as sent, nothing resent, usually within
  seconds); still not found after :data:`SENT_GRACE` means not delivered, and it is sent
  again. For any other provider nothing on the server can tell, so it is never resent
  automatically: it becomes ``failed`` with a plain explanation ("it may have reached the
  customer") and :attr:`OutboxStatus.uncertain` set, and the seller decides (Retry or
  Cancel).

Remaining window: from the hand-over record to the commit of the server's yes. That is as
long as the server takes to answer the final "." plus one small commit, not less: SMTP
has no way to ask a server afterwards whether it took a message. Measured on loopback
(tests/bench/outbox_window_bench.py, docs/performance.md): 4 ms when the server answers
at once, 108 ms and 508 ms when it answers after 0.1 s and 0.5 s (a server that scans mail
before it answers); it was 18 ms at once before the yes got its own commit. A crash or
lost connection in that window leaves the message "uncertain" with a provider that does
not file sent mail: never sent twice, never lost, but the seller decides. With a provider
that files sent mail, a second delivery could only follow if the provider took longer than
:data:`SENT_GRACE` to file an accepted message. The resent copy carries the same bytes and
Message-ID, so mail programs that recognise duplicates show it once.

Where the copy goes: after "sent", a copy is APPENDed to the account's Sent folder unless
the provider does that itself (Gmail); a copy already there (searched by Message-ID) is
not appended again. The local :class:`Message` is created at "sent" (direction out, in its
conversation), so the reply clock stops at once; a later sync of Sent only adds its place.

Threads: :func:`send_due` may run on any thread; :class:`OutboxWorker` runs it on its own
thread and wakes when something is queued. One sender per process at a time, and one per
SQLite database (a lock file beside it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import peewee

from seller_desk.core.common import paths
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.mail.imap import flags
from seller_desk.core.mail.send.outbox_records import (
    APPEND_GIVE_UP,
    APPEND_RETRY,
    BACKOFF,
    CHECK_GIVE_UP,
    FIRST_LOOK,
    PERMANENT_KINDS,
    SEND_TIMEOUT,
    SENT_GRACE,
    STEPS,
    UNCERTAIN_REASON,
    SendReport,
)
from seller_desk.core.mail.send.outbox_sent import file_copies, recover
from seller_desk.core.mail.send.outbox_smtp import send_queued
from seller_desk.core.store import events
from seller_desk.core.store.fields import UtcDateTimeField, utcnow
from seller_desk.core.store.models import Account, Conversation, Order, OutboxMessage, database

logger = logging.getLogger(__name__)

# --- queueing ------------------------------------------------------------------------

_MSGID_RE = re.compile(rb"^message-id:[ \t]*<?([^>\r\n]+)>?", re.IGNORECASE | re.MULTILINE)


def _crlf(raw: bytes) -> bytes:
    raw = re.sub(rb"\r?\n", b"\r\n", raw)
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


def _header_block(raw: bytes) -> bytes:
    end = raw.find(b"\r\n\r\n")
    return raw if end < 0 else raw[: end + 2]


def message_id_of(raw: bytes) -> str:
    """The Message-ID of raw MIME, without angle brackets ("" when it has none)."""
    m = _MSGID_RE.search(_header_block(raw))
    return m.group(1).decode("ascii", "replace").strip() if m else ""


def _subject_of(raw: bytes) -> str:
    from email.parser import BytesHeaderParser
    from email.policy import default

    headers = BytesHeaderParser(policy=default).parsebytes(_header_block(raw))
    return str(headers.get("Subject") or "")


_listeners: weakref.WeakSet[OutboxWorker] = weakref.WeakSet()


def notify() -> None:
    """Wake the background senders (call after the queueing transaction committed)."""
    for worker in list(_listeners):
        worker.wake()


#: how every message leaves: CRLF line ends, 7-bit bodies, lines folded at 78
POLICY = email_policy.SMTP.clone(cte_type="7bit", max_line_length=78)


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as sent: CRLF line ends, 7-bit."""
    return msg.as_bytes(policy=POLICY)


def queue(
    account: Account,
    raw: bytes | EmailMessage,
    *,
    envelope_to: Iterable[str],
    conversation: Conversation | int | None = None,
    order: Order | int | None = None,
    dedup_key: str | None = None,
    wake: bool = True,
) -> OutboxMessage:
    """Store a finished message for sending; it is final from here on.

    ``raw`` must carry a Message-ID. With ``dedup_key``, a message already queued (or sent)
    under that key is returned instead of a second one. ``wake=False`` when the caller
    commits later (it then calls :func:`notify` itself).

    Raises:
        ValidationError: no recipient.
        ValueError: the message has no Message-ID (a programming error).
    """
    if isinstance(raw, EmailMessage):
        raw = message_bytes(raw)
    raw = _crlf(bytes(raw))
    message_id = message_id_of(raw)
    if not message_id:
        raise ValueError("an outgoing message needs a Message-ID")
    rcpts = [r.strip() for r in envelope_to if r and r.strip()]
    if not rcpts:
        raise ValidationError("compose.no_recipient", field="to")
    with database.atomic():
        if dedup_key:
            existing = OutboxMessage.get_or_none(OutboxMessage.dedup_key == dedup_key)
            if existing is not None:
                return existing
        try:
            with database.atomic():
                row = OutboxMessage.create(
                    account=account,
                    conversation=conversation,
                    order=order,
                    message_id=message_id,
                    raw=raw,
                    sender=account.email,
                    recipients=",".join(rcpts),
                    subject=_subject_of(raw),
                    state="queued",
                    dedup_key=dedup_key,
                )
        except peewee.IntegrityError:
            if dedup_key:
                found = OutboxMessage.get_or_none(OutboxMessage.dedup_key == dedup_key)
                if found is not None:
                    return found
            raise
        events.record(events.OUTBOX_QUEUED, conversation=conversation, order=order,
                      outbox_id=row.id)
    logger.info("Queued message %s for %d recipient(s)", row.id, len(rcpts))
    if wake:
        notify()
    return row


# --- looking and acting ----------------------------------------------------------------


@dataclass(frozen=True)
class OutboxStatus:
    """What the interface shows for one outbox message."""

    state: str  # queued, sending, sent, failed, cancelled
    reason: str  # the last problem in plain words ("" when none)
    waiting: bool  # queued after a temporary problem: will try again by itself
    uncertain: bool  # failed because it may already have been delivered
    next_attempt_at: datetime | None
    attempts: int


def describe(row: OutboxMessage) -> OutboxStatus:
    """The state of ``row`` for display."""
    return OutboxStatus(
        state=row.state,
        reason=row.last_error or "",
        waiting=row.state == "queued" and bool(row.last_error),
        uncertain=row.state == "failed" and row.sent_at is not None,
        next_attempt_at=row.next_attempt_at if row.state == "queued" else None,
        attempts=row.attempts,
    )


def list_messages(states: Iterable[str] | None = None, limit: int = 500,
                  account: Account | int | None = None) -> list[OutboxMessage]:
    """Outbox messages, newest first (without loading their raw bytes)."""
    fields = [f for f in OutboxMessage._meta.sorted_fields if f.name != "raw"]
    q = OutboxMessage.select(*fields)
    if states:
        q = q.where(OutboxMessage.state.in_(list(states)))
    if account is not None:
        q = q.where(OutboxMessage.account == int(getattr(account, "id", account)))
    return list(q.order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit))


def counts() -> dict[str, int]:
    """How many messages are in each state."""
    return {state: n for state, n in OutboxMessage.select(
        OutboxMessage.state, peewee.fn.COUNT(OutboxMessage.id)
    ).group_by(OutboxMessage.state).tuples()}


def _get(outbox_id: OutboxMessage | int) -> OutboxMessage:
    oid = int(getattr(outbox_id, "id", outbox_id))
    row = OutboxMessage.get_or_none(OutboxMessage.id == oid)
    if row is None:
        raise ValidationError("outbox.not_found", {"number": oid})
    return row


def retry(outbox_id: OutboxMessage | int) -> OutboxMessage:
    """Send a failed (or waiting) message again as soon as possible.

    Raises:
        ValidationError: it is being sent, was sent, or was cancelled.
    """
    row = _get(outbox_id)
    n = OutboxMessage.update(
        state="queued", next_attempt_at=None, last_error=None, sent_at=None
    ).where((OutboxMessage.id == row.id)
            & OutboxMessage.state.in_(["failed", "queued"])).execute()
    if n != 1:
        raise ValidationError(_cannot(row.state, retry=True))
    events.record(events.OUTBOX_QUEUED, conversation=row.conversation_id, order=row.order_id,
                  outbox_id=row.id, retry=True)
    notify()
    return _get(row.id)


def retry_all(account: Account | int | None = None, *, failed: bool = True) -> int:
    """Queue again every failed message (and send waiting ones now); returns how many."""
    states = ["queued", "failed"] if failed else ["queued"]
    q = OutboxMessage.update(state="queued", next_attempt_at=None, last_error=None,
                             sent_at=None).where(OutboxMessage.state.in_(states))
    if account is not None:
        q = q.where(OutboxMessage.account == int(getattr(account, "id", account)))
    n: int = q.execute()
    if n:
        notify()
    return n


def cancel(outbox_id: OutboxMessage | int) -> OutboxMessage:
    """Stop a queued or failed message from being sent.

    Raises:
        ValidationError: it is being sent right now, or was already sent.
    """
    row = _get(outbox_id)
    n = OutboxMessage.update(state="cancelled", next_attempt_at=None).where(
        (OutboxMessage.id == row.id) & OutboxMessage.state.in_(["queued", "failed"])
    ).execute()
    if n != 1 and row.state != "cancelled":
        raise ValidationError(_cannot(row.state, retry=False))
    return _get(row.id)


def _cannot(state: str, *, retry: bool) -> Msg:
    """Why a message in ``state`` cannot be retried (or cancelled)."""
    if state == "sending":
        return Msg("outbox.sending_no_retry" if retry else "outbox.sending_no_cancel")
    if state == "sent":
        return Msg("outbox.sent_no_retry" if retry else "outbox.sent_no_cancel")
    if state == "cancelled":
        return Msg("outbox.cancelled_no_retry" if retry else "outbox.cancelled_no_cancel")
    return Msg("outbox.no_retry" if retry else "outbox.no_cancel")


# --- the sender lock -----------------------------------------------------------------

_process_lock = threading.Lock()


class _SenderLock:
    """An exclusive lock file: one sender per database on this computer."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh: Any = None

    def acquire(self) -> bool:
        if self.path is None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = paths.open_private(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND)
            fh = open(fd, "a+b")  # noqa: SIM115 - held open while locked
        except OSError:
            logger.warning("Cannot open the outbox lock %s; sending without it", self.path)
            return True
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        finally:
            fh.close()


def _local_database() -> tuple[bool, Path | None]:
    """(whether the database is a local SQLite one, the sender lock file for it)."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        name = str(db.database)
        if name == ":memory:" or name.startswith("file:"):
            return True, None
        p = Path(name)
        return True, p.with_name(p.name + ".outbox-lock")
    return False, paths.data_dir() / "outbox.lock"


# --- sending -------------------------------------------------------------------------


def _durable(sqlite: bool, on: bool) -> None:
    # synchronous=NORMAL (the app's setting) may lose the last commits on a power cut: the
    # sender's records must survive one, so its connection syncs every commit while sending
    if sqlite:
        database.execute_sql(f"PRAGMA synchronous = {'FULL' if on else 'NORMAL'}")


def send_due(
    now: datetime | None = None,
    *,
    timeout: float = SEND_TIMEOUT,
    should_stop: Callable[[], bool] | None = None,
) -> SendReport:
    """Send every queued message that is due, resolve interrupted sends, file copies in
    Sent. Safe to call from any thread, at any time, as often as wanted.

    ``now`` is the time used to decide what is due (tests pass a later time instead of
    waiting); the times recorded are the real ones.
    """
    report = SendReport()
    if not _process_lock.acquire(blocking=False):
        report.busy = True
        return report
    try:
        sqlite, lock_path = _local_database()
        lock = _SenderLock(lock_path)
        if not lock.acquire():
            report.busy = True
            return report
        try:
            now = now or utcnow()
            _durable(sqlite, True)
            try:
                # sole sender of a local database: every "sending" row is an interrupted one
                exclusive = sqlite
                recover(now, exclusive, report, timeout)
                send_queued(now, report, timeout, should_stop or (lambda: False))
                file_copies(now, report, timeout, should_stop or (lambda: False))
            finally:
                _durable(sqlite, False)
        finally:
            lock.release()
    finally:
        _process_lock.release()
    if report.sent or report.recovered:
        _push_answered(report.sent + report.recovered)
    if report.changed:
        logger.info("Outbox: %d sent, %d retrying, %d failed, %d uncertain, %d recovered",
                    len(report.sent), len(report.retrying), len(report.failed),
                    len(report.uncertain), len(report.recovered))
    return report


def _push_answered(outbox_ids: list[int]) -> None:
    """Mark the messages just answered as answered on the server now, not at the next
    sync, so the seller's phone shows them answered too. An account being synced, or a
    server that cannot be reached, keeps them queued for its next sync."""
    accounts = {a for (a,) in OutboxMessage.select(OutboxMessage.account)
                .where(OutboxMessage.id.in_(outbox_ids)).tuples()}
    for account_id in sorted(accounts):
        try:
            flags.push_pending(account_id, wait=False)
        except Exception:  # a flag is a courtesy: never let it fail a send
            logger.exception("Could not push the answered flags of account %s", account_id)


# --- the background sender ---------------------------------------------------------


class OutboxWorker:
    """Sends the outbox on its own thread; wakes at once when something is queued.

    Args:
        on_report: called (on the worker thread) with each :class:`SendReport` that
            changed something; the interface turns it into a signal.
        poll_seconds: the longest sleep between two looks at the outbox.
        auto_emails: announce :data:`events.OUTBOX_ROUND` once per ``poll_seconds``, so
            the automatic status emails that became due are queued (one held for a
            missing tracking number goes as soon as it is typed in).
    """

    def __init__(self, on_report: Callable[[SendReport], None] | None = None,
                 poll_seconds: float = 60.0, timeout: float = SEND_TIMEOUT,
                 auto_emails: bool = True) -> None:
        self.on_report = on_report
        self.poll_seconds = poll_seconds
        self.timeout = timeout
        self.auto_emails = auto_emails
        self._last_scan = 0.0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> OutboxWorker:
        if self.running:
            return self
        self._stop.clear()
        self._wake.set()  # look at once: messages may be waiting from the last session
        self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
        _listeners.add(self)
        self._thread.start()
        return self

    def wake(self) -> None:
        """Look at the outbox now (something was queued, or the network is back)."""
        self._wake.set()

    def stop(self, timeout: float | None = 10.0) -> bool:
        """Stop after the message being sent, if any; True when the thread has ended."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        _listeners.discard(self)
        return thread is None or not thread.is_alive()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._wake.wait(self._sleep_seconds())
                self._wake.clear()
                if self._stop.is_set():
                    break
                self._scan_auto_emails()
                try:
                    report = send_due(timeout=self.timeout, should_stop=self._stop.is_set)
                except Exception:  # a bug must not stop the outbox for good
                    logger.exception("The outbox sender failed; it will try again")
                    self._stop.wait(self.poll_seconds)
                    continue
                if report.busy:
                    self._stop.wait(min(5.0, self.poll_seconds))
                    self._wake.set()
                    continue
                if report.changed and self.on_report is not None:
                    try:
                        self.on_report(report)
                    except Exception:  # the listener's bug is not ours
                        logger.exception("An outbox listener failed")
        finally:
            with contextlib.suppress(Exception):  # closing at exit is best effort
                database.close()  # this thread's connection

    def _scan_auto_emails(self) -> None:
        if not self.auto_emails or time.monotonic() - self._last_scan < self.poll_seconds:
            return
        self._last_scan = time.monotonic()
        try:  # the automatic status emails subscribe to this (held ones go out now)
            events.announce(events.OUTBOX_ROUND)
        except Exception:  # the outbox must keep sending whatever happens
            logger.exception("A subscriber to the outbox's round failed")

    def _sleep_seconds(self) -> float:
        try:
            nxt = next_due()
        except peewee.PeeweeException:
            return self.poll_seconds
        if nxt is None:
            return self.poll_seconds
        return max(0.2, min(self.poll_seconds, (nxt - utcnow()).total_seconds() + 0.05))


def next_due() -> datetime | None:
    """When the outbox next has something to do (None: nothing planned)."""
    row = (OutboxMessage.select(peewee.fn.MIN(OutboxMessage.next_attempt_at))
           .where(OutboxMessage.state.in_(["queued", "sending"])).scalar())
    pending_now = OutboxMessage.select().where(
        (OutboxMessage.state == "queued") & OutboxMessage.next_attempt_at.is_null()).exists()
    if pending_now:
        return utcnow()
    if row is None:
        return None

    return UtcDateTimeField().python_value(row)


__all__ = [
    "APPEND_GIVE_UP",
    "APPEND_RETRY",
    "BACKOFF",
    "CHECK_GIVE_UP",
    "FIRST_LOOK",
    "PERMANENT_KINDS",
    "SEND_TIMEOUT",
    "SENT_GRACE",
    "STEPS",
    "UNCERTAIN_REASON",
    "OutboxStatus",
    "OutboxWorker",
    "SendReport",
    "cancel",
    "counts",
    "describe",
    "list_messages",
    "message_id_of",
    "next_due",
    "notify",
    "queue",
    "retry",
    "retry_all",
    "send_due",
]
