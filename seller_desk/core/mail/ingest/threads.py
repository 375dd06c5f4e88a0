"""Grouping messages into conversations.

A message joins the conversation of any message it refers to (References, In-Reply-To) or
that refers to it (a reply stored before its original: the first sync goes newest first).
Without such a link, a message joins a conversation with the same normalised subject only
when they share a participant (the customer's address) and lie within
:data:`SUBJECT_WINDOW` of each other, so "Order question" from two customers, or from the
same customer a year apart, stays apart. Automatic mail never joins by subject.

When one message links two conversations (the original of two replies that were stored
first), they are merged into the older one.

The sync resolves a whole batch at once (:func:`resolve_batch`, a few queries per batch);
:func:`assign` does the same for one stored message.

What follows from stored mail belongs to higher layers, which hear of it through the event
log: :func:`refresh_many` announces the conversations whose messages changed (their clocks
are recomputed), :func:`after_stored` the new messages (customers and orders are linked).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import peewee

from seller_desk.core.mail.parse import headers as hdr
from seller_desk.core.store import events, locks
from seller_desk.core.store.bulk import chunks, insert_returning_ids
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Draft,
    Event,
    Message,
    Note,
    OutboxMessage,
    Reminder,
    database,
)

logger = logging.getLogger(__name__)

SUBJECT_WINDOW = timedelta(days=21)

_PREFIX = re.compile(
    r"^\s*(?:(?:re|r|fw|fwd|aw|wg|sv|vs|antw|tr|rif|ref|odp|bls|balas|jawab|fyi|tindakan)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{0,40}\]\s*)+",
    re.IGNORECASE,
)
_REPLY_MARK = re.compile(r"^\s*(?:re|aw|sv|vs|antw|odp|bls|balas)\s*(?:\[\d+\])?\s*[:：]", re.I)


def subject_key(subject: str) -> str:
    """The subject without Re:/Fwd:/Balas: prefixes and [tags], lower-case, for matching."""
    key = _PREFIX.sub("", subject or "")
    return " ".join(key.lower().split())[:300]


@dataclass
class ThreadInput:
    """What threading needs to know about one message (stored or about to be)."""

    key: str  # its Message-ID (or stand-in)
    refs: list[str]
    in_reply_to: str
    subject: str
    date: datetime | None
    direction: str
    is_auto: bool
    account_id: int | None
    sender_email: str
    recipients: list[str] = field(default_factory=list)
    message_pk: int | None = None  # set for an already stored message

    @property
    def participants(self) -> set[str]:
        if self.direction == DIRECTION_IN:
            return {self.sender_email} if self.sender_email else set()
        return {r for r in self.recipients if r}

    @property
    def counterpart(self) -> str:
        if self.direction == DIRECTION_IN:
            return self.sender_email
        return self.recipients[0] if self.recipients else ""


@dataclass
class BatchThreads:
    """Result of :func:`resolve_batch`: a conversation id per input, and what changed."""

    conversation_ids: list[int]
    new_conversation_ids: set[int]
    touched_conversation_ids: set[int]


class _Groups:
    """Union-find over batch positions."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_batch(items: list[ThreadInput]) -> BatchThreads:
    """Choose (creating where needed) the conversation of each message of a batch.

    Must run inside the caller's transaction; creates conversations and merges them, but
    does not store the messages or refresh the conversations.
    """
    n = len(items)
    groups = _Groups(n)
    by_key: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.key:
            if item.key in by_key:
                groups.union(by_key[item.key], i)
            else:
                by_key[item.key] = i
    all_refs: set[str] = set()
    for i, item in enumerate(items):
        for ref in item.refs:
            j = by_key.get(ref)
            if j is not None:
                groups.union(i, j)
            else:
                all_refs.add(ref)
    exclude = [it.message_pk for it in items if it.message_pk is not None]
    found: dict[int, set[int]] = {}  # group root -> conversation ids linked to it
    # stored messages this batch refers to
    ref_conv: dict[str, int] = {}
    for part in chunks(sorted(all_refs)):
        q = Message.select(Message.message_id, Message.conversation).where(
            Message.message_id.in_(list(part)), Message.conversation.is_null(False))
        if exclude:
            q = q.where(Message.id.not_in(exclude))
        for mid, conv in q.tuples():
            ref_conv.setdefault(mid, conv)
    # stored messages that answer a message of this batch
    child_conv: dict[str, set[int]] = {}
    keys = [k for k in by_key]
    for part in chunks(keys):
        q = Message.select(Message.in_reply_to, Message.conversation).where(
            Message.in_reply_to.in_(list(part)), Message.conversation.is_null(False))
        if exclude:
            q = q.where(Message.id.not_in(exclude))
        for irt, conv in q.tuples():
            child_conv.setdefault(irt, set()).add(conv)
    for i, item in enumerate(items):
        root = groups.find(i)
        convs = found.setdefault(root, set())
        for ref in item.refs:
            if ref in ref_conv:
                convs.add(ref_conv[ref])
        convs.update(child_conv.get(item.key, ()))
    # no link by id: the same subject, the same customer, close in time
    _subject_fallback(items, groups, found)
    result: list[int] = [0] * n
    new_ids: set[int] = set()
    touched: set[int] = set()
    roots = sorted({groups.find(i) for i in range(n)})
    need_new = [r for r in roots if not found.get(r)]
    members: dict[int, list[ThreadInput]] = {}
    for i, item in enumerate(items):
        members.setdefault(groups.find(i), []).append(item)
    created = _create_conversations([_seed(members[r]) for r in need_new])
    for root, cid in zip(need_new, created, strict=True):
        found[root] = {cid}
        new_ids.add(cid)
    for root in roots:
        convs = found[root]
        target = min(convs)
        if len(convs) > 1:
            merge_conversations(target, sorted(convs - {target}))
        if target not in new_ids:
            touched.add(target)
        found[root] = {target}
    for i in range(n):
        result[i] = next(iter(found[groups.find(i)]))
    return BatchThreads(result, new_ids, touched)


def _subject_fallback(items: list[ThreadInput], groups: _Groups,
                      found: dict[int, set[int]]) -> None:  # fmt: skip
    """Join unlinked groups by subject, participant and time (in the batch and stored)."""
    pending: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        root = groups.find(i)
        if found.get(root) or item.is_auto:
            continue
        key = subject_key(item.subject)
        if key:
            pending.setdefault(key, []).append(i)
    if not pending:
        return
    # within the batch first: oldest first, each joins an earlier close one
    for members in pending.values():
        members.sort(key=lambda i: (items[i].date is None, items[i].date or 0))
        for a_pos, a in enumerate(members):
            for b in members[:a_pos]:
                if groups.find(a) == groups.find(b):
                    continue
                if _close(items[a], items[b]):
                    ra, rb = groups.find(a), groups.find(b)
                    groups.union(a, b)
                    merged = found.pop(ra, set()) | found.pop(rb, set())
                    found[groups.find(a)] = merged
                    break
    # then stored conversations with that subject
    keys = list(pending)
    # a stored conversation can only take a message one of whose participants it is with:
    # the others need no date span (common subjects have many conversations)
    participants: set[str] = set()
    for members in pending.values():
        for i in members:
            participants |= items[i].participants
    candidates: dict[str, list[tuple[int, str, datetime | None, datetime | None]]] = {}
    for part in chunks(keys):
        rows = (
            Conversation.select(Conversation.id, Conversation.subject_key,
                                Conversation.counterpart_email)  # fmt: skip
            .where(Conversation.subject_key.in_(list(part)))
            .tuples()
        )
        conv_rows = [r for r in rows if r[2] and r[2].lower() in participants]
        if not conv_rows:
            continue
        spans = _date_spans([r[0] for r in conv_rows])
        for cid, skey, counterpart in conv_rows:
            lo, hi = spans.get(cid, (None, None))
            candidates.setdefault(skey, []).append((cid, counterpart.lower(), lo, hi))
    for key, members in pending.items():
        for i in members:
            root = groups.find(i)
            if found.get(root):
                continue
            item = items[i]
            for cid, counterpart, lo, hi in sorted(candidates.get(key, ()), key=lambda c: -c[0]):
                if counterpart and counterpart not in item.participants:
                    continue
                if not counterpart:
                    continue
                if item.date is not None and lo is not None and hi is not None:
                    if item.date < lo - SUBJECT_WINDOW or item.date > hi + SUBJECT_WINDOW:
                        continue
                found[root] = {cid}
                break


def _close(a: ThreadInput, b: ThreadInput) -> bool:
    if not (a.participants & b.participants):
        return False
    if a.date is None or b.date is None:
        return True
    return abs(a.date - b.date) <= SUBJECT_WINDOW


def _date_spans(conv_ids: list[int]) -> dict[int, tuple[datetime | None, datetime | None]]:
    rows = (
        Message.select(Message.conversation, peewee.fn.MIN(Message.date),
                       peewee.fn.MAX(Message.date))  # fmt: skip
        .where(Message.conversation.in_(conv_ids))
        .group_by(Message.conversation)
        .tuples()
    )
    field_ = Message.date
    return {cid: (field_.python_value(lo), field_.python_value(hi)) for cid, lo, hi in rows}


def _seed(group: list[ThreadInput]) -> dict[str, Any]:
    members = sorted(group, key=lambda it: (it.date is None, it.date or 0))
    first = members[0]
    customer = next((m for m in members if m.direction == DIRECTION_IN and not m.is_auto), None)
    counterpart = (customer or first).counterpart
    return {
        "subject": first.subject[:2000],
        "subject_key": subject_key(first.subject),
        "account": first.account_id,
        "counterpart_email": counterpart[:320],
        "last_activity_at": max((m.date for m in members if m.date), default=None),
    }


def _create_conversations(rows: list[dict[str, Any]]) -> list[int]:
    """Insert conversations; ids in the order of ``rows``."""
    if not rows:
        return []
    return insert_returning_ids(Conversation, rows)


def merge_conversations(target: int, others: Sequence[int]) -> None:
    """Move everything of ``others`` into conversation ``target`` and delete them."""
    if not others:
        return
    others = list(others)
    logger.info("Merging conversations %s into %s", others, target)
    with database.atomic():
        locks.hold_mail_lock()
        Message.update(conversation=target).where(Message.conversation.in_(others)).execute()
        for model in (Note, Reminder, Draft, OutboxMessage):
            model.update(conversation=target).where(model.conversation.in_(others)).execute()
        for model, unique in ((ConversationTag, ("tag", "product")),
                              (ConversationOrder, ("order",))):  # fmt: skip
            for row in model.select().where(model.conversation.in_(others)):
                clash = model.select().where(
                    model.conversation == target,
                    *[getattr(model, f) == getattr(row, f"{f}_id" if f == "order" else f)
                      for f in unique],
                ).exists()  # fmt: skip
                if clash:
                    row.delete_instance()
                else:
                    model.update(conversation=target).where(model.id == row.id).execute()
        Event.update(conversation_id=target).where(Event.conversation_id.in_(others)).execute()
        Conversation.delete().where(Conversation.id.in_(others)).execute()


def refresh_many(conv_ids: set[int] | list[int]) -> None:
    """Have the derived fields of each conversation recomputed (the reply clock, counts ...).

    Runs inside the caller's transaction; the conversations layer does the work.
    """
    if conv_ids:
        with database.atomic():
            # two refreshes of one conversation at once could save the older picture last
            locks.hold_mail_lock()
            events.announce(events.CONVERSATIONS_CHANGED, required=True, ids=sorted(conv_ids))


def after_stored(messages: list[Message]) -> None:
    """Announce newly stored messages (the shop links them to customers and orders)."""
    if messages:
        events.announce(events.MESSAGES_STORED, required=True, messages=messages)


def input_for(message: Message) -> ThreadInput:
    """The threading facts of a stored message."""

    refs = message.references.split() if message.references else []
    if message.in_reply_to and message.in_reply_to not in refs:
        refs.append(message.in_reply_to)
    recipients = [a for _, a in hdr.parse_addresses(f"{message.to_addrs}, {message.cc_addrs}")]
    return ThreadInput(
        key=message.message_id, refs=refs, in_reply_to=message.in_reply_to,
        subject=message.subject, date=message.date or message.received_at,
        direction=message.direction, is_auto=message.is_auto,
        account_id=message.account_id, sender_email=message.sender_email.lower(),
        recipients=recipients, message_pk=message.id,
    )  # fmt: skip


def assign(message: Message) -> Conversation:
    """Put a stored message into its conversation, refresh it, and run the linking."""
    with database.atomic():
        locks.hold_mail_lock()
        batch = resolve_batch([input_for(message)])
        cid = batch.conversation_ids[0]
        old = message.conversation_id
        if old != cid:
            Message.update(conversation=cid).where(Message.id == message.id).execute()
            message.conversation = cid
        refresh_many({cid} | ({old} if old and old != cid and
                              Conversation.get_or_none(Conversation.id == old) else set()))
    after_stored([message])
    return Conversation.get_by_id(cid)


def is_reply_subject(subject: str) -> bool:
    return bool(_REPLY_MARK.match(subject or ""))
