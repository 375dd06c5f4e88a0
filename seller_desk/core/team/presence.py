"""Collision warnings in a team: who else has a conversation open, who is replying, and
the replies someone else sent since this window opened it.

Each window keeps one :class:`Presence` row (its ``session``) saying which conversation it
shows and whether its person is typing; a heartbeat every few seconds keeps it alive, and a
row not heard of for :data:`EXPIRES_SECONDS` is ignored (a window killed, a laptop asleep).
Opening, leaving and typing are also written to the change log (core/team/changes.py), so
the other windows hear of them by NOTIFY within a second instead of waiting for a poll.

On a personal shop (SQLite) there is nobody else: everything here is a no-op.
"""

from __future__ import annotations

import email
import email.policy
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_OUT,
    ChangeLog,
    Message,
    OutboxMessage,
    database,
)
from seller_desk.core.store.models import Presence as PresenceRow
from seller_desk.core.team import changes, identity
from seller_desk.core.team.leadership import is_team_database

logger = logging.getLogger(__name__)

#: a window not heard of for this long is gone
EXPIRES_SECONDS = 30
#: how often a window says it is still there (well within the expiry)
HEARTBEAT_SECONDS = 10


@dataclass(frozen=True)
class Person:
    """Someone else who has the conversation open."""

    name: str
    typing: bool


@dataclass(frozen=True)
class OtherReply:
    """A reply someone else queued in the conversation (or sent from elsewhere, found in
    Sent: ``outbox_id`` 0): who, when, what it says."""

    outbox_id: int
    name: str
    at: datetime
    text: str


@dataclass
class Here:
    """This window's presence: the conversation it shows, whether its person types."""

    session: str = field(default_factory=lambda: uuid.uuid4().hex)
    name: str | None = None  # None: the window's person (core/team/identity.py)
    conversation_id: int | None = None
    opened_at: datetime | None = None
    typing: bool = False
    own_replies: set[int] = field(default_factory=set)

    def open(self, conversation_id: int | None) -> datetime:
        """This window shows ``conversation_id`` now (None: none); returns since when."""
        before, self.conversation_id = self.conversation_id, conversation_id
        self.opened_at, self.typing = utcnow(), False
        if is_team_database():
            with database.atomic():
                self._save()
                # rows of windows that never said goodbye (killed, crashed), a day on
                PresenceRow.delete().where(
                    PresenceRow.seen_at < utcnow() - timedelta(days=1)).execute()
                for conv in {before, conversation_id} - {None}:
                    changes.record_change(changes.PRESENCE, changes.CONVERSATION, conv)
        return self.opened_at

    def set_typing(self, typing: bool) -> None:
        """The person started or stopped typing a reply here (told only when it changes)."""
        if typing == self.typing:
            return
        self.typing = typing
        if is_team_database() and self.conversation_id is not None:
            with database.atomic():
                self._save()
                changes.record_change(changes.PRESENCE, changes.CONVERSATION,
                                      self.conversation_id)

    def heartbeat(self) -> None:
        """Still here (every :data:`HEARTBEAT_SECONDS`); writes no change."""
        if is_team_database():
            self._save()

    def sent(self, outbox_id: int) -> None:
        """This window queued that reply: it is no warning for itself."""
        self.own_replies.add(outbox_id)

    def leave(self) -> None:
        """The window closes: its row goes, and the others hear it at once."""
        if not is_team_database():
            return
        with database.atomic():
            PresenceRow.delete().where(PresenceRow.session == self.session).execute()
            if self.conversation_id is not None:
                changes.record_change(changes.PRESENCE, changes.CONVERSATION,
                                      self.conversation_id)
        self.conversation_id = None

    def others(self) -> list[Person]:
        """Who else has this window's conversation open."""
        if self.conversation_id is None:
            return []
        return others_here(self.conversation_id, self.session)

    def replies_since_opened(self) -> list[OtherReply]:
        """Replies someone else queued in this conversation since this window opened it."""
        if self.conversation_id is None or self.opened_at is None:
            return []
        return replies_since(self.conversation_id, self.opened_at, self.own_replies)

    def _save(self) -> None:
        values = {"name": self.name or identity.current_name(), "conversation_id": self.conversation_id,
                  "typing": self.typing, "opened_at": self.opened_at, "seen_at": utcnow()}
        (PresenceRow.insert(session=self.session, **values)
         .on_conflict(conflict_target=[PresenceRow.session],
                      update={getattr(PresenceRow, k): v for k, v in values.items()})
         .execute())


def others_here(conversation_id: int, session: str = "") -> list[Person]:
    """Who (other than ``session``) has the conversation open, typists first."""
    if not is_team_database():
        return []
    alive = utcnow() - timedelta(seconds=EXPIRES_SECONDS)
    rows = (PresenceRow.select()
            .where((PresenceRow.conversation_id == conversation_id)
                   & (PresenceRow.session != session) & (PresenceRow.seen_at > alive))
            .order_by(PresenceRow.typing.desc(), PresenceRow.name))
    people: dict[str, Person] = {}
    for row in rows:  # one person in two windows is named once (typing wins)
        people.setdefault(row.name, Person(row.name, bool(row.typing)))
    return list(people.values())


def replies_since(conversation_id: int, since: datetime,
                  own: set[int] | frozenset[int] = frozenset()) -> list[OtherReply]:
    """Replies queued in the conversation after ``since`` that are not in ``own``, and the
    seller's own mail the sync found in Sent meanwhile (written in webmail or on a phone),
    oldest first, with who wrote them (the change log, or the sender) and their text."""
    if not is_team_database():
        return []
    rows = (OutboxMessage.select()
            .where((OutboxMessage.conversation == conversation_id)
                   & (OutboxMessage.created_at > since)
                   & (OutboxMessage.state != "failed"))
            .order_by(OutboxMessage.created_at))
    found = []
    for row in rows:
        if row.id in own:
            continue
        who = (ChangeLog.select(ChangeLog.by)
               .where((ChangeLog.entity == changes.OUTBOX) & (ChangeLog.entity_id == row.id))
               .order_by(ChangeLog.id).first())
        found.append(OtherReply(int(row.id), (who.by if who is not None else "") or "?",
                                row.created_at, _text_of(bytes(row.raw))))
    # and replies written outside Seller Desk (webmail, a phone), found in Sent by the sync:
    # the seller's own mail in the conversation that no outbox row sent
    queued = OutboxMessage.select(OutboxMessage.message_id).where(
        OutboxMessage.conversation == conversation_id)
    outside = (Message.select()
               .where((Message.conversation == conversation_id)
                      & (Message.direction == DIRECTION_OUT) & (Message.is_auto == False)  # noqa: E712
                      & (Message.date > since) & Message.message_id.not_in(queued))
               .order_by(Message.date))
    for m in outside:
        found.append(OtherReply(0, m.sender_name or m.sender_email or "?", m.date,
                                (m.text_body or m.snippet or "").strip()))
    found.sort(key=lambda r: r.at)
    return found


def _text_of(raw: bytes) -> str:
    """The plain text of a queued message (what the other person wrote)."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(("plain",))
        return str(body.get_content()).strip() if body is not None else ""
    except Exception:  # a message we cannot read back: the warning still stands
        logger.warning("A queued reply could not be read back", exc_info=True)
        return ""
