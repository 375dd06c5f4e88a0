"""Catalogue benchmark: the order form's product completion over 5,000 products.

    .venv/bin/python tests/bench/catalog_bench.py [--products 5000] [--keep DIR]

Builds the catalogue the way a seller's shop does, from orders (10 items each, through
``create_order`` with the catalogue's subscriber installed), then measures, each against a
baseline measured in the same run on the same data:

* completing per keystroke: every prefix of a few things a seller types ("batik scarf
  blue", a SKU, a word from the middle of a name) asked of
  :func:`seller_desk.core.shop.products.suggest`, the call the completer makes on every
  key; median and 95th percentile against the bare SQL of the same word filter (one
  ``LIKE`` per word, 12 rows, no prices, no ordering). Target: 95th percentile under
  16 ms, one frame, so typing never waits;
* filling the catalogue while orders are written: ``create_order`` per order with the
  subscriber, once making every product and once finding them all again, against the same
  orders with the subscriber switched off.

Fails (exit status 1) when a target is missed, or when the catalogue does not hold the
products the orders named, or a completion misses the product it was typed for.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from seller_desk.core import reactions  # noqa: E402
from seller_desk.core.shop import orders, products  # noqa: E402
from seller_desk.core.store import db, events  # noqa: E402
from seller_desk.core.store.models import Product, database  # noqa: E402

T0 = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)
KINDS = ["Batik scarf", "Batik sarong", "Pandan soap", "Liberica coffee", "Songket clutch",
         "Batik phone case", "Bawal tudung", "Serai candle", "Kaftan", "Baju kurung",
         "Kebaya", "Rattan basket", "Pewter mug", "Kopi tongkat ali", "Sambal jar",
         "Kuih bangkit tin", "Keris keychain", "Wau magnet", "Tikar mengkuang", "Labu sayong"]
STYLES = ["Terengganu", "Kelantan", "Pekalongan", "Solo", "Sarawak", "Melaka", "Johor",
          "Penang", "Sabah", "Yogya", "Cirebon", "Madura", "Bali", "Lombok", "Perak",
          "Kedah", "Pahang", "Garut", "Jepara", "Toraja", "Aceh", "Medan", "Riau",
          "Langkawi", "Ipoh"]
VARIANTS = ["Blue", "Red", "Green", "Gold", "Black", "White", "S", "M", "L", "XL"]
TYPED = ["batik scarf blue", "bs-00417", "pekalongan", "kopi tongkat", "songket clutch gold"]
TARGET_KEYSTROKE_P95 = 0.016


def names(count: int) -> list[tuple[str, str, str]]:
    """``count`` distinct (title, sku, price) as orders would carry them."""
    result = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        style = STYLES[(n // len(KINDS)) % len(STYLES)]
        variant = VARIANTS[(n // (len(KINDS) * len(STYLES))) % len(VARIANTS)]
        tail = n // (len(KINDS) * len(STYLES) * len(VARIANTS))
        title = f"{kind} {style}" + (f" {tail + 1}" if tail else "") + f" ({variant})"
        result.append((title, f"BS-{n:05d}", f"{10 + n % 190}.{n % 100:02d}"))
    return result


def write_orders(items: list[tuple[str, str, str]], prefix: str) -> float:
    start = time.perf_counter()
    for n in range(0, len(items), 10):
        orders.create_order(
            f"{prefix}{n // 10:05d}", "shopee",
            [orders.ItemInput(t, 1, Decimal(p), s) for t, s, p in items[n:n + 10]],
            placed_at=T0 + timedelta(minutes=n))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="build the database in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="seller-desk-catalog-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalog.sqlite3"
    if path.exists():
        path.unlink()
    reactions.install()
    database_ = db.open_database(f"sqlite:///{path}")
    catalogue = names(args.products)
    failures: list[str] = []

    # filling: the same orders once without the subscriber (a plain order service), then
    # with it; a second copy (other numbers) so both write the same rows
    written = reactions.Later(products.__name__, "on_order_written")
    events.unsubscribe(events.ORDER_CREATED, written)
    plain = write_orders(catalogue, "PLAIN-")
    events.subscribe(events.ORDER_CREATED, written)
    filled = write_orders(catalogue, "SHOP-")
    known = write_orders(catalogue, "AGAIN-")  # the same products ordered again
    stored = Product.select().count()
    print(f"built {stored:,} products from {3 * len(catalogue) // 10:,} orders")
    if stored != len(catalogue):
        failures.append(f"the catalogue holds {stored} products, the orders named "
                        f"{len(catalogue)}")

    # completion, per keystroke: every prefix of what the seller types
    prefixes = [text[:i] for text in TYPED for i in range(1, len(text) + 1)]
    conn = database.obj
    for prefix in prefixes[:10]:  # warm-up
        products.suggest(prefix, "MYR")

    def bare(prefix: str) -> list[tuple[int]]:
        words = products.normalise(prefix).split()
        where = " AND ".join("search LIKE ?" for _ in words) or "1"
        return conn.execute_sql(f"SELECT id FROM product WHERE {where} LIMIT 12",
                                [f"%{w}%" for w in words]).fetchall()

    suggest_times, bare_times = [], []
    for _ in range(3):
        for prefix in prefixes:
            t = time.perf_counter()
            found = products.suggest(prefix, "MYR")
            suggest_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            bare(prefix)
            bare_times.append(time.perf_counter() - t)
            if prefix in TYPED and not found:
                failures.append(f"nothing offered for {prefix!r}")
    # what is offered holds every word typed, in any order
    offered = products.suggest("scarf blue terengganu", "MYR")
    if [p.title for p in offered][:1] != ["Batik scarf Terengganu (Blue)"]:
        failures.append(f"'scarf blue terengganu' offered {[p.title for p in offered]}")
    if [p.sku for p in products.suggest("bs-00417", "MYR")] != ["BS-00417"]:
        failures.append("the SKU BS-00417 did not find its product alone")
    wrong = [p.title for p in products.suggest("batik blue", "MYR")
             if not {"batik", "blue"} <= set(products.normalise(p.title).split())]
    if wrong:
        failures.append(f"'batik blue' offered {wrong}")

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20, method="inclusive")[-1]

    load = os.getloadavg()[0]
    print()
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} during the run")
    print(f"{'measure':<40}{'time':>10}{'baseline':>11}{'ratio':>8}  baseline is")
    rows = [
        ("keystroke, median", statistics.median(suggest_times), statistics.median(bare_times),
         "the bare LIKE filter, 12 ids"),
        ("keystroke, 95th percentile", p95(suggest_times), p95(bare_times),
         "the bare LIKE filter, 12 ids"),
        ("writing an order of 10 new products", filled / (len(catalogue) / 10),
         plain / (len(catalogue) / 10), "create_order without the catalogue"),
        ("writing an order of 10 known products", known / (len(catalogue) / 10),
         plain / (len(catalogue) / 10), "create_order without the catalogue"),
    ]
    for name, took, base, what in rows:
        print(f"{name:<40}{took * 1000:>8.2f}ms{base * 1000:>9.2f}ms{took / base:>7.1f}x  {what}")
    print(f"({len(prefixes)} keystrokes x 3; target: 95th percentile under "
          f"{TARGET_KEYSTROKE_P95 * 1000:.0f} ms)")
    if p95(suggest_times) > TARGET_KEYSTROKE_P95:
        failures.append(f"keystroke 95th percentile {p95(suggest_times) * 1000:.1f} ms")
    database_.close()
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
