"""Packing slips benchmark: a batch of 100 slips (and 100 invoices) to one PDF.

    .venv/bin/python tests/bench/papers_bench.py [--orders 100]

Builds a shop of --orders orders (one to five items each, customers in Malay, Indonesian
and English, some names in Chinese and Tamil script, a delivery address and a parcel
each), then times, best of 3 after a warm-up:

* documents: ``papers.document_for`` for every order (the core reading the ledger);
* slips:     the packing slips of every order written to one A6 PDF (``printing.write_pdf``:
  HTML laid out by Qt, a QR code per order, the fonts of every script embedded);
* invoices:  the invoices of every order to one A4 PDF;
* floor:     the same number of A6 pages drawn with QPdfWriter holding only each slip's
  plain text (no layout, no QR code): what writing that many pages costs at the least.

The target: 100 slips to PDF within 10 s on the 2-core test machine (documents and PDF
together). Fails (exit status 1) when it is missed, or when a PDF does not hold one page
per order.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# a missing Tamil shaping font is said once per glyph run: not what is measured here
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")
TARGET_S = 10.0
NAMES = ("Siti Aminah binti Yusof", "Putu Ayu Lestari", "陈美玲", "Kavitha Subramaniam",
         "கவிதா சுப்பிரமணியம்", "John Tan", "Nur Aisyah", "Dewi Kartika Sari")
PRODUCTS = ("Batik silk scarf", "Pandan soap", "Baju kurung, size M", "Kain songket",
            "Kopi luwak 200 g", "Tudung bawal", "Sambal roa jar", "Kuih lapis box")


def best(call: Callable[[], object], runs: int = 3) -> float:
    call()  # warm-up: fonts found, caches filled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def fill(count: int, rng: random.Random) -> list[int]:
    from seller_desk.core.shop import customers, orders, shipping

    ids = []
    for n in range(count):
        language = rng.choice(("ms", "id", "en"))
        currency = "IDR" if language == "id" else "MYR"
        customer = customers.create_customer(
            name=NAMES[n % len(NAMES)], phone=f"+6012{3000000 + n}", language=language,
            address=f"{n + 1} Jalan Mawar {n % 9}, Taman Sri, 4{n % 10}000 Shah Alam")
        items = [{"title": rng.choice(PRODUCTS), "sku": f"SKU-{rng.randint(1, 99):02d}",
                  "quantity": rng.randint(1, 3),
                  "unit_price": str(rng.randint(10, 200) * (1000 if currency == "IDR" else 1))}
                 for _ in range(rng.randint(1, 5))]
        order = orders.create_order(number=f"#{5000 + n}", channel="web", customer=customer,
                                    currency=currency, items=items)
        shipping.add_shipment(order, "poslaju", f"EN{100000000 + n}MY")
        ids.append(order.id)
    return ids


def floor_pdf(texts: list[str], path: Path) -> int:
    """The same number of A6 pages, each with its slip's text drawn line by line."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    painter = QPainter(writer)
    for index, text in enumerate(texts):
        if index:
            writer.newPage()
        for line_no, line in enumerate(text.splitlines()[:40]):
            painter.drawText(0, 12 * (line_no + 1), line)
    painter.end()
    del writer
    return len(texts)


def pages_of(path: Path) -> int:
    """Pages in a PDF written by Qt (its page objects counted)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--orders", type=int, default=100)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="sd-papers-bench-"))
    os.environ["SELLER_DESK_HOME"] = str(work / "home")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from seller_desk import printing
    from seller_desk.core.common.settings import Settings
    from seller_desk.core.documents import papers
    from seller_desk.core.store import db

    db.open_database(f"sqlite:///{work / 'shop.sqlite3'}")
    settings = Settings()
    settings.set("seller.shop_name", "Nora Batik & Craft")
    settings.set("seller.return_address", "12 Jalan Bunga, 20000 Kuala Terengganu")
    ids = fill(args.orders, random.Random(11))
    printing._application()

    docs: dict[str, list[papers.OrderDocument]] = {}

    def make(kind: str) -> None:
        docs[kind] = [papers.document_for(i, kind) for i in ids]

    documents = best(lambda: make("slip"))
    make("invoice")
    slips_pdf, invoices_pdf, floor = (work / "slips.pdf", work / "invoices.pdf",
                                      work / "floor.pdf")
    slips = best(lambda: printing.write_pdf(docs["slip"], slips_pdf, size="A6"))
    invoices = best(lambda: printing.write_pdf(docs["invoice"], invoices_pdf, size="A4"))
    texts = [papers.render_html(d) for d in docs["slip"]]
    bare = best(lambda: floor_pdf(texts, floor))

    load = os.getloadavg()[0]
    print(f"{args.orders} orders; load average {load:.1f}; best of 3 after a warm-up")
    print(f"{'':28}{'seconds':>10}{'x floor':>10}")
    for name, took in ((f"documents ({args.orders})", documents),
                       (f"slips to A6 PDF ({args.orders})", slips),
                       (f"invoices to A4 PDF ({args.orders})", invoices),
                       ("floor: plain text pages", bare)):
        print(f"{name:28}{took:10.2f}{took / bare:10.1f}")
    total = documents + slips
    verdict = "within" if total <= TARGET_S else "OVER"
    print(f"{args.orders} packing slips, documents and PDF: {total:.2f} s, {verdict} the "
          f"{TARGET_S:.0f} s target")
    wrong = [(p.name, pages_of(p)) for p in (slips_pdf, invoices_pdf)
             if pages_of(p) < args.orders]
    if wrong:
        print(f"a PDF holds fewer pages than orders: {wrong}")
    db.close_database()
    return 0 if verdict == "within" and not wrong else 1


if __name__ == "__main__":
    sys.exit(main())
