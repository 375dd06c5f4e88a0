"""Customer book benchmark: the Customers screen's list over many customers.

    .venv/bin/python tests/bench/customers_bench.py [--customers 50000]

A fresh database holds N customers with an address each, one conversation per customer
and an order for every second one. In the same run:

* the first page (200 rows, last contact first, with counts), against the baseline of
  reading the same 200 customers by id alone (the floor of any page);
* a search per keystroke ("s", "si", "sit", "siti", a phone's digits, an order number),
  against the baseline of the order form's customer picker for the same text.

Targets: first page within 100 ms, a keystroke within 30 ms. Timings are printed, not
asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from seller_desk.core.screens import customers as views  # noqa: E402
from seller_desk.core.screens import orders as order_views  # noqa: E402
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


def build(count: int) -> None:
    def chunks(rows: list[dict[str, object]], model: type) -> None:
        for start in range(0, len(rows), 2000):
            model.insert_many(rows[start:start + 2000]).execute()

    with database.atomic():
        chunks([{"name": f"{NAMES[i % 10]} {i}", "phone": f"+6012{i:07d}",
                 "address": f"{i} Jalan Bunga", "updated_at": START} for i in range(count)],
               Customer)
        chunks([{"customer": i + 1, "email": f"buyer{i}@mail.my"} for i in range(count)],
               CustomerAddress)
        chunks([{"customer": i + 1, "subject": f"Order {i}",
                 "last_activity_at": START + timedelta(minutes=i)} for i in range(count)],
               Conversation)
        chunks([{"customer": i + 1, "number": f"SHP-{i:08d}", "channel": "shopee",
                 "placed_at": START} for i in range(0, count, 2)], Order)


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
        print(f"{args.customers} customers built in {time.perf_counter() - began:.1f} s")
        base = best(lambda: list(Customer.select().order_by(Customer.id.desc()).limit(200)))
        first = best(lambda: views.query(views.CustomerFilter()))
        print(f"first page: {first:.1f} ms (target 100 ms); 200 rows by id: {base:.1f} ms "
              f"(x{first / base:.1f})")
        for text in ("s", "si", "sit", "siti", "0120004", "SHP-0000123"):
            page = best(lambda t=text: views.query(views.CustomerFilter(text=t)))
            picker = best(lambda t=text: order_views.search_customers(t))
            print(f"search {text!r}: {page:.1f} ms (target 30 ms); order-form picker "
                  f"{picker:.1f} ms (x{page / picker:.1f})")
        db.close_database()


if __name__ == "__main__":
    main()
