"""Not-a-customer benchmark: what the marks cost the clocks and the Settings list.

    .venv/bin/python tests/bench/not_customers_bench.py [--conversations 20000]

A fresh database holds N conversations of five incoming messages each, from N senders at
200 shop domains. In the same run:

* recomputing every conversation's clock (``refresh_many``, the sync's path) with no mark,
  the baseline, against the same with 10 domain marks and 200 sender marks in force and
  nothing left to change (so the difference is the matching alone);
* reading the Settings list of the 210 marks with how many conversations each covers,
  against one plain count of the incoming mail (the floor of one pass over it).

Timings are printed, not asserted.
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

from seller_desk.core import reactions  # noqa: E402
from seller_desk.core.conversations import not_customers, state  # noqa: E402
from seller_desk.core.store import db  # noqa: E402
from seller_desk.core.store.models import Conversation, Message, database  # noqa: E402

START = datetime(2026, 11, 1, tzinfo=UTC)


def build(count: int) -> list[int]:
    with database.atomic():
        Conversation.insert_many([{"subject": f"Order {i}"} for i in range(count)]).execute()
        rows = [{"conversation": i % count + 1, "direction": "in",
                 "date": START + timedelta(minutes=i), "message_id": f"m{i}@bench",
                 "sender_email": f"buyer{i % count + 1}@shop{(i % count + 1) % 200}.my"}
                for i in range(count * 5)]
        for start in range(0, len(rows), 2000):
            Message.insert_many(rows[start:start + 2000]).execute()
    return list(range(1, count + 1))


def timed(fn: object) -> float:
    began = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", type=int, default=20000)
    args = parser.parse_args()
    reactions.install()
    with tempfile.TemporaryDirectory(prefix="seller-desk-bench-") as tmp:
        db.open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        ids = build(args.conversations)
        state.refresh_many(ids)  # the first computation writes every clock
        baseline = timed(lambda: state.refresh_many(ids))
        not_customers.mark([f"x@shop{d}.my" for d in range(10)], whole_domain=True)
        not_customers.mark([f"someone{n}@gmail.com" for n in range(200)])
        state.refresh_many(ids)  # the marked domains' conversations change once
        marked = timed(lambda: state.refresh_many(ids))
        floor = timed(lambda: Message.select().where(Message.direction == "in").count())
        listing = timed(not_customers.listing)
        db.close_database()
    n = args.conversations
    print(f"recompute {n:,} conversations ({n * 5:,} messages): no marks {baseline:.2f} s, "
          f"210 marks {marked:.2f} s (x{marked / baseline:.2f})")
    print(f"Settings list of 210 marks: {listing * 1000:.0f} ms; one count of the incoming "
          f"mail {floor * 1000:.0f} ms (x{listing / floor:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
