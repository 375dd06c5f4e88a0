"""Linking benchmark: a new order linked to the stored mail naming it, over 100,000 messages.

    .venv/bin/python tests/bench/link_bench.py [--messages 100000] [--keep DIR]

Builds (or reuses with --keep; the file is shared with search_bench.py) the search
benchmark's corpus: 100,000 messages shaped like a shop's mail, whose conversations name
own-shop order numbers ("#1234") among amounts, phone and tracking numbers. A short
number such as "1234" is the hard case for the index: the same digits stand in prices and
phone numbers, so many candidates must be confirmed by the order-number patterns.

For each of 15 orders named in the mail, the order and its links are taken out, then:

* link:     ``linking.link_orders_to_mail([order])``, what runs when the order is saved
            (target 50 ms);
* create:   ``orders.create_order`` with linking included (the subscriber), the whole save;
* scan:     the baseline, what linking would cost without the index: a ``LIKE '%...%'``
            over every subject and body, each hit confirmed by the same patterns.

Then an import's way: 200 orders created inside ``linking.deferred_links()`` and linked
in one ``link_orders_to_mail`` call (its links are checked against the scan too).

Medians of the 15 orders, in ms, after a warm-up. Fails (exit status 1) when the target
is missed, or when linking finds other conversations than the scan (a fast answer that
left links out would describe something else).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parents[1]))

import search_bench  # noqa: E402

TARGET_MS = 50.0
SAMPLE = 15


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="link-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"search-{args.messages}-v{search_bench.CORPUS_VERSION}.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        partial = path.with_suffix(".partial")
        search_bench.build(partial, args.messages)
        partial.rename(path)
        print(f"built {args.messages:,} messages in {time.perf_counter() - t:.1f} s")

    from seller_desk.core import reactions
    from seller_desk.core.shop import linking, order_numbers, orders
    from seller_desk.core.store import db, search
    from seller_desk.core.store.models import ConversationOrder, Message, Order, database

    reactions.install()
    db.open_database(f"sqlite:///{path}")
    stored = Message.select().count()
    print(f"Linking benchmark: {stored:,} messages, {Order.select().count():,} orders; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    def scan(channel: str, number: str) -> set[int]:
        like = f"%{number}%"
        found = set()
        for conv_id, subject, body in database.execute_sql(
                'SELECT conversation_id, subject, text_body FROM "message" '
                "WHERE subject LIKE ? OR text_body LIKE ?", (like, like)).fetchall():
            named = order_numbers.detect(subject, linking.link_text(body or ""))
            if conv_id is not None and any((d.channel, d.number) == (channel, number)
                                           for d in named):
                found.add(conv_id)
        return found

    def take_out(number: str) -> None:
        order = Order.get(Order.number == number)
        ConversationOrder.delete().where(ConversationOrder.order == order.id).execute()
        Order.delete().where(Order.id == order.id).execute()  # items and events cascade

    def recreate(number: str) -> int:
        with linking.deferred_links():  # linked below, on its own clock
            return orders.create_order(number, "web", [{"title": "Batik", "unit_price": "10"}],
                                       currency="MYR").id

    numbers = [f"#{1000 + k}" for k in range(0, 2000, 2000 // SAMPLE)][:SAMPLE]
    figures: dict[str, list[float]] = {"link": [], "create": [], "scan": []}
    candidates = []
    mismatched = []
    for i, number in enumerate(numbers + numbers[:1]):  # the last repeats the first: warm-up
        with database.atomic():
            take_out(number)
            order_id = recreate(number)
            t = time.perf_counter()
            linking.link_orders_to_mail([order_id])
            link_ms = (time.perf_counter() - t) * 1000
            linked = {row.conversation_id for row in ConversationOrder.select()
                      .where(ConversationOrder.order == order_id)}
            take_out(number)
            t = time.perf_counter()
            created = orders.create_order(number, "web", [{"title": "Batik",
                                                           "unit_price": "10"}],
                                          currency="MYR")
            create_ms = (time.perf_counter() - t) * 1000
            again = {row.conversation_id for row in ConversationOrder.select()
                     .where(ConversationOrder.order == created.id)}
        t = time.perf_counter()
        expected = scan("web", number)
        scan_ms = (time.perf_counter() - t) * 1000
        if linked != expected or again != expected:
            mismatched.append(number)
        if i == 0:
            continue  # warm-up
        figures["link"].append(link_ms)
        figures["create"].append(create_ms)
        figures["scan"].append(scan_ms)
        candidates.append(len(search.messages_naming([number])))
        print(f"  {number:<7} {len(expected):>3} conversations, {candidates[-1]:>4} candidate "
              f"messages: link {link_ms:6.1f} ms, create {create_ms:6.1f} ms, "
              f"scan {scan_ms:7.1f} ms")
    link, create, scan_med = (statistics.median(figures[k]) for k in ("link", "create", "scan"))
    print(f"\nmedian of {len(figures['link'])} orders: link {link:.1f} ms (target "
          f"{TARGET_MS:.0f} ms), create with linking {create:.1f} ms, LIKE scan "
          f"{scan_med:.1f} ms; the index is {scan_med / link:.0f}x faster than the scan; "
          f"worst link {max(figures['link']):.1f} ms; candidates per number: median "
          f"{statistics.median(candidates):.0f}")

    # an import: 200 orders created with linking deferred, then linked in one call
    batch = [f"#{1000 + k}" for k in range(1, 2000, 10)][:200]
    with database.atomic():
        for number in batch:
            take_out(number)
        with linking.deferred_links() as pending:
            for number in batch:
                orders.create_order(number, "web", [{"title": "Batik", "unit_price": "10"}],
                                    currency="MYR")
        t = time.perf_counter()
        made = linking.link_orders_to_mail(pending)
        batch_ms = (time.perf_counter() - t) * 1000
    expected_links = sum(len(scan("web", number)) for number in batch)
    print(f"import of {len(batch)} orders linked in one call: {batch_ms:.0f} ms "
          f"({batch_ms / len(batch):.2f} ms an order), {made} links "
          f"(the scan finds {expected_links})")
    failed = False
    if made != expected_links:
        print(f"FAILED: the batch made {made} links, the scan finds {expected_links}")
        failed = True
    if mismatched:
        print(f"FAILED: linking and the scan disagree for {', '.join(mismatched)}")
        failed = True
    if link > TARGET_MS:
        print(f"FAILED: linking one order took {link:.1f} ms, over {TARGET_MS:.0f} ms")
        failed = True
    db.close_database()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
