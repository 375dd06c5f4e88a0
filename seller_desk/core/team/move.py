"""Moving a personal shop (the SQLite file on this laptop) into a team's PostgreSQL
database: every table copied with its ids, the sequences set after them, and each table
verified by its row count and a checksum of every value on both sides.

The SQLite file is opened read-only and left exactly as it was: if anything goes wrong,
the seller keeps working on it as before. The copy is one transaction on the server, so a
failed or mismatched copy leaves the team's database as empty as it was.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as dt_time
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.store import db as store_db
from seller_desk.core.store import migrations
from seller_desk.core.store.models import (
    MODELS,
    Account,
    AppMeta,
    BaseModel,
    Conversation,
    Member,
    Order,
    Template,
)

logger = logging.getLogger(__name__)

PAGE = 500  # rows read and written at a time (messages carry their raw mail)


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str


@dataclass
class MoveReport:
    tables: list[TableCopy] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def open_read_only(path: Path) -> peewee.SqliteDatabase:
    """The shop's SQLite file, read-only: nothing of it can change, not even its WAL."""
    if not path.is_file():
        raise ValidationError("team.no_shop_file", {"path": str(path)})
    database = peewee.SqliteDatabase(f"file:{path}?mode=ro", uri=True)
    database.connect()
    return database


def move_from_sqlite(source: Path, target: peewee.Database) -> MoveReport:
    """Copy the shop at ``source`` into ``target`` (a team's PostgreSQL, at the current
    schema, holding no shop yet).

    Raises:
        ValidationError: no such file; a shop saved by an older version; the team's
            database already holds a shop; a table whose copy does not match.
    """
    started = time.monotonic()
    src = open_read_only(source)
    try:
        version = migrations.schema_version(src)
        if version != migrations.CURRENT_VERSION:
            raise ValidationError("team.move_old_schema", {"version": version},
                                  hint="team.move_old_schema_hint")
        _refuse_a_shop(target)
        report = MoveReport()
        copied_models: list[type[BaseModel]] = []
        with target.atomic():
            with target.bind_ctx([Template], bind_refs=False, bind_backrefs=False):
                # the default answers put in by "team create": the shop brings its own
                Template.delete().execute()
            for model in MODELS:
                if model is AppMeta:
                    _copy_meta(src, target)
                    continue
                if model is Member and _count(target, model):
                    continue  # the team's own members (seller-desk team create)
                copied_models.append(model)
                report.tables.append(_copy_table(model, src, target))
            # checked once every table is in: a table's copy may be settled by the
            # database's triggers as later tables arrive (a customer's last contact is
            # kept from the conversations copied after the customers)
            for model, copied in zip(copied_models, report.tables, strict=True):
                _verify(model, target, copied)
            _reset_sequences(target)
        report.seconds = time.monotonic() - started
        logger.info("Moved %d rows in %d tables from %s in %.1f s", report.rows,
                    len(report.tables), source, report.seconds)
        return report
    finally:
        src.close()


def _refuse_a_shop(target: peewee.Database) -> None:
    held = {m.__name__: _count(target, m) for m in (Account, Conversation, Order)}
    others = [m for m in MODELS if m not in (AppMeta, Member, Template) and _count(target, m)]
    if any(held.values()) or others:
        raise ValidationError("team.move_not_empty", {
            "accounts": held["Account"], "conversations": held["Conversation"],
            "orders": held["Order"]}, hint="team.move_not_empty_hint")


def _count(database: peewee.Database, model: type[BaseModel]) -> int:
    with database.bind_ctx([model], bind_refs=False, bind_backrefs=False):
        return int(model.select().count())


def _copy_meta(src: peewee.Database, target: peewee.Database) -> None:
    """The shop's own notes (removed built-in templates ...); the target's schema version
    and creation time stay."""
    with src.bind_ctx([AppMeta], bind_refs=False, bind_backrefs=False):
        rows = list(AppMeta.select().dicts())
    with target.bind_ctx([AppMeta], bind_refs=False, bind_backrefs=False):
        for row in rows:
            AppMeta.insert(**row).on_conflict_ignore().execute()


def _copy_table(model: type[BaseModel], src: peewee.Database,
                target: peewee.Database) -> TableCopy:
    """Copy one table page by page in key order, checksumming what was read (the copy is
    checked against it by :func:`_verify`)."""
    pk = model._meta.primary_key
    read_sum, read_rows = hashlib.sha256(), 0
    last: Any = None
    while True:
        with src.bind_ctx([model], bind_refs=False, bind_backrefs=False):
            query = model.select().order_by(pk).limit(PAGE)
            if last is not None:
                query = query.where(pk > last)
            rows = list(query.dicts())
        if not rows:
            break
        for row in rows:
            _digest(read_sum, model, row)
        with target.bind_ctx([model], bind_refs=False, bind_backrefs=False):
            model.insert_many(rows).execute()
        read_rows += len(rows)
        last = rows[-1][pk.name]
    return TableCopy(model._meta.table_name, read_rows, read_sum.hexdigest())


def _verify(model: type[BaseModel], target: peewee.Database, copied: TableCopy) -> None:
    """Read a table's copy back: its count and checksum must be what was read.

    Raises:
        ValidationError: they differ (the caller's transaction then leaves nothing)."""
    copy_sum, copy_rows = _checksum(model, target)
    if (copy_rows, copy_sum.hexdigest()) != (copied.rows, copied.checksum):
        raise ValidationError("team.move_mismatch", {
            "table": copied.table, "rows": copied.rows, "copied": copy_rows},
            hint="team.move_mismatch_hint")


def table_checksum(model: type[BaseModel], database: peewee.Database) -> tuple[int, str]:
    """(rows, checksum) of one table in ``database`` (the tests compare both sides)."""
    digest, rows = _checksum(model, database)
    return rows, digest.hexdigest()


def _checksum(model: type[BaseModel], database: peewee.Database) -> tuple[Any, int]:
    pk = model._meta.primary_key
    digest, rows, last = hashlib.sha256(), 0, None
    while True:
        with database.bind_ctx([model], bind_refs=False, bind_backrefs=False):
            query = model.select().order_by(pk).limit(PAGE)
            if last is not None:
                query = query.where(pk > last)
            page = list(query.dicts())
        if not page:
            return digest, rows
        for row in page:
            _digest(digest, model, row)
        rows += len(page)
        last = page[-1][pk.name]


def _digest(digest: Any, model: type[BaseModel], row: dict[str, Any]) -> None:
    """Add one row to a checksum, each value written the same whichever database it came
    from (SQLite hands back bytes and 0/1 where PostgreSQL hands memoryview and bool)."""
    values = [_canonical(row.get(name)) for name in model._meta.sorted_field_names]
    digest.update(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode())
    digest.update(b"\n")


def _canonical(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (datetime, date, dt_time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    if value is None or isinstance(value, (int, str)):
        return value
    return str(value)  # any other type the same way on both sides


def _reset_sequences(target: peewee.Database) -> None:
    """Ids were copied as they were: each table's id sequence continues after its
    highest id, so the next row the team adds does not collide."""
    for model in MODELS:
        pk = model._meta.primary_key
        if not isinstance(pk, peewee.AutoField):
            continue
        table = model._meta.table_name
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
            f"coalesce(max(\"{pk.column_name}\"), 1), max(\"{pk.column_name}\") IS NOT NULL) "
            f"FROM \"{table}\"")


def shop_file() -> Path:
    """This computer's personal shop (the SQLite file in the data folder)."""
    url = store_db.default_url()
    return Path(url[len("sqlite:///"):])
