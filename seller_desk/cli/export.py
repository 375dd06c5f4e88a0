"""``export``: write orders, shipments, conversations, reminders, KPIs or events as CSV or as
an Excel workbook (.xlsx)."""

from __future__ import annotations

import argparse
from datetime import date

from seller_desk.cli.common import open_db

# kept here (equal to seller_desk.core.reports.export.KINDS) so that building the parser, which
# every start of the app does, does not load the reporting code
KINDS = ("orders", "order_items", "shipments", "conversations", "reminders", "kpis", "events")
#: "workbook": every kind on its own sheet (xlsx only)
CHOICES = (*KINDS, "workbook")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "export", help="write a CSV or Excel file (orders, shipments, conversations, KPIs ...)",
        description="Write a CSV file for a period. Dates are days in your time zone; "
                    "both ends are included.")
    cmd.add_argument("kind", choices=CHOICES,
                     help="what to export (workbook: all of it, one sheet each; xlsx only)")
    cmd.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                     help="first day (default: the beginning)")
    cmd.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                     help="last day (default: today)")
    cmd.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    cmd.add_argument("--format", dest="file_format", choices=("csv", "xlsx"), default="csv",
                     help="csv (default) or xlsx: an Excel workbook with dates, amounts and "
                          "English headers")
    cmd.add_argument("--for-excel", action="store_true",
                     help="CSV with a byte-order mark, local times Excel reads as dates, long "
                          "order and tracking numbers kept as text, and English headers")
    cmd.add_argument("--bom", action="store_true",
                     help="start with a byte-order mark so Excel reads UTF-8")
    cmd.add_argument("--separator", default=",", metavar="CHAR",
                     help='column separator: "," (default), ";" or "tab"')
    cmd.add_argument("--decimal-comma", action="store_true",
                     help="write amounts as 12,50 (for a spreadsheet set to a decimal comma)")
    cmd.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from seller_desk.core.reports import export

    open_db(args)
    if args.kind == "workbook" and args.file_format != "xlsx":
        print("seller-desk: the whole workbook is an xlsx file: add --format xlsx")
        return 2
    separator = "\t" if args.separator.lower() in ("tab", "\\t") else args.separator
    rows = export.export(args.kind, args.start, args.end, args.output, bom=args.bom,
                         separator=separator,
                         decimal_separator="," if args.decimal_comma else ".",
                         file_format=args.file_format, for_excel=args.for_excel,
                         labels=export.ENGLISH if args.for_excel or args.file_format == "xlsx"
                         else None)
    print(f"{rows} {args.kind.replace('_', ' ')} row(s) written to {args.output}")
    return 0
