"""``print slip|invoice|receipt ORDER_NUMBER... -o FILE.pdf``: an order's papers as a PDF,
the same as the window's "Packing slip" and "Invoice"."""

from __future__ import annotations

import argparse
from pathlib import Path

from seller_desk.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("print", help="packing slips, invoices or receipts to a PDF",
                         description="Write the papers of one or more orders to a PDF, one "
                                     "order per page, in each customer's language.")
    cmd.add_argument("kind", choices=("slip", "invoice", "receipt"))
    cmd.add_argument("orders", nargs="*", metavar="ORDER_NUMBER")
    cmd.add_argument("--today", action="store_true",
                     help="every order with a parcel to send today (instead of numbers)")
    cmd.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    cmd.add_argument("--size", choices=("A4", "A6"), default="A4",
                     help="A4 paper or A6 labels (default A4)")
    cmd.add_argument("--language", choices=("en", "ms", "id"),
                     help="one language for all (default: each customer's)")
    cmd.set_defaults(func=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    from seller_desk import printing
    from seller_desk.core.documents import papers

    open_db(args)
    ids = papers.orders_to_ship_today() if args.today else papers.find_orders(args.orders)
    if not ids:
        print("No orders to print." if args.today else
              "Name at least one order number, or use --today.")
        return 1
    docs = [papers.document_for(i, args.kind, args.language) for i in ids]
    pages = printing.write_pdf(docs, Path(args.output), size=args.size)
    print(f"Wrote {len(docs)} {args.kind}(s), {pages} page(s), to {args.output}.")
    return 0
