"""Writing many rows at once, fast, on SQLite and PostgreSQL alike; and id lists cut into
pieces that fit one ``IN (...)``."""

from __future__ import annotations

import gc
import operator
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import peewee

from seller_desk.core.store.fields import UtcDateTimeField, utc_text
from seller_desk.core.store.models import database

CHUNK = 400  # ids per IN (...) query
_PLAIN_FIELDS = (peewee.CharField, peewee.TextField, peewee.IntegerField,
                 peewee.BigIntegerField, peewee.BlobField)
# bound parameters per statement SQLite accepts (999 before 3.32)
_MAX_VARIABLES = 32000 if sqlite3.sqlite_version_info >= (3, 32) else 999


_pause_lock = threading.Lock()
_pauses = 0  # writers inside collector_paused() now
_resume = False  # whether the collector was on when the first of them came in


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector off while a batch of mail is turned into rows.

    A batch makes hundreds of thousands of short-lived objects (rows, values, models),
    and each few hundred allocations set off a collection that walks the objects that
    live on: a first sync spent some 4 % of its storing thread's time in them, finding
    nothing (the rows hold no cycles; reference counting frees them). The collector
    runs again once the last writer is out, as it was, never turned on by us if someone
    else had turned it off.
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def chunks(seq: Sequence[Any], size: int = CHUNK) -> list[Sequence[Any]]:
    return [seq[i : i + size] for i in range(0, len(seq), size)]


def marks(count: int) -> str:
    """``count`` parameter marks for an ``IN (...)`` of SQL text given to :func:`run`."""
    return ", ".join(["?"] * count) if count else "NULL"


def run(sql: str, params: Sequence[Any] = ()) -> Any:
    """Run SQL text written with ``?`` marks on the open database; returns the cursor.

    For the statements the sync runs for every batch: peewee builds a query anew each
    time, which cost more than SQLite took to run the ones threading sends. The text is
    plain SQL that SQLite and PostgreSQL both read (the marks are swapped for PostgreSQL's).
    """
    param = database.obj.param if database.obj is not None else "?"
    return database.execute_sql(sql if param == "?" else sql.replace("?", param), params)


class Listed(peewee.ColumnBase):  # type: ignore[misc]  # peewee is untyped here
    """The right side of an ``IN``: plain values (text, numbers) as ``(?, ?, ...)``.

    peewee turns each value of ``field.in_([...])`` into a node of its own and converts it
    through the field; for the sync's lists of hundreds of Message-IDs, building the query
    that way cost more than SQLite took to run it. Values go to the driver as they are, so
    only for columns stored as given (not dates or decimals).
    """

    def __init__(self, values: Sequence[Any]) -> None:
        super().__init__()
        self.values = list(values)

    def __sql__(self, ctx: peewee.Context) -> peewee.Context:
        if not self.values:
            return ctx.literal("(NULL)")  # matches nothing, on SQLite and PostgreSQL alike
        mark = ctx.state.param or "?"
        ctx.literal("(" + ", ".join([mark] * len(self.values)) + ")")
        # what ctx.value(v, False, add_param=False) does for a plain value, for the lot
        ctx._values.extend(self.values)
        return ctx


def insert_returning_ids(model: type[peewee.Model], rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows and return their new ids, in the order of ``rows``."""
    if not rows:
        return []
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        # several times faster than peewee's insert_many; rows get ids in the order of
        # the VALUES lists, and we hold the write lock, so every id above the old maximum
        # is one of ours
        table = model._meta.table_name
        before = db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
        bulk_insert(model, rows)
        got = [r[0] for r in db.execute_sql(
            f'SELECT id FROM "{table}" WHERE id > ? ORDER BY id', (before,)).fetchall()]
        if len(got) != len(rows):
            raise peewee.IntegrityError(f"{table}: expected {len(rows)} new rows, found {len(got)}")
        return got
    ids: list[int] = []
    for part in chunks(rows, 100):
        got_rows = model.insert_many(list(part)).returning(model.id).tuples().execute()
        # one INSERT numbers its rows in order; RETURNING's order is not promised
        ids.extend(sorted(r[0] for r in got_rows))
    return ids


def insert_new(model: type[peewee.Model], rows: list[dict[str, Any]], key: str,
               ready: Collection[str] = ()) -> dict[str, int]:
    """Insert the rows whose ``key`` (a column with a unique index) no row holds yet;
    return key -> new id for the rows this call inserted.

    A row whose key another writer stored meanwhile is left out, not an error: the caller
    reads that row back (insert-or-fetch). On PostgreSQL a key another transaction is
    inserting waits for it to commit or roll back, so no row is ever stored twice.
    ``ready`` as for :func:`bulk_insert`.
    """
    if not rows:
        return {}
    db = database.obj
    column = model._meta.fields[key]
    if isinstance(db, peewee.SqliteDatabase):
        # we hold the write lock: every id above the old maximum is one of ours
        table = model._meta.table_name
        before = db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
        bulk_insert(model, rows, skip_taken=True, ready=ready)
        return {k: i for i, k in db.execute_sql(
            f'SELECT id, "{column.column_name}" FROM "{table}" WHERE id > ?',
            (before,)).fetchall()}
    out: dict[str, int] = {}
    if ready:
        rows = [_python_form(model, row, ready) for row in rows]
    for part in chunks(rows, 100):
        # PostgreSQL's ON CONFLICT DO NOTHING skips only rows whose unique key is taken
        query = (model.insert_many(list(part)).on_conflict_ignore()
                 .returning(model.id, column).tuples())
        out.update({k: i for i, k in query.execute()})
    return out


def bulk_insert(model: type[peewee.Model], rows: list[dict[str, Any]],
                ignore_conflicts: bool = False, skip_taken: bool = False,
                ready: Collection[str] = ()) -> None:
    """Insert many rows fast (executemany on SQLite), field defaults filled in.

    ``ignore_conflicts`` drops rows that break any constraint of the table; ``skip_taken``
    only rows whose unique key is taken (a missing value or a bad reference still fails).
    The columns named in ``ready`` hold values already in database form (a JSON text
    worked out once for many rows, say): they are stored as given, on SQLite.
    """
    if not rows:
        return
    db = database.obj
    if not isinstance(db, peewee.SqliteDatabase):
        if ready:
            rows = [_python_form(model, row, ready) for row in rows]
        for part in chunks(rows, 200):
            query = model.insert_many(list(part))
            if ignore_conflicts or skip_taken:  # DO NOTHING: only for a taken unique key
                query = query.on_conflict_ignore()
            query.execute()
        return
    fields = [f for f in model._meta.sorted_fields if not isinstance(f, peewee.AutoField)]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    row_marks = "(" + ", ".join("?" for _ in fields) + ")"
    verb = "INSERT OR IGNORE" if ignore_conflicts else "INSERT"
    head = f'{verb} INTO "{model._meta.table_name}" ({columns}) VALUES '
    tail = " ON CONFLICT DO NOTHING" if skip_taken and not ignore_conflicts else ""
    # plain columns go to sqlite3 as they are; only special types need converting
    booleans = [f.name for f in fields if type(f) is peewee.BooleanField]
    special = [(f.name, f.db_value) for f in fields
               if type(f) not in _PLAIN_FIELDS and not isinstance(f, peewee.ForeignKeyField)
               and type(f) is not peewee.BooleanField]
    # each column's value when a row leaves it out: a default computed and converted once
    # per call (a first sync's conversations leave eight of their nine times empty)
    defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}
    for name, convert in special:
        defaults[name] = convert(defaults[name])
    converting = [(name, convert) for name, convert in special if name not in ready]
    times = [name for name, convert in converting if _is_time(model, name)]
    others = [(name, convert) for name, convert in converting if name not in times]
    values_of = _values_getter([f.name for f in fields])
    # many rows per statement: the full-text index writes its buffer out at the end of
    # every statement, so one row per statement would cost twice as much
    per_statement = max(1, _MAX_VARIABLES // len(fields))
    cursor = db.cursor()
    for start in range(0, len(rows), per_statement):
        part = rows[start : start + per_statement]
        params: list[Any] = []
        for row in part:
            # the row over the defaults, converted in place and read out in one C call:
            # the message rows of a first sync are 300,000 values, and a Python step per
            # value cost more than SQLite took to store them
            full = {**defaults, **row}
            for name in booleans:
                value = full[name]
                if value is not True and value is not False and value is not None:
                    full[name] = bool(value)  # what BooleanField stores; sqlite3 takes bools
            for name in times:
                value = row.get(name)
                if value is not None:
                    # utc_text's first step, without a call, for the usual aware UTC time
                    full[name] = value.isoformat(" ", "microseconds")[:26] \
                        if type(value) is datetime and value.tzinfo is UTC else utc_text(value)
            for name, convert in others:
                if name in row:
                    full[name] = convert(row[name])
            params += values_of(full)
        cursor.execute(head + ", ".join([row_marks] * len(part)) + tail, params)


def _is_time(model: type[peewee.Model], name: str) -> bool:
    return isinstance(model._meta.fields[name], UtcDateTimeField)


def _python_form(model: type[peewee.Model], row: dict[str, Any],
                 ready: Collection[str]) -> dict[str, Any]:
    """``row`` with its ``ready`` values read back into what peewee converts itself."""
    fields = model._meta.fields
    return {name: fields[name].python_value(value) if name in ready else value
            for name, value in row.items()}


def _values_getter(names: list[str]) -> Callable[[dict[str, Any]], Sequence[Any]]:
    """A function reading ``names`` out of a row, in that order, as a sequence."""
    if len(names) == 1:
        name = names[0]
        return lambda row: (row[name],)
    return operator.itemgetter(*names)
