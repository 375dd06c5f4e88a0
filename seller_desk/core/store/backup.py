"""One-click backup of the database to a file, and restore from one.

Both use SQLite's online backup API, so they run while the app is open (other connections
keep reading; they see the restored data as soon as it is in place). A backup is a single
self-contained SQLite file (rollback journal, not WAL), written next to its target under a
temporary name and renamed into place, so a failed backup never leaves a half file.

Restore is careful because it replaces everything:

1. the chosen file is copied to a private temporary file (the original is only read) and
   checked there: a SQLite file, intact (``PRAGMA quick_check``), every Seller Desk table
   present, a schema this version can open;
2. the current database is backed up into ``backups/`` in the data folder first, so a wrong
   choice can be undone;
3. the checked copy is written over the live database in one transaction, and the schema is
   brought up to date (a backup from an older version is upgraded).

A team database on PostgreSQL is backed up with the server's own tools (``pg_dump``); these
functions refuse it with that hint.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee

from seller_desk.core.common import paths
from seller_desk.core.common.errors import UserError
from seller_desk.core.common.messages import Msg
from seller_desk.core.store import migrations
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import database

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite3"
#: pages copied per step; small enough for smooth progress, large enough to be quick
PAGES_PER_STEP = 256
#: the tables whose row counts describe a backup to the seller
COUNTED_TABLES = ("conversation", "message", "customer", "order", "shipment", "reminder")

ProgressFn = Callable[[int, int, str], None]


class BackupError(UserError):
    """A backup cannot be made or a file cannot be restored; nothing was changed."""


@dataclass
class BackupInfo:
    """What a backup file holds."""

    path: Path
    schema_version: int
    size: int
    created_at: datetime | None = None  # when the database inside was first made
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class RestoreResult:
    """The restored backup and where the database it replaced was kept."""

    restored: BackupInfo
    previous_copy: Path


def default_backup_name(now: datetime | None = None) -> str:
    """A file name that sorts by date: ``seller-desk-backup-2026-03-01-1405.sqlite3``."""
    now = (now or utcnow()).astimezone()
    return f"seller-desk-backup-{now:%Y-%m-%d-%H%M}{BACKUP_SUFFIX}"


def backups_dir() -> Path:
    """Where the database is kept aside before a restore."""
    return paths.private_dir(paths.data_dir() / "backups")


def backup_database(target: str | os.PathLike[str], db: peewee.Database | None = None,
                    progress: ProgressFn | None = None) -> BackupInfo:
    """Copy the open database to the file ``target`` (replaced if it exists).

    Raises:
        BackupError: the database is not SQLite, or the target cannot be written.
    """
    db = _sqlite_db(db)
    target = Path(target).expanduser()
    if target.suffix == "":
        target = target.with_suffix(BACKUP_SUFFIX)
    _refuse_live_file(target, db)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=BACKUP_SUFFIX,
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        dest = sqlite3.connect(tmp)
        try:
            _copy(db.connection(), dest, progress, "Backing up")
            # a single file that opens anywhere, without -wal and -shm beside it
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, sqlite3.Error | OSError):
            raise _write_error(target, exc) from exc
        raise
    logger.info("Database backed up to %s", target)
    return _describe(target, target)


def inspect_backup(source: str | os.PathLike[str]) -> BackupInfo:
    """Check that ``source`` is a Seller Desk backup this version can restore; describe it.

    Raises:
        BackupError: with the reason in plain words (not SQLite, damaged, not ours, newer).
    """
    source = Path(source).expanduser()
    with tempfile.TemporaryDirectory(prefix="seller-desk-check-") as tmpdir:
        copy = _checked_copy(source, Path(tmpdir) / "check.sqlite3", None)
        return _describe(copy, source)


def restore_database(source: str | os.PathLike[str], db: peewee.Database | None = None,
                     progress: ProgressFn | None = None) -> RestoreResult:
    """Replace the open database's contents with the backup ``source``.

    The file is checked first and the current database is kept aside in
    :func:`backups_dir`; the restored data is upgraded to the current schema.

    Raises:
        BackupError: the file cannot be restored; the current database is unchanged.
    """
    db = _sqlite_db(db)
    source = Path(source).expanduser()
    _refuse_live_file(source, db)
    live = db.connection()
    with tempfile.TemporaryDirectory(prefix="seller-desk-restore-") as tmpdir:
        copy = _checked_copy(source, Path(tmpdir) / "restore.sqlite3", progress)
        info = _describe(copy, source)
        aside = backups_dir() / f"before-restore-{utcnow().astimezone():%Y-%m-%d-%H%M%S}.sqlite3"
        backup_database(aside, db, _scaled(progress, "Keeping the current data aside"))
        src = sqlite3.connect(copy)
        try:
            _match_page_size(src, live)
            if live.in_transaction:
                live.commit()
            _copy(src, live, progress, "Restoring")
        except sqlite3.Error as exc:
            raise BackupError(
                "backup.restore_failed", {"name": source.name, "reason": exc},
                hint=Msg("backup.restore_failed_hint", {"path": aside})) from exc
        finally:
            src.close()
    migrations.migrate(db)
    logger.info("Database restored from %s; the previous data is in %s", source, aside)
    return RestoreResult(info, aside)


# --- helpers -----------------------------------------------------------------------------


def _sqlite_db(db: peewee.Database | None) -> peewee.SqliteDatabase:
    db = db if db is not None else database.obj
    if db is None:
        raise BackupError("backup.no_database")
    if not isinstance(db, peewee.SqliteDatabase):
        raise BackupError("backup.server_database", hint="backup.server_database_hint")
    return db


def _refuse_live_file(path: Path, db: peewee.SqliteDatabase) -> None:
    live = str(db.database)
    if live == ":memory:" or not path.exists():
        return
    with contextlib.suppress(OSError):
        if path.resolve() == Path(live).resolve():
            raise BackupError("backup.is_live", hint="backup.is_live_hint")


def _copy(src: sqlite3.Connection, dest: sqlite3.Connection, progress: ProgressFn | None,
          text: str) -> None:
    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total, text)
        cancelled = getattr(progress, "cancelled", None)
        if cancelled is not None and cancelled.is_set():
            raise BackupError("backup.cancelled")

    src.backup(dest, pages=PAGES_PER_STEP, progress=report, sleep=0)


def _checked_copy(source: Path, copy: Path, progress: ProgressFn | None) -> Path:
    """Copy ``source`` to ``copy`` through SQLite and check the copy; return ``copy``."""
    name = source.name
    not_ours = BackupError("backup.not_ours", {"name": name}, hint="backup.not_ours_hint")
    try:
        with source.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError as exc:
        raise BackupError("backup.missing", {"path": source}) from exc
    except OSError as exc:
        raise BackupError("backup.unreadable",
                          {"path": source, "reason": exc.strerror or exc}) from exc
    if head != SQLITE_MAGIC:
        raise not_ours
    src: sqlite3.Connection | None = None
    try:
        src = _open_read_only(source)
        dest = sqlite3.connect(copy)
        try:
            _copy(src, dest, _scaled(progress, "Checking the backup"), "Checking the backup")
            dest.execute("PRAGMA journal_mode = DELETE")
            check = dest.execute("PRAGMA quick_check").fetchall()
            if [row[0] for row in check] != ["ok"]:
                raise BackupError("backup.damaged", {"name": name}, hint="backup.damaged_hint")
            tables = {row[0] for row in dest.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            # the tables every version had: a backup of an older version lacks the newer
            # ones, which the upgrade after the restore adds
            if not {"app_meta", "account", "folder", "conversation", "message"} <= tables:
                raise not_ours
            row = dest.execute("SELECT value FROM app_meta WHERE key = ?",
                               (migrations.VERSION_KEY,)).fetchone()
        finally:
            dest.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.damaged_or_foreign", {"name": name},
                          hint="backup.damaged_or_foreign_hint") from exc
    finally:
        if src is not None:
            src.close()
    try:
        version = int(row[0]) if row else 0
    except ValueError:
        version = 0
    if version < 1:
        raise not_ours
    if version > migrations.CURRENT_VERSION:
        raise BackupError("backup.newer", {"name": name}, hint="backup.newer_hint")
    return copy


def _open_read_only(source: Path) -> sqlite3.Connection:
    uri = source.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # a WAL-mode file on a read-only disk cannot get its -shm; read it as it lies
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn


def _match_page_size(src: sqlite3.Connection, live: sqlite3.Connection) -> None:
    # SQLite cannot copy pages of another size into a WAL database; rewrite the copy first
    want = live.execute("PRAGMA page_size").fetchone()[0]
    if src.execute("PRAGMA page_size").fetchone()[0] != want:
        src.execute(f"PRAGMA page_size = {int(want)}")
        src.execute("VACUUM")


def _describe(copy: Path, shown_as: Path) -> BackupInfo:
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
        counts: dict[str, int] = {}
        for table in COUNTED_TABLES:
            with contextlib.suppress(sqlite3.Error):
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()
    created: datetime | None = None
    with contextlib.suppress(KeyError, ValueError):
        created = datetime.fromisoformat(meta["created_at"])
    return BackupInfo(
        path=shown_as,
        schema_version=int(meta.get(migrations.VERSION_KEY, 0)),
        size=shown_as.stat().st_size if shown_as.exists() else copy.stat().st_size,
        created_at=created,
        counts=counts,
    )


def _scaled(progress: ProgressFn | None, text: str) -> ProgressFn | None:
    if progress is None:
        return None

    def report(done: int, total: int, _text: str) -> None:
        progress(done, total, text)

    report.cancelled = getattr(progress, "cancelled", None)  # type: ignore[attr-defined]
    return report


def _write_error(target: Path, exc: BaseException) -> BackupError:
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == 28) or "full" in text:
        return BackupError("backup.disk_full", hint="backup.disk_full_hint")
    return BackupError("backup.write_failed", {"path": target}, hint="backup.write_failed_hint")

