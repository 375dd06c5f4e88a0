"""Inbox benchmark: the main window on 100,000 conversations, offscreen.

    .venv/bin/python tests/bench/inbox_bench.py [--rows 100000] [--keep DIR]

The database (conversations with customers, linked orders and tags; a third waiting) is
built by a separate process so its memory does not count. Then, in this process:

* time to first rows: building the main window on the database until the first rows of
  "Waiting on me" are painted (target 150 ms), wall clock and CPU time (the CPU time is
  what an idle machine would take when other programs compete for the cores), then until
  the list has its full length (the count runs on a worker thread);
* time to scroll to the end of "All conversations" (every row), against the bare SQL of
  the last page, and 100 jumps through it, each reading a new page and painting the list
  (smoothness);
* peak memory of this process (target 300 MB) against a bare Qt window in the same run.

The bare SQL floors run on one connection with the app's page cache, warmed first. Timings
are printed, not asserted; the run fails (exit status 1) when All or "Waiting on me" does
not list as many conversations as were stored.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from seller_desk.ui.qt import QEvent, QObject  # noqa: E402

NOW = datetime.now(UTC).replace(microsecond=0)


def build(path: Path, rows: int) -> None:
    """Fill a fresh database with ``rows`` conversations (run in a child process)."""
    from decimal import Decimal

    from seller_desk.core.store import db
    from seller_desk.core.store.models import (
        Account,
        Conversation,
        ConversationOrder,
        ConversationTag,
        Customer,
        Order,
        OutboxMessage,
        database,
    )

    rng = random.Random(7)
    db.open_database(f"sqlite:///{path}")
    with database.atomic():
        accounts = [Account.create(name=n, email=f"shop{i}@example.com",
                                   username=f"shop{i}@example.com", imap_host="127.0.0.1",
                                   enabled=False).id
                    for i, n in enumerate(("Shop mail (Gmail)", "Web shop", "Indonesia"))]
        for chunk in chunks([{"name": f"Pelanggan {i:06d}", "created_at": NOW}
                             for i in range(rows // 4)]):
            Customer.insert_many(chunk).execute()
        first_customer = Customer.select(Customer.id).order_by(Customer.id).first().id
        for start in range(0, rows, 400):
            batch = []
            for k in range(start, min(rows, start + 400)):
                when = NOW - timedelta(minutes=rng.randint(1, 60 * 24 * 365))
                waiting = k % 3 == 0
                batch.append({
                    "subject": f"Pertanyaan tentang pesanan #{100000 + k}",
                    "account": accounts[k % 3],
                    "customer": first_customer + (k % (rows // 4)),
                    "status": "open" if waiting else "closed",
                    "waiting_since": when if waiting else None,
                    "first_customer_at": when, "last_customer_at": when,
                    "last_activity_at": when, "message_count": 2,
                    "unread_count": 1 if k % 5 == 0 else 0,
                    "snippet": "Salam kak, boleh saya tahu bila barang akan sampai? Terima kasih",
                    "last_sender": f"Pelanggan {k:06d}",
                    "counterpart_email": f"pelanggan{k}@example.com",
                    "created_at": when,
                })
            Conversation.insert_many(batch).execute()
        for chunk in chunks([{"number": f"#{100000 + k}", "channel": "web", "currency": "MYR",
                              "total": Decimal("59.00"), "placed_at": NOW}
                             for k in range(0, rows, 2)]):
            Order.insert_many(chunk).execute()
        first_order = Order.select(Order.id).order_by(Order.id).first().id
        first_conv = Conversation.select(Conversation.id).order_by(Conversation.id).first().id
        for start in range(0, rows // 2, 2000):
            ConversationOrder.insert_many([
                {"conversation": first_conv + 2 * i, "order": first_order + i, "created_at": NOW}
                for i in range(start, min(rows // 2, start + 2000))]).execute()
            ConversationTag.insert_many([
                {"conversation": first_conv + 2 * i, "tag": "question", "created_at": NOW}
                for i in range(start, min(rows // 2, start + 2000))]).execute()
        # every answered conversation's reply went through the outbox and is kept there as
        # sent: "Waiting on me" looks each of its conversations up in it (a reply on its
        # way leaves the list), so the lookups meet an outbox of real size
        for start in range(0, rows, 2000):
            OutboxMessage.insert_many([
                {"account": accounts[k % 3], "conversation": first_conv + k,
                 "message_id": f"reply-{k}@example.com", "raw": b"", "sender": "shop",
                 "recipients": f"pelanggan{k}@example.com", "state": "sent",
                 "attempts": 1, "created_at": NOW, "sent_at": NOW}
                for k in range(start, min(rows, start + 2000)) if k % 3]).execute()
    db.close_database()


class PaintWatch(QObject):
    """Notices the first paint of the list's viewport while its model holds rows (the
    rows are on screen; a paint of the empty list does not count)."""

    seen = False

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.model.rowCount() > 0:
            self.seen = True
        return False


def chunks(rows: list[dict], size: int = 400) -> list[list[dict]]:
    # SQLite limits the variables of one statement: insert a few hundred rows at a time
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sql_page(path: Path, waiting: bool, offset: int, runs: int = 5) -> float:
    """The bare page query (the floor): every column of 100 rows, no Python objects; best
    of ``runs`` after a warm-up on one connection with the app's page cache, as the app's
    own connection has it warm."""
    from seller_desk.core.store.models import database

    con = sqlite3.connect(path)
    for pragma in ("cache_size", "temp_store"):
        value = database.obj.execute_sql(f"PRAGMA {pragma}").fetchone()[0]
        con.execute(f"PRAGMA {pragma} = {int(value)}")
    where = "WHERE waiting_since IS NOT NULL AND status != 'closed'" if waiting else ""
    order = "waiting_since ASC, id" if waiting else "last_activity_at DESC, id DESC"
    sql = f"SELECT * FROM conversation {where} ORDER BY {order} LIMIT 100 OFFSET {offset}"
    con.execute(sql).fetchall()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        con.execute(sql).fetchall()
        times.append(time.perf_counter() - t)
    con.close()
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the database here")
    parser.add_argument("--build", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build), args.rows)
        return 0

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="inbox-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"inbox-{args.rows}.sqlite3"
    os.environ["SELLER_DESK_HOME"] = str(folder / "home")
    if not path.exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--build",
                        str(path)], check=True)
        print(f"built {args.rows:,} conversations in {time.perf_counter() - t:.1f} s")

    from seller_desk.ui.qt import QApplication, QMainWindow, QThreadPool

    app = QApplication([])
    bare = QMainWindow()
    bare.resize(1280, 800)
    bare.show()
    app.processEvents()
    bare.grab()
    base_peak = peak_mb()
    bare.close()

    from seller_desk.core.common.settings import Settings
    from seller_desk.core.conversations import inbox
    from seller_desk.core.store import db
    from seller_desk.ui.app import apply_style
    from seller_desk.ui.main_window import MainWindow

    apply_style(app)

    # first rows: open the database, build the window, until the list has painted rows
    db.open_database(f"sqlite:///{path}")
    floor_first = sql_page(path, True, 0)
    runs = []
    cpu_runs = []
    counted = 0.0
    for attempt in range(3):
        c = time.process_time()
        t = time.perf_counter()
        window = MainWindow(Settings())
        painted = PaintWatch(window.inbox_page.model)
        window.inbox_page.table.viewport().installEventFilter(painted)
        window.refresh()
        window.show()
        while not painted.seen:
            app.processEvents()
        runs.append(time.perf_counter() - t)
        cpu_runs.append(time.process_time() - c)
        model = window.inbox_page.model
        assert model.rowCount() > 0 and model.index(0, 1).data()
        while not model.counted:  # the full count, on a worker thread
            app.processEvents()
        counted = counted or time.perf_counter() - t
        if attempt < 2:
            window.close()
            window.deleteLater()
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()
    first_rows, best_rows = runs[0], min(runs)
    first_cpu, best_cpu = cpu_runs[0], min(cpu_runs)

    # scrolling "All conversations": jump to the end, then page by page through the list
    window.show_section("inbox")
    app.processEvents()
    model = window.inbox_page.model
    while not model.counted:
        app.processEvents()
    table = window.inbox_page.table
    total = model.rowCount()
    t = time.perf_counter()
    table.scrollToBottom()
    window.grab()
    to_end = time.perf_counter() - t
    assert model.row_at(total - 1) is not None
    floor_last = sql_page(path, False, total - 100)
    table.scrollToTop()
    window.grab()
    steps = []
    bar = table.verticalScrollBar()
    cpu_steps = []
    for i in range(1, 101):
        t = time.perf_counter()
        c = time.process_time()
        bar.setValue(int(bar.maximum() * i / 100))
        table.viewport().repaint()  # the list's frame: a new page read and painted
        steps.append(time.perf_counter() - t)
        cpu_steps.append(time.process_time() - c)
    pages_read = model.pages_read
    cached = model.cached_pages()
    rss_end, peak = rss_mb(), peak_mb()

    waiting = inbox.count("waiting")
    print(f"Inbox benchmark: {args.rows:,} conversations ({total:,} listed in All, "
          f"{waiting:,} waiting)")
    print(f"  time to first rows (window built, rows painted): {first_rows * 1000:6.1f} ms "
          f"first, {best_rows * 1000:.1f} ms best of 3   target 150 ms; the bare SQL of "
          f"that page: {floor_first * 1000:.1f} ms")
    print(f"    CPU time of those (what an idle machine takes): {first_cpu * 1000:6.1f} ms "
          f"first, {best_cpu * 1000:.1f} ms best of 3")
    print(f"  ... and the list at its full length (counted):  {counted * 1000:6.1f} ms")
    print(f"  scroll to the end of All and paint:           {to_end * 1000:7.1f} ms"
          f"   = {to_end / floor_last:5.1f} x the bare SQL of the last page "
          f"({floor_last * 1000:.1f} ms)")
    print(f"  100 jumps through All (a page read and the list painted): median "
          f"{statistics.median(steps) * 1000:.1f} ms, slowest {max(steps) * 1000:.1f} ms "
          f"(CPU median {statistics.median(cpu_steps) * 1000:.1f} ms)")
    print(f"  pages read from the database: {pages_read} of {(total + 99) // 100:,}; "
          f"pages kept in memory: {cached}")
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  memory: {rss_end:.0f} MB now, peak {peak:.0f} MB (target 300 MB); "
          f"a bare Qt window: peak {base_peak:.0f} MB ({peak / base_peak:.1f} x)")
    window.close()
    db.close_database()
    # the figures hold only for the inbox the benchmark meant to build (a kept database
    # of another run, or a list that lost rows, would make them describe something else)
    failures = []
    if total != args.rows:
        failures.append(f"All lists {total:,} conversations, {args.rows:,} were stored")
    if waiting != (args.rows + 2) // 3:
        failures.append(f"{waiting:,} conversations are waiting, {(args.rows + 2) // 3:,} "
                        "were stored waiting")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
