"""The change log of a team: every change another window shows, recorded and announced.

Each change (new mail in a conversation, a conversation's state, an order, a parcel, a
reminder, a template) is written as a :class:`ChangeLog` row in the same transaction as
the change itself, and announced with ``pg_notify`` carrying only the row's id: a
notification is sent at commit, so a window never hears of a change it cannot read yet,
and never of one that was rolled back.

The changes are seen where they are already told: the event log (store/events.py). One
handler for every kind (:func:`on_event`, subscribed in core/reactions.py) turns events
and notices into rows, so no call site needs to know about teams. On a personal shop (SQLite) it writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from seller_desk.core.store import events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import ChangeLog, database
from seller_desk.core.team import identity
from seller_desk.core.team.leadership import is_team_database

logger = logging.getLogger(__name__)

#: the NOTIFY channel; the payload is a change_log id
CHANNEL = "seller_desk_changes"
#: how long changes are kept (each window prunes at start: ui/live.py)
KEEP_DAYS = 30

CONVERSATION = "conversation"
ORDER = "order"
REMINDER = "reminder"
TEMPLATE = "template"
SETTING = "setting"
OUTBOX = "outbox"  # a reply queued: whose it was (core/team/presence.py)
PRESENCE = "presence"  # kind: someone opened, left or typed in a conversation

#: notices (not stored events) that another window shows, and the entity they name
_NOTICES = {
    events.CONVERSATIONS_CHANGED: CONVERSATION,
    events.TEMPLATE_CHANGED: TEMPLATE,
}
#: events that change nothing a window shows
_SILENT = {events.MESSAGES_STORED, events.SCHEMA_UPGRADED, events.OUTBOX_ROUND}


@dataclass(frozen=True)
class Change:
    """One row of the change log, as a window receives it."""

    id: int
    at: datetime
    kind: str
    entity: str
    entity_id: int | None
    by: str | None


def on_event(notice: events.Notice) -> None:
    if notice.kind in _SILENT or not is_team_database():
        return
    for entity, entity_id in _entities(notice):
        record_change(notice.kind, entity, entity_id)


def _entities(notice: events.Notice) -> list[tuple[str, int | None]]:
    """What a notice or an event changed, as (entity, id) pairs."""
    if notice.event is None:
        entity = _NOTICES.get(notice.kind)
        if entity is None:
            return []
        if entity == CONVERSATION:
            return [(CONVERSATION, int(i)) for i in sorted(set(notice.data.get("ids") or ()))]
        value = notice.data.get(f"{entity}_id")
        return [(entity, int(value) if value is not None else None)]
    event = notice.event
    found: list[tuple[str, int | None]] = []
    if event.conversation_id is not None:
        found.append((CONVERSATION, int(event.conversation_id)))
    if event.order_id is not None:
        found.append((ORDER, int(event.order_id)))
    if event.reminder_id is not None:
        found.append((REMINDER, int(event.reminder_id)))
    if notice.kind == events.OUTBOX_QUEUED and notice.data.get("outbox_id") is not None:
        found.append((OUTBOX, int(notice.data["outbox_id"])))
    return found


def record_change(kind: str, entity: str, entity_id: int | None = None) -> int | None:
    """Write one change and announce it at commit; its id (None on a personal shop).

    Runs in the caller's transaction when there is one, so the change, its row and its
    notification commit (or vanish) together.
    """
    if not is_team_database():
        return None
    row = ChangeLog.create(kind=kind, entity=entity, entity_id=entity_id,
                           by=identity.current_name())
    database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, str(row.id)))
    return int(row.id)


def changes_after(last_id: int, also: Iterable[int] = (), limit: int = 5000) -> list[Change]:
    """The changes after ``last_id`` (and the ids in ``also``), oldest first: what a
    window that applied up to ``last_id`` has still to apply."""
    query = ChangeLog.select().where(ChangeLog.id > last_id)
    extra = sorted(set(also))
    if extra:
        query = ChangeLog.select().where((ChangeLog.id > last_id) | ChangeLog.id.in_(extra))
    return [_change(row) for row in query.order_by(ChangeLog.id).limit(limit)]


def prune(days: int = KEEP_DAYS) -> int:
    """Forget changes older than ``days`` (a window catches up from the log only while
    it runs; one that starts reads everything afresh); how many went."""
    if not is_team_database():
        return 0
    cutoff = utcnow() - timedelta(days=days)
    return int(ChangeLog.delete().where(ChangeLog.at < cutoff).execute())


def last_change_id() -> int:
    """The newest change's id (0 when none): where a window that opens starts."""
    row = ChangeLog.select(ChangeLog.id).order_by(ChangeLog.id.desc()).first()
    return int(row.id) if row is not None else 0


def _change(row: ChangeLog) -> Change:
    return Change(int(row.id), row.at, row.kind, row.entity,
                  int(row.entity_id) if row.entity_id is not None else None, row.by)
