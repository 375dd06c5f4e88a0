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

and records ``sent`` right after the 250. A message later found in ``sending`` (a crash, a
kill, a power cut, or a connection lost after the final ".") is resolved by
:func:`send_due` once its lease expired, or at once when this process holds the local
sender lock of a SQLite database (no one else can be sending it):

* no hand-over recorded: the final "." never left, the server discarded the message; it
  is sent again;
* hand-over recorded: the outcome is unknown. Our own record is checked first (a local
  ``Message`` with that Message-ID means it went). For a provider that files sent mail
  itself (``Account.server_saves_sent``, e.g. Gmail), the Sent folder is searched for the
  Message-ID (HEADER search): found means delivered (recorded as sent, nothing resent);
  not found after :data:`SENT_GRACE` means not delivered, and it is sent again. For any
  other provider nothing on the server can tell, so it is never resent automatically: it
  becomes ``failed`` with a plain explanation ("it may have reached the customer") and
  :attr:`OutboxStatus.uncertain` set, and the seller decides (Retry or Cancel).

Remaining window: with a provider that does not file sent mail itself, a crash or lost
connection between the hand-over record and the "sent" record (a few milliseconds: the
final "." out, the server's 250 in, one commit) leaves the message "uncertain" instead of
resolving it. It is never sent twice and never lost, but it waits for the seller. With a
provider that files sent mail itself, a second delivery could only follow if the provider
took longer than :data:`SENT_GRACE` to file an accepted message. The resent copy carries
the same bytes and Message-ID, so mail programs that recognise duplicates show it once.

Where the copy goes: after "sent", a copy is APPENDed to the account's Sent folder unless
the provider does that itself (Gmail); a copy already there (searched by Message-ID) is
not appended again. The local :class:`Message` is created at "sent" (direction out, in its
conversation), so the reply clock stops at once; a later sync of Sent only adds its place.

Threads: :func:`send_due` may run on any thread; :class:`OutboxWorker` runs it on its own
thread and wakes when something is queued. One sender per process at a time, and one per
SQLite database (a lock file beside it).
"""

from __future__ import annotations

import logging
import re
import smtplib
import socket
import sys
import threading
import time
import weakref
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import peewee

from seller_desk.core import conversations, events, paths
from seller_desk.core.errors import ValidationError
from seller_desk.core.fields import utcnow
from seller_desk.core.mail import flags
from seller_desk.core.mail.errors import MailError
from seller_desk.core.models import (
    DIRECTION_OUT,
    Account,
    Attachment,
    Conversation,
    ConversationOrder,
    CustomerAddress,
    Folder,
    Message,
    Order,
    OutboxMessage,
    database,
)

logger = logging.getLogger(__name__)

SEND_TIMEOUT = 60.0  # seconds for each SMTP/IMAP network operation
#: delay before the next try after a temporary problem, by attempt; then the last one
BACKOFF = (30, 60, 120, 300, 600, 1200, 1800)
#: a provider that files sent mail itself has done so this long after accepting it
SENT_GRACE = timedelta(minutes=2)
APPEND_RETRY = timedelta(minutes=5)
APPEND_GIVE_UP = timedelta(days=7)
#: give up checking the Sent folder of a handed-over message after this long
CHECK_GIVE_UP = timedelta(days=1)
#: problems no retry can fix: the message waits for the seller
PERMANENT_KINDS = frozenset({"auth", "tls", "certificate_untrusted", "insecure_refused",
                             "no_password"})  # fmt: skip

UNCERTAIN_REASON = (
    "Seller Desk was interrupted while handing this message to the mail server, so it may "
    "already have reached the recipient. Check with them (or your Sent folder on the web); "
    "choose Retry only if it did not arrive, or Cancel if it did."
)

#: the steps of one send, in order (for tests that stop the process at each one)
STEPS = ("claimed", "connected", "envelope", "body_sent", "handed_over", "accepted",
         "recorded", "appended")  # fmt: skip


def _checkpoint(step: str) -> None:
    """Called at each of :data:`STEPS`; does nothing (tests replace it to kill the process)."""


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
        from seller_desk.core.mail.compose import message_bytes

        raw = message_bytes(raw)
    raw = _crlf(bytes(raw))
    message_id = message_id_of(raw)
    if not message_id:
        raise ValueError("an outgoing message needs a Message-ID")
    rcpts = [r.strip() for r in envelope_to if r and r.strip()]
    if not rcpts:
        raise ValidationError("Add at least one recipient.", field="to")
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
                      outbox_id=row.id)  # fmt: skip
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
                  account: Account | int | None = None) -> list[OutboxMessage]:  # fmt: skip
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
    ).group_by(OutboxMessage.state).tuples()}  # fmt: skip


def _get(outbox_id: OutboxMessage | int) -> OutboxMessage:
    oid = int(getattr(outbox_id, "id", outbox_id))
    row = OutboxMessage.get_or_none(OutboxMessage.id == oid)
    if row is None:
        raise ValidationError(f"There is no outbox message {oid}.")
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
            & OutboxMessage.state.in_(["failed", "queued"])).execute()  # fmt: skip
    if n != 1:
        raise ValidationError(_cannot(row.state, "retried"))
    events.record(events.OUTBOX_QUEUED, conversation=row.conversation_id, order=row.order_id,
                  outbox_id=row.id, retry=True)  # fmt: skip
    notify()
    return _get(row.id)


def retry_all(account: Account | int | None = None, *, failed: bool = True) -> int:
    """Queue again every failed message (and send waiting ones now); returns how many."""
    states = ["queued", "failed"] if failed else ["queued"]
    q = OutboxMessage.update(state="queued", next_attempt_at=None, last_error=None,
                             sent_at=None).where(OutboxMessage.state.in_(states))  # fmt: skip
    if account is not None:
        q = q.where(OutboxMessage.account == int(getattr(account, "id", account)))
    n = q.execute()
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
        raise ValidationError(_cannot(row.state, "cancelled"))
    return _get(row.id)


def _cannot(state: str, what: str) -> str:
    if state == "sending":
        return f"This message is being sent right now, so it cannot be {what}."
    if state == "sent":
        return f"This message has already been sent, so it cannot be {what}."
    if state == "cancelled":
        return f"This message was cancelled, so it cannot be {what}."
    return f"This message cannot be {what}."


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
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
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


@dataclass
class SendReport:
    """What one :func:`send_due` run did, by outbox id."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)  # temporary problem; queued again
    failed: list[int] = field(default_factory=list)
    uncertain: list[int] = field(default_factory=list)  # failed: may have been delivered
    recovered: list[int] = field(default_factory=list)  # interrupted sends resolved
    filed: list[int] = field(default_factory=list)  # copies appended to Sent
    busy: bool = False  # another sender is at work; nothing was done
    errors: dict[int, str] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.sent or self.retrying or self.failed or self.uncertain
                    or self.recovered or self.filed)  # fmt: skip


class _Refused(Exception):
    """The server answered no to a message (not to the connection)."""

    def __init__(self, code: int, text: str, what: str, address: str = "") -> None:
        super().__init__(f"{code} {text}")
        self.code, self.text, self.what, self.address = code, text, what, address

    @property
    def permanent(self) -> bool:
        return self.code >= 500

    def words(self) -> str:
        said = f" (it said: {self.code} {self.text})" if self.text else f" ({self.code})"
        if self.what == "sender":
            return f"The outgoing mail server refused to send from {self.address}{said}."
        if self.what == "recipient":
            return f"The outgoing mail server refused the address {self.address}{said}."
        return f"The outgoing mail server refused the message{said}."


class _Unknown(Exception):
    """The connection failed after the final "." of DATA: delivered or not, no one knows."""


def _server_text(resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return " ".join(text.split())[:300]


def _lease(timeout: float, size: int) -> timedelta:
    # long enough for a live sender to finish: a few network timeouts, plus the upload of
    # the message on a slow line (20 kB/s)
    return timedelta(seconds=4 * timeout + size / 20_000)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1])


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
                _recover(now, exclusive, report, timeout)
                _send_queued(now, report, timeout, should_stop or (lambda: False))
                _file_copies(now, report, timeout, should_stop or (lambda: False))
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
                    len(report.uncertain), len(report.recovered))  # fmt: skip
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


# -- state changes (each one commit) --


def _requeue(row: OutboxMessage, reason: str | None, delay: timedelta | None) -> None:
    OutboxMessage.update(
        state="queued", last_error=reason, sent_at=None,
        next_attempt_at=(utcnow() + delay) if delay else None,
    ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()


def _fail(row: OutboxMessage, reason: str, *, uncertain: bool = False) -> None:
    with database.atomic():
        OutboxMessage.update(
            state="failed", last_error=reason, next_attempt_at=None,
            sent_at=row.sent_at if uncertain else None,
        ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()
        events.record(events.OUTBOX_FAILED, conversation=row.conversation_id,
                      order=row.order_id, outbox_id=row.id, reason=reason[:500],
                      uncertain=uncertain)  # fmt: skip
    logger.warning("Outbox message %s failed%s: %s", row.id,
                   " (may have been delivered)" if uncertain else "", reason)  # fmt: skip


def _claim(row_id: int, timeout: float, now: datetime) -> OutboxMessage | None:
    row = OutboxMessage.get_or_none(OutboxMessage.id == row_id)
    if row is None:
        return None
    until = utcnow() + _lease(timeout, len(row.raw))
    n = OutboxMessage.update(
        state="sending", attempts=OutboxMessage.attempts + 1, next_attempt_at=until,
        sent_at=None,
    ).where(
        (OutboxMessage.id == row_id) & (OutboxMessage.state == "queued")
        & (OutboxMessage.next_attempt_at.is_null() | (OutboxMessage.next_attempt_at <= now))
    ).execute()  # fmt: skip
    if n != 1:
        return None
    return OutboxMessage.get_by_id(row_id)


def _hand_over(row: OutboxMessage, timeout: float) -> None:
    at = utcnow()
    OutboxMessage.update(
        sent_at=at, next_attempt_at=at + _lease(timeout, 0)
    ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()
    row.sent_at = at


# -- recovery --


def _recover(now: datetime, exclusive: bool, report: SendReport, timeout: float) -> None:
    rows = list(OutboxMessage.select().where(OutboxMessage.state == "sending"))
    for row in rows:
        lease_over = row.next_attempt_at is None or row.next_attempt_at <= now
        if not (exclusive or lease_over):
            continue  # another sender (another computer of the team) is at it
        own = Message.get_or_none((Message.message_id == row.message_id)
                                  & (Message.direction == DIRECTION_OUT))  # fmt: skip
        if own is not None:
            _record_sent(row, appended=False, existing=own)
            report.recovered.append(row.id)
            continue
        if row.sent_at is None:
            logger.info("Outbox message %s was interrupted before it was handed over; "
                        "sending it again", row.id)  # fmt: skip
            _requeue(row, None, None)
            report.recovered.append(row.id)
            continue
        _resolve_handed_over(row, now, report, timeout)


def _resolve_handed_over(row: OutboxMessage, now: datetime, report: SendReport,
                         timeout: float) -> None:  # fmt: skip
    account = row.account
    if not account.server_saves_sent:
        # nothing on the server can tell whether it went: ask the seller, never resend
        _fail(row, UNCERTAIN_REASON, uncertain=True)
        report.uncertain.append(row.id)
        return
    if now - row.sent_at < SENT_GRACE:
        OutboxMessage.update(next_attempt_at=row.sent_at + SENT_GRACE).where(
            OutboxMessage.id == row.id).execute()  # fmt: skip
        return
    try:
        found = _in_sent_folder(account, row.message_id, timeout)
    except MailError as exc:
        if now - row.sent_at > CHECK_GIVE_UP:
            _fail(row, UNCERTAIN_REASON, uncertain=True)
            report.uncertain.append(row.id)
            return
        OutboxMessage.update(
            last_error="Checking whether this message went out: the Sent folder could not "
            f"be read ({exc.text()}). Seller Desk will check again.",
            next_attempt_at=utcnow() + _backoff(row.attempts),
        ).where(OutboxMessage.id == row.id).execute()
        report.errors[row.id] = exc.text()
        return
    if found:
        logger.info("Outbox message %s is in the Sent folder: it was delivered", row.id)
        _record_sent(row, appended=True)
    else:
        logger.info("Outbox message %s is not in the Sent folder: sending it again", row.id)
        _requeue(row, None, None)
    report.recovered.append(row.id)


# -- the SMTP conversation --


def _classify(exc: MailError, account: Account) -> bool:
    """True when a connection problem needs the seller (no retry can fix it)."""
    if exc.kind in PERMANENT_KINDS:
        return True
    if exc.kind == "server":
        cause = exc.__cause__
        if isinstance(cause, smtplib.SMTPResponseException) and cause.smtp_code >= 500:
            return True
        if not account.smtp_host:
            return True
    return False


def _send_queued(now: datetime, report: SendReport, timeout: float,
                 should_stop: Callable[[], bool]) -> None:  # fmt: skip
    from seller_desk.core.mail import connect

    due = list(
        OutboxMessage.select(OutboxMessage.id, OutboxMessage.account)
        .where((OutboxMessage.state == "queued")
               & (OutboxMessage.next_attempt_at.is_null()
                  | (OutboxMessage.next_attempt_at <= now)))
        .order_by(OutboxMessage.created_at, OutboxMessage.id)
        .tuples()
    )  # fmt: skip
    by_account: dict[int, list[int]] = {}
    for oid, aid in due:
        by_account.setdefault(aid, []).append(oid)
    for account_id, ids in by_account.items():
        account = Account.get_or_none(Account.id == account_id)
        if account is None:
            continue
        session: smtplib.SMTP | None = None
        try:
            for position, oid in enumerate(ids):
                if should_stop():
                    return
                row = _claim(oid, timeout, now)
                if row is None:
                    continue
                _checkpoint("claimed")
                if session is None:
                    try:
                        session = connect.open_smtp(account, timeout=timeout)
                    except MailError as exc:
                        _connection_failed(account, row, ids[position + 1 :], exc, report)
                        break
                    _no_delay(session)
                    _checkpoint("connected")
                try:
                    _transmit(session, row, timeout)
                except _Refused as exc:
                    if exc.permanent:
                        _fail(row, exc.words())
                        report.failed.append(row.id)
                    else:
                        _requeue(row, exc.words(), _backoff(row.attempts))
                        report.retrying.append(row.id)
                    report.errors[row.id] = exc.words()
                    try:
                        session.rset()
                    except (smtplib.SMTPException, OSError):
                        _drop(session)
                        session = None
                    continue
                except _Unknown as exc:
                    logger.warning("Connection lost after handing over message %s: %s",
                                   row.id, exc)  # fmt: skip
                    _drop(session)
                    session = None
                    _resolve_handed_over(_fresh(row), utcnow(), report, timeout)
                    continue
                except (smtplib.SMTPException, OSError) as exc:
                    # nothing was handed over: the server discards a message without its "."
                    words = connect.translate_error(
                        exc, host=account.smtp_host, port=account.smtp_port,
                        security=account.smtp_security, protocol="smtp").text()
                    _drop(session)
                    session = None
                    _requeue(row, words, _backoff(row.attempts))
                    report.retrying.append(row.id)
                    report.errors[row.id] = words
                    continue
                report.sent.append(row.id)
        finally:
            if session is not None:
                try:
                    session.quit()
                except (smtplib.SMTPException, OSError):
                    _drop(session)


def _fresh(row: OutboxMessage) -> OutboxMessage:
    return OutboxMessage.get_by_id(row.id)


def _drop(session: smtplib.SMTP) -> None:
    """Close a broken session."""
    try:
        session.close()
    except OSError:
        pass
    return None


def _connection_failed(account: Account, row: OutboxMessage, others: list[int],
                       exc: MailError, report: SendReport) -> None:  # fmt: skip
    words = exc.text()
    report.errors[row.id] = words
    if _classify(exc, account):
        _fail(row, words)
        report.failed.append(row.id)
        # the account's other messages would meet the same refusal: they wait for the fix
        for oid in others:
            claimed = OutboxMessage.update(state="sending").where(
                (OutboxMessage.id == oid) & (OutboxMessage.state == "queued")).execute()
            if claimed:
                _fail(OutboxMessage.get_by_id(oid), words)
                report.failed.append(oid)
        return
    delay = _backoff(row.attempts)
    _requeue(row, words, delay)
    report.retrying.append(row.id)
    # not now for the account's other messages either: the server is out of reach
    OutboxMessage.update(next_attempt_at=utcnow() + delay, last_error=words).where(
        OutboxMessage.id.in_(others) & (OutboxMessage.state == "queued")).execute()


def _no_delay(session: smtplib.SMTP) -> None:
    # the final "." goes in a write of its own (after the hand-over is recorded): without
    # TCP_NODELAY, Nagle's algorithm holds it until the server's delayed ACK, ~40 ms
    try:
        if session.sock is not None:
            session.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass


def _dot_stuffed(raw: bytes) -> bytes:
    # RFC 5321 4.5.2: a line starting with "." gets another one
    return re.sub(rb"(?m)^\.", b"..", raw)


def _transmit(session: smtplib.SMTP, row: OutboxMessage, timeout: float) -> None:
    """One message through an open session: MAIL, RCPT, DATA, then record it as sent."""
    code, resp = session.mail(row.sender)
    if code != 250:
        raise _Refused(code, _server_text(resp), "sender", row.sender)
    accepted = 0
    refused: _Refused | None = None
    for rcpt in row.recipients.split(","):
        code, resp = session.rcpt(rcpt)
        if code in (250, 251):
            accepted += 1
        elif refused is None or (code >= 500 and refused.code < 500):
            refused = _Refused(code, _server_text(resp), "recipient", rcpt)
    if refused is not None:
        # all or nobody: a partial send could not be retried without doubling
        raise refused
    _checkpoint("envelope")
    code, resp = session.docmd("DATA")
    if code != 354:
        raise _Refused(code, _server_text(resp), "data")
    session.send(_dot_stuffed(bytes(row.raw)))
    _checkpoint("body_sent")
    _hand_over(row, timeout)
    _checkpoint("handed_over")
    try:
        session.send(b".\r\n")
        code, resp = session.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise _Unknown(str(exc) or type(exc).__name__) from exc
    if code != 250:
        # a clear no after the whole message: not delivered
        OutboxMessage.update(sent_at=None).where(OutboxMessage.id == row.id).execute()
        raise _Refused(code, _server_text(resp), "data")
    _checkpoint("accepted")
    _record_sent(row, appended=False)
    _checkpoint("recorded")


# -- recording a sent message --


def _record_sent(row: OutboxMessage, *, appended: bool,
                 existing: Message | None = None) -> Message:  # fmt: skip
    """Mark ``row`` sent and give it its local Message, in one transaction."""
    at = utcnow()
    with database.atomic():
        n = OutboxMessage.update(
            state="sent", sent_at=at, last_error=None, next_attempt_at=None,
            appended_to_sent=appended,
        ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()
        if n != 1:
            raise RuntimeError(f"outbox message {row.id} changed state while being sent")
        message = existing or Message.get_or_none(Message.message_id == row.message_id)
        if message is None:
            message = _store_message(row, at)
        elif message.conversation_id is None and row.conversation_id:
            Message.update(conversation=row.conversation_id).where(
                Message.id == message.id).execute()  # fmt: skip
            message.conversation = row.conversation_id
        conv_id = message.conversation_id
        refreshed = False
        if conv_id is None:
            from seller_desk.core.mail import threads

            conv_id = threads.assign(message).id  # refreshes the conversation too
            message.conversation = conv_id
            refreshed = True
        if row.order_id and conv_id:
            ConversationOrder.insert(conversation=conv_id, order=row.order_id,
                                     linked_by="auto").on_conflict_ignore().execute()  # fmt: skip
        parent = message.in_reply_to
        if parent:
            Message.update(is_answered=True).where(
                (Message.message_id == parent) & (Message.direction != DIRECTION_OUT)
            ).execute()
            flags.queue_answered(parent)  # the server copy too: pushed after this run
        events.record(events.OUTBOX_SENT, at=at, conversation=conv_id, message=message,
                      order=row.order_id, outbox_id=row.id)  # fmt: skip
        events.record(events.MESSAGE_OUT, at=at, conversation=conv_id, message=message)
        if conv_id and not refreshed:
            conversations.refresh(conv_id)
    logger.info("Outbox message %s sent", row.id)
    return message


def _store_message(row: OutboxMessage, at: datetime) -> Message:
    """The local copy of a sent message, as the sync would store it from Sent."""
    from seller_desk.core.mail import headers as hdr
    from seller_desk.core.mail import mime
    from seller_desk.core.mail.html import sanitize
    from seller_desk.core.mail.store import snippet_of

    raw = bytes(row.raw)
    p = mime.parse(raw)
    html_body, remote = sanitize(p.html) if p.html else ("", False)
    visible = [a for a in p.attachments if not a.is_inline]
    in_reply_to = p.in_reply_to or (p.references[-1] if p.references else "")
    conv_id = row.conversation_id
    if conv_id is None and in_reply_to:
        parent = Message.get_or_none(Message.message_id == in_reply_to)
        conv_id = parent.conversation_id if parent is not None else None
    message = Message.create(
        account=row.account_id,
        conversation=conv_id,
        message_id=row.message_id,
        in_reply_to=in_reply_to,
        references=" ".join(p.references),
        sender_name=p.sender_name[:300],
        sender_email=(p.sender_email or row.sender)[:320],
        to_addrs=hdr.format_addresses(p.to),
        cc_addrs=hdr.format_addresses(p.cc),
        subject=p.subject,
        date=at,
        received_at=at,
        direction=DIRECTION_OUT,
        is_seen=True,
        is_auto=False,  # as the sync stores outgoing mail: the seller wrote it
        text_body=p.text,
        html_body=html_body,
        has_remote_content=remote,
        snippet=snippet_of(p.text),
        size=len(raw),
        has_attachments=bool(visible),
        body_fetched=True,
        raw=zlib.compress(raw, 6),
    )
    for a in p.attachments:
        Attachment.create(message=message, part=a.part, filename=a.filename,
                          content_type=a.content_type, size=a.size,
                          content_id=a.content_id, is_inline=a.is_inline)  # fmt: skip
    if conv_id is not None:
        _link_customer(conv_id, p.to)
    return message


def _link_customer(conv_id: int, to: list[tuple[str, str]]) -> None:
    conv = Conversation.get_or_none(Conversation.id == conv_id)
    if conv is None or conv.customer_id or not to:
        return
    address = CustomerAddress.get_or_none(CustomerAddress.email == to[0][1].lower())
    if address is not None:
        Conversation.update(customer=address.customer_id).where(
            Conversation.id == conv_id).execute()  # fmt: skip


# -- the copy in Sent --

_append_not_before: dict[int, datetime] = {}
_SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "INBOX/Sent", "Terkirim",
               "Dihantar")  # fmt: skip


def _sent_folder(client: Any, account: Account, create: bool) -> str | None:

    row = (Folder.select(Folder.name).where((Folder.account == account.id)
                                            & (Folder.role == "sent")).first())  # fmt: skip
    if row is not None:
        return str(row.name)
    special = client.find_special_folder(b"\\Sent")
    if special:
        return str(special)
    names = {str(name) for _flags, _delim, name in client.list_folders()}
    for candidate in _SENT_NAMES:
        if candidate in names:
            return candidate
    if not create:
        return None
    client.create_folder("Sent")
    return "Sent"


def _search_message_id(client: Any, folder: str, message_id: str) -> bool:
    client.select_folder(folder, readonly=True)
    if client.search(["HEADER", "Message-ID", f"<{message_id}>"]):
        return True
    return bool(client.search(["HEADER", "Message-ID", message_id]))


def _in_sent_folder(account: Account, message_id: str, timeout: float) -> bool:
    """Whether the account's Sent folder holds ``message_id``.

    Raises:
        MailError: the server cannot be asked.
    """
    import imapclient

    from seller_desk.core.mail import connect

    client = connect.open_imap(account, timeout=timeout)
    try:
        folder = _sent_folder(client, account, create=False)
        if folder is None:
            return False
        return _search_message_id(client, folder, message_id)
    except (imapclient.exceptions.IMAPClientError, OSError) as exc:
        raise connect.translate_error(exc, host=account.imap_host, port=account.imap_port,
                                      security=account.imap_security,
                                      protocol="imap") from exc  # fmt: skip
    finally:
        connect.close_imap(client)


def _file_copies(now: datetime, report: SendReport, timeout: float,
                 should_stop: Callable[[], bool]) -> None:  # fmt: skip
    import imapclient

    from seller_desk.core.mail import connect

    rows = list(
        OutboxMessage.select(OutboxMessage, Account)
        .join(Account)
        .where((OutboxMessage.state == "sent") & (OutboxMessage.appended_to_sent == False)  # noqa: E712
               & (Account.server_saves_sent == False)  # noqa: E712
               & (OutboxMessage.sent_at >= now - APPEND_GIVE_UP))
        .order_by(OutboxMessage.sent_at)
    )  # fmt: skip
    clients: dict[int, Any] = {}
    broken: set[int] = set()
    try:
        for row in rows:
            if should_stop():
                return
            if row.account_id in broken or _append_not_before.get(row.id, now) > now:
                continue
            try:
                client = clients.get(row.account_id)
                if client is None:
                    client = clients[row.account_id] = connect.open_imap(row.account,
                                                                         timeout=timeout)
                folder = _sent_folder(client, row.account, create=True)
                assert folder is not None
                if not _search_message_id(client, folder, row.message_id):
                    client.append(folder, bytes(row.raw), flags=(imapclient.SEEN,),
                                  msg_time=row.sent_at)  # fmt: skip
                _checkpoint("appended")
                OutboxMessage.update(appended_to_sent=True).where(
                    OutboxMessage.id == row.id).execute()  # fmt: skip
                _append_not_before.pop(row.id, None)
                report.filed.append(row.id)
            except (MailError, imapclient.exceptions.IMAPClientError, OSError) as exc:
                words = exc.text() if isinstance(exc, MailError) else str(exc)
                logger.warning("Could not file message %s in Sent: %s", row.id, words)
                _append_not_before[row.id] = now + APPEND_RETRY
                broken.add(row.account_id)
                bad = clients.pop(row.account_id, None)
                if bad is not None:
                    connect.close_imap(bad)
    finally:
        for client in clients.values():
            connect.close_imap(client)


# --- the background sender ---------------------------------------------------------


class OutboxWorker:
    """Sends the outbox on its own thread; wakes at once when something is queued.

    Args:
        on_report: called (on the worker thread) with each :class:`SendReport` that
            changed something; the interface turns it into a signal.
        poll_seconds: the longest sleep between two looks at the outbox.
        auto_emails: also queue the automatic status emails that became due
            (:func:`seller_desk.core.auto_email.run_pending`), once per ``poll_seconds``:
            one held for a missing tracking number goes as soon as it is typed in.
    """

    def __init__(self, on_report: Callable[[SendReport], None] | None = None,
                 poll_seconds: float = 60.0, timeout: float = SEND_TIMEOUT,
                 auto_emails: bool = True) -> None:  # fmt: skip
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
                except Exception:  # noqa: BLE001 - a bug must not stop the outbox for good
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
                    except Exception:  # noqa: BLE001 - the listener's bug is not ours
                        logger.exception("An outbox listener failed")
        finally:
            try:
                database.close()  # this thread's connection
            except Exception:  # noqa: BLE001 - closing at exit is best effort
                pass

    def _scan_auto_emails(self) -> None:
        if not self.auto_emails or time.monotonic() - self._last_scan < self.poll_seconds:
            return
        self._last_scan = time.monotonic()
        try:
            from seller_desk.core import auto_email

            auto_email.run_pending()
        except Exception:  # noqa: BLE001 - the outbox must keep sending whatever happens
            logger.exception("The automatic status emails could not be checked")

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
           .where(OutboxMessage.state.in_(["queued", "sending"])).scalar())  # fmt: skip
    pending_now = OutboxMessage.select().where(
        (OutboxMessage.state == "queued") & OutboxMessage.next_attempt_at.is_null()).exists()
    if pending_now:
        return utcnow()
    if row is None:
        return None
    from seller_desk.core.fields import UtcDateTimeField

    return UtcDateTimeField().python_value(row)


__all__ = [
    "BACKOFF",
    "STEPS",
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
