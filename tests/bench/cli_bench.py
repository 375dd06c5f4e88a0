"""Command benchmark: ``seller-desk stats`` and a no-change ``seller-desk sync``, whole process.

    .venv/bin/python tests/bench/cli_bench.py [--messages 1000] [--runs 9]

A seller (or a cron job) runs these often; each must answer within 0.3 s when nothing is
new. Everything is timed as a whole process, from just before it is started to its end,
the way a shell sees it, against floors measured in the same run:

* ``python -c pass``: the interpreter's own start, the floor for any Python command;
* the IMAP floor: a bare Python that imports imaplib, logs in to the same Dovecot and
  SELECTs the INBOX (what any no-change check must do at the least);
* ``seller-desk stats``: counts of what is stored (one database, no network);
* ``seller-desk sync``: after a first sync of --messages customer mails from a loopback
  Dovecot (tests/helpers/dovecot.py), a sync that finds nothing new.

Each program runs once to warm the file cache, then --runs times (median, min, max). The
load average is printed before each series. One more run of each command under
``-X importtime`` prints its costliest imports and says whether Qt or another module the
command does not need was loaded. Fails (exit status 1, a line starting "FAILED:") when a
command fails, the no-change sync finds something, or a command loads Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from helpers import cli  # noqa: E402
from helpers.bytecode import compile_package  # noqa: E402
from helpers.dovecot import DovecotServer  # noqa: E402

TARGET_S = 0.3

IMAP_FLOOR = """
import imaplib, sys
imap = imaplib.IMAP4(sys.argv[1], int(sys.argv[2]))
imap.login(sys.argv[3], sys.argv[4])
imap.select("INBOX", readonly=True)
imap.logout()
"""

#: modules neither command uses: their import is time lost on every run
NOT_IN_COMMANDS = ("PySide6", "shiboken6", "holidays", "phonenumbers", "authlib",
                   "requests", "xlsxwriter", "python_calamine", "segno",
                   "seller_desk.printing", "seller_desk.ui", "psycopg2", "logging.handlers",
                   # a sync that finds nothing new fetches and parses nothing
                   "seller_desk.core.mail.imap.fetch", "seller_desk.core.mail.parse",
                   "nh3",
                   # what imapclient and keyring's helpers import but never use for a
                   # sign-in or a password read (seller_desk/driver_hold.py)
                   "importlib.metadata", "importlib_metadata", "more_itertools",
                   "urllib.request",
                   # a sync signs in with its password and sends nothing
                   "smtplib", "seller_desk.core.mail.connection.oauth",
                   "seller_desk.core.mail.connection.standin",
                   # a database already at today's schema is not migrated
                   "seller_desk.core.store.migrations",
                   # a sync asks for no password unless told to, or refused
                   "seller_desk.cli.accounts", "getpass",
                   # a personal shop's settings are in its file, not a team's database
                   "seller_desk.core.team.shared_settings", "seller_desk.core.team.changes")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"cli_bench: FAILED: {' '.join(command[-3:])} ended with "
                         f"{done.returncode}:\n{done.stdout[-1500:]}{done.stderr[-1500:]}")
    return took, done.stdout


def series(name: str, command: list[str], env: dict[str, str],
           runs: int) -> tuple[float, str]:
    load = os.getloadavg()[0]
    timed(command, env)  # the file cache warmed
    times, out = [], ""
    for _ in range(runs):
        took, out = timed(command, env)
        times.append(took)
    median = statistics.median(times)
    print(f"{name:<28} {median * 1000:6.0f} ms (min {min(times) * 1000:.0f}, max "
          f"{max(times) * 1000:.0f})   load average {load:.2f}")
    return median, out


#: the command run as ``seller-desk`` runs it, saying at its end which modules it holds (an
#: import that failed or was held back, such as peewee's of psycopg2, has an importtime
#: line but no module)
LOADED = ("import atexit, json, sys; atexit.register(lambda: print('LOADED ' + json.dumps("
          "sorted(n for n, m in sys.modules.items() if m is not None)), file=sys.stderr)); "
          "from seller_desk.app import main; sys.exit(main(sys.argv[1:]))")


def imports(command: list[str], env: dict[str, str], top: int = 12) -> list[str]:
    """Run ``command`` (its arguments after the program) once under -X importtime; print
    its costliest imports; return the modules of :data:`NOT_IN_COMMANDS` it loaded."""
    arguments = command[len(cli.seller_desk_command()):]
    done = subprocess.run([sys.executable, "-c", LOADED, *arguments],
                          env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
                          capture_output=True, text=True, timeout=120, check=False)
    loaded: set[str] = set()
    found = []
    for line in done.stderr.splitlines():
        if line.startswith("LOADED "):
            loaded = set(json.loads(line[len("LOADED "):]))
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:"):].split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        found.append((int(own), int(cumulative), depth, name.strip()))
    total = sum(entry[0] for entry in found)
    print(f"  {len(found)} modules, {total / 1000:.0f} ms of import time; costliest "
          "(cumulative, outermost three levels):")
    finder = sum(entry[1] for entry in found if entry[3].startswith("__editable__"))
    if finder:
        # site imports it from the checkout's editable install in every process timed
        # here; an installed copy (a wheel, a bundle) has none. What it imports (pathlib,
        # re, fnmatch, urllib.parse ...) a command imports anyway, so a command run
        # without it (python -S, site-packages on the path) was no quicker; python -c
        # pass, which needs none of them, pays all of it: the floor is the higher for it
        print(f"  of which the editable install's finder (with what it imports): "
              f"{finder / 1000:.0f} ms, a cost the command would mostly pay anyway")
    shown = 0
    for _own, cumulative, depth, name in sorted(found, key=lambda entry: -entry[1]):
        if depth <= 2:
            print(f"    {cumulative / 1000:7.1f} ms  {'  ' * depth}{name}")
            shown += 1
            if shown == top:
                break
    if not loaded:
        raise SystemExit(f"cli_bench: FAILED: {' '.join(command[-2:])} did not say what it "
                         f"loaded:\n{done.stderr[-1500:]}")
    unneeded = [name for name in NOT_IN_COMMANDS
                if any(n == name or n.startswith(name + ".") for n in loaded)]
    print(f"  loaded although not needed: {', '.join(unneeded) if unneeded else 'none'}")
    return unneeded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000,
                        help="customer mails in the INBOX, synced once before the clock runs")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    failures: list[str] = []
    with DovecotServer() as server, tempfile.TemporaryDirectory(prefix="sd-cli-") as tmp:
        user = server.add_user("bench", "bench-pw")
        cli.fill_inbox(server, user, args.messages)
        home = Path(tmp) / "home"
        cli.add_account(home, user)
        env = cli.cli_env(user)
        command = [*cli.seller_desk_command(), "--data-dir", str(home)]
        t = time.perf_counter()
        timed([*command, "sync", "--quiet"], env)
        print(f"{args.messages} messages in a loopback Dovecot; first sync "
              f"{time.perf_counter() - t:.1f} s; {args.runs} runs each after one warm-up; "
              f"{os.cpu_count()} cores; command {command[0]}")

        print(compile_package())
        bare, _ = series("python -c pass", [sys.executable, "-c", "pass"], env, args.runs)
        floor, _ = series("imaplib login + select", [sys.executable, "-c", IMAP_FLOOR,
                                                      user.host, str(user.imap_port),
                                                      user.name, user.password],
                          env, args.runs)
        stats, out = series("seller-desk stats", [*command, "stats"], env, args.runs)
        if "messages" not in out:
            failures.append(f"stats printed no counts: {out[-500:]}")
        sync, out = series("seller-desk sync (no change)", [*command, "sync", "--quiet"],
                           env, args.runs)
        if "0 new, 0 changed, 0 removed" not in out:
            failures.append(f"the no-change sync found something: {out[-500:]}")

        print("\nimports of seller-desk stats:")
        unneeded = imports([*command, "stats"], env)
        print("imports of seller-desk sync (no change):")
        unneeded += imports([*command, "sync", "--quiet"], env)
        if "PySide6" in unneeded:
            failures.append("a command loaded Qt")

    print()
    for name, took, base in (("stats", stats, bare), ("sync (no change)", sync, floor)):
        print(f"seller-desk {name}: {took * 1000:.0f} ms = {took / bare:.1f}x python -c pass, "
              f"{took / floor:.1f}x the imaplib floor; {took * 1000 - base * 1000:.0f} ms "
              f"over its floor; target {TARGET_S} s: {'met' if took <= TARGET_S else 'MISSED'}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
