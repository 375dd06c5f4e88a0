"""The team database's password in the operating system's keyring, never in settings,
the address a window is started with, or the logs.

A seller may type ``postgresql://nora:secret@db.example.com/shop`` once (the command line,
or the ``database.url`` setting written by hand): the password is kept in the keyring under
the address without it, the setting is rewritten without it, and from then on
``postgresql://nora@db.example.com/shop`` is enough. PostgreSQL's own password file and
``PGPASSWORD`` keep working: with no password in the keyring the address goes as it is.
"""

from __future__ import annotations

import logging
from urllib.parse import quote, unquote, urlparse

from seller_desk.core.mail.connection import credentials

logger = logging.getLogger(__name__)

#: keyring entries of databases start with this (mailboxes use their address)
KEY_PREFIX = "database:"


def is_postgresql(url: str | None) -> bool:
    return bool(url) and urlparse(str(url)).scheme.lower() in ("postgresql", "postgres")


def key_for(url: str) -> str:
    """The keyring entry of a database: its login, server, port and name (no password,
    no options), so the same database reached with other options shares one password."""
    p = urlparse(url)
    user = unquote(p.username or "")
    return (f"{KEY_PREFIX}{user}@{(p.hostname or '127.0.0.1').lower()}:{p.port or 5432}"
            f"/{p.path.lstrip('/') or 'postgres'}")


def without_password(url: str) -> str:
    """``url`` with its password taken out (everything else as it was)."""
    p = urlparse(url)
    if p.password is None:
        return url
    host = p.netloc.rsplit("@", 1)[1]
    user = p.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return p._replace(netloc=f"{user}@{host}").geturl()


def keep_password(url: str) -> str:
    """Move a password written in ``url`` into the keyring; the address without it.

    When the computer has no password store it is kept for this session only (as mail
    passwords are), and the address still loses it: it is never written anywhere."""
    if not is_postgresql(url):
        return url
    p = urlparse(url)
    if p.password is None:
        return url
    if not credentials.set_password(key_for(url), unquote(p.password)):
        logger.warning("No usable keyring: the database password is kept for this session only")
    return without_password(url)


def with_password(url: str) -> str:
    """The address to connect with: ``url`` with the keyring's password for it, when it
    has none of its own and the keyring holds one (in memory only: never saved or logged)."""
    if not is_postgresql(url) or urlparse(url).password is not None:
        return url
    try:
        password = credentials.get_password(key_for(url))
    except Exception:  # noqa: BLE001 - no readable keyring: libpq's own ways still work
        logger.warning("The keyring could not be read for the database password")
        return url
    if not password:
        return url
    p = urlparse(url)
    user, host = p.netloc.rsplit("@", 1) if "@" in p.netloc else ("", p.netloc)
    return p._replace(netloc=f"{user}:{quote(password, safe='')}@{host}").geturl()


def forget(url: str) -> None:
    """Remove the database's password from the keyring."""
    if is_postgresql(url):
        credentials.delete_password(key_for(url))
