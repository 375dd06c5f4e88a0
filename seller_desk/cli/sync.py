"""``sync``: fetch new mail headless, with a progress bar and a summary."""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from typing import Any, TextIO

from seller_desk.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="fetch new mail from every account (or one)")
    sync.add_argument("--account", metavar="NAME", help="only this account (name or address)")
    sync.add_argument("--no-backfill", action="store_true",
                      help="fetch only the sync window, not older mail")
    sync.add_argument("--quiet", action="store_true", help="print only the summary")
    asking = sync.add_mutually_exclusive_group()
    asking.add_argument("--ask-password", action="store_true",
                        help="ask (without echo) for the password of each account that has "
                             "none stored or whose password the server refuses")
    asking.add_argument("--password-stdin", action="store_true",
                        help="read the password of the one account to sync from standard "
                             "input (with several accounts, name one with --account)")
    sync.set_defaults(func=cmd_sync)


class ProgressBar:
    """A one-line text progress bar on a terminal; occasional lines otherwise."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.last = 0.0
        self.prefix = ""
        self.shown = False

    def __call__(self, done: int, total: int, text: str) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        final = total and done >= total
        if now - self.last < (0.1 if self.tty else 2.0) and not final:
            return
        self.last = now
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 50))
        if total:
            filled = int(width * done / total)
            bar = "#" * filled + "-" * (width - filled)
            line = f"{self.prefix}[{bar}] {done}/{total} {text}"[:120]
        else:
            line = f"{self.prefix}{text}"[:120]
        if self.tty:
            self.stream.write("\r" + line.ljust(100))
            self.shown = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def end(self) -> None:
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


def _ask(account: Any) -> str:
    """The password typed for ``account`` without echo, or read from standard input when
    that is not a terminal ("" when the seller gave up)."""
    from seller_desk.cli.accounts import read_password  # only when a password is asked for

    try:
        return read_password(f"Password for {account.name} <{account.email}>: ")
    except (EOFError, KeyboardInterrupt):
        print()
        return ""


def _ask_until_accepted(account: Any) -> bool:
    """Ask for the password up to three times (a typo should not end the sync); True once
    the server accepted one."""
    for _attempt in range(3):
        password = _ask(account)
        if not password:
            return False
        if _sign_in(account, password):
            return True
    return False


def _read_stdin_password() -> str:
    """One line of standard input, without its line end (the password may hold spaces)."""
    return sys.stdin.readline().rstrip("\r\n")


def _sign_in(account: Any, password: str) -> bool:
    """Keep a password the server accepted; say where, plainly. False: refused."""
    from seller_desk.core.mail import errors
    from seller_desk.core.mail.connection import accounts, credentials

    try:
        stored = accounts.sign_in(account, password)
    except errors.MailError as exc:
        print(f"{account.name}: {exc.text()}")
        return False
    if not stored:
        print(f"{account.name}: no usable password store ("
              f"{credentials.backend_status().description}), so the password is used for "
              "this sync only and not saved.")
    return True


def cmd_sync(args: argparse.Namespace) -> int:
    from seller_desk.core.mail import errors
    from seller_desk.core.mail.connection import accounts
    from seller_desk.core.mail.imap.sync import sync_account
    from seller_desk.core.team.leadership import SyncTurns

    open_db(args, install_templates=False)
    targets = [accounts.get_account(args.account)] if args.account else \
        accounts.list_accounts(enabled_only=True)
    if not targets:
        print("No accounts to sync. Add one with: seller-desk account add ...")
        return 1
    if not targets[0].enabled:
        print(f"{targets[0].name} is switched off, so it is not synced. Switch it on in "
              f"Settings > Mailboxes, or with: seller-desk account edit {targets[0].id} "
              "--enable")
        return 1
    if args.password_stdin:
        if len(targets) > 1:
            print(f"--password-stdin reads one password, but {len(targets)} accounts would "
                  "sync. Name the one it belongs to with --account NAME.")
            return 2
        password = _read_stdin_password()
        if not password:
            print("No password came on standard input: nothing was synced.")
            return 2
        if not _sign_in(targets[0], password):
            return 1
    bar = ProgressBar(quiet=args.quiet)
    cancel = threading.Event()
    failures = 0
    total_new = 0
    started = time.monotonic()
    turns = SyncTurns()  # a team: a mailbox another window syncs is left to it
    for account in targets:
        if not turns.take(account.id):
            print(f"{account.name}: another window of the team is checking this mailbox "
                  "right now; its mail is stored for everyone, so it was not checked "
                  "again here.")
            continue
        bar.prefix = f"{account.name}: "
        try:
            try:
                result = sync_account(account.id, progress=bar, cancel=cancel,
                                      backfill=False if args.no_backfill else None)
            except errors.MailError as exc:
                if not (args.ask_password and accounts.needs_password(exc)):
                    raise
                bar.end()
                print(f"{account.name}: {exc.text()}")
                if not _ask_until_accepted(account):
                    failures += 1
                    print(f"{account.name}: not synced.")
                    continue
                result = sync_account(account.id, progress=bar, cancel=cancel,
                                      backfill=False if args.no_backfill else None)
        except errors.MailError as exc:
            bar.end()
            failures += 1
            print(f"{account.name}: {exc.text()}")
            continue
        except KeyboardInterrupt:
            cancel.set()
            bar.end()
            print(f"{account.name}: stopped; what was fetched is kept, the next sync goes on.")
            return 130
        bar.end()
        total_new += result.new
        print(result.summary() + f" ({result.seconds:.1f} s)")
    if len(targets) > 1:
        print(f"Done: {total_new} new message(s) in {time.monotonic() - started:.1f} s"
              + (f", {failures} account(s) failed." if failures else "."))
    return 1 if failures else 0
