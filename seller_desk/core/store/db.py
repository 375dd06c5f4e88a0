"""Open the database from a URL and keep its schema current.

* ``None`` or ``""``: the SQLite file in the data directory (the embedded default).
* ``sqlite:///path/to/file.sqlite3`` or ``sqlite:///:memory:``.
* ``postgresql://user:password@host:port/dbname``: a shared database for a team.

SQLite runs with WAL (readers never block the writer), foreign keys on, and a busy timeout
so two threads writing at once wait for each other instead of failing.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from seller_desk.core.common import paths
from seller_desk.core.common.errors import StorageError
from seller_desk.core.store import migrations
from seller_desk.core.store.models import database

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

    def begin(self, lock_type: str | None = None) -> None:
        super().begin(lock_type or "IMMEDIATE")


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
    tightened here.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
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
        return peewee.PostgresqlDatabase(
            (parsed.path or "/").lstrip("/") or "postgres",
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
        )
    raise StorageError("storage.scheme_unknown", {"scheme": scheme},
                       hint="storage.scheme_hint")


def open_database(url: str | None = None, migrate: bool = True) -> peewee.Database:
    """Open the database at ``url``, bind the models to it, and bring its schema up to date.

    Raises:
        StorageError: the file or server cannot be used, with the reason in plain words.
    """
    db = make_database(url)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if migrate:
            migrations.migrate(db)
    except (peewee.OperationalError, sqlite3.OperationalError, OSError) as exc:
        raise _storage_error(url or default_url(), exc) from exc
    except peewee.DatabaseError as exc:
        raise _storage_error(url or default_url(), exc) from exc
    logger.info("Database open: %s (schema %s)", redact_url(url or default_url()),
                migrations.schema_version(db))
    return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def _storage_error(url: str, exc: BaseException) -> StorageError:
    text = str(exc).lower()
    where = redact_url(url)
    if "disk" in text and ("full" in text or "space" in text):
        return StorageError("storage.disk_full", hint="storage.disk_full_hint")
    if "locked" in text:
        return StorageError("storage.busy", hint="storage.busy_hint")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError("storage.read_only", {"where": where}, hint="storage.read_only_hint")
    if "not a database" in text or "malformed" in text:
        return StorageError("storage.damaged", {"where": where}, hint="storage.damaged_hint")
    if "connection" in text or "could not connect" in text or "refused" in text:
        return StorageError("storage.server_unreachable", {"where": where},
                            hint="storage.server_unreachable_hint")
    if "password" in text or "authentication" in text:
        return StorageError("storage.server_auth", {"where": where},
                            hint="storage.server_auth_hint")
    return StorageError("storage.open_failed", {"where": where, "reason": exc})
