"""Derived state of a conversation, recomputed from its stored messages.

The reply clock follows ../DESIGN's definition: a conversation waits on the seller from its
oldest customer message that no seller reply has followed. Automatic mail (notifications,
auto-replies) and notes neither start nor stop it. Because everything is computed from
stored timestamps, the figures are right after sleep, offline, or with the app closed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from seller_desk.core.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Conversation,
    Message,
    database,
)


@dataclass(frozen=True)
class MessageFacts:
    """What the clock needs to know about one message."""

    date: datetime
    direction: str
    is_auto: bool


@dataclass(frozen=True)
class ClockState:
    first_customer_at: datetime | None
    first_reply_at: datetime | None
    waiting_since: datetime | None
    last_customer_at: datetime | None
    last_reply_at: datetime | None


def clock_state(messages: Iterable[MessageFacts]) -> ClockState:
    """Compute the clock fields from messages in any order.

    Messages at the same instant are taken customer-first, so a reply stamped in the same
    second as the question still answers it.
    """
    ordered = sorted(messages, key=lambda m: (m.date, m.direction != DIRECTION_IN))
    first_customer = first_reply = waiting = last_customer = last_reply = None
    for m in ordered:
        if m.direction == DIRECTION_IN:
            if m.is_auto:
                continue
            if first_customer is None:
                first_customer = m.date
            if waiting is None:
                waiting = m.date
            last_customer = m.date
        elif m.direction == DIRECTION_OUT:
            last_reply = m.date
            if first_customer is not None and first_reply is None:
                first_reply = m.date
            waiting = None
    return ClockState(first_customer, first_reply, waiting, last_customer, last_reply)


def refresh(conversation: Conversation | int) -> Conversation:
    """Recompute and save every derived field of ``conversation`` from its messages."""
    conv = (
        conversation
        if isinstance(conversation, Conversation)
        else Conversation.get_by_id(conversation)
    )
    rows = list(
        Message.select(
            Message.date,
            Message.received_at,
            Message.direction,
            Message.is_auto,
            Message.is_seen,
            Message.snippet,
            Message.sender_name,
            Message.sender_email,
            Message.has_attachments,
            Message.subject,
        )
        .where(Message.conversation == conv.id)
        .order_by(Message.date)
    )
    facts = [
        MessageFacts(m.date or m.received_at, m.direction, m.is_auto)
        for m in rows
        if (m.date or m.received_at) is not None and m.direction in (DIRECTION_IN, DIRECTION_OUT)
    ]
    state = clock_state(facts)
    conv.first_customer_at = state.first_customer_at
    conv.first_reply_at = state.first_reply_at
    conv.waiting_since = state.waiting_since
    conv.last_customer_at = state.last_customer_at
    conv.last_reply_at = state.last_reply_at
    conv.message_count = len(rows)
    conv.unread_count = sum(1 for m in rows if m.direction == DIRECTION_IN and not m.is_seen)
    conv.has_attachments = any(m.has_attachments for m in rows)
    conv.is_auto = bool(rows) and all(m.is_auto for m in rows if m.direction == DIRECTION_IN)
    if rows:
        latest = max(rows, key=lambda m: m.date or m.received_at)
        conv.last_activity_at = latest.date or latest.received_at
        conv.snippet = latest.snippet
        conv.last_sender = latest.sender_name or latest.sender_email
        if not conv.subject:
            conv.subject = rows[0].subject
        customers = [m for m in rows if m.direction == DIRECTION_IN and not m.is_auto]
        if customers and not conv.counterpart_email:
            conv.counterpart_email = customers[0].sender_email
    # a customer writing again re-opens a closed or snoozed-until-reply conversation
    if conv.waiting_since is not None and conv.last_customer_at is not None:
        if conv.status == "waiting_customer" or (
            conv.status == "closed"
            and conv.resolved_at is not None
            and conv.last_customer_at > conv.resolved_at
        ):
            conv.status = "open"
            conv.resolved_at = None
        if conv.snooze_until_reply:
            conv.snooze_until_reply = False
            conv.snoozed_until = None
    with database.atomic():
        conv.save()
    return conv
