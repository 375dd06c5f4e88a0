"""What the outbox writes: its settings, each state change of a message in one commit,
and the local copy of a message once sent.

The life of a message and how "exactly once" is kept are told in :mod:`outbox`; the SMTP
conversation is in :mod:`outbox_smtp`, recovery and the copy in Sent in :mod:`outbox_sent`.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from seller_desk.core.mail.imap import flags
from seller_desk.core.mail.ingest import threads
from seller_desk.core.mail.parse import headers as hdr
from seller_desk.core.mail.parse import mime
from seller_desk.core.mail.parse.classify import is_auto_submitted
from seller_desk.core.mail.parse.derived import snippet_of
from seller_desk.core.mail.parse.html import sanitize
from seller_desk.core.store import events, locks
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_OUT,
    Attachment,
    Conversation,
    ConversationOrder,
    CustomerAddress,
    Message,
    OutboxMessage,
    database,
)

logger = logging.getLogger("seller_desk.core.mail.send.outbox")

SEND_TIMEOUT = 60.0  # seconds for each SMTP/IMAP network operation
#: delay before the next try after a temporary problem, by attempt; then the last one
BACKOFF = (30, 60, 120, 300, 600, 1200, 1800)
#: a provider that files sent mail itself has done so this long after accepting it
SENT_GRACE = timedelta(minutes=2)
#: an interrupted hand-over to a provider that files sent mail: its Sent folder is first
#: searched this soon, then every RELOOK until SENT_GRACE (found: delivered, at once)
FIRST_LOOK = timedelta(seconds=10)
RELOOK = timedelta(seconds=20)
APPEND_RETRY = timedelta(minutes=5)
APPEND_GIVE_UP = timedelta(days=7)
#: give up checking the Sent folder of a handed-over message after this long
CHECK_GIVE_UP = timedelta(days=1)
#: a mailbox whose sign-in ended keeps its messages queued; they are looked at again this
#: often (signing in again releases them at once, see outbox.retry_all)
SIGN_IN_WAIT = timedelta(minutes=5)
#: problems no retry can fix: the message waits for the seller
PERMANENT_KINDS = frozenset({"auth", "tls", "certificate_untrusted", "insecure_refused",
                             "no_password"})

UNCERTAIN_REASON = (
    "Seller Desk was interrupted while handing this message to the mail server, so it may "
    "already have reached the recipient. Check with them (or your Sent folder on the web); "
    "choose Retry only if it did not arrive, or Cancel if it did."
)

#: the steps of one send, in order (for tests that stop the process at each one)
STEPS = ("claimed", "connected", "envelope", "body_sent", "handed_over", "accepted",
         "recorded", "appended")


def checkpoint(step: str) -> None:
    """Called at each of :data:`STEPS` (as ``records.checkpoint``, so tests can replace it
    to kill the process there); does nothing."""


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
                    or self.recovered or self.filed)


def lease(timeout: float, size: int) -> timedelta:
    # long enough for a live sender to finish: a few network timeouts, plus the upload of
    # the message on a slow line (20 kB/s)
    return timedelta(seconds=4 * timeout + size / 20_000)


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1])


# --- state changes (each one commit) ---------------------------------------------------


def requeue(row: OutboxMessage, reason: str | None, delay: timedelta | None) -> None:
    OutboxMessage.update(
        state="queued", last_error=reason, sent_at=None,
        next_attempt_at=(utcnow() + delay) if delay else None,
    ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()


def fail(row: OutboxMessage, reason: str, *, uncertain: bool = False) -> None:
    with database.atomic():
        OutboxMessage.update(
            state="failed", last_error=reason, next_attempt_at=None,
            sent_at=row.sent_at if uncertain else None,
        ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()
        events.record(events.OUTBOX_FAILED, conversation=row.conversation_id,
                      order=row.order_id, outbox_id=row.id, reason=reason[:500],
                      uncertain=uncertain)
    logger.warning("Outbox message %s failed%s: %s", row.id,
                   " (may have been delivered)" if uncertain else "", reason)


def claim(row_id: int, timeout: float, now: datetime) -> OutboxMessage | None:
    row = OutboxMessage.get_or_none(OutboxMessage.id == row_id)
    if row is None:
        return None
    until = utcnow() + lease(timeout, len(row.raw))
    n = OutboxMessage.update(
        state="sending", attempts=OutboxMessage.attempts + 1, next_attempt_at=until,
        sent_at=None,
    ).where(
        (OutboxMessage.id == row_id) & (OutboxMessage.state == "queued")
        & (OutboxMessage.next_attempt_at.is_null() | (OutboxMessage.next_attempt_at <= now))
    ).execute()
    if n != 1:
        return None
    return OutboxMessage.get_by_id(row_id)


def hand_over(row: OutboxMessage, timeout: float) -> None:
    at = utcnow()
    OutboxMessage.update(
        sent_at=at, next_attempt_at=at + lease(timeout, 0)
    ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()
    row.sent_at = at


# --- recording a sent message ---------------------------------------------------------


def mark_accepted(row: OutboxMessage) -> None:
    """Record the server's 250 at once, in the smallest commit there is.

    Until this commit a crash leaves the message "may have reached the customer"; the
    local copy, the conversation's clock and the events follow in :func:`record_sent`,
    which a restart completes for a message found "sent" without them.
    """
    at = utcnow()
    n = OutboxMessage.update(
        state="sent", sent_at=at, last_error=None, next_attempt_at=None,
    ).where((OutboxMessage.id == row.id) & (OutboxMessage.state == "sending")).execute()
    if n != 1:
        raise RuntimeError(f"outbox message {row.id} changed state while being sent")
    row.state, row.sent_at = "sent", at


def record_sent(row: OutboxMessage, *, appended: bool,
                 existing: Message | None = None) -> Message:
    """Mark ``row`` sent (if :func:`mark_accepted` did not) and give it its local Message,
    the conversation's clock and the events, in one transaction."""
    at = row.sent_at if row.state == "sent" and row.sent_at else utcnow()
    with database.atomic():
        locks.hold_mail_lock()  # a sync may be storing this message's copy in Sent right now
        n = OutboxMessage.update(
            state="sent", sent_at=at, last_error=None, next_attempt_at=None,
            appended_to_sent=OutboxMessage.appended_to_sent | appended,
        ).where((OutboxMessage.id == row.id)
                & OutboxMessage.state.in_(("sending", "sent"))).execute()
        if n != 1:
            raise RuntimeError(f"outbox message {row.id} changed state while being sent")
        message = existing or Message.get_or_none(Message.message_id == row.message_id)
        if message is None:
            message = _store_message(row, at)
        elif message.conversation_id is None and row.conversation_id:
            Message.update(conversation=row.conversation_id).where(
                Message.id == message.id).execute()
            message.conversation = row.conversation_id
        conv_id = message.conversation_id
        refreshed = False
        if conv_id is None:

            conv_id = threads.assign(message).id  # refreshes the conversation too
            message.conversation = conv_id
            refreshed = True
        if row.order_id and conv_id:
            ConversationOrder.insert(conversation=conv_id, order=row.order_id,
                                     linked_by="auto").on_conflict_ignore().execute()
        parent = message.in_reply_to
        if parent:
            Message.update(is_answered=True).where(
                (Message.message_id == parent) & (Message.direction != DIRECTION_OUT)
            ).execute()
            flags.queue_answered(parent)  # the server copy too: pushed after this run
        events.record(events.OUTBOX_SENT, at=at, conversation=conv_id, message=message,
                      order=row.order_id, outbox_id=row.id)
        events.record(events.MESSAGE_OUT, at=at, conversation=conv_id, message=message)
        if conv_id and not refreshed:
            threads.refresh_many({conv_id})
    logger.info("Outbox message %s sent", row.id)
    return message


def _store_message(row: OutboxMessage, at: datetime) -> Message:
    """The local copy of a sent message, as the sync would store it from Sent."""

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
        # as the sync stores outgoing mail: automatic only when it says so (status emails)
        is_auto=is_auto_submitted(p.fields),
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
                          content_id=a.content_id, is_inline=a.is_inline)
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
            Conversation.id == conv_id).execute()


