"""``import FILE``: orders from a Seller Centre export (Shopee, Lazada, Tokopedia & TikTok
Shop, eBay, or a file mapped once in the window), the same preview and commit as the
window's "Import orders"."""

from __future__ import annotations

import argparse

from seller_desk.cli import chats
from seller_desk.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "import", help="import orders from a marketplace export (xlsx or csv)",
        description="Read a Seller Centre order export and add its orders, customers and "
                    "parcels. Importing the same or a newer file again updates status, "
                    "payment and tracking; nothing is doubled.")
    cmd.add_argument("file", help="the .xlsx or .csv file (or a WhatsApp chat's .txt or .zip)")
    cmd.add_argument("--source", metavar="NAME",
                     help="shopee, lazada, tokopedia, tiktok, ebay, or the name of a column "
                          "mapping saved in the window (default: recognised by its columns)")
    cmd.add_argument("--dry-run", action="store_true",
                     help="only say what would be imported; write nothing")
    chats.add_options(cmd)
    cmd.set_defaults(func=cmd_import)


def _rows(rows: tuple[int, ...]) -> str:
    if not rows:
        return ""
    if len(rows) > 1 and rows[-1] - rows[0] == len(rows) - 1:
        return f"rows {rows[0]}-{rows[-1]}"
    return ("row " if len(rows) == 1 else "rows ") + ", ".join(str(r) for r in rows)


def cmd_import(args: argparse.Namespace) -> int:
    if chats.is_chat(args.file):  # a WhatsApp export: into the customer's history
        return chats.cmd_import_chat(args)
    from seller_desk.core.shop.imports import apply

    open_db(args)
    preview = apply.preview(args.file, args.source)
    print(f"{preview.path.name}: {preview.label} export, {len(preview.plans)} order(s) "
          f"from {preview.rows_read} row(s).")
    if args.dry_run:
        counts = (preview.new, preview.updated, preview.unchanged, preview.refused)
        print(f"Would import: {counts[0]} new, {counts[1]} updated, {counts[2]} unchanged, "
              f"{len(counts[3])} refused. Nothing was written (--dry-run).")
        refused = preview.refused
    else:
        result = apply.commit(preview)
        print(f"Imported: {result.new} new, {result.updated} updated, {result.unchanged} "
              f"unchanged, {len(result.refused)} refused.")
        refused = result.refused
    for refusal in refused:
        number = f"order {refusal.number}" if refusal.number else "a row"
        print(f"  Refused {number} ({_rows(refusal.rows)}): {refusal.reason.english()}")
    return 0
