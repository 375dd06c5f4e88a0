"""``team create|move-from-this-computer|members|add-member``: a team on one PostgreSQL.

    seller-desk team create postgresql://aisyah@db.example.com/shop --name Aisyah
    seller-desk team move-from-this-computer postgresql://aisyah@db.example.com/shop
    seller-desk team add-member postgresql://... --name Budi --login budi
    seller-desk team members postgresql://...
    seller-desk team reply-times postgresql://... [--days 30]

A password typed in the address is kept in the keyring (under the address without it), so
the next command and the window need only ``postgresql://aisyah@db.example.com/shop``;
PostgreSQL's password file or PGPASSWORD work too. These commands never print it.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("team", help="a team on one shared PostgreSQL database")
    actions = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="prepare a team's database and its owner")
    create.add_argument("url", metavar="URL", help="postgresql://user@host:port/database")
    create.add_argument("--name", required=True, help="the owner's name, as the team sees it")
    create.add_argument("--sender-name", default="", help="the name on the owner's replies")
    create.set_defaults(func=cmd_create)

    move = actions.add_parser(
        "move-from-this-computer",
        help="copy this computer's shop into the team's (empty) database; "
             "the shop on this computer stays as it is")
    move.add_argument("url", metavar="URL", help="postgresql://user@host:port/database")
    move.add_argument("--from", dest="source", metavar="FILE",
                      help="the shop's SQLite file (default: the one in the data folder)")
    move.set_defaults(func=cmd_move)

    listing = actions.add_parser("members", help="who is in the team")
    listing.add_argument("url", metavar="URL")
    listing.set_defaults(func=cmd_members)

    add = actions.add_parser("add-member", help="add a person to the team")
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", required=True, help="their name, as the team sees it")
    add.add_argument("--login", required=True, help="the database login their window uses")
    add.add_argument("--sender-name", default="", help="the name on their replies")
    add.set_defaults(func=cmd_add_member)

    times = actions.add_parser("reply-times",
                               help="first reply times per member (the conversations each "
                                    "answers)")
    times.add_argument("url", metavar="URL")
    times.add_argument("--days", type=int, default=30,
                       help="conversations whose customer first wrote in the last DAYS (30)")
    times.set_defaults(func=cmd_reply_times)


def _url(args: argparse.Namespace) -> str:
    """The team database's address to connect with: a password typed in it goes to the
    keyring (later commands and the window need only the address without it)."""
    from seller_desk.core.team import access

    return str(access.with_password(access.keep_password(args.url)))


def cmd_create(args: argparse.Namespace) -> int:
    from seller_desk.core.team import create
    from seller_desk.core.templates import canned

    owner = create.create_team(_url(args), args.name, sender_name=args.sender_name)
    canned.install_defaults()  # the team's answers live in its database
    print(f"The team's database is ready; its owner is {owner.name} "
          f"(login {owner.login}).")
    print(f"Invite: {create.invite_address('LOGIN')} (each person types their own "
          "password; it stays in their keyring)")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from seller_desk.core.common.settings import Settings
    from seller_desk.core.store import db
    from seller_desk.core.team import create, move, shared_settings

    create.require_postgresql(_url(args))
    source = Path(args.source).expanduser() if args.source else move.shop_file()
    target = db.open_database(_url(args))
    report = move.move_from_sqlite(source, target)
    shared = shared_settings.copy_from_laptop(Settings())  # the shop's, not the person's
    for table in report.tables:
        if table.rows:
            print(f"{table.table:24} {table.rows:>9} rows  sha256 {table.checksum[:16]}")
    print(f"Copied {report.rows} rows in {len(report.tables)} tables in "
          f"{report.seconds:.1f} s; every table's count and checksum match. "
          f"{shared} of the shop's settings (reply targets, hours, shop texts ...) now live "
          f"in the team's database. The shop on this computer ({source}) is unchanged.")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from seller_desk.core.store import db
    from seller_desk.core.team import create, members

    create.require_postgresql(_url(args))
    db.open_database(_url(args))
    for m in members.list_members():
        print(f"{m.id:>4}  {m.name:24} {m.role:8} login {m.login or '-'}")
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    from seller_desk.core.store import db
    from seller_desk.core.team import create, members

    create.require_postgresql(_url(args))
    db.open_database(_url(args))
    m = members.add_member(args.name, args.login, sender_name=args.sender_name)
    print(f"{m.name} is in the team. Their window opens "
          f"{create.invite_address(args.login)}")
    return 0


def _hours(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 3600:.1f} h"


def cmd_reply_times(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from seller_desk.core.store import db
    from seller_desk.core.store.fields import utcnow
    from seller_desk.core.team import create, members

    create.require_postgresql(_url(args))
    db.open_database(_url(args))
    since = utcnow() - timedelta(days=max(1, args.days))
    print(f"{'member':24} {'conversations':>13} {'answered':>9} {'average':>9} {'median':>9}")
    for row in members.reply_times_by_member(since):
        print(f"{row.member or '(nobody yet)':24} {row.conversations:>13} {row.answered:>9} "
              f"{_hours(row.average_first_reply_s):>9} {_hours(row.median_first_reply_s):>9}")
    return 0
