"""``outbox list|retry|cancel|send``: what is waiting to go out, and what to do about it."""

from __future__ import annotations

import argparse
import json

from seller_desk.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("outbox", help="messages waiting to be sent, sent or failed")
    actions = parser.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the outbox (newest first)")
    listing.add_argument("--state", action="append",
                         choices=["queued", "sending", "sent", "failed", "cancelled"],
                         help="only this state (repeat for several)")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)

    retry = actions.add_parser("retry", help="send failed or waiting messages again")
    retry.add_argument("ids", nargs="*", type=int, metavar="ID", help="outbox message ids")
    retry.add_argument("--all", action="store_true", help="every failed or waiting message")
    retry.add_argument("--no-send", action="store_true",
                       help="only queue them again; the running app sends them")
    retry.set_defaults(func=cmd_retry)

    cancel = actions.add_parser("cancel", help="stop queued or failed messages from going out")
    cancel.add_argument("ids", nargs="+", type=int, metavar="ID", help="outbox message ids")
    cancel.set_defaults(func=cmd_cancel)

    send = actions.add_parser("send", help="send what is due now, then stop")
    send.set_defaults(func=cmd_send)


def _when(value: object) -> str:
    from datetime import datetime

    from seller_desk.core.common import timefmt

    if not isinstance(value, datetime):
        return ""
    return timefmt.local(value).strftime("%Y-%m-%d %H:%M")


def cmd_list(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.send import outbox

    open_db(args)
    rows = outbox.list_messages(states=args.state, limit=max(1, args.limit))
    if args.json:
        data = []
        for row in rows:
            status = outbox.describe(row)
            data.append({
                "id": row.id, "state": row.state, "account": row.sender,
                "to": row.recipients.split(","), "subject": row.subject,
                "attempts": row.attempts, "reason": status.reason,
                "uncertain": status.uncertain, "waiting": status.waiting,
                "created_at": row.created_at.isoformat() if row.created_at else None,
                "sent_at": row.sent_at.isoformat() if row.sent_at and row.state == "sent"
                else None,
                "next_attempt_at": status.next_attempt_at.isoformat()
                if status.next_attempt_at else None,
            })
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("The outbox is empty.")
        return 0
    for row in rows:
        status = outbox.describe(row)
        when = _when(row.sent_at) if row.state == "sent" else _when(row.created_at)
        label = "may have gone" if status.uncertain else (
            "waiting" if status.waiting else row.state)
        print(f"{row.id:>5}  {label:<13} {when:<16}  {row.recipients.replace(',', ', ')[:40]:<40}"
              f"  {row.subject[:60]}")
        if status.reason:
            print(f"       {status.reason}")
        if status.next_attempt_at is not None:
            print(f"       next try: {_when(status.next_attempt_at)}")
    return 0


def _send_now() -> int:
    from seller_desk.core.mail.send import outbox

    report = outbox.send_due()
    if report.busy:
        print("Seller Desk is sending from another window; it will send them.")
        return 0
    for oid in report.sent:
        print(f"{oid}: sent")
    for oid in report.retrying:
        print(f"{oid}: not sent yet, will try again: {report.errors.get(oid, '')}")
    for oid in report.failed:
        print(f"{oid}: failed: {report.errors.get(oid, '')}")
    for oid in report.uncertain:
        print(f"{oid}: {outbox.UNCERTAIN_REASON}")
    return 1 if report.failed or report.uncertain else 0


def cmd_retry(args: argparse.Namespace) -> int:
    from seller_desk.core.common.errors import UserError
    from seller_desk.core.mail.send import outbox

    open_db(args)
    if not args.ids and not args.all:
        print("seller-desk outbox retry: give message ids, or --all.")
        return 2
    status = 0
    if args.all:
        print(f"{outbox.retry_all()} message(s) queued again.")
    for oid in args.ids:
        try:
            outbox.retry(oid)
            print(f"{oid}: queued again")
        except UserError as exc:
            print(f"{oid}: {exc.text()}")
            status = 1
    if args.no_send:
        return status
    return max(status, _send_now())


def cmd_cancel(args: argparse.Namespace) -> int:
    from seller_desk.core.common.errors import UserError
    from seller_desk.core.mail.send import outbox

    open_db(args)
    status = 0
    for oid in args.ids:
        try:
            outbox.cancel(oid)
            print(f"{oid}: cancelled")
        except UserError as exc:
            print(f"{oid}: {exc.text()}")
            status = 1
    return status


def cmd_send(args: argparse.Namespace) -> int:
    open_db(args)
    return _send_now()
