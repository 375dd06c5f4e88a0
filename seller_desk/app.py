"""The command line: opens the window by default, or runs one command headless.

    seller-desk                      open the window
    seller-desk --demo               open the window on the demo shop
    seller-desk doctor               check the installation, in plain words
    seller-desk --self-check         prove this copy can start (offscreen, temporary data)
    seller-desk stats --json         counts of what is stored
    seller-desk --version

Each command lives in a module of :mod:`seller_desk.cli` that registers its own sub-parser.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import threading
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from seller_desk import APP_NAME, __version__
from seller_desk.cli.common import (
    EXIT_OUTPUT_CLOSED,
    OutputClosed,
    discard_output,
    flush_output,
    guarded_output,
)
from seller_desk.core.common import paths
from seller_desk.core.common.errors import UserError

logger = logging.getLogger(__name__)


def command_modules() -> list[ModuleType]:
    """The modules of :mod:`seller_desk.cli` that add commands, in the order --help lists
    them; imported when a command (or --help) is given, since the window needs none."""
    from seller_desk.cli import accounts, basic, export, imports, outbox, papers, search, sync, team

    return [basic, outbox, export, imports, accounts, sync, search, papers, team]


#: each command word, with the module of :mod:`seller_desk.cli` that adds it: a command
#: given by its word builds only its own module's part of the command line (the others'
#: imports and 80-odd help texts, each looked up in gettext's catalogues, cost 5-15 ms of
#: every command); a test holds this to what :func:`command_modules` add
COMMANDS = {"doctor": "basic", "stats": "basic", "outbox": "outbox", "export": "export",
            "import": "imports", "account": "accounts", "sync": "sync", "search": "search",
            "print": "papers", "team": "team"}


def _options_parser(add_help: bool = True) -> argparse.ArgumentParser:
    """The parser of the options that come before any command."""
    parser = argparse.ArgumentParser(
        prog="seller-desk",
        description=f"{APP_NAME}: one inbox for your customers, orders and follow-ups.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="keep the database, settings and logs in DIR")
    parser.add_argument("--database", metavar="URL",
                        help="database address (default: the SQLite file in the data folder; "
                             "postgresql://user@host/db for a shared team database)")
    parser.add_argument("--demo", action="store_true",
                        help="open on the demo shop (kept in its own data folder)")
    parser.add_argument("--debug", action="store_true", help="write a detailed log")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation can start (offscreen, on a "
                             "temporary database) and exit")
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line: the options and every command, or (``command``, a word of
    :data:`COMMANDS`) only the commands of that command's module."""
    parser = _options_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command is None:
        modules = command_modules()
    else:
        modules = [importlib.import_module(f"seller_desk.cli.{COMMANDS[command]}")]
    for module in modules:
        module.register(sub)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options and command given; with no command (the window), without importing the
    commands' modules.

    The options alone are read first; only when something is left over (a command,
    --help, a mistake) is the command line built, which reads them all again: for a
    command word, only its own module's part; otherwise (--help, a mistake) all of it, so
    that every command is listed.
    """
    args, rest = _options_parser(add_help=False).parse_known_args(argv)
    if rest:
        return build_parser(rest[0] if rest[0] in COMMANDS else None).parse_args(argv)
    args.command = None
    return args


def apply_data_dir(args: argparse.Namespace) -> None:
    """Settle the data folder before anything opens a file in it."""
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    elif args.demo:
        paths.set_data_dir(paths.data_dir() / "demo")


def run() -> NoReturn:
    """The program's entry (the ``seller-desk`` script, ``python -m seller_desk``): run
    :func:`main`, then end with its status."""
    code = main()
    if _may_leave_at_once():
        _leave(code)
    sys.exit(code)


def _may_leave_at_once() -> bool:
    """Whether the process may end without Python's teardown of its modules.

    Tearing down a command's 200-350 modules took 40-110 ms of processor time, a third of
    what a no-change ``seller-desk sync`` may take in all. Only for a command that left no
    other thread running (a thread would be cut off mid-work) and loaded no Qt (its
    objects write settings as they are destroyed): the window always ends the usual way.
    """
    return threading.active_count() == 1 and "PySide6" not in sys.modules


def _leave(code: int) -> NoReturn:
    """End at once, after everything the ending would have done that anyone can see:
    the exit handlers (logging's flush, IMAP logouts, the parsing helper's end) in their
    usual order, the database closed (SQLite folds its write-ahead log back in), the
    standard streams flushed."""
    import atexit

    atexit._run_exitfuncs()
    models = sys.modules.get("seller_desk.core.store.models")
    if models is not None and models.database.obj is not None:
        models.database.close()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # the reader went away: nothing to say
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; a reader that leaves early (``| head``) ends it quietly."""
    with guarded_output():
        try:
            try:
                return _main(argv)
            finally:
                flush_output()
        except OutputClosed:
            # as a Unix tool ends when its reader leaves: no word, status 141
            discard_output()
            return EXIT_OUTPUT_CLOSED


def _main(argv: Sequence[str] | None) -> int:
    args = parse_args(argv)
    from seller_desk.core import reactions

    reactions.install()  # before any database is opened: who reacts to what it stores
    if args.self_check:  # before the data folder is chosen: it never touches the seller's
        from seller_desk.selfcheck import run as self_check

        return self_check(args)
    apply_data_dir(args)
    # the data folder holds every customer's mail: an older version left it readable by
    # every user of the computer
    paths.tighten_data_dir()
    from seller_desk.core.common.logs import setup_logging

    setup_logging(debug=args.debug)
    try:
        if args.command is None:
            from seller_desk.ui.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"seller-desk: {exc.text()}", file=sys.stderr)
        return 2
    except Exception as exc:
        # a full disk, a damaged file ... met by any command: plain words, not a traceback
        from seller_desk.core.store import db

        storage = db.storage_error(exc)
        if storage is None:
            raise
        logger.info("Stopped by the database: %s", exc, exc_info=exc)
        print(f"seller-desk: {storage.text()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("seller-desk: stopped.", file=sys.stderr)
        return 130
