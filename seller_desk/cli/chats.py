"""``import CHAT.txt|CHAT.zip --customer PHONE``: a WhatsApp chat into the customer's
history (the same import as the window's "Import a WhatsApp chat"). The ``import`` command
itself is in :mod:`seller_desk.cli.imports`, which hands chats to this module."""

from __future__ import annotations

import argparse
from pathlib import Path

from seller_desk.cli.common import open_db


def is_chat(path: str) -> bool:
    """True for a WhatsApp export (.txt, or a .zip holding a chat), not an order export."""
    return Path(path).suffix.lower() in (".txt", ".zip")


def add_options(cmd: argparse.ArgumentParser) -> None:
    chat = cmd.add_argument_group("WhatsApp chats (.txt or .zip from Export chat)")
    chat.add_argument("--customer", metavar="PHONE",
                      help="the customer's phone number (found, or a new customer made)")
    chat.add_argument("--me", metavar="NAME",
                      help="your own name in the chat, when the file's name does not tell")
    order = chat.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="day_first", action="store_true", default=None,
                       help="dates are written day first (30/08/25)")
    order.add_argument("--month-first", dest="day_first", action="store_false",
                       help="dates are written month first (8/30/25)")


def cmd_import_chat(args: argparse.Namespace) -> int:
    from seller_desk.core.shop import whatsapp

    open_db(args)
    result = whatsapp.import_chat(args.file, customer_phone=args.customer or "",
                                  me=args.me or "", day_first=args.day_first,
                                  dry_run=args.dry_run)
    name = Path(args.file).name
    if result.dry_run:
        print(f"{name}: {result.added} new message(s), {result.already_there} already "
              "imported. Nothing was written (--dry-run).")
        return 0
    print(f"{name}: {result.added} new message(s) added to the customer's WhatsApp "
          f"conversation, {result.already_there} were there already.")
    if result.media:
        print(f"Media kept: {len(result.media)} file(s).")
    if result.media_missing:
        print(f"Named in the chat but not in the export (export it with media to keep "
              f"them): {', '.join(result.media_missing[:10])}")
    return 0
