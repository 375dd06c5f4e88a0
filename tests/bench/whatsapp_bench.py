"""WhatsApp import benchmark: a 40,000-line export into the customer's history.

    .venv/bin/python tests/bench/whatsapp_bench.py [--lines 40000]

Writes an Android export of --lines lines in Malay and English (a seller and a customer
over two years; one message in eight over several lines, one in fifty a photo, order
numbers now and then) into a fresh data folder, then times (median of 3, seconds):

* read:   ``whatsapp_chat.read``, the file parsed into messages (dates, senders, media);
* import: ``whatsapp.import_chat`` into an empty SQLite database: customer, conversation,
  every message, the reply clock and the order links, in one transaction;
* again:  the same file imported again (everything found already there, nothing added);
* the import's CPU time beside its wall time, and the load average: on a machine busy
  with other work the wall time measures the waiting as well;
* floor:  the same number of messages written with one multi-row INSERT per 500 through
  sqlite3 with no Python objects around them: what storing them costs at the least.

The target: the import within 5 s on the 2-core test machine. The ratios say what the
import costs over the floor.
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
from datetime import datetime, timedelta
from pathlib import Path

WORDS = (
    "salam", "kak", "ada", "stok", "saiz", "M", "L", "XL", "warna", "biru", "merah",
    "bila", "sampai", "terima", "kasih", "boleh", "COD", "pos", "laju", "esok", "pagi",
    "harga", "berapa", "diskaun", "okay", "thanks", "can", "I", "order", "two", "please",
    "tracking", "number", "belum", "sampai", "lagi", "dah", "bayar", "transfer",
)


def write_export(path: Path, lines: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    when = datetime(2024, 1, 1, 9, 0)
    written = messages = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("01/01/24, 09:00 - Mesej dan panggilan disulitkan hujung ke hujung.\n")
        written += 1
        while written < lines:
            when += timedelta(minutes=rng.randint(1, 120))
            who = "Siti Aminah" if rng.random() < 0.55 else "Nora Batik"
            stamp = f"{when:%d/%m/%y, %H:%M} - {who}: "
            if rng.random() < 0.02:
                out.write(f"{stamp}IMG-{when:%Y%m%d}-WA{messages:04d}.jpg (fail dilampirkan)\n")
                written += 1
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 18)))
                if rng.random() < 0.05:
                    text += f" pesanan WA-{rng.randint(1, 9999):04d}"
                out.write(stamp + text + "\n")
                written += 1
                if rng.random() < 0.125 and written < lines:
                    out.write(" ".join(rng.choice(WORDS) for _ in range(8)) + "\n")
                    written += 1
            messages += 1
    return messages


def median(runs: list[float]) -> float:
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=40_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="sd-wa-bench-"))
    os.environ["SELLER_DESK_HOME"] = str(work / "home")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from seller_desk.core import reactions
    from seller_desk.core.shop import whatsapp, whatsapp_chat
    from seller_desk.core.store import db
    from seller_desk.core.store.models import Message

    reactions.install()
    export = work / "WhatsApp Chat with Siti Aminah.txt"
    count = write_export(export, args.lines)
    size = export.stat().st_size
    print(f"export: {args.lines} lines, {count} messages, {size / 1e6:.1f} MB")

    reads, imports, agains, floors, cpus = [], [], [], [], []
    for n in range(args.rounds):
        t0 = time.perf_counter()
        chat = whatsapp_chat.read(export)
        reads.append(time.perf_counter() - t0)

        db.open_database(f"sqlite:///{work / f'shop{n}.sqlite3'}")
        t0, c0 = time.perf_counter(), time.process_time()
        result = whatsapp.import_chat(export, customer_phone="0123456789", me="Nora Batik")
        imports.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        assert result.added == len([m for m in chat.messages if not m.notice])
        t0 = time.perf_counter()
        again = whatsapp.import_chat(export, customer_phone="0123456789", me="Nora Batik")
        agains.append(time.perf_counter() - t0)
        assert again.added == 0 and Message.select().count() == result.added
        db.close_database()

        raw = sqlite3.connect(work / f"floor{n}.sqlite3")
        raw.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, message_id TEXT UNIQUE, "
                    "sender TEXT, date TEXT, body TEXT)")
        rows = [(f"wa.{i}", m.sender, m.when.isoformat(), m.text)
                for i, m in enumerate(chat.messages)]
        t0 = time.perf_counter()
        with raw:
            for start in range(0, len(rows), 500):
                part = rows[start:start + 500]
                raw.execute("INSERT INTO m (message_id, sender, date, body) VALUES "
                            + ", ".join(["(?, ?, ?, ?)"] * len(part)),
                            [v for row in part for v in row])
        floors.append(time.perf_counter() - t0)
        raw.close()

    floor = median(floors)
    print(f"{'':8}{'seconds':>10}{'x floor':>10}")
    for name, runs in (("read", reads), ("import", imports), ("again", agains),
                       ("floor", floors)):
        print(f"{name:8}{median(runs):10.2f}{median(runs) / floor:10.1f}")
    print(f"import CPU time {median(cpus):.2f} s (wall time above); load average "
          f"{os.getloadavg()[0]:.1f}: on a busy machine the wall time waits for the CPU")
    target = 5.0
    verdict = "within" if median(imports) <= target else "OVER"
    print(f"import of {args.lines} lines: {median(imports):.2f} s, {verdict} the {target:.0f} s "
          "target")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    sys.exit(main())
