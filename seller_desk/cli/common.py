"""Helpers shared by the commands."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from seller_desk.core.common.settings import Settings

if TYPE_CHECKING:
    import peewee

# the database, the team's access and the templates are imported by the functions that
# use them: building the parser (every command, --help, --version) needs none of them


def database_url(args: argparse.Namespace) -> str | None:
    """The database the command should use: --database, then the setting, then default.

    A team database's password written in the address goes to the keyring (and out of the
    setting, which is rewritten without it); the address returned carries the keyring's
    password, in memory only."""
    from seller_desk.core.team import access

    if getattr(args, "database", None):
        return str(access.with_password(access.keep_password(args.database)))
    settings = Settings()
    stored = settings.get("database.url") or None
    if not stored:
        return None
    kept = access.keep_password(str(stored))
    if kept != stored:
        settings.set("database.url", kept)  # the settings file never holds a password
    return str(access.with_password(kept))


def open_db(args: argparse.Namespace, install_templates: bool = True) -> peewee.Database:
    """Open the database for a command; with --demo, fill an empty one with the demo shop.

    Args:
        install_templates: add or refresh the default answers (reads their files and
            compares each row); a command that never writes an answer (``stats``, ``sync``)
            skips it, to stay quick when run every few minutes. The demo shop always
            gets them: its conversations hold answers made from them.
    """
    from seller_desk.core.common import settings as common_settings
    from seller_desk.core.store import db
    from seller_desk.core.team.leadership import is_team_database

    database = db.open_database(database_url(args))
    if is_team_database(database):
        from seller_desk.core.team import shared_settings

        shared_settings.install()  # a team: the shop's settings live in its database
    else:  # as install() does for a personal shop, without the team's change log's imports
        common_settings.use_shared(None)
    if install_templates or getattr(args, "demo", False):
        from seller_desk.core.templates import canned as templates

        templates.install_defaults()
    if getattr(args, "demo", False):
        from seller_desk.core.demo import shop as demo

        if not demo.has_demo_data():
            demo.apply_demo_settings(Settings())
            demo.build_demo()
            demo.switch_on_status_emails(Settings())
        demo.mark_simulated()
    return database


#: the status a Unix tool's pipeline reports when its reader went away: 128 + SIGPIPE
EXIT_OUTPUT_CLOSED = 128 + getattr(signal, "SIGPIPE", 13)


class OutputClosed(BrokenPipeError):
    """What the command printed has no reader any more (``seller-desk ... | head -1``)."""


class _Guarded:
    """A standard stream whose broken pipe is told apart from any other (a mail server's
    closed socket is a BrokenPipeError too, and must not pass for a reader gone away)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError as exc:
            raise OutputClosed(*exc.args) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError as exc:
            raise OutputClosed(*exc.args) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_output() -> Iterator[None]:
    """While inside, stdout and stderr raise :class:`OutputClosed` when their reader has
    gone away. SIGPIPE itself stays ignored, as Python sets it: its default action would
    kill the app on a mail server's closed socket as well."""
    saved = sys.stdout, sys.stderr
    sys.stdout = _Guarded(saved[0])
    sys.stderr = _Guarded(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def flush_output() -> None:
    """Write what is still buffered now, so a reader that left is noticed while the
    command can still end quietly, not by the interpreter at exit."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()


def discard_output() -> None:
    """After :class:`OutputClosed`: point each stream whose reader left at the null device,
    so the rest it holds goes nowhere, without a word, when the interpreter flushes it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
            continue  # this one still has its reader
        except BrokenPipeError:
            pass
        except (OSError, ValueError):
            continue
        try:
            fd = stream.fileno()
            null = os.open(os.devnull, os.O_WRONLY)
        except (OSError, ValueError):
            continue
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
