"""``doctor`` and ``stats``."""

from __future__ import annotations

import argparse
import json

from seller_desk.cli.common import database_url, open_db


def register(sub: argparse._SubParsersAction) -> None:
    doctor = sub.add_parser("doctor", help="check the installation and explain what is wrong")
    doctor.add_argument("--rebuild-search", action="store_true",
                        help="fill the search index again from the stored mail, then check")
    doctor.set_defaults(func=cmd_doctor)
    stats = sub.add_parser("stats", help="count what is stored")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=cmd_stats)


def cmd_doctor(args: argparse.Namespace) -> int:
    from seller_desk import doctor

    if getattr(args, "rebuild_search", False):
        rebuilt = doctor.rebuild_search_index(database_url(args))
        print(rebuilt.render())
        if not rebuilt.ok:
            return 1
    findings = doctor.run(database_url(args))
    for finding in findings:
        print(finding.render())
    failed = [f for f in findings if not f.ok and not f.warning]
    warned = [f for f in findings if not f.ok and f.warning]
    if failed:
        print(f"\n{len(failed)} problem(s) stop Seller Desk from working; see above.")
        return 1
    if warned:
        print(f"\nSeller Desk works, with {len(warned)} warning(s); see above.")
    else:
        print("\nEverything looks fine.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from seller_desk.core.store import stats

    open_db(args, install_templates=False)
    # conversations_waiting is the count "Waiting on me" shows (core/store/waiting.py)
    data = stats.collect()
    if args.json:
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    width = max(len(k) for k in data)
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0
