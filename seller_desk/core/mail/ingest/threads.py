"""Grouping messages into conversations.

A message joins the conversation of any message it refers to (References, In-Reply-To) or
that refers to it (a reply stored before its original: the first sync goes newest first;
found by its In-Reply-To, or further up its References through :class:`MessageReference`,
so a missing message in between does not split the thread).
Without such a link, a message joins a conversation with the same normalised subject only
when they share a participant (the customer's address) and lie within
:data:`SUBJECT_WINDOW` of each other, so "Order question" from two customers, or from the
same customer a year apart, stays apart. Automatic mail never joins by subject.

When one message links two conversations (the original of two replies that were stored
first), they are merged into the older one.

The sync resolves a whole batch at once (:func:`resolve_batch`, a few queries per batch),
and the result is the one storing its messages one at a time would give: how the mail is
cut into batches never changes a conversation (tests/unit/test_threading_properties.py).
:func:`assign` does the same for one stored message.

What follows from stored mail belongs to higher layers, which hear of it through the event
log: :func:`refresh_many` announces the conversations whose messages changed (their clocks
are recomputed), :func:`after_stored` the new messages (customers and orders are linked).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from seller_desk.core.store import events, locks
from seller_desk.core.store.bulk import (
    Listed,
    bulk_insert,
    chunks,
    collector_paused,
    insert_returning_ids,
    marks,
    run,
)
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
    StaleConversation,
    database,
)

logger = logging.getLogger(__name__)

SUBJECT_WINDOW = timedelta(days=21)


def subject_key(subject: str) -> str:
    """The subject without Re:/Fwd:/Balas: prefixes and [tags], lower-case, for matching
    (the prefixes are those of :mod:`seller_desk.core.mail.parse.subjects`)."""
    from seller_desk.core.mail.parse import derived  # the parsers: only with new mail

    return derived.subject_key(subject)


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
    #: :func:`subject_key` of ``subject``; worked out here unless the parser made it
    subject_key: str | None = None

    def __post_init__(self) -> None:
        if self.subject_key is None:
            self.subject_key = subject_key(self.subject)

    @property
    def skey(self) -> str:
        """The subject key (always set once the input is made)."""
        return self.subject_key or ""

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


_NEW = 1 << 62  # conversations a batch creates are numbered from here until they exist

Span = tuple[datetime | None, datetime | None]


class _Conversations:
    """What threading knows of the conversations a batch deals with, as it places messages.

    Stored conversations go by their id; the ones the batch creates by a number from
    :data:`_NEW` in the order they are created (they get real ids in that order, above
    every stored one). Union-find: a merged conversation points at the one it was merged
    into, always the lowest, as :func:`merge_conversations` keeps it.
    """

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.seeds: dict[int, dict[str, Any]] = {}  # new conversation -> its row
        self.matching: dict[str, list[int]] = {}  # subject key -> new conversations
        self.stored_spans: dict[int, Span] = {}  # dates of a stored conversation's messages
        self.stored_members: dict[int, list[int]] = {}  # root -> stored conversations in it
        self.batch_dates: dict[int, Span] = {}  # root -> dates of its messages in the batch

    def find(self, c: int) -> int:
        if c not in self.parent:
            self.parent[c] = c
            if c < _NEW:
                self.stored_members[c] = [c]
        root = c
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[c] != root:  # path compression
            self.parent[c], c = root, self.parent[c]
        return root

    def create(self, seed: dict[str, Any]) -> int:
        c = _NEW + len(self.seeds)
        self.parent[c] = c
        self.seeds[c] = seed
        self.matching.setdefault(seed["subject_key"], []).append(c)
        return c

    def join(self, convs: set[int]) -> int:
        """Merge ``convs`` (roots) into the lowest; returns it."""
        if len(convs) == 1:  # nothing to merge: most messages find one conversation
            return next(iter(convs))
        target = min(convs)
        for other in convs - {target}:
            self.parent[other] = target
            self.stored_members.setdefault(target, []).extend(
                self.stored_members.pop(other, []))
            self.batch_dates[target] = _widen(self.batch_dates.get(target, (None, None)),
                                              self.batch_dates.pop(other, (None, None)))
        return target

    def add_date(self, root: int, when: datetime | None) -> None:
        if when is not None:  # _widen with (when, when), once for every message
            lo, hi = self.batch_dates.get(root, (None, None))
            self.batch_dates[root] = (when if lo is None or when < lo else lo,
                                      when if hi is None or when > hi else hi)

    def span(self, root: int) -> Span:
        """The dates of every message in conversation ``root`` now, stored and batch."""
        missing = [c for c in self.stored_members.get(root, ()) if c not in self.stored_spans]
        if missing:
            spans = _date_spans(missing)
            for c in missing:
                self.stored_spans[c] = spans.get(c, (None, None))
        span = self.batch_dates.get(root, (None, None))
        for c in self.stored_members.get(root, ()):
            span = _widen(span, self.stored_spans[c])
        return span


def _widen(a: Span, b: Span) -> Span:
    """The span from the earliest to the latest date of both (None: no date)."""
    a_lo, a_hi = a
    b_lo, b_hi = b
    lo = a_lo if b_lo is None or (a_lo is not None and a_lo <= b_lo) else b_lo
    hi = a_hi if b_hi is None or (a_hi is not None and a_hi >= b_hi) else b_hi
    return (lo, hi)


def resolve_batch(items: list[ThreadInput]) -> BatchThreads:
    """Choose (creating where needed) the conversation of each message of a batch.

    The batch threads exactly as its messages stored one at a time, in its order, would:
    how the sync happens to cut the mail into batches never changes a conversation. The
    stored side is read in a few queries; the messages are then placed one by one in
    memory, each seeing the ones before it as stored. Conversations that one message links
    are merged into the lowest, and a merged conversation is followed to where it went
    (union-find), so no message is ever given a conversation the batch deleted.

    Must run inside the caller's transaction; creates conversations and merges them, but
    does not store the messages or refresh the conversations.
    """
    keys = {item.key for item in items if item.key}
    exclude = [it.message_pk for it in items if it.message_pk is not None]
    ref_conv = _stored_conversations(
        sorted({r for it in items for r in it.refs if r not in keys}), exclude)
    children = _stored_children(sorted(keys), exclude)
    candidates = _stored_candidates(items)
    convs = _Conversations()
    for cid, _key, _counterpart, span in (c for cs in candidates.values() for c in cs):
        convs.stored_spans[cid] = span
    placed: dict[str, int] = {}  # key of a message placed already -> its conversation
    chosen: list[int] = []
    for item in items:
        if item.key and item.key in placed:  # the same message twice in one batch
            chosen.append(placed[item.key])
            continue
        found = {convs.find(c) for c in (placed.get(r, ref_conv.get(r)) for r in item.refs)
                 if c is not None}
        found |= {convs.find(c) for c in children.get(item.key, ())}
        if not found and not item.is_auto:
            match = _subject_match(item, convs, candidates)
            if match is not None:
                found.add(match)
        target = convs.join(found) if found else convs.create(_seed([item]))
        convs.add_date(target, item.date)
        chosen.append(target)
        if item.key:
            placed[item.key] = target
        for ref in item.refs:  # later messages of the batch that this one answers find it
            children.setdefault(ref, set()).add(target)
    return _settle(items, convs, chosen)


def _settle(items: list[ThreadInput], convs: _Conversations, chosen: list[int]) -> BatchThreads:
    """Write what the placing decided: merges of stored conversations, new conversations."""
    final = [convs.find(c) for c in chosen]
    touched: set[int] = set()
    merges: dict[int, list[int]] = {}
    for c in convs.parent:
        if c < _NEW and convs.find(c) != c:
            merges.setdefault(convs.find(c), []).append(c)
    for target, others in sorted(merges.items()):
        merge_conversations(target, sorted(others))
        touched.add(target)
    touched.update(c for c in final if c < _NEW)
    members_of: dict[int, list[ThreadInput]] = {}
    for item, c in zip(items, final, strict=True):
        if c >= _NEW:
            members_of.setdefault(c, []).append(item)
    creating = sorted(members_of)
    rows = []
    for c in creating:
        seed = dict(convs.seeds[c])
        members = members_of[c]
        # shown as the subject: the oldest message's (matching keeps the first one's key)
        seed["subject"] = _seed(members)["subject"]
        seed["last_activity_at"] = max((m.date for m in members if m.date), default=None)
        rows.append(seed)
    real = dict(zip(creating, _create_conversations(rows), strict=True))
    ids = [real.get(c, c) for c in final]
    return BatchThreads(ids, set(real.values()), touched)


def _subject_match(item: ThreadInput, convs: _Conversations,
                   candidates: dict[str, list[tuple[int, str, str, Span]]]) -> int | None:
    """The conversation a message without links joins by subject, if any: same subject,
    the customer among its participants, within :data:`SUBJECT_WINDOW` of its messages;
    the newest such conversation."""
    key = item.skey
    if not key:
        return None
    participants = item.participants
    if not participants:
        return None  # no conversation's customer can be among them
    # the conversations whose customer is among the message's participants
    find = convs.find
    roots = [cid for cid, _key, counterpart, _span in candidates.get(key, ())
             if counterpart in participants
             and find(cid) == cid]  # merged ones are gone; the one they went into counts
    roots += [c for c in convs.matching.get(key, ())
              if convs.seeds[c]["counterpart_email"].lower() in participants and find(c) == c]
    for c in sorted(roots, reverse=True):
        lo, hi = convs.span(c)
        if item.date is not None and lo is not None and hi is not None and \
                not lo - SUBJECT_WINDOW <= item.date <= hi + SUBJECT_WINDOW:
            continue
        return c
    return None


def _not_in(column: str, exclude: list[int]) -> str:
    return f" AND {column} NOT IN ({marks(len(exclude))})" if exclude else ""


def _stored_conversations(refs: list[str], exclude: list[int]) -> dict[str, int]:
    """Message-ID -> conversation, for the stored messages among ``refs``."""
    out: dict[str, int] = {}
    for part in chunks(refs):
        sql = (f'SELECT message_id, conversation_id FROM "message" '
               f"WHERE message_id IN ({marks(len(part))}) AND conversation_id IS NOT NULL"
               f"{_not_in('id', exclude)} ORDER BY id")
        for mid, conv in run(sql, [*part, *exclude]).fetchall():
            out.setdefault(mid, conv)
    return out


def _stored_children(keys: list[str], exclude: list[int]) -> dict[str, set[int]]:
    """Message-ID -> conversations of stored messages that refer to it (In-Reply-To, or
    further up their References: stored before an ancestor, they find it when it comes)."""
    out: dict[str, set[int]] = {}
    for part in chunks(keys):
        replies = (f'SELECT in_reply_to, conversation_id FROM "message" '
                   f"WHERE in_reply_to IN ({marks(len(part))}) AND conversation_id IS NOT NULL"
                   f"{_not_in('id', exclude)}")
        referring = (f'SELECT r.ref, m.conversation_id FROM "message_reference" AS r '
                     f'JOIN "message" AS m ON m.id = r.message_id '
                     f"WHERE r.ref IN ({marks(len(part))}) AND m.conversation_id IS NOT NULL"
                     f"{_not_in('m.id', exclude)}")
        for sql in (replies, referring):
            for ref, conv in run(sql, [*part, *exclude]).fetchall():
                out.setdefault(ref, set()).add(conv)
    return out


def _stored_candidates(items: list[ThreadInput]) -> dict[str, list[tuple[int, str, str, Span]]]:
    """Stored conversations a message of the batch might join by subject: subject key ->
    (id, key, counterpart, dates of its messages). Only conversations with one of the
    batch's participants: common subjects have many conversations."""
    keys: set[str] = set()
    participants: set[str] = set()
    for item in items:
        if not item.is_auto and (key := item.skey):
            keys.add(key)
            participants |= item.participants
    out: dict[str, list[tuple[int, str, str, Span]]] = {}
    if not participants:
        return out
    for part in chunks(sorted(keys)):
        sql = (f'SELECT id, subject_key, counterpart_email FROM "conversation" '
               f"WHERE subject_key IN ({marks(len(part))})")
        rows = [
            (cid, skey, counterpart.lower())
            for cid, skey, counterpart in run(sql, part).fetchall()
            if counterpart and counterpart.lower() in participants
        ]
        if not rows:
            continue
        spans = _date_spans([r[0] for r in rows])
        for cid, skey, counterpart in rows:
            out.setdefault(skey, []).append((cid, skey, counterpart,
                                             spans.get(cid, (None, None))))
    return out


def _date_spans(conv_ids: list[int]) -> dict[int, Span]:
    out: dict[int, Span] = {}
    read = Message.date.python_value
    for part in chunks(conv_ids):
        sql = (f'SELECT conversation_id, MIN(date), MAX(date) FROM "message" '
               f"WHERE conversation_id IN ({marks(len(part))}) GROUP BY conversation_id")
        out.update({cid: (read(lo), read(hi)) for cid, lo, hi in run(sql, part).fetchall()})
    return out


def _seed(group: list[ThreadInput]) -> dict[str, Any]:
    members = sorted(group, key=lambda it: (it.date is None, it.date or 0))
    first = members[0]
    customer = next((m for m in members if m.direction == DIRECTION_IN and not m.is_auto), None)
    counterpart = (customer or first).counterpart
    return {
        "subject": first.subject[:2000],
        "subject_key": first.skey,
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
                              (ConversationOrder, ("order",))):
            for row in model.select().where(model.conversation.in_(others)):
                clash = model.select().where(
                    model.conversation == target,
                    *[getattr(model, f) == getattr(row, f"{f}_id" if f == "order" else f)
                      for f in unique],
                ).exists()
                if clash:
                    row.delete_instance()
                else:
                    model.update(conversation=target).where(model.id == row.id).execute()
        Event.update(conversation_id=target).where(Event.conversation_id.in_(others)).execute()
        Conversation.delete().where(Conversation.id.in_(others)).execute()


def refresh_many(conv_ids: set[int] | list[int]) -> None:
    """Have the derived fields of each conversation recomputed (the reply clock, counts ...).

    Runs inside the caller's transaction; the conversations layer does the work. Whatever
    was owed for these conversations (:func:`owe_refresh`) is settled with it.
    """
    if conv_ids:
        ids = sorted(conv_ids)
        with collector_paused(), database.atomic():
            # two refreshes of one conversation at once could save the older picture last
            locks.hold_mail_lock()
            events.announce(events.CONVERSATIONS_CHANGED, required=True, ids=ids)
            for part in chunks(ids):
                # ids as they are (Listed): peewee converted each through the field, 0.1 s
                # of a first sync's 15 refreshes for a statement that finds nothing to do
                StaleConversation.delete().where(
                    StaleConversation.conversation.in_(Listed(part))).execute()


def owe_refresh(conv_ids: set[int] | list[int]) -> None:
    """Promise, in the caller's transaction, to recompute these conversations later.

    The sync recomputes in bulk now and then rather than after every batch; written down
    with the batch, the promise survives a crash and the next sync keeps it.
    """
    if conv_ids:
        bulk_insert(StaleConversation, [{"conversation": c} for c in sorted(conv_ids)],
                    ignore_conflicts=True)


def refresh_owed() -> int:
    """Recompute every conversation a sync that did not finish still owed; how many."""
    ids = [c for (c,) in StaleConversation.select(StaleConversation.conversation).tuples()]
    if ids:
        with database.atomic():
            refresh_many(ids)
    return len(ids)


def after_stored(messages: list[Message]) -> None:
    """Announce newly stored messages (the shop links them to customers and orders)."""
    if messages:
        events.announce(events.MESSAGES_STORED, required=True, messages=messages)


def input_for(message: Message) -> ThreadInput:
    """The threading facts of a stored message."""

    refs = message.references.split() if message.references else []
    if message.in_reply_to and message.in_reply_to not in refs:
        refs.append(message.in_reply_to)
    from seller_desk.core.mail.parse import headers as hdr

    recipients = [a for _, a in hdr.parse_addresses(f"{message.to_addrs}, {message.cc_addrs}")]
    return ThreadInput(
        key=message.message_id, refs=refs, in_reply_to=message.in_reply_to,
        subject=message.subject, date=message.date or message.received_at,
        direction=message.direction, is_auto=message.is_auto,
        account_id=message.account_id, sender_email=message.sender_email.lower(),
        recipients=recipients, message_pk=message.id,
    )


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
