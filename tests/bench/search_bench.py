"""Search benchmark: the inbox search box over 100,000 stored messages.

    .venv/bin/python tests/bench/search_bench.py [--messages 100000] [--keep DIR]

Builds (or reuses with --keep) a SQLite database of --messages messages in a quarter as many
conversations, 5,000 customers and 2,000 orders, in English, Malay and Indonesian, then
times, for a handful of typical queries (median of 7 after a warm-up):

* fts:     ``search.search_messages`` (the full-text index alone, best match first, which
           ranks every match);
* box:     ``inbox.search_ids``, what the search box runs: mail text, customer names and
           addresses, order numbers, ordered by last activity;
* floor:   the bare FTS5 MATCH of the same words through sqlite3, newest 1,000 matches (the
           shape the search box uses), no Python around it;
* scan:    a naive ``LIKE '%word%'`` over every subject and body, what search would cost
           without an index (the reason the index exists).

Prints each figure and the ratio to the floor.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

QUERIES = [
    ("common word", "order"),
    ("Malay prefix", "bayar"),
    ("Indonesian two words", "paket belum"),
    ("rare word", "stained"),
    ("customer address", "budi.santoso"),
    ("order number", "1218"),
]

WORDS = {
    "en": "hi i ordered the batik scarf last week and it has not arrived yet please check "
          "the tracking thank you the parcel arrived today but the box was wet and stained",
    "ms": "salam kak saya dah bayar untuk pesanan ini tolong semak ya barang belum sampai "
          "lagi boleh pos hari ini terima kasih banyak",
    "id": "halo kak saya sudah transfer untuk pesanan ini paket belum sampai juga tolong "
          "dicek ya makasih banyak kak resi tidak update",
}


def build(path: Path, n: int) -> None:
    from seller_desk.core.store import db
    from seller_desk.core.store.models import (
        Conversation,
        ConversationOrder,
        Customer,
        CustomerAddress,
        Message,
        Order,
        database,
    )

    db.open_database(f"sqlite:///{path}")
    rnd = random.Random(7)
    now = datetime.now(UTC)
    first = ["Budi", "Siti", "Aisyah", "Wei Ming", "Dewi", "Sarah", "Rajesh", "Putri", "Agus"]
    last = ["Santoso", "Rahman", "Tan", "Lestari", "Collins", "Pillai", "Wijaya", "Pratama"]
    with database.atomic():
        customers = []
        for _ in range(5000):
            name = f"{rnd.choice(first)} {rnd.choice(last)}"
            customers.append({"name": name})
        Customer.insert_many(customers).execute()
        CustomerAddress.insert_many(
            [{"customer": i + 1, "email": f"{c['name'].lower().replace(' ', '.')}{i}@example.test"}
             for i, c in enumerate(customers)]).execute()
        n_conv = max(1, n // 4)
        convs = [{"subject": f"Order question {i}", "customer": rnd.randint(1, 5000),
                  "last_activity_at": now - timedelta(minutes=i),
                  "counterpart_email": f"buyer{i % 5000}@example.test"}
                 for i in range(n_conv)]
        for start in range(0, n_conv, 5000):
            Conversation.insert_many(convs[start:start + 5000]).execute()
        Order.insert_many([{"number": f"#{1000 + i}", "channel": "web",
                            "customer": rnd.randint(1, 5000), "total": 10}
                           for i in range(2000)]).execute()
        ConversationOrder.insert_many([{"conversation": rnd.randint(1, n_conv), "order": i + 1}
                                       for i in range(2000)]).on_conflict_ignore().execute()
        batch = []
        for i in range(n):
            lang = rnd.choice(("en", "ms", "id"))
            words = WORDS[lang].split()
            body = " ".join(rnd.choice(words) for _ in range(60))
            batch.append({
                "conversation": rnd.randint(1, n_conv), "subject": " ".join(words[:5]),
                "sender_name": f"{rnd.choice(first)} {rnd.choice(last)}",
                "sender_email": f"buyer{i % 5000}@example.test", "to_addrs": "shop@example.test",
                "text_body": body, "snippet": body[:120], "date": now - timedelta(minutes=i),
            })
            if len(batch) == 2000:
                Message.insert_many(batch).execute()
                batch = []
        if batch:
            Message.insert_many(batch).execute()
    database.close()


def timed(fn, runs: int = 7) -> float:
    fn()
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "search.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        build(path, args.messages)
        print(f"built {args.messages:,} messages in {time.perf_counter() - t:.1f} s")

    from seller_desk.core.conversations import inbox
    from seller_desk.core.store import db, search

    db.open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    print(f"Search benchmark: {args.messages:,} messages, load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (median of 7, ms)")
    print(f"{'query':<22} {'floor':>7} {'fts':>7} {'box':>7} {'scan':>8}   box/floor")
    for label, query in QUERIES:
        match = " ".join('"' + w + '"*' for w in search.words(query))
        floor = timed(lambda m=match: raw.execute(
            "SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid DESC "
            "LIMIT 1000",
            (m,)).fetchall())
        fts = timed(lambda q=query: search.search_messages(q))
        box = timed(lambda q=query: inbox.search_ids(q))
        like = f"%{query.split()[0]}%"
        scan = timed(lambda p=like: raw.execute(
            "SELECT count(*) FROM message WHERE subject LIKE ? OR text_body LIKE ?",
            (p, p)).fetchall(), runs=3)
        hits = len(inbox.search_ids(query))
        print(f"{label:<22} {floor:7.1f} {fts:7.1f} {box:7.1f} {scan:8.1f}   "
              f"{box / floor if floor else 0:5.1f}x  ({hits} conversations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
