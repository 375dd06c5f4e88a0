"""``sync``: fetch new mail headless, with a progress bar and a summary."""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from typing import TextIO

from seller_desk.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="fetch new mail from every account (or one)")
    sync.add_argument("--account", metavar="NAME", help="only this account (name or address)")
    sync.add_argument("--no-backfill", action="store_true",
                      help="fetch only the sync window, not older mail")
    sync.add_argument("--quiet", action="store_true", help="print only the summary")
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


def cmd_sync(args: argparse.Namespace) -> int:
    from seller_desk.core.mail import errors
    from seller_desk.core.mail.connection import accounts
    from seller_desk.core.mail.imap.sync import sync_account

    open_db(args)
    targets = [accounts.get_account(args.account)] if args.account else \
        accounts.list_accounts(enabled_only=True)
    if not targets:
        print("No accounts to sync. Add one with: seller-desk account add ...")
        return 1
    bar = ProgressBar(quiet=args.quiet)
    cancel = threading.Event()
    failures = 0
    total_new = 0
    started = time.monotonic()
    for account in targets:
        bar.prefix = f"{account.name}: "
        try:
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
