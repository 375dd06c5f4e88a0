"""Merging the messages a database holds twice, and the conversations they split (schema 11).

Before schema 11 nothing stopped two syncs of one mailbox running at the same moment (two
laptops on a team's database) from each storing every message, each copy in a
conversation of its own: twice the messages, twice the conversations, doubled KPIs, and
later syncs never noticed. Schema 8 gives the Message-ID a unique index; this step first
merges what is already doubled, so that index can be built.

Each message stored more than once keeps its oldest copy (the lowest id). The copies give
it everything that hangs on them: their places in folders, attachments (a downloaded one
is kept), drafts answering them, their flags (seen, flagged or answered on any copy is so
on the one kept; a copy in Sent makes it the seller's). The conversations the copies were
in become one, the oldest: every message, note, tag, order link, reminder, draft and
outbox message of the others moves into it, with its customer when it had none.

The event log keeps its history: events of a copy or a merged conversation now name the
message or conversation kept. Only records that would now say the same thing twice go:
the arrival of a copy (its message has its own) and a clock start or stop recorded in both
conversations at the same instant.

Plain SQL on purpose: a migration step must do the same on the schema of its version
whatever the models look like later.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import peewee

logger = logging.getLogger(__name__)

_CHUNK = 400
_COPY_EVENTS = ("message_in", "message_out")
_CLOCK_EVENTS = ("clock_started", "clock_stopped")


class _Sets:
    """Union-find over conversation ids; the lowest id of a set is its root."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, c: int) -> int:
        self.parent.setdefault(c, c)
        while self.parent[c] != c:
            self.parent[c] = self.parent[self.parent[c]]
            c = self.parent[c]
        return c

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for c in self.parent:
            out.setdefault(self.find(c), []).append(c)
        return out


def merge(db: peewee.Database) -> list[int]:
    """Merge every message stored twice or more into its oldest copy, and their
    conversations into the oldest; return the conversations to recompute."""
    rows = db.execute_sql(
        'SELECT id, message_id, conversation_id, direction, is_auto, is_seen, is_flagged, '
        'is_answered, body_fetched FROM "message" WHERE message_id IN ('
        "SELECT message_id FROM \"message\" WHERE message_id <> '' "
        "GROUP BY message_id HAVING COUNT(*) > 1) ORDER BY message_id, id"
    ).fetchall()
    if not rows:
        return []
    by_key: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_key.setdefault(row[1], []).append(row)
    copy_of: dict[int, int] = {}  # copy -> the message kept
    convs = _Sets()
    kept_rows = []
    for group in by_key.values():
        keep = group[0]
        for row in group[1:]:
            copy_of[row[0]] = keep[0]
        in_convs = [r[2] for r in group if r[2] is not None]
        for c in in_convs:
            convs.union(in_convs[0], c)
        outgoing = any(r[3] == "out" for r in group)
        kept_rows.append((
            "out" if outgoing else keep[3],
            False if outgoing else bool(keep[4]),
            *(any(bool(r[i]) for r in group) for i in (5, 6, 7, 8)),
            in_convs[0] if in_convs else None,
            keep[0],
        ))
    logger.info("Merging %d copies of %d messages stored twice", len(copy_of), len(by_key))
    _merge_messages(db, copy_of, kept_rows)
    touched = []
    for target, members in sorted(convs.groups().items()):
        others = sorted(set(members) - {target})
        if others:
            _merge_conversations(db, target, others)
        touched.append(target)
    return touched


def _merge_messages(db: peewee.Database, copy_of: dict[int, int],
                    kept_rows: list[tuple[Any, ...]]) -> None:
    p = db.param
    pairs = [(keep, copy) for copy, keep in copy_of.items()]
    cursor = db.cursor()
    # every place of a copy is a place of the message ((folder, uid) is unique on its own)
    cursor.executemany(f"UPDATE message_location SET message_id = {p} WHERE message_id = {p}",
                       pairs)
    cursor.executemany(
        f"UPDATE draft SET reply_to_message_id = {p} WHERE reply_to_message_id = {p}", pairs)
    _merge_attachments(db, copy_of)
    # a copy's arrival said again what its message's own arrival says
    kinds = ", ".join(f"'{k}'" for k in _COPY_EVENTS)
    cursor.executemany(
        f'DELETE FROM "event" WHERE message_id = {p} AND kind IN ({kinds}) AND EXISTS ('
        f'SELECT 1 FROM "event" e2 WHERE e2.message_id = {p} AND e2.kind = "event".kind)',
        [(copy, keep) for copy, keep in copy_of.items()])
    cursor.executemany(f'UPDATE "event" SET message_id = {p} WHERE message_id = {p}', pairs)
    cursor.executemany(
        f'UPDATE "message" SET direction = {p}, is_auto = {p}, is_seen = {p}, '
        f"is_flagged = {p}, is_answered = {p}, body_fetched = {p}, "
        f"conversation_id = COALESCE(conversation_id, {p}) WHERE id = {p}", kept_rows)
    for part in _chunks(sorted(copy_of)):
        db.execute_sql(f'DELETE FROM "message" WHERE id IN ({_marks(db, part)})', list(part))


def _merge_attachments(db: peewee.Database, copy_of: dict[int, int]) -> None:
    """A copy's attachment the message lacks moves to it; one it has already goes, its
    downloaded file passed on when the message's own was not downloaded."""
    ids = sorted(set(copy_of) | set(copy_of.values()))
    found: list[tuple[Any, ...]] = []
    for part in _chunks(ids):
        found.extend(db.execute_sql(
            f"SELECT id, message_id, part, cached_path FROM attachment "
            f"WHERE message_id IN ({_marks(db, part)}) ORDER BY id", list(part)).fetchall())
    have: dict[tuple[int, str], tuple[int, str | None]] = {}
    for att_id, message, section, cached in found:
        if message not in copy_of:
            have[(message, section)] = (att_id, cached)
    p = db.param
    for att_id, message, section, cached in found:
        keep = copy_of.get(message)
        if keep is None:
            continue
        own = have.get((keep, section))
        if own is None:
            db.execute_sql(f"UPDATE attachment SET message_id = {p} WHERE id = {p}",
                           (keep, att_id))
            have[(keep, section)] = (att_id, cached)
            continue
        if own[1] is None and cached is not None:
            db.execute_sql(f"UPDATE attachment SET cached_path = {p} WHERE id = {p}",
                           (cached, own[0]))
            have[(keep, section)] = (own[0], cached)
        db.execute_sql(f"DELETE FROM attachment WHERE id = {p}", (att_id,))


def _merge_conversations(db: peewee.Database, target: int, others: list[int]) -> None:
    p = db.param
    marks = _marks(db, others)
    for table in ("message", "note", "reminder", "draft", "outbox_message", "event"):
        column = "conversation_id"
        db.execute_sql(f'UPDATE "{table}" SET {column} = {p} WHERE {column} IN ({marks})',
                       [target, *others])
    # tags and order links are unique per conversation: a second one of the same goes
    for table, unique in (("conversation_tag", ("tag", "product")),
                          ("conversation_order", ("order_id",))):
        cols = ", ".join(f'"{c}"' for c in unique)
        extra = ", linked_by" if table == "conversation_order" else ""
        rows = db.execute_sql(
            f'SELECT id, conversation_id, {cols}{extra} FROM "{table}" '
            f"WHERE conversation_id IN ({p}, {marks}) ORDER BY id", [target, *others],
        ).fetchall()
        held: dict[tuple[Any, ...], int] = {}
        for row in rows:
            if row[1] == target:
                held[tuple(row[2:2 + len(unique)])] = row[0]
        for row in rows:
            if row[1] == target:
                continue
            value = tuple(row[2:2 + len(unique)])
            if value in held:
                if extra and row[-1] == "manual":  # the seller's own link stays the seller's
                    db.execute_sql(f"UPDATE conversation_order SET linked_by = 'manual' "
                                   f"WHERE id = {p}", (held[value],))
                db.execute_sql(f'DELETE FROM "{table}" WHERE id = {p}', (row[0],))
            else:
                db.execute_sql(f'UPDATE "{table}" SET conversation_id = {p} WHERE id = {p}',
                               (target, row[0]))
                held[value] = row[0]
    kinds = ", ".join(f"'{k}'" for k in _CLOCK_EVENTS)
    db.execute_sql(
        f'DELETE FROM "event" WHERE conversation_id = {p} AND kind IN ({kinds}) AND EXISTS ('
        f'SELECT 1 FROM "event" e2 WHERE e2.conversation_id = "event".conversation_id '
        f'AND e2.kind = "event".kind AND e2.at = "event".at AND e2.id < "event".id)',
        (target,))
    db.execute_sql(
        f"UPDATE conversation SET customer_id = (SELECT customer_id FROM conversation c2 "
        f"WHERE c2.id IN ({marks}) AND c2.customer_id IS NOT NULL ORDER BY c2.id LIMIT 1) "
        f"WHERE id = {p} AND customer_id IS NULL", [*others, target])
    db.execute_sql(f"DELETE FROM conversation WHERE id IN ({marks})", list(others))


def _marks(db: peewee.Database, values: Sequence[Any]) -> str:
    return ", ".join([db.param] * len(values))


def _chunks(values: Sequence[int]) -> list[Sequence[int]]:
    return [values[i:i + _CHUNK] for i in range(0, len(values), _CHUNK)]
