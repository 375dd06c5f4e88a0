"""Sync benchmark: a loopback Dovecot with N messages -> `seller-desk sync` -> figures.

    .venv/bin/python tests/bench/sync_bench.py [--messages 10000] [--corpus DIR] [--keep DIR]

Measures in one run, on the same mailbox:
  1. the wire floor: plain imaplib UID FETCH of every full message (no parsing at all);
  2. `seller-desk sync` into a fresh database (its own process: time and peak memory);
  3. a no-change re-sync (median of several, in this process, login included).
Prints each figure and its ratio to the floor. With --corpus DIR the .eml files are cycled
(each copy gets its own Message-ID, dates spread over the past, some seen or flagged);
otherwise realistic shop mail is generated.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from helpers.dovecot import DovecotServer  # noqa: E402

_MID = re.compile(rb"^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)
SPACING = timedelta(minutes=17)


def corpus_messages(directory: Path, n: int, now: datetime):
    pool = [p.read_bytes() for p in sorted(directory.rglob("*.eml"))]
    if not pool:
        raise SystemExit(f"no .eml files in {directory}")
    rnd = random.Random(1)
    for i in range(n):
        raw = pool[i % len(pool)].replace(b"\r\n", b"\n")
        head, sep, body = raw.partition(b"\n\n")
        head = _MID.sub(b"", head + b"\n").rstrip(b"\n")
        ident = b"Message-ID: <bench.%d@bench.test>\n" % i
        msg = ident + head + b"\n" + sep.lstrip(b"\n") + b"\n" + body if sep else ident + raw
        yield msg, now - SPACING * (n - i), _flags(rnd)


def generated_messages(n: int, now: datetime):
    rnd = random.Random(2)
    buyers = [f"buyer{k}@example.test" for k in range(400)]
    products = ["baju kurung", "tudung bawal", "kasut sukan", "beg tangan", "jam tangan"]
    for i in range(n):
        when = now - SPACING * (n - i)
        msg = EmailMessage()
        buyer = rnd.choice(buyers)
        msg["From"] = f"Buyer {buyer[5:8]} <{buyer}>"
        msg["To"] = "Shop <shop@example.test>"
        msg["Subject"] = f"Pertanyaan tentang {rnd.choice(products)} #{rnd.randint(1, 900)}"
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<gen.{i}@bench.test>"
        text = ("Salam, saya nak tanya tentang pesanan saya. " * rnd.randint(2, 30)).strip()
        msg.set_content(text)
        if i % 3 == 0:
            msg.add_alternative(f"<html><body><p>{text}</p><img src='https://cdn.example.test/"
                                f"x.png'></body></html>", subtype="html")  # fmt: skip
        if i % 25 == 0:
            msg.add_attachment(os.urandom(rnd.randint(20_000, 400_000)), maintype="image",
                               subtype="jpeg", filename="photo.jpg")  # fmt: skip
        yield msg.as_bytes().replace(b"\r\n", b"\n"), when, _flags(rnd)


def _flags(rnd: random.Random) -> str:
    r = rnd.random()
    return ("F" if r < 0.1 else "") + ("S" if r < 0.6 else "")


def fill_maildir(server: DovecotServer, user, messages) -> tuple[int, int]:
    """Write the messages straight into the user's Maildir (fast, like a real store)."""
    cur = server.maildir_path(user) / "cur"
    for sub in ("cur", "new", "tmp"):
        (cur.parent / sub).mkdir(parents=True, exist_ok=True)
    count = total = 0
    for i, (msg, when, flags) in enumerate(messages):
        ts = int(when.timestamp())
        crlf_size = len(msg) + msg.count(b"\n")
        name = f"{ts}.M{i}P1.bench,S={len(msg)},W={crlf_size}:2,{flags}"
        path = cur / name
        path.write_bytes(msg)
        os.utime(path, (ts, ts))
        count += 1
        total += len(msg)
    uid, gid = server._accounts.mail_uid, server._accounts.mail_gid
    for dirpath, _dirs, files in os.walk(server.maildir_path(user).parent):
        os.chown(dirpath, uid, gid)
        for f in files:
            os.chown(os.path.join(dirpath, f), uid, gid)
    return count, total


def wire_floor(user) -> tuple[float, int, int]:
    """Plain imaplib: every full message in batches of 500, nothing parsed."""
    started = time.perf_counter()
    imap = imaplib.IMAP4(user.host, user.imap_port)
    imap.login(user.name, user.password)
    imap.select("INBOX", readonly=True)
    _typ, data = imap.uid("SEARCH", None, "ALL")
    uids = data[0].split()
    n = size = 0
    for i in range(0, len(uids), 500):
        part = uids[i : i + 500]
        _typ, data = imap.uid("FETCH", b"%s:%s" % (part[0], part[-1]),
                              "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")  # fmt: skip
        for item in data:
            if isinstance(item, tuple):
                n += 1
                size += len(item[1])
    imap.logout()
    return time.perf_counter() - started, n, size


def cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seller_desk", "--data-dir", str(home), *args],
                          input=stdin, capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHON_KEYRING_BACKEND":
                               "keyring.backends.null.Keyring"})  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, help="folder of .eml files to cycle")
    parser.add_argument("--resyncs", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="keep the synced data folder in DIR (emptied first)")
    args = parser.parse_args()
    now = datetime.now(UTC)
    with DovecotServer() as server, tempfile.TemporaryDirectory(prefix="sd-bench-") as tmp:
        user = server.add_user("bench", "bench-pw")
        source = corpus_messages(args.corpus, args.messages, now) if args.corpus else \
            generated_messages(args.messages, now)  # fmt: skip
        t0 = time.perf_counter()
        count, total = fill_maildir(server, user, source)
        print(f"machine load average: {os.getloadavg()[0]:.2f}")
        print(f"mailbox: {count} messages, {total / 2**20:.1f} MiB "
              f"({'corpus ' + str(args.corpus) if args.corpus else 'generated'}), "
              f"filled in {time.perf_counter() - t0:.1f} s")
        wire_floor(user)  # warm the server's caches and index
        floors = [wire_floor(user)[0] for _ in range(2)]
        floor = min(floors)
        print(f"wire floor (imaplib, full bodies): {floor:.2f} s")

        home = Path(tmp) / "home"
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            home = args.keep
        cli(home, "account", "add", "--name", "Bench", "--email", user.address, "--username",
            user.name, "--imap-host", user.host, "--imap-port", str(user.imap_port),
            "--imap-security", "none", "--no-password")  # fmt: skip
        # the keyring of a benchmark machine is not ours to fill: pass the password by env
        os.environ["SELLER_DESK_BENCH_PASSWORD"] = user.password
        script = (
            "import os, sys, time, resource\n"
            "from seller_desk.core.common import paths\n"
            "from seller_desk.core.mail.connection import credentials\n"
            "from seller_desk.core.mail.ingest import threads\n"
            f"paths.set_data_dir({str(home)!r})\n"
            "credentials.set_password(" + repr(user.address) + ", "
            "os.environ['SELLER_DESK_BENCH_PASSWORD'])\n"
            # time spent in the conversation refresh and the order/customer linking, which
            # the sync calls but which belong to other parts of the app
            "spent = {'refresh': 0.0, 'linking': 0.0}\n"
            "def timed(key, fn):\n"
            "    def inner(*a, **k):\n"
            "        t = time.perf_counter()\n"
            "        try:\n"
            "            return fn(*a, **k)\n"
            "        finally:\n"
            "            spent[key] += time.perf_counter() - t\n"
            "    return inner\n"
            "threads.refresh_many = timed('refresh', threads.refresh_many)\n"
            "threads.after_stored = timed('linking', threads.after_stored)\n"
            "from seller_desk.app import main\n"
            "t = time.perf_counter()\n"
            "prof = os.environ.get('SYNC_BENCH_PROFILE')\n"
            "if prof:\n"
            "    import cProfile\n"
            "    profiler = cProfile.Profile(); profiler.enable()\n"
            f"code = main(['--data-dir', {str(home)!r}, 'sync', '--quiet'])\n"
            "if prof:\n"
            "    profiler.disable(); profiler.dump_stats(prof)\n"
            "print('SYNC_SECONDS', time.perf_counter() - t)\n"
            "print('REFRESH_SECONDS', spent['refresh'])\n"
            "print('LINKING_SECONDS', spent['linking'])\n"
            "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
            "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
            "print('CPU_SECONDS', usage.ru_utime + usage.ru_stime)\n"
            # the parser's helper process, once it has ended
            "from seller_desk.core.mail.parse import helper as parsing\n"
            "parsing.stop_helper(wait=True)\n"
            "helper = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print('HELPER_CPU_SECONDS', helper.ru_utime + helper.ru_stime)\n"
            "print('HELPER_PEAK_KB', helper.ru_maxrss)\n"
            "sys.exit(code)\n"
        )
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              cwd=ROOT, env={**os.environ, "PYTHON_KEYRING_BACKEND":
                                             "keyring.backends.null.Keyring"})  # fmt: skip
        wall = time.perf_counter() - started
        if proc.returncode != 0:
            print(proc.stdout, proc.stderr)
            return 1
        open("/tmp/sync_stderr.log", "w").write(proc.stderr)
        sync_s = float(re.search(r"SYNC_SECONDS ([\d.]+)", proc.stdout).group(1))
        refresh_s = float(re.search(r"REFRESH_SECONDS ([\d.]+)", proc.stdout).group(1))
        linking_s = float(re.search(r"LINKING_SECONDS ([\d.]+)", proc.stdout).group(1))
        engine_s = sync_s - refresh_s - linking_s
        peak_mb = int(re.search(r"PEAK_KB (\d+)", proc.stdout).group(1)) / 1024
        cpu_s = float(re.search(r"\bCPU_SECONDS ([\d.]+)", proc.stdout).group(1))
        helper_s = float(re.search(r"HELPER_CPU_SECONDS ([\d.]+)", proc.stdout).group(1))
        helper_mb = int(re.search(r"HELPER_PEAK_KB (\d+)", proc.stdout).group(1)) / 1024
        summary = [ln for ln in proc.stdout.splitlines() if ln.startswith("Bench:")]
        print(f"seller-desk sync, fresh database: {sync_s:.2f} s "
              f"({wall:.2f} s with interpreter start), peak memory {peak_mb:.0f} MB, "
              f"CPU {cpu_s:.2f} s; its parsing helper {helper_s:.2f} s CPU, "
              f"peak memory {helper_mb:.0f} MB")
        print("  " + (summary[0] if summary else proc.stdout.strip()))
        print(f"  of which conversation refresh {refresh_s:.2f} s, customer/order linking "
              f"{linking_s:.2f} s; mail engine alone {engine_s:.2f} s")

        from seller_desk.core.common import paths
        from seller_desk.core.mail.connection import credentials
        from seller_desk.core.mail.imap.sync import close_connections, sync_account
        from seller_desk.core.store import db
        from seller_desk.core.store.models import Account, Message

        paths.set_data_dir(home)
        db.open_database(None)
        credentials.set_password(user.address, user.password)
        account = Account.get()
        stored = Message.select().count()

        def resync_median(fresh_login: bool) -> float:
            times = []
            for _ in range(args.resyncs):
                if fresh_login:
                    close_connections()
                t = time.perf_counter()
                result = sync_account(account.id)
                times.append(time.perf_counter() - t)
                assert result.new == 0, result.summary()
            return statistics.median(times)

        resync_login = resync_median(fresh_login=True)
        resync = resync_median(fresh_login=False)
        close_connections()
        print(f"no-change re-sync, median of {args.resyncs}: {resync * 1000:.1f} ms on the "
              f"connection kept from the last sync, {resync_login * 1000:.1f} ms with a new "
              "connection and login")
        print()
        print(f"stored messages: {stored} of {count}")
        print(f"full sync / wire floor: {sync_s / floor:.1f}x  (target: within 8x); "
              f"mail engine alone: {engine_s / floor:.1f}x")
        print(f"no-change re-sync: {resync * 1000:.1f} ms per account, {resync_login * 1000:.1f} "
              "ms with login  (target: within 20 ms)")
        print(f"peak memory: {peak_mb:.0f} MB  (target: within 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
