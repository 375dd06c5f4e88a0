"""Customer book benchmark: the Customers screen's list over many customers.

    .venv/bin/python tests/bench/customers_bench.py [--customers 50000]

A fresh database holds N customers with an address each, one conversation per customer
and an order for every second one. In the same run:

* the first page (200 rows, last contact first, with counts), against two baselines:
  reading the same 200 customers by id alone (the floor of any page), and the query the
  screen ran before schema 23 (last contact worked out per query, every match counted);
* a search per keystroke, the way a seller types: a name letter by letter, a later word
  of a name, an email's start, a phone written "012-000 4567", an order number (whole and
  a part of it), and a word that matches nothing; each against the query before schema 23.

Targets: first page within 100 ms, a keystroke within 30 ms. Timings are printed, not
asserted, with the load average (the machine is shared: compare ratios, not days). Last,
what the kept last contact costs a writer: 5,000 conversations given a new activity time
with the triggers that keep it, then with those triggers dropped.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from peewee import fn  # noqa: E402

from seller_desk.core.screens import customers as views  # noqa: E402
from seller_desk.core.shop.customer_book import (  # noqa: E402
    OPEN_ORDER_STATUSES,
    CustomerFilter,
)
from seller_desk.core.store import db  # noqa: E402
from seller_desk.core.store.models import (  # noqa: E402
    Conversation,
    Customer,
    CustomerAddress,
    Order,
    database,
)

START = datetime(2026, 1, 1, tzinfo=UTC)
NAMES = ("Siti", "Budi", "Nur", "Ahmad", "Dewi", "Tan", "Lim", "Rina", "Agus", "Aisyah")
FAMILY = ("Aminah", "Santoso", "Hidayah", "Rahman", "Lestari", "Wei Ling", "Mei Hua",
          "Wati", "Salim", "Zainal")
#: what a seller types, keystroke by keystroke where a person would
SEARCHES = ("s", "si", "sit", "siti", "siti a", "aminah", "buyer1234", "012-000 4567",
            "SHP-00001234", "00001234", "zzzz")


def build(count: int) -> None:
    def chunks(rows: list[dict[str, object]], model: type) -> None:
        for start in range(0, len(rows), 2000):
            model.insert_many(rows[start:start + 2000]).execute()

    with database.atomic():
        chunks([{"name": f"{NAMES[i % 10]} {FAMILY[i // 10 % 10]} {i}",
                 "phone": f"+6012{i:07d}",
                 "address": f"{i} Jalan Bunga", "updated_at": START} for i in range(count)],
               Customer)
        chunks([{"customer": i + 1, "email": f"buyer{i}@mail.my"} for i in range(count)],
               CustomerAddress)
        chunks([{"customer": i + 1, "subject": f"Order {i}",
                 "last_activity_at": START + timedelta(minutes=i)} for i in range(count)],
               Conversation)
        chunks([{"customer": i + 1, "number": f"SHP-{i:08d}", "channel": "shopee",
                 "placed_at": START} for i in range(0, count, 2)], Order)


def before_schema_22(flt: CustomerFilter, limit: int = 200) -> int:
    """The screen's query before schema 23: last contact worked out per query from the
    conversations, substring matches on every column, and every match counted."""
    latest = (Conversation.select(fn.MAX(Conversation.last_activity_at))
              .where(Conversation.customer == Customer.id))
    last = fn.COALESCE(latest, Customer.updated_at)
    q = Customer.select(Customer.id)
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        cond = ((Customer.name ** like)
                | Customer.id.in_(CustomerAddress.select(CustomerAddress.customer)
                                  .where(CustomerAddress.email ** like))
                | Customer.id.in_(Order.select(Order.customer).where(
                    Order.number ** like, Order.customer.is_null(False))))
        digits = re.sub(r"\D", "", text)
        if len(digits) >= 3:
            cond |= Customer.phone ** f"%{digits}%"
        q = q.where(cond)
    if flt.open_orders:
        q = q.where(Customer.id.in_(Order.select(Order.customer).where(
            Order.status.in_(OPEN_ORDER_STATUSES))))
    first_email = (CustomerAddress.select(fn.MIN(CustomerAddress.email))
                   .where(CustomerAddress.customer == Customer.id))
    orders = Order.select(fn.COUNT(Order.id)).where(Order.customer == Customer.id)
    convs = Conversation.select(fn.COUNT(Conversation.id)).where(
        Conversation.customer == Customer.id)
    page = q.select_extend(Customer.name, Customer.phone, first_email.alias("email"),
                           last.alias("last"), orders.alias("o"), convs.alias("c"))
    rows = list(page.order_by(last.desc(), Customer.id.desc()).limit(limit).dicts())
    return len(rows) + q.count()


UPDATES = 5000


def conversation_updates(count: int, minutes: int) -> float:
    """Milliseconds to give UPDATES conversations a new activity time, one statement each
    in one transaction (what a sync's refresh writes), the customers' trigger included."""
    began = time.perf_counter()
    with database.atomic():
        for i in range(1, min(count, UPDATES) + 1):
            database.execute_sql(
                "UPDATE conversation SET last_activity_at = ? WHERE id = ?",
                ((START + timedelta(days=60, minutes=i * minutes)).strftime(
                    "%Y-%m-%d %H:%M:%S.%f"), i))
    return (time.perf_counter() - began) * 1000


def best(fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db.open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        began = time.perf_counter()
        build(args.customers)
        print(f"{args.customers} customers built in {time.perf_counter() - began:.1f} s; "
              f"load average {os.getloadavg()[0]:.1f}")
        base = best(lambda: list(Customer.select().order_by(Customer.id.desc()).limit(200)))
        first = best(lambda: views.query(CustomerFilter()))
        old = best(lambda: before_schema_22(CustomerFilter()))
        print(f"first page: {first:.1f} ms (target 100 ms); 200 rows by id {base:.1f} ms "
              f"(x{first / base:.1f}); before schema 23 {old:.1f} ms (x{old / first:.1f} "
              "faster now)")
        opened = best(lambda: views.query(CustomerFilter(open_orders=True)))
        old = best(lambda: before_schema_22(CustomerFilter(open_orders=True)))
        print(f"first page, has open orders: {opened:.1f} ms; before schema 23 {old:.1f} ms "
              f"(x{old / opened:.1f} faster now)")
        worst = 0.0
        for text in SEARCHES:
            page = best(lambda t=text: views.query(CustomerFilter(text=t)))
            old = best(lambda t=text: before_schema_22(CustomerFilter(text=t)), runs=3)
            found = views.query(CustomerFilter(text=text))
            count = found.total if found.exact else f"more than {found.total - 1}"
            worst = max(worst, page)
            print(f"search {text!r}: {page:.1f} ms (target 30 ms), {count} found; before "
                  f"schema 23 {old:.1f} ms (x{old / page:.1f} faster now)")
        print(f"slowest keystroke {worst:.1f} ms; load average {os.getloadavg()[0]:.1f}")
        with_trigger = conversation_updates(args.customers, 1)
        for trigger in ("conversation_contact_au", "conversation_contact_later"):
            database.execute_sql(f"DROP TRIGGER {trigger}")
        without = conversation_updates(args.customers, 2)
        print(f"what keeping the last contact costs the sync: {UPDATES} conversations given "
              f"a new activity time {with_trigger:.0f} ms; without the trigger {without:.0f} "
              f"ms (x{with_trigger / without:.1f})")
        db.close_database()


if __name__ == "__main__":
    main()
