"""Ledger benchmark: 100,000 conversations and 100,000 orders in a SQLite file.

    .venv/bin/python tests/bench/ledger_bench.py [--rows 100000] [--keep DIR]

Measures, best of several runs after a warm-up, each against a baseline measured in the
same run on the same data:

* KPIs for a year (target 200 ms) against one raw fetch of the stored figures of that year;
* the reports screen for a year (target 1 s): the KPIs, the wait buckets with the customers
  still waiting, the trend, the load verdict and the peak view (the year before and the
  peak seasons), against the same raw fetch;
* CSV export of every order with its items and parcels (target 1 s) against a plain
  csv.writer dump of the order table;
* the waiting list, first page of 200 by time left plus the fine/warn/breach counts, on
  both clocks (target 50 ms) against the same SQL statements run bare (captured from one
  call and replayed on the same connection, no Python around them).

Fails (exit status 1) when a target is missed, or when a count does not add up: the
orders and conversations stored, the lines of the export, the KPI cases and the waiting
counts against direct counts of the database (a kept database of another size, or a figure
that silently left rows out, would make the timings describe something else).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from seller_desk.core.conversations import clocks  # noqa: E402
from seller_desk.core.reports import export  # noqa: E402
from seller_desk.core.reports import kpis as reports  # noqa: E402
from seller_desk.core.screens import reports as report_screen  # noqa: E402
from seller_desk.core.store import db  # noqa: E402
from seller_desk.core.store.models import (  # noqa: E402
    CHANNELS,
    Conversation,
    ConversationTag,
    Customer,
    Order,
    OrderItem,
    Shipment,
    database,
)

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
POLICY = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
BUSINESS = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur",
                              use_business_hours=True)
PRODUCTS = ["Batik silk scarf", "Batik sarong", "Pandan soap", "Liberica coffee",
            "Songket clutch bag", "Batik phone case", "Bawal tudung", "Serai candle"]


def batched(rows: list[dict], size: int = 2000):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def fill(n: int, rng: random.Random) -> None:
    customers = [{"name": f"Pelanggan {i} 陈", "language": rng.choice(["ms", "id", "en"])}
                 for i in range(max(1, n // 20))]
    with database.atomic():
        for chunk in batched(customers):
            Customer.insert_many(chunk).execute()
    convs = []
    for i in range(n):
        waiting = rng.random() < 0.03  # ~3,000 customers waiting, most of them recently
        first = NOW - (timedelta(hours=72 * rng.random() ** 2) if waiting
                       else timedelta(days=365 * rng.random()))
        row = {"subject": f"Pertanyaan {i}", "customer": 1 + i % len(customers),
               "first_customer_at": first, "last_customer_at": first,
               "last_activity_at": first, "message_count": 2, "created_at": first,
               "status": "open" if waiting else rng.choice(["closed", "closed", "waiting_customer"]),
               # every row names every column: insert_many takes the columns of the first
               "waiting_since": None, "first_reply_at": None, "first_reply_s": None,
               "first_reply_business_s": None, "resolved_at": None, "resolution_s": None,
               "resolution_business_s": None}
        if waiting:
            row["waiting_since"] = first
            row["status"] = "open"
        else:
            reply = rng.expovariate(1 / (8 * 3600))
            row.update(first_reply_at=first + timedelta(seconds=reply),
                       first_reply_s=int(reply), first_reply_business_s=int(reply * 0.4))
            if row["status"] == "closed":
                res = reply + rng.expovariate(1 / (30 * 3600))
                row.update(resolved_at=first + timedelta(seconds=res), resolution_s=int(res),
                           resolution_business_s=int(res * 0.35))
        convs.append(row)
    with database.atomic():
        for chunk in batched(convs):
            Conversation.insert_many(chunk).execute()
        tags = [{"conversation": i + 1, "tag": "complaint", "product": rng.choice(PRODUCTS),
                 "created_at": convs[i]["first_customer_at"]}
                for i in range(n) if rng.random() < 0.05]
        for chunk in batched(tags):
            ConversationTag.insert_many(chunk).execute()
    orders, items, parcels = [], [], []
    for i in range(n):
        placed = NOW - timedelta(days=365 * rng.random())
        lines = [(rng.choice(PRODUCTS), rng.randint(1, 3), Decimal(rng.randint(20, 200)))
                 for _ in range(rng.choice([1, 1, 2, 3]))]
        total = sum(q * p for _, q, p in lines) + Decimal(8)
        status = rng.choice(["completed", "completed", "delivered", "shipped", "paid",
                             "awaiting_payment", "cancelled"])
        orders.append({"number": f"#{100000 + i}", "channel": rng.choice(CHANNELS),
                       "customer": 1 + i % len(customers), "placed_at": placed,
                       "status": status, "currency": rng.choice(["MYR", "MYR", "IDR"]),
                       "total": total, "shipping_fee": Decimal(8),
                       "payment_method": "FPX", "created_at": placed, "updated_at": placed})
        items += [{"order": i + 1, "title": t, "sku": t[:3].upper(), "quantity": q,
                   "unit_price": p} for t, q, p in lines]
        if status in ("completed", "delivered", "shipped"):
            shipped = placed + timedelta(days=1)
            parcels.append({"order": i + 1, "courier": "poslaju",
                            "tracking_number": f"EN{rng.randint(10**8, 10**9 - 1)}MY",
                            "shipped_at": shipped, "eta": (shipped + timedelta(days=3)).date(),
                            "status": "in_transit" if status == "shipped" else "delivered",
                            "delivered_at": None if status == "shipped" else
                            shipped + timedelta(days=2), "created_at": shipped})
    with database.atomic():
        for table, rows in ((Order, orders), (OrderItem, items), (Shipment, parcels)):
            for chunk in batched(rows):
                table.insert_many(chunk).execute()
    database.execute_sql("ANALYZE")


def statements_of(fn: Callable[[], object]) -> list[tuple[str, tuple[Any, ...]]]:
    """The SQL statements (with their parameters) one call of ``fn`` runs."""
    db_obj = database.obj
    seen: list[tuple[str, tuple[Any, ...]]] = []
    original = db_obj.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db_obj.execute_sql = spy
    try:
        fn()
    finally:
        del db_obj.execute_sql  # the class's method again
    return seen


def best(fn: Callable[[], object], runs: int = 5) -> float:
    fn()  # warm-up: caches, holiday tables, page cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="build the database in DIR and keep it")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="ledger-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{args.rows}.sqlite3"
    fresh = not path.exists()
    db.open_database(f"sqlite:///{path}")
    clocks.set_policy(POLICY)
    if fresh:
        t = time.perf_counter()
        fill(args.rows, random.Random(5))
        print(f"built {args.rows:,} conversations and orders in {time.perf_counter() - t:.1f} s")
    year = (NOW - timedelta(days=365), NOW)
    results = []
    failures = []

    def expect(what: str, got: int, wanted: int) -> None:
        if got != wanted:
            failures.append(f"{what}: {got:,}, expected {wanted:,}")

    expect("orders stored", Order.select().count(), args.rows)
    expect("conversations stored", Conversation.select().count(), args.rows)

    def figures_fetch() -> None:
        q = (Conversation.select(Conversation.first_reply_s, Conversation.first_reply_business_s,
                                 Conversation.resolution_s, Conversation.resolution_business_s)
             .where(Conversation.first_customer_at >= year[0],
                    Conversation.first_customer_at < year[1]))
        sql, params = q.sql()
        database.execute_sql(sql, params).fetchall()

    k = reports.kpis(*year, policy=POLICY)
    expect("KPI cases", k.cases, Conversation.select().where(
        Conversation.first_customer_at >= year[0], Conversation.first_customer_at < year[1],
    ).count())
    print(f"KPIs: {k.cases:,} cases, first reply median {k.first_reply.median_hours:.1f} h, "
          f"{len(k.volume_per_day)} days, {k.orders:,} orders")
    results.append(("KPIs for a year", best(lambda: reports.kpis(*year, policy=POLICY)),
                    best(figures_fetch), 0.200, "raw fetch of the year's figures"))

    def report_screen_year() -> report_screen.ReportData:
        data = report_screen.report(*year, policy=POLICY, now=NOW)
        report_screen.peak_rows(*year, policy=POLICY, known=data.kpis)
        return data

    shown = report_screen_year()
    still = report_screen.bucket_counts(*year, now=NOW, policy=POLICY)
    expect("still waiting in the buckets", sum(b.waiting for b in still),
           shown.kpis.still_waiting)
    print(f"reports screen: {shown.kpis.still_waiting:,} still waiting, "
          f"{len(shown.trend)} trend points")
    results.append(("reports screen for a year", best(report_screen_year, runs=3),
                    best(figures_fetch), 1.0, "raw fetch of the year's figures"))

    out = folder / "orders.csv"

    def plain_dump() -> None:
        cursor = database.execute_sql('SELECT * FROM "order"')
        with open(folder / "plain.csv", "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(cursor.fetchall())

    rows = export.export("orders", None, None, out, policy=POLICY)
    print(f"export: {rows:,} orders, {out.stat().st_size / 1e6:.1f} MB")
    expect("orders the export says it wrote", rows, args.rows)
    with open(out, encoding="utf-8", newline="") as fh:
        expect("order lines in the exported file", sum(1 for _ in csv.reader(fh)) - 1,
               args.rows)
    results.append(("export of every order", best(
        lambda: export.export("orders", None, None, out, policy=POLICY), runs=3),
        best(plain_dump, runs=3), 1.0, "csv.writer dump of the order table"))

    counts = clocks.waiting_counts(NOW, POLICY)
    print(f"waiting: {sum(counts.values()):,} conversations {counts}")
    waiting = Conversation.select().where(
        Conversation.status.in_(["open", "waiting_customer"]),
        Conversation.waiting_since.is_null(False)).count()
    for name, policy in (("calendar", POLICY), ("business hours", BUSINESS)):
        def waiting_list(p: clocks.ClockPolicy = policy) -> tuple[list, dict[str, int]]:
            return (clocks.waiting_list(NOW, limit=200, policy=p),
                    clocks.waiting_counts(NOW, p))

        page, page_counts = waiting_list()
        expect(f"waiting counts, {name}", sum(page_counts.values()), waiting)
        expect(f"waiting list rows, {name}", len(page), min(200, waiting))
        statements = statements_of(waiting_list)

        def bare(s: list[tuple[str, tuple[Any, ...]]] = statements) -> None:
            connection = database.connection()  # the sqlite3 connection itself
            for sql, params in s:
                connection.execute(sql, params).fetchall()

        results.append((f"waiting list, {name}", best(waiting_list), best(bare), 0.050,
                        f"its {len(statements)} SQL statements run bare"))

    print()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} during the run")
    print(f"{'measure':<32}{'time':>10}{'target':>10}{'baseline':>11}{'ratio':>8}  baseline is")
    failed = False
    for name, took, base, target, what in results:
        ok = took <= target
        failed |= not ok
        print(f"{name:<32}{took * 1000:>8.1f}ms{target * 1000:>8.0f}ms{base * 1000:>9.1f}ms"
              f"{took / base if base else float('inf'):>7.1f}x  {what}"
              f"{'' if ok else '  OVER TARGET'}")
    for failure in failures:
        print(f"FAILED: {failure}")
    if not args.keep:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    return 1 if failed or failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
