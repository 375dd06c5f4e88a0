"""Writing fetched messages into the database, a batch at a time, in a few queries.

One :class:`Message` per email: a Message-ID already stored (the same mail in another folder
or account, or a reply the app sent itself whose copy now shows up in Sent) only gains a
:class:`MessageLocation`. A message without a Message-ID gets a stable stand-in derived from
its headers, so fetching it again (after a UIDVALIDITY change) never makes a second copy.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from peewee import fn

from seller_desk.core.mail.ingest import threads
from seller_desk.core.store import events, locks
from seller_desk.core.store.bulk import (
    bulk_insert,
    chunks,
    collector_paused,
    insert_new,
    marks,
    run,
)
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Attachment,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Draft,
    Event,
    Folder,
    Message,
    MessageLocation,
    MessageReference,
    Note,
    OutboxMessage,
    Reminder,
    VanishedCopy,
    database,
)

if TYPE_CHECKING:  # parsed elsewhere; a sync finding nothing new loads no parser
    from seller_desk.core.mail.parse.derived import Derived
    from seller_desk.core.mail.parse.mime import ParsedMessage

logger = logging.getLogger(__name__)

MESSAGE_KEY_LENGTH = 998  # characters of a Message-ID kept (the column's length)


@dataclass
class Fetched:
    """One message as fetched from a folder, parsed."""

    uid: int
    flags: tuple[str, ...]
    internaldate: datetime | None
    size: int
    modseq: int | None
    parsed: ParsedMessage
    raw: bytes | None = None  # kept only for messages that could not be parsed
    derived: Derived | None = None  # snippet, subject key ..., when the parser made them

    def prepare(self) -> Derived:
        """Derive the values that need this message alone, unless done already (the sync
        has them made by the parsing helper, or on its fetching thread); returns them.
        The HTML is not cleaned here: it is stored as received and cleaned when the
        message is first shown (``ingest/bodies.py``)."""
        if self.derived is None:
            from seller_desk.core.mail.parse.derived import derive

            self.derived = derive(self.parsed)
        return self.derived


@dataclass
class StoreResult:
    new_message_ids: list[int] = field(default_factory=list)
    relocated: int = 0  # already stored messages that gained this location
    touched_conversations: set[int] = field(default_factory=set)


def flag_columns(flags: Iterable[str]) -> dict[str, bool]:
    lowered = {f.lower() for f in flags}
    return {
        "is_seen": "\\seen" in lowered,
        "is_flagged": "\\flagged" in lowered,
        "is_answered": "\\answered" in lowered,
    }


def flags_text(flags: Iterable[str]) -> str:
    """Flags as stored: space-separated, without the session-only \\Recent."""
    return " ".join(f for f in flags if f.lower() != "\\recent")


def message_key(parsed: ParsedMessage) -> str:
    """The message's key: its Message-ID, or the stand-in of a message without one, cut to
    the column's length (so the key looked up is the key stored)."""
    return (parsed.message_id or parsed.fallback_id)[:MESSAGE_KEY_LENGTH]


class StoredMeanwhile(RuntimeError):
    """A message of the batch was stored by another writer after the batch looked."""


#: times a batch is redone when another writer stored some of its messages meanwhile
ATTEMPTS = 3


def store_batch(account_id: int, folder_id: int, folder_role: str, own: set[str],
                batch: list[Fetched], refresh: bool = True) -> StoreResult:
    """Store one batch from one folder in one transaction; returns the new message ids.

    With ``refresh=False`` the caller refreshes ``touched_conversations`` itself (the sync
    does so once per second of work, not once per batch: a long thread touched by every
    batch of a first sync would otherwise be recomputed over and over); the debt is
    written down with the batch (:func:`threads.owe_refresh`), so a crash cannot drop it.

    Right whoever else writes at the same time (two syncs of one mailbox into a team's
    database): the batch holds the lock on stored mail (:mod:`seller_desk.core.store.locks`),
    so it sees every message and conversation stored before it; a message is inserted only
    if its key is still free (a unique index), and a batch that finds one taken by a writer
    without the lock is redone, now seeing that message as stored.
    """
    result = StoreResult()
    if not batch:
        return result
    keys = [message_key(f.parsed) for f in batch]
    with collector_paused(), database.atomic():
        locks.hold_mail_lock()
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with database.atomic():  # a savepoint: undone if the batch must be redone
                    return _store(account_id, folder_id, folder_role, own, batch, keys,
                                  refresh)
            except StoredMeanwhile as exc:
                if attempt == ATTEMPTS:
                    raise
                logger.info("%s; storing the batch again", exc)
    return result  # not reached: the last attempt returns or raises


def _store(account_id: int, folder_id: int, folder_role: str, own: set[str],
           batch: list[Fetched], keys: list[str], refresh: bool) -> StoreResult:
    result = StoreResult()
    existing: dict[str, tuple[int, int | None, str]] = {}
    unique_keys = sorted(set(keys))
    for part in chunks(unique_keys):
        sql = (f'SELECT message_id, id, conversation_id, direction FROM "message" '
               f"WHERE message_id IN ({marks(len(part))}) ORDER BY id")
        for mid, pk, conv, direction in run(sql, part).fetchall():
            existing.setdefault(mid, (pk, conv, direction))
    fresh: list[tuple[str, Fetched]] = []
    seen_keys: set[str] = set()
    for key, item in zip(keys, batch, strict=True):
        if key in existing or key in seen_keys:
            continue
        seen_keys.add(key)
        fresh.append((key, item))
    # one time of creation for the batch, written as text once (bulk_insert's ready)
    now = utcnow()
    now_text = Message.created_at.db_value(now)
    rows = [_message_row(account_id, folder_role, own, key, item, now_text)
            for key, item in fresh]
    inputs = [_thread_input(account_id, key, row, item) for (key, item), row in
              zip(fresh, rows, strict=True)]
    threaded = threads.resolve_batch(inputs) if inputs else None
    if threaded is not None:
        for row, cid in zip(rows, threaded.conversation_ids, strict=True):
            row["conversation"] = cid
    key_to_id = insert_new(Message, rows, "message_id", ready=("created_at",))
    if len(key_to_id) != len(rows):
        taken = len(rows) - len(key_to_id)
        raise StoredMeanwhile(f"{taken} message(s) of this batch were stored meanwhile")
    new_ids = [key_to_id[key] for key, _item in fresh]
    _insert_references(fresh, rows, key_to_id)
    # every copy gets its location (also the ones whose message was already stored)
    locations = []
    for key, item in zip(keys, batch, strict=True):
        pk = key_to_id.get(key) or existing[key][0]
        locations.append({
            "message": pk, "folder": folder_id, "uid": item.uid,
            "flags": flags_text(item.flags), "modseq": item.modseq,
        })
    bulk_insert(MessageLocation, locations, ignore_conflicts=True)
    relocated = _update_existing(keys, batch, existing, folder_role, key_to_id)
    result.relocated = relocated[0]
    result.touched_conversations |= relocated[1]
    _insert_attachments(fresh, key_to_id)
    _record_events(rows, new_ids)
    if threaded is not None:
        result.touched_conversations |= threaded.touched_conversation_ids
        result.touched_conversations |= threaded.new_conversation_ids
    if refresh:
        threads.refresh_many(result.touched_conversations)
    else:
        threads.owe_refresh(result.touched_conversations)
    result.new_message_ids = new_ids
    if new_ids:
        threads.after_stored(_instances(rows, new_ids, now))
    return result


def _message_row(account_id: int, role: str, own: set[str], key: str,
                 item: Fetched, created_at: str) -> dict[str, Any]:
    p = item.parsed
    outgoing = role == "sent" or (p.sender_email and p.sender_email.lower() in own)
    derived = item.prepare()
    in_reply_to = p.in_reply_to or (p.references[-1] if p.references else "")
    flags = {f.lower() for f in item.flags} if item.flags else ()
    row: dict[str, Any] = {
        "account": account_id,
        "message_id": key,
        "in_reply_to": in_reply_to,
        "references": " ".join(p.references),
        "sender_name": p.sender_name[:300],
        "sender_email": p.sender_email[:320],
        "to_addrs": derived.to_addrs,
        "cc_addrs": derived.cc_addrs,
        "reply_to": derived.reply_to,
        "subject": p.subject,
        "date": p.date or item.internaldate,
        "received_at": item.internaldate,
        "direction": DIRECTION_OUT if outgoing else DIRECTION_IN,
        # the seller's own mail is automatic only when it says so (a status email sent by
        # the rules): it is not a reply, and stops no customer's clock
        "is_auto": derived.auto_submitted if outgoing else bool(p.is_auto),
        "text_body": p.text,
        # cleaned when first shown (ingest/bodies.py): never shown as received
        "html_body": "",
        "html_unsafe": p.html,
        "has_remote_content": False,
        "snippet": derived.snippet,
        "size": item.size or 0,
        "has_attachments": any(not a.is_inline for a in p.attachments),
        "body_fetched": True,
        "raw": zlib.compress(item.raw, 6) if item.raw is not None and p.parse_error else None,
        "parse_error": p.parse_error,
        "created_at": created_at,  # in database form
        # the flag columns (flag_columns); the seller's own mail counts as seen
        "is_seen": bool(outgoing) or "\\seen" in flags,
        "is_flagged": "\\flagged" in flags,
        "is_answered": "\\answered" in flags,
    }
    return row


def _thread_input(account_id: int, key: str, row: dict[str, Any],
                  item: Fetched) -> threads.ThreadInput:
    p = item.parsed
    refs = list(p.references)
    if row["in_reply_to"] and row["in_reply_to"] not in refs:
        refs.append(row["in_reply_to"])
    return threads.ThreadInput(
        key=key, refs=refs, in_reply_to=row["in_reply_to"], subject=p.subject,
        subject_key=item.prepare().subject_key,
        date=row["date"], direction=row["direction"], is_auto=row["is_auto"],
        account_id=account_id, sender_email=p.sender_email.lower(),
        recipients=[a for _, a in p.to + p.cc if a],
    )


def _insert_references(fresh: list[tuple[str, Fetched]], rows: list[dict[str, Any]],
                       key_to_id: dict[str, int]) -> None:
    """The References of each new message beyond its In-Reply-To, so an ancestor stored
    later finds this message's conversation (threads looks them up)."""
    out: list[dict[str, Any]] = []
    for (key, item), row in zip(fresh, rows, strict=True):
        if item.parsed.references:  # most mail names none beyond its In-Reply-To, or none
            out.extend(MessageReference.rows_for(key_to_id[key], item.parsed.references,
                                                 row["in_reply_to"]))
    bulk_insert(MessageReference, out)


def _update_existing(keys: list[str], batch: list[Fetched],
                     existing: dict[str, tuple[int, int | None, str]], role: str,
                     key_to_id: dict[str, int]) -> tuple[int, set[int]]:
    """Flags (and direction, for copies in Sent) of messages that were already stored."""
    count = 0
    touched: set[int] = set()
    for key, item in zip(keys, batch, strict=True):
        if key in key_to_id or key not in existing:
            continue
        pk, conv, direction = existing[key]
        count += 1
        changes: dict[str, Any] = flag_columns(item.flags)
        if role == "sent" and direction != DIRECTION_OUT:
            changes.update(direction=DIRECTION_OUT, is_auto=False)
        if role == "sent" or direction == DIRECTION_OUT:
            changes["is_seen"] = True
        Message.update(**changes).where(Message.id == pk).execute()
        if conv:
            touched.add(conv)
    return count, touched


def _insert_attachments(fresh: list[tuple[str, Fetched]], key_to_id: dict[str, int]) -> None:
    rows = []
    for key, item in fresh:
        for att in item.parsed.attachments:
            rows.append({
                "message": key_to_id[key], "part": att.part[:64],
                "filename": att.filename[:500], "content_type": att.content_type[:200],
                "size": att.size, "content_id": att.content_id[:500],
                "is_inline": att.is_inline,
            })
    bulk_insert(Attachment, rows)


#: an event's data as stored, by whether its message is automatic: the same two texts
#: for every message, so not worked out as JSON again for each
_EVENT_DATA = {auto: Event.data.db_value({"auto": auto, "source": "sync"})
               for auto in (False, True)}


def _record_events(rows: list[dict[str, Any]], ids: list[int]) -> None:
    data = _EVENT_DATA
    evs = [{
        "at": row["date"] or row["received_at"] or utcnow(),
        "kind": events.MESSAGE_OUT if row["direction"] == DIRECTION_OUT else events.MESSAGE_IN,
        "conversation_id": row["conversation"], "message_id": pk,
        "data": data[bool(row["is_auto"])],
    } for row, pk in zip(rows, ids, strict=True)]
    bulk_insert(Event, evs, ready=("data",))


def _instances(rows: list[dict[str, Any]], ids: list[int], created_at: datetime,
               ) -> list[Message]:
    """Message objects for the linking hook, without reading them back.

    Their values are set straight into the model's data: building them through the
    constructor (a default computed and an attribute set for every field of every message)
    cost as much as the linking they serve. The columns a row does not set take their
    fixed defaults, as a message read back would have them.
    """
    defaults = _fixed_defaults()
    out = []
    for row, pk in zip(rows, ids, strict=True):
        msg = Message(__no_default__=True)
        msg.__data__ = {**defaults, **row, "id": pk, "raw": None, "created_at": created_at}
        msg._dirty = set()
        out.append(msg)
    return out


_FIXED_DEFAULTS: dict[str, Any] = {}


def _fixed_defaults() -> dict[str, Any]:
    """The message fields' defaults that are values, not functions (computed once)."""
    if not _FIXED_DEFAULTS:
        _FIXED_DEFAULTS.update({name: f.default for name, f in Message._meta.fields.items()
                                if not callable(f.default)})
    return _FIXED_DEFAULTS


# --- removal ----------------------------------------------------------------------------


def remove_locations(folder_id: int, uids: Iterable[int], *, refetch: bool = False) -> set[int]:
    """Forget the copies at ``uids`` of a folder; returns the ids of their messages.

    The messages stay, each with a :class:`VanishedCopy` note in the same transaction:
    :func:`settle_vanished` decides about them once the account is in step again (with
    ``refetch``, once this folder has been fetched again in full).
    """
    uid_list = sorted(set(uids))
    message_ids: set[int] = set()
    with database.atomic():
        account_id = Folder.select(Folder.account).where(Folder.id == folder_id).scalar()
        for part in chunks(uid_list):
            message_ids.update(
                r[0] for r in MessageLocation.select(MessageLocation.message)
                .where(MessageLocation.folder == folder_id, MessageLocation.uid.in_(list(part)))
                .tuples()
            )
            MessageLocation.delete().where(
                MessageLocation.folder == folder_id, MessageLocation.uid.in_(list(part))
            ).execute()
        bulk_insert(VanishedCopy, [
            {"account": account_id, "message": mid, "folder": folder_id, "refetch": refetch}
            for mid in sorted(message_ids)])
    return message_ids


def settle_vanished(account_id: int) -> int:
    """Delete the messages that lost their last copy, as far as that is now certain.

    Called at the end of a sync that was not stopped. A note is due when its folder is in
    step: a folder being fetched again after a UIDVALIDITY change only once that fetch is
    complete (its older mail included), since until then a message not found again may
    simply not have been asked for yet. Returns how many messages were deleted.
    """
    with database.atomic():
        complete = (Folder.select(Folder.id).where(
            Folder.uidvalidity.is_null(False), Folder.backfill_done == True))  # noqa: E712
        due = VanishedCopy.select(VanishedCopy.id, VanishedCopy.message).where(
            VanishedCopy.account == account_id,
            (VanishedCopy.refetch == False) | VanishedCopy.folder.is_null()  # noqa: E712
            | VanishedCopy.folder.in_(complete))
        rows = list(due.tuples())
        if not rows:
            return 0
        for part in chunks([r[0] for r in rows]):
            VanishedCopy.delete().where(VanishedCopy.id.in_(list(part))).execute()
        return delete_orphans(r[1] for r in rows)


def has_vanished(account_id: int) -> bool:
    """Whether an account has messages that lost a copy and wait for a decision (almost
    never: one indexed look-up, so a sync that changed nothing stays cheap)."""
    return cast(bool, VanishedCopy.select().where(VanishedCopy.account == account_id).exists())


def vanished_count(account_id: int) -> int:
    """Messages of an account whose folder is being fetched again in full, not found again
    yet, and kept until it is complete."""
    located = MessageLocation.select(MessageLocation.id).where(
        MessageLocation.message == VanishedCopy.message)
    return cast(int, VanishedCopy.select(VanishedCopy.message).where(
        VanishedCopy.account == account_id, VanishedCopy.refetch == True,  # noqa: E712
        ~fn.EXISTS(located)).distinct().count())


def conversations_with_work(conv_ids: Iterable[int]) -> set[int]:
    """The conversations among ``conv_ids`` that hold the seller's own work: tags, notes,
    order links, reminders, drafts, replies the app sent, or the seller's own messages."""
    ids = sorted(set(conv_ids))
    out: set[int] = set()
    for part in chunks(ids):
        for model in (ConversationTag, Note, ConversationOrder, Reminder, Draft, OutboxMessage):
            out.update(r[0] for r in model.select(model.conversation).where(
                model.conversation.in_(list(part))).distinct().tuples())
        out.update(r[0] for r in Message.select(Message.conversation).where(
            Message.conversation.in_(list(part)),
            Message.direction == DIRECTION_OUT).distinct().tuples())
    return out


def delete_orphans(message_ids: Iterable[int], *, keep_work: bool = True) -> int:
    """Delete the given messages that no folder holds any more; tidy their conversations.

    With ``keep_work`` (the sync's clean-up), a message whose conversation holds the
    seller's work stays although no server holds it any more: deleting it would empty the
    conversation, or rewrite its history, under the seller's tags, notes, order links and
    replies, and a copy found again later would start a new conversation without them.
    Removing a mailbox (:func:`purge_account`) passes ``keep_work=False``.
    """
    ids = sorted(set(message_ids))
    if not ids:
        return 0
    deleted = 0
    with database.atomic():
        # a sync storing a copy of one of them at the same moment must see it kept or gone
        locks.hold_mail_lock()
        orphans: list[int] = []
        for part in chunks(ids):
            held = {r[0] for r in MessageLocation.select(MessageLocation.message)
                    .where(MessageLocation.message.in_(list(part))).tuples()}
            orphans.extend(i for i in part if i not in held)
        if keep_work and orphans:
            their: dict[int, int | None] = {}
            for part in chunks(orphans):
                their.update(Message.select(Message.id, Message.conversation).where(
                    Message.id.in_(list(part))).tuples())
            kept = conversations_with_work(c for c in their.values() if c is not None)
            if kept:
                logger.info("%d message(s) gone from the server stay with the seller's "
                            "conversations", sum(1 for c in their.values() if c in kept))
            orphans = [i for i in orphans if their.get(i) not in kept]
        convs: set[int] = set()
        for part in chunks(orphans):
            convs.update(r[0] for r in Message.select(Message.conversation).where(
                Message.id.in_(list(part)), Message.conversation.is_null(False)).tuples())
            deleted += Message.delete().where(Message.id.in_(list(part))).execute()
        _tidy_conversations(convs)
    return deleted


def _tidy_conversations(conv_ids: set[int]) -> None:
    """Refresh conversations that lost messages; delete the ones left empty and bare."""
    for cid in sorted(conv_ids):
        if Message.select().where(Message.conversation == cid).exists():
            threads.refresh_many({cid})
            continue
        dependents = any(
            model.select().where(model.conversation == cid).exists()
            for model in (Note, ConversationTag, ConversationOrder, Reminder, OutboxMessage,
                          Draft)
        )
        if dependents:
            threads.refresh_many({cid})
        else:
            Conversation.delete().where(Conversation.id == cid).execute()


def purge_account(account_id: int) -> int:
    """Delete the local mail of an account (mail also held by another account stays)."""

    with database.atomic():
        folder_ids = [f for (f,) in Folder.select(Folder.id)
                      .where(Folder.account == account_id).tuples()]
        message_ids: set[int] = set()
        for part in chunks(folder_ids):
            message_ids.update(r[0] for r in MessageLocation.select(MessageLocation.message)
                               .where(MessageLocation.folder.in_(list(part))).tuples())
            MessageLocation.delete().where(MessageLocation.folder.in_(list(part))).execute()
        # messages the app sent from this account and never saw in a folder
        message_ids.update(r[0] for r in Message.select(Message.id).where(
            Message.account == account_id).tuples())
        VanishedCopy.delete().where(VanishedCopy.account == account_id).execute()
        return delete_orphans(message_ids, keep_work=False)


def apply_flag_changes(folder_id: int,
                       changes: dict[int, tuple[tuple[str, ...], int | None]]) -> set[int]:
    """Write new flags of copies in one folder; returns the conversations affected."""
    by_flags: dict[str, list[int]] = {}
    for uid, (flags, _modseq) in changes.items():
        by_flags.setdefault(flags_text(flags), []).append(uid)
    touched: set[int] = set()
    with database.atomic():
        for text, uids in by_flags.items():
            columns = flag_columns(text.split())
            for part in [uids[i : i + 400] for i in range(0, len(uids), 400)]:
                MessageLocation.update(flags=text).where(
                    MessageLocation.folder == folder_id, MessageLocation.uid.in_(part)
                ).execute()
                ids = (MessageLocation.select(MessageLocation.message)
                       .where(MessageLocation.folder == folder_id,
                              MessageLocation.uid.in_(part)))
                outgoing = Message.direction == "out"
                Message.update(**columns).where(Message.id.in_(ids), ~outgoing).execute()
                touched.update(r[0] for r in Message.select(Message.conversation).where(
                    Message.id.in_(ids), Message.conversation.is_null(False)).distinct().tuples())
    return touched
