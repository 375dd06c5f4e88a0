"""``search QUERY``: find messages by words in subject, people and text."""

from __future__ import annotations

import argparse

from seller_desk.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    search = sub.add_parser("search", help="search the mail (subject, people, text)")
    search.add_argument("query", nargs="+", help="words to find (each as a word start)")
    search.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    search.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from seller_desk.core.store import search
    from seller_desk.core.store.models import Message

    open_db(args)
    query = " ".join(args.query)
    ids = search.search_messages(query, limit=max(1, args.limit))
    if not ids:
        print(f"Nothing found for {query!r}.")
        return 1
    rows = {m.id: m for m in Message.select(
        Message.id, Message.date, Message.received_at, Message.sender_name,
        Message.sender_email, Message.subject, Message.snippet, Message.conversation,
    ).where(Message.id.in_(ids))}
    for mid in ids:
        m = rows.get(mid)
        if m is None:
            continue
        when = m.date or m.received_at
        stamp = f"{when:%Y-%m-%d %H:%M}" if when else "----------------"
        who = m.sender_name or m.sender_email
        print(f"{stamp}  {who[:28]:<28}  {m.subject[:60]}")
        if m.snippet:
            print(f"{'':18}{m.snippet[:90]}")
    print(f"{len(ids)} message(s).")
    return 0
