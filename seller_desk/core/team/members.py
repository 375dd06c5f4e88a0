"""The people of a team, and who answers which conversation.

A member has a name (what the others see: "Aisyah is replying"), a sender name and a
signature for their replies, and the database login their window connects with: that
login tells the window whose it is (:func:`me`). Passwords (the database's, the
mailboxes') stay in each person's keyring, never here.

A conversation is assigned by hand (:func:`assign`), or to whoever replies first
(:func:`on_reply_queued`, subscribed to the outbox's "queued" event).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import peewee

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import inbox
from seller_desk.core.store import events
from seller_desk.core.store.models import Conversation, Member, database
from seller_desk.core.team import identity
from seller_desk.core.team.leadership import is_team_database

logger = logging.getLogger(__name__)

ASSIGNED = "conversation_assigned"  # event: data member_id (None: unassigned), by_hand


@dataclass(frozen=True)
class MemberInfo:
    id: int
    name: str
    sender_name: str
    login: str | None
    role: str


def _info(row: Member) -> MemberInfo:
    return MemberInfo(int(row.id), row.name, row.sender_name or "", row.login, row.role)


def list_members() -> list[MemberInfo]:
    return [_info(m) for m in Member.select().order_by(Member.id)]


def add_member(name: str, login: str | None = None, *, sender_name: str = "",
               signature: str = "", role: str = "member") -> MemberInfo:
    """Add a person to the team.

    Raises:
        ValidationError: no name, or the name is taken.
    """
    name = (name or "").strip()
    if not name:
        raise ValidationError("team.member_name_missing", field="name")
    if Member.select().where(peewee.fn.lower(Member.name) == name.lower()).exists():
        raise ValidationError("team.member_exists", {"name": name}, field="name")
    row = Member.create(name=name, login=(login or "").strip() or None,
                        sender_name=sender_name.strip(), signature=signature, role=role)
    return _info(row)


def assignee(conversation_id: int) -> MemberInfo | None:
    """Who answers the conversation (None: nobody yet)."""
    conv = Conversation.get_or_none(Conversation.id == conversation_id)
    if conv is None or conv.assigned_to is None:
        return None
    row = Member.get_or_none(Member.id == conv.assigned_to)
    return _info(row) if row is not None else None


def database_login() -> str:
    """The login this window's database connection uses (a team's PostgreSQL)."""
    row = database.execute_sql("SELECT current_user").fetchone()
    return str(row[0])


def me() -> MemberInfo | None:
    """The member at this window: the one with this connection's login (the first, when
    several share it), None on a personal shop or for a login no member has."""
    if not is_team_database():
        return None
    row = Member.select().where(Member.login == database_login()).order_by(Member.id).first()
    return _info(row) if row is not None else None


def settle_identity() -> MemberInfo | None:
    """At the start of a window: who is here, for the change log, presence and "Mine"."""
    member = me()
    identity.set_name(member.name if member is not None else None)
    inbox.current_member = member.id if member is not None else None
    return member


def assign(conversation_ids: Iterable[int], member_id: int | None, *,
           by_hand: bool = True) -> int:
    """Give these conversations to ``member_id`` (None: to nobody); how many changed.

    Raises:
        ValidationError: no such member.
    """
    ids = sorted(set(int(i) for i in conversation_ids))
    if member_id is not None and Member.get_or_none(Member.id == member_id) is None:
        raise ValidationError("team.member_unknown", field="member")
    changed = 0
    with database.atomic():
        for cid in ids:
            conv = Conversation.get_or_none(Conversation.id == cid)
            if conv is None or conv.assigned_to == member_id:
                continue
            n = Conversation.update(assigned_to=member_id).where(
                Conversation.id == cid).execute()
            if n:
                changed += 1
                events.record(ASSIGNED, conversation=cid, member_id=member_id,
                              by_hand=by_hand)
    return changed


def on_reply_queued(notice: events.Notice) -> None:
    """Whoever replies first to an unassigned conversation answers it from then on."""
    conv_id = notice.conversation_id
    if conv_id is None or not is_team_database():
        return
    member = me()
    if member is None:
        return
    conv = Conversation.get_or_none(Conversation.id == conv_id)
    if conv is not None and conv.assigned_to is None:
        assign([conv_id], member.id, by_hand=False)


@dataclass(frozen=True)
class MemberReplyTimes:
    """Reply-time figures of the conversations a member answers."""

    member: str
    conversations: int
    answered: int
    average_first_reply_s: float | None
    median_first_reply_s: float | None


def reply_times_by_member(since: datetime | None = None, until: datetime | None = None,
                          business: bool = False) -> list[MemberReplyTimes]:
    """Per member (and "" for nobody): conversations, answered, first reply average and
    median in seconds (calendar, or business hours when ``business``), for conversations
    whose customer first wrote from ``since`` and before ``until``."""
    names = {m.id: m.name for m in list_members()}
    seconds_field = (Conversation.first_reply_business_s if business
                     else Conversation.first_reply_s)
    query = Conversation.select(Conversation.assigned_to, seconds_field) \
        .where(Conversation.first_customer_at.is_null(False))
    if since is not None:
        query = query.where(Conversation.first_customer_at >= since)
    if until is not None:
        query = query.where(Conversation.first_customer_at < until)
    seconds: dict[int | None, list[int | None]] = {}
    for member_id, first in query.tuples():
        seconds.setdefault(member_id, []).append(first)
    result = []
    for member_id, values in sorted(seconds.items(), key=lambda kv: names.get(kv[0], "")
                                    if kv[0] is not None else "\uffff"):
        known = sorted(v for v in values if v is not None)
        average = sum(known) / len(known) if known else None
        median = float(known[len(known) // 2]) if known else None
        result.append(MemberReplyTimes(names.get(member_id, "") if member_id else "",
                                       len(values), len(known), average, median))
    return result
