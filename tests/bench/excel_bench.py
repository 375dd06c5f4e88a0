"""Excel export benchmark: 10,000 orders (with their items and parcels) in a SQLite file.

    .venv/bin/python tests/bench/excel_bench.py [--rows 10000]

Measures, best of 3 runs after a warm-up, against the plain CSV export of the same orders
measured in the same run: the "for Excel" CSV with headers and statuses in words, the
orders workbook (.xlsx) and the whole workbook (one sheet per kind). Target: the orders
workbook of 10,000 orders within 5 s. Fails (exit status 1) when it is missed or when the
workbook does not hold one row per order.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import openpyxl  # noqa: E402
from ledger_bench import POLICY, best, fill  # noqa: E402

from seller_desk.core.conversations import clocks  # noqa: E402
from seller_desk.core.reports import export  # noqa: E402
from seller_desk.core.store import db  # noqa: E402

TARGET_S = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="excel-bench-"))
    db.open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    clocks.set_policy(POLICY)
    t = time.perf_counter()
    fill(args.rows, random.Random(5))
    print(f"built {args.rows:,} orders and conversations in {time.perf_counter() - t:.1f} s")
    words = export.ENGLISH

    def run(name: str, **options: object) -> float:
        path = folder / name
        return best(lambda: export.export("orders" if "all" not in name else "workbook",
                                          None, None, path, policy=POLICY, **options), runs=3)

    baseline = run("orders.csv")
    results = [
        ("for Excel CSV, in words", run("excel.csv", for_excel=True, labels=words)),
        ("orders workbook (.xlsx)", run("orders.xlsx", file_format="xlsx", labels=words)),
        ("whole workbook (.xlsx, 6 sheets)", run("all.xlsx", file_format="xlsx",
                                                 labels=words)),
    ]
    sheet = openpyxl.load_workbook(folder / "orders.xlsx", read_only=True).active
    rows = sum(1 for _ in sheet.iter_rows(min_row=2))
    print(f"plain CSV export (baseline): {baseline * 1000:.0f} ms")
    for name, seconds in results:
        print(f"{name}: {seconds * 1000:.0f} ms ({seconds / baseline:.1f}x the plain CSV)")
    print(f"orders workbook: {rows:,} rows, "
          f"{(folder / 'orders.xlsx').stat().st_size / 1e6:.1f} MB")
    failed = rows != args.rows or results[1][1] > TARGET_S
    if failed:
        print(f"FAILED: {rows:,} rows (expected {args.rows:,}), "
              f"{results[1][1]:.2f} s (target {TARGET_S} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
