"""Open the database from a URL and keep its schema current.

* ``None`` or ``""``: the SQLite file in the data directory (the embedded default).
* ``sqlite:///path/to/file.sqlite3`` or ``sqlite:///:memory:``.
* ``postgresql://user:password@host:port/dbname``: a shared database for a team.

SQLite runs with WAL (readers never block the writer), foreign keys on, and a busy timeout
so two threads writing at once wait for each other instead of failing.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

import peewee

from seller_desk.core.common import paths
from seller_desk.core.common.errors import StorageError
from seller_desk.core.store import pgdriver
from seller_desk.core.store.models import AppMeta, database
from seller_desk.core.store.schema_version import CURRENT_VERSION, VERSION_KEY

logger = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "normal",
    "cache_size": -32_000,  # 32 MB page cache
    "temp_store": "memory",
}


class SqliteDatabase(peewee.SqliteDatabase):
    """SQLite whose transactions take the write lock when they begin (BEGIN IMMEDIATE).

    In WAL mode a deferred transaction that reads first and writes later cannot wait for
    another writer: SQLite answers "database is locked" at once instead of honouring the
    busy timeout, because its snapshot is already stale. Taking the lock up front makes
    every writer wait its turn (readers are never blocked in WAL mode), so the sync, the
    outbox and the window can all write at the same time without spurious failures.
    """

    def rollback(self) -> None:
        """Roll back, unless SQLite has done so already.

        After some errors (the disk is full, an I/O error) SQLite ends the transaction
        itself. A ROLLBACK then fails with "cannot rollback - no transaction is active",
        and that failure, raised while the real error was being handled, took its place:
        the seller saw a riddle instead of "the disk is full".
        """
        if _sqlite_in_transaction(self):
            super().rollback()
        else:
            _note_ended(self)

    def savepoint(self, sid: str | None = None) -> peewee._savepoint:
        return _Savepoint(self, sid)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        """Run a statement, but never one meant for a transaction SQLite has ended.

        Code that catches a failure inside a transaction and carries on (the linking's
        guard does, so a linking bug never loses mail) would otherwise run its next
        statements one by one outside any transaction, each saved alone: half a batch
        in the database while the rest was rolled back.
        """
        if self._state.transactions and not _sqlite_in_transaction(self) and \
                not isinstance(self.top_transaction(), peewee._manual):
            raise _ended_error(self)
        return super().execute_sql(sql, params)

    def commit(self) -> None:
        if not _sqlite_in_transaction(self) and getattr(self._state, "ended_by", None):
            raise _ended_error(self)  # not "cannot commit": the reason SQLite ended it
        super().commit()

    def begin(self, lock_type: str | None = None) -> None:
        self._state.ended_by = None
        super().begin(lock_type or "IMMEDIATE")


class TransactionEnded(peewee.OperationalError):
    """SQLite ended the transaction after an earlier error (raised from it): nothing of
    the transaction was saved, and nothing more of it may run."""


def _note_ended(db: peewee.SqliteDatabase) -> None:
    """Remember why SQLite ended the transaction: the error being handled now."""
    if getattr(db._state, "ended_by", None) is None:
        db._state.ended_by = sys.exc_info()[1]


def _ended_error(db: peewee.SqliteDatabase) -> TransactionEnded:
    cause = getattr(db._state, "ended_by", None)
    error = TransactionEnded("SQLite ended the transaction after an earlier error "
                             f"({cause or 'unknown'}); nothing of it was saved")
    error.__cause__ = cause
    return error


class _Savepoint(peewee._savepoint):
    """A savepoint whose rollback is skipped when SQLite has already ended the whole
    transaction (see :meth:`SqliteDatabase.rollback`)."""

    def rollback(self, begin: bool = True) -> None:
        if _sqlite_in_transaction(self.db):
            super().rollback(begin)
        else:
            _note_ended(self.db)


def _sqlite_in_transaction(db: peewee.SqliteDatabase) -> bool:
    conn = db._state.conn
    return conn is None or bool(conn.in_transaction)


def default_url() -> str:
    return f"sqlite:///{paths.database_path()}"


def redact_url(url: str) -> str:
    """The URL without its password, for logs and messages."""
    parsed = urlparse(url)
    if parsed.password:
        netloc = parsed.netloc.replace(f":{parsed.password}@", ":***@")
        return parsed._replace(netloc=netloc).geturl()
    return url


def _private_database_file(path: Path) -> None:
    """Create the database file private before SQLite does, and tighten an older one.

    SQLite gives the -wal, -shm and -journal files it creates the database file's mode, so
    a private database keeps them private too; ones an older version left open are
    tightened here. An empty file that this process did not make is refused first
    (:func:`_refuse_empty_file`): making the file here must not pass for it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise paths.folder_error(path.parent, exc) from exc
    _refuse_empty_file(path)
    try:
        paths.create_private_file(path)
    except OSError:
        return  # SQLite's own error says it better when the database is opened
    for name in ("", "-wal", "-shm", "-journal"):
        paths.make_private(path.with_name(path.name + name))


def make_database(url: str | None = None) -> peewee.Database:
    """Build (without connecting) a peewee database for ``url``."""
    url = url or default_url()
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme == "sqlite":
        # sqlite:///relative or sqlite:////absolute; sqlite:///:memory:
        path = unquote(url[len("sqlite:///") :]) if url.startswith("sqlite:///") else ""
        if not path:
            raise StorageError("storage.no_file", {"url": url})
        if path != ":memory:":
            _private_database_file(Path(path).expanduser())
        return SqliteDatabase(
            path, pragmas=SQLITE_PRAGMAS, check_same_thread=False, timeout=10
        )
    if scheme in ("postgresql", "postgres"):
        pgdriver.attach()
        return peewee.PostgresqlDatabase(
            (parsed.path or "/").lstrip("/") or "postgres",
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
            **postgres_options(parsed.query),
        )
    raise StorageError("storage.scheme_unknown", {"scheme": scheme},
                       hint="storage.scheme_hint")


#: the connection options of a postgresql:// address's query that are passed on (a
#: managed PostgreSQL asks for SSL: ?sslmode=require, or verify-full with sslrootcert)
POSTGRES_OPTIONS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl",
                    "connect_timeout", "application_name", "target_session_attrs")


def postgres_options(query: str) -> dict[str, str]:
    """The options of ``query`` libpq understands and we pass on, by name; the others are
    left out (and logged), so a typo does not pass silently as a connection option."""
    found: dict[str, str] = {}
    for name, values in parse_qs(query, keep_blank_values=False).items():
        if name in POSTGRES_OPTIONS:
            found[name] = values[-1]
        else:
            logger.warning("Ignored the database address's option %r", name)
    return found


def open_database(url: str | None = None, migrate: bool = True) -> peewee.Database:
    """Open the database at ``url``, bind the models to it, and bring its schema up to date.

    Raises:
        StorageError: the file or server cannot be used, with the reason in plain words.
    """
    db = make_database(url)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        version = _current_version_found(db)
        if version is None:
            from seller_desk.core.store import migrations

            if migrate:
                migrations.migrate(db)
            version = migrations.schema_version(db)
    except (peewee.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        raise _storage_error(url or default_url(), exc) from exc
    logger.info("Database open: %s (schema %s)", redact_url(url or default_url()), version)
    return db


def schema_version(db: peewee.Database) -> int:
    """The schema version ``db`` records (0: none), without the migration code when it is
    today's."""
    found = _current_version_found(db)
    if found is not None:
        return found
    from seller_desk.core.store import migrations

    return migrations.schema_version(db)


def _current_version_found(db: peewee.Database) -> int | None:
    """:data:`CURRENT_VERSION` when an SQLite database records it already (what the
    migrations would find before doing nothing), else None: the migrations decide.

    One query instead of importing the migrations and the modules their steps use
    (5-15 ms of every command). A shared PostgreSQL database always goes through them: a
    failed query there would end the transaction it ran in.
    """
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    try:
        row = db.execute_sql(f'SELECT "value" FROM "{AppMeta._meta.table_name}" '
                             'WHERE "key" = ?', (VERSION_KEY,)).fetchone()
    except peewee.OperationalError:  # no such table: a new database, or not ours
        return None
    return CURRENT_VERSION if row is not None and row[0] == str(CURRENT_VERSION) else None


#: database files this process found missing and had SQLite create: empty, and ours
_created_here: set[str] = set()


def _refuse_empty_file(file: Path) -> None:
    """An empty database file is refused, unless this very process created it.

    SQLite takes a file of zero bytes for an empty database and Seller Desk would fill it
    with empty tables. But such a file is most often a copy that never finished (a full
    disk, a cloud folder still downloading, a cable pulled), sitting where the real
    database belongs: the seller must decide, not Seller Desk.
    """
    key = str(file.resolve())
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        _created_here.add(key)  # a new database, made now
        return
    except OSError:
        return  # SQLite says what is wrong when it opens it
    if size == 0 and key not in _created_here:
        raise StorageError("storage.empty_file", {"path": file},
                           hint="storage.empty_file_hint", kind="empty_file")


#: what the database itself raises (peewee's errors wrap SQLite's, psycopg's)
DATABASE_ERRORS: tuple[type[BaseException], ...] = (peewee.DatabaseError,
                                                    sqlite3.DatabaseError)


def integrity_problems(db: peewee.Database | None = None, limit: int = 5) -> list[str]:
    """What SQLite's own check (``PRAGMA quick_check``) finds wrong in the database file:
    nothing when it is intact. A server database is checked by its server: nothing here.

    quick_check reads every page (about a second for a large shop's database) but skips
    the slow comparison of each index with its table that integrity_check adds.
    """
    db = db or database.obj
    if not isinstance(db, peewee.SqliteDatabase):
        return []
    try:
        rows = db.execute_sql(f"PRAGMA quick_check({int(limit)})").fetchall()
    except DATABASE_ERRORS as exc:
        return [str(exc)]
    problems = [line.strip() for row in rows for line in str(row[0]).splitlines()
                if line.strip() and not line.startswith("***")]  # "*** in database main ***"
    return [] if problems == ["ok"] else problems


#: pages (64 MB) of write-ahead log between checkpoints while mail is stored in bulk
BULK_CHECKPOINT_PAGES = 16_384


@contextlib.contextmanager
def fewer_checkpoints() -> Iterator[None]:
    """Let SQLite's write-ahead log grow larger while mail is stored in bulk (a sync).

    Each batch of mail writes several MB (bodies and the full-text index), so at the
    default of 1000 pages nearly every batch's commit copied the log into the database
    and synced it to disk; with a larger log that happens a few times per sync, and pages
    written by several batches (the index, conversations) are copied once. A sync holds
    it over all its folders and passes: released between two passes, the next commit
    copied the whole log at once in the middle of the sync (0.12-0.15 s). Nests: the
    outermost use decides when the log is copied again as usual.
    """
    db = database.obj
    if not isinstance(db, peewee.SqliteDatabase):
        yield
        return
    previous = db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute_sql(f"PRAGMA wal_autocheckpoint = {max(int(previous), BULK_CHECKPOINT_PAGES)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA wal_autocheckpoint = {int(previous)}")


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def storage_error(exc: BaseException, url: str | None = None) -> StorageError | None:
    """The plain-words error for a failure of the database or its disk, or None when
    ``exc`` is something else (a bug, which keeps its traceback).

    Looks through the exceptions ``exc`` was raised from or while handling, so the reason
    is found behind a later failure too. ``url``: the database's address (default: the
    open database).
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageError):
            return current
        if isinstance(current, DATABASE_ERRORS) or (
                isinstance(current, OSError) and current.errno in _DISK_ERRNOS):
            error = _known_storage_error(url or _open_url(), current)
            if error is not None:
                return error
        current = current.__cause__ or current.__context__
    return None


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # no room, or quota
_DISK_ERRNOS = _FULL_ERRNOS | {errno.EROFS, errno.EIO}


def _open_url() -> str:
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        return f"sqlite:///{db.database}"
    if isinstance(db, peewee.PostgresqlDatabase):
        params: dict[str, Any] = db.connect_params
        return (f"postgresql://{params.get('user') or ''}@{params.get('host') or ''}:"
                f"{params.get('port') or ''}/{db.database}")
    return default_url()


def _sqlite_file(url: str) -> Path | None:
    if not url.startswith("sqlite:///"):
        return None
    path = unquote(url[len("sqlite:///"):])
    return None if path in ("", ":memory:") else Path(path).expanduser()


def _disk_full(folder: Path | None) -> bool:
    """Whether the disk holding ``folder`` has (next to) no room left."""
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def damaged_error(where: str, found: str = "", not_ours: bool = False) -> StorageError:
    """The words for a database file that is damaged (``found``: what SQLite's check
    found) or is not a database at all (``not_ours``). What they tell the seller to do,
    the window's restore, works on a damaged file (tests/unit/test_backup.py)."""
    if not_ours:
        return StorageError("storage.damaged", {"where": where}, hint="storage.damaged_hint",
                            kind="damaged")
    if found:
        return StorageError("storage.damaged_found", {"path": where, "found": found},
                            hint="storage.damaged_hint", kind="damaged")
    return StorageError("storage.damaged_file", {"path": where}, hint="storage.damaged_hint",
                        kind="damaged")


def _known_storage_error(url: str, exc: BaseException) -> StorageError | None:
    """Plain words for the database failures a seller can do something about."""
    text = str(exc).lower()
    file = _sqlite_file(url)
    where = str(file) if file is not None else redact_url(url)
    folder = file.parent if file is not None else None
    errnum = exc.errno if isinstance(exc, OSError) else None
    if isinstance(exc, OSError) and exc.filename:  # a file of ours elsewhere than the database
        folder = Path(exc.filename).parent
    if ("database or disk is full" in text or errnum in _FULL_ERRNOS
            or ("disk i/o error" in text and _disk_full(folder))):
        if folder is None:
            return StorageError("storage.disk_full", hint="storage.disk_full_hint",
                                kind="disk_full")
        return StorageError("storage.disk_full_at", {"folder": folder},
                            hint="storage.disk_full_at_hint", kind="disk_full")
    if "malformed" in text:
        return damaged_error(where)
    if "not a database" in text or "file is encrypted" in text:
        return damaged_error(where, not_ours=True)
    if "locked" in text or "busy" in text:
        return StorageError("storage.busy", hint="storage.busy_hint", kind="busy")
    if ("readonly" in text or "read-only" in text or errnum == errno.EROFS
            or "permission" in text):
        return StorageError("storage.read_only", {"where": where},
                            hint="storage.read_only_hint", kind="read_only")
    if "unable to open database file" in text:
        return _cannot_open(file, where)
    if "disk i/o error" in text or errnum == errno.EIO:
        return StorageError("storage.io_error", {"path": where},
                            hint="storage.io_error_hint", kind="io")
    if "could not connect" in text or "connection" in text or "refused" in text:
        return StorageError("storage.server_unreachable", {"where": where},
                            hint="storage.server_unreachable_hint", kind="unreachable")
    if "password" in text or "authentication" in text:
        return StorageError("storage.server_auth", {"where": where},
                            hint="storage.server_auth_hint", kind="auth")
    return None


def _cannot_open(file: Path | None, where: str) -> StorageError:
    """SQLite's "unable to open database file", with the reason found on the disk."""
    if file is not None:
        folder = file.parent
        if file.is_dir():
            return StorageError("storage.is_folder", {"path": file},
                                hint="storage.is_folder_hint", kind="cannot_open")
        if not folder.is_dir():
            return StorageError("storage.folder_missing", {"folder": folder},
                                hint="storage.folder_missing_hint", kind="cannot_open")
        if not os.access(folder, os.W_OK) or (file.exists() and not os.access(file, os.W_OK)):
            return StorageError("storage.read_only_folder", {"folder": folder},
                                hint="storage.read_only_hint", kind="read_only")
        if _disk_full(folder):
            return StorageError("storage.full_at_open", {"folder": folder},
                                hint="storage.full_at_open_hint", kind="disk_full")
    return StorageError("storage.cannot_open_file", {"path": where},
                        hint="storage.cannot_open_file_hint", kind="cannot_open")


def _storage_error(url: str, exc: BaseException) -> StorageError:
    """The words for a database that cannot be opened, whatever the reason."""
    known = storage_error(exc, url)
    if known is not None:
        return known
    return StorageError("storage.open_failed", {"where": redact_url(url), "reason": exc})
