"""Census benchmark: how long the add-mailbox wizard takes to count an inbox against the
waiting-since cut-off, on a loopback Dovecot with N messages over two years.

    .venv/bin/python tests/bench/census_bench.py [--messages 20000]

Measures in one run, on the same mailbox:
  1. the floor: plain imaplib, login, SELECT and ``UID SEARCH SINCE`` the default cut-off
     (what one server-side count per change would cost, once);
  2. the census (``core/mail/imap/census.py``): login, SELECT and a FETCH of every
     INTERNALDATE, newest first in chunks, parsed and sorted;
  3. one recount on the computer (what each change of the spin box or the date costs).
Prints each figure (best of three) and the census's ratio to the floor. Fails (exit status
1, a line starting "FAILED:") when the census counts differently from the server's SEARCH.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from helpers import history_mailbox  # noqa: E402
from helpers.dovecot import DovecotServer  # noqa: E402

from seller_desk.core.mail.imap import census  # noqa: E402


def floor(user, cutoff: datetime) -> tuple[float, int]:
    started = time.perf_counter()
    imap = imaplib.IMAP4(user.host, user.imap_port)
    imap.login(user.name, user.password)
    imap.select("INBOX", readonly=True)
    _typ, data = imap.uid("SEARCH", None, "SINCE", cutoff.strftime("%d-%b-%Y"))
    found = len(data[0].split())
    imap.logout()
    return time.perf_counter() - started, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20_000,
                        help="messages in the mailbox (default 20,000)")
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    failures: list[str] = []
    with DovecotServer() as server:
        user = server.add_user("bench", "bench-pw")
        box = history_mailbox.build(user.address, now, total=args.messages)
        history_mailbox.write(server, user, box.mails)
        print(f"machine load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"mailbox: {args.messages} messages over two years, "
              f"{box.inbox_total()} in INBOX")
        # SEARCH SINCE counts whole days (server time): compare on a day boundary
        cutoff = datetime.combine((now - timedelta(days=7)).date(), datetime.min.time(),
                                  tzinfo=UTC)
        settings = {"name": "Shop", "email": user.address, "provider": "generic",
                    "username": user.name, "imap_host": user.host,
                    "imap_port": user.imap_port, "imap_security": "none",
                    "smtp_host": "", "smtp_port": 587, "smtp_security": "starttls"}
        floor(user, cutoff)  # the server indexes the mailbox at its first SELECT
        floors, censuses, recounts = [], [], []
        found = result = None
        for _ in range(3):
            seconds, found = floor(user, cutoff)
            floors.append(seconds)
            started = time.perf_counter()
            result = census.census(settings, user.password)
            censuses.append(time.perf_counter() - started)
            started = time.perf_counter()
            for days in range(1, 101):
                result.split(now - timedelta(days=days))
            recounts.append((time.perf_counter() - started) / 100)
        assert result is not None
        counted, older = result.split(cutoff)
        best_floor, best_census = min(floors), min(censuses)
        print(f"floor (login, SELECT, SEARCH SINCE): {best_floor * 1000:8.1f} ms")
        print(f"census (login, SELECT, all dates):   {best_census * 1000:8.1f} ms  "
              f"({best_census / best_floor:.1f}x the floor)")
        print(f"one recount on the computer:         {min(recounts) * 1e6:8.1f} us")
        print(f"counted {counted}, history {older}, complete {result.complete}")
        if counted != found:
            failures.append(f"the census counts {counted} since {cutoff:%Y-%m-%d}, "
                            f"the server's SEARCH {found}")
    for line in failures:
        print("FAILED:", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
