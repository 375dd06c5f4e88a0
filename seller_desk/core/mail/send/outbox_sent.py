"""The outbox's recovery of interrupted sends, and its copy of each sent message in the
account's Sent folder (see :mod:`outbox` for the rules both follow)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import peewee

from seller_desk.core.mail.connection import connect
from seller_desk.core.mail.errors import MailError
from seller_desk.core.mail.send import outbox_records as records
from seller_desk.core.mail.send.outbox_records import (
    APPEND_GIVE_UP,
    APPEND_RETRY,
    CHECK_GIVE_UP,
    FIRST_LOOK,
    RELOOK,
    SENT_GRACE,
    UNCERTAIN_REASON,
    SendReport,
    backoff,
    fail,
    record_sent,
    requeue,
)
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import DIRECTION_OUT, Account, Folder, Message, OutboxMessage

logger = logging.getLogger("seller_desk.core.mail.send.outbox")


# --- recovery ---------------------------------------------------------------------------


def recover(now: datetime, exclusive: bool, report: SendReport, timeout: float) -> None:
    rows = list(OutboxMessage.select().where(OutboxMessage.state == "sending"))
    for row in rows:
        lease_over = row.next_attempt_at is None or row.next_attempt_at <= now
        if not (exclusive or lease_over):
            continue  # another sender (another computer of the team) is at it
        own = Message.get_or_none((Message.message_id == row.message_id)
                                  & (Message.direction == DIRECTION_OUT))
        if own is not None:
            record_sent(row, appended=False, existing=own)
            report.recovered.append(row.id)
            continue
        if row.sent_at is None:
            logger.info("Outbox message %s was interrupted before it was handed over; "
                        "sending it again", row.id)
            requeue(row, None, None)
            report.recovered.append(row.id)
            continue
        resolve_handed_over(row, now, report, timeout)
    _complete_accepted(now, exclusive, report)


#: a live sender records its local copy within milliseconds of the server's yes; one found
#: without it after this long was cut short (a crash, a kill) and is completed here
_RECORD_CUT_SHORT = timedelta(seconds=60)


def _complete_accepted(now: datetime, exclusive: bool, report: SendReport) -> None:
    """Messages the server accepted whose local copy and events a crash cut short."""
    sent_before = now if exclusive else now - _RECORD_CUT_SHORT
    has_copy = Message.select(Message.id).where(Message.message_id == OutboxMessage.message_id)
    rows = OutboxMessage.select().where(
        (OutboxMessage.state == "sent") & (OutboxMessage.sent_at <= sent_before)
        & (OutboxMessage.sent_at >= now - timedelta(days=7)) & ~peewee.fn.EXISTS(has_copy))
    for row in rows:
        logger.info("Outbox message %s was accepted by the server; recording it", row.id)
        record_sent(row, appended=False)
        report.recovered.append(row.id)


def resolve_handed_over(row: OutboxMessage, now: datetime, report: SendReport,
                         timeout: float) -> None:
    account = row.account
    if not account.server_saves_sent:
        # nothing on the server can tell whether it went: ask the seller, never resend
        fail(row, UNCERTAIN_REASON, uncertain=True)
        report.uncertain.append(row.id)
        return
    age = now - row.sent_at
    if age < FIRST_LOOK:
        _look_again(row, row.sent_at + FIRST_LOOK)
        return
    try:
        found = _in_sent_folder(account, row.message_id, timeout)
    except MailError as exc:
        if age < SENT_GRACE:
            _look_again(row, min(row.sent_at + SENT_GRACE, now + RELOOK))
            return
        if now - row.sent_at > CHECK_GIVE_UP:
            fail(row, UNCERTAIN_REASON, uncertain=True)
            report.uncertain.append(row.id)
            return
        OutboxMessage.update(
            last_error="Checking whether this message went out: the Sent folder could not "
            f"be read ({exc.text()}). Seller Desk will check again.",
            next_attempt_at=utcnow() + backoff(row.attempts),
        ).where(OutboxMessage.id == row.id).execute()
        report.errors[row.id] = exc.text()
        return
    if found:
        logger.info("Outbox message %s is in the Sent folder: it was delivered", row.id)
        record_sent(row, appended=True)
    elif age < SENT_GRACE:
        # not filed (yet): a provider may take a moment; only the grace decides "not sent"
        _look_again(row, min(row.sent_at + SENT_GRACE, now + RELOOK))
        return
    else:
        logger.info("Outbox message %s is not in the Sent folder: sending it again", row.id)
        requeue(row, None, None)
    report.recovered.append(row.id)


def _look_again(row: OutboxMessage, at: datetime) -> None:
    OutboxMessage.update(next_attempt_at=at).where(OutboxMessage.id == row.id).execute()


# --- the copy in Sent -------------------------------------------------------------------

#: outbox id -> when its copy may be tried again after a failed APPEND
_append_not_before: dict[int, datetime] = {}
_SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "INBOX/Sent", "Terkirim",
               "Dihantar")


def _sent_folder(client: Any, account: Account, create: bool) -> str | None:

    row = (Folder.select(Folder.name).where((Folder.account == account.id)
                                            & (Folder.role == "sent")).first())
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


    client = connect.open_imap(account, timeout=timeout)
    try:
        folder = _sent_folder(client, account, create=False)
        if folder is None:
            return False
        return _search_message_id(client, folder, message_id)
    except (imapclient.exceptions.IMAPClientError, OSError) as exc:
        raise connect.imap_error(exc, account) from exc
    finally:
        connect.close_imap(client)


def file_copies(now: datetime, report: SendReport, timeout: float,
                 should_stop: Callable[[], bool]) -> None:
    import imapclient


    rows = list(
        OutboxMessage.select(OutboxMessage, Account)
        .join(Account)
        .where((OutboxMessage.state == "sent") & (OutboxMessage.appended_to_sent == False)  # noqa: E712
               & (Account.server_saves_sent == False)  # noqa: E712
               # the demo's stand-in has no Sent folder: the local copy is the record
               & (Account.simulated == False)  # noqa: E712
               & (OutboxMessage.sent_at >= now - APPEND_GIVE_UP))
        .order_by(OutboxMessage.sent_at)
    )
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
                                  msg_time=row.sent_at)
                records.checkpoint("appended")
                OutboxMessage.update(appended_to_sent=True).where(
                    OutboxMessage.id == row.id).execute()
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


