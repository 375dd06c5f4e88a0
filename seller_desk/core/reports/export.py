"""CSV and Excel (.xlsx) export of orders, order items, shipments, conversations, reminders,
KPIs and events.

Files open correctly in Excel and LibreOffice: UTF-8 (with a byte-order mark on request, for
Excel), a separator of choice (Excel in Malaysian and Indonesian settings often expects
";"), optionally a decimal comma, ISO 8601 times in the seller's time zone with the offset,
and text cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR)
prefixed with an apostrophe. The file is written beside its target and renamed into place,
so a failed export never leaves half a file.

"For Excel" CSV adds what Excel and LibreOffice need to read the cells right: times as
local "2026-05-04 10:00:00" (both read that as a date, not the ISO text with an offset),
order and tracking numbers made only of digits as ="889406123456789" (both keep it as text
instead of 8.89406E+14) and the byte-order mark. :class:`Labels` (words the UI or CLI
pass in, the core holds no translations) put headers and codes such as ``awaiting_payment``
in the seller's language; machine codes stay the default so a file can be imported again.
The workbook (:func:`export` with ``file_format="xlsx"``) holds typed cells: dates, money
as numbers in the currency's number format, counts as numbers, order and tracking numbers
as text, with a frozen header row and set column widths, one sheet per kind.

Rows are read with plain SQL cursors, not model objects, because 100,000 orders must export
within a second.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any

import peewee
import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.conversations import clocks
from seller_desk.core.reports import kpis as reports
from seller_desk.core.shop import shipping
from seller_desk.core.store import db, item_summary
from seller_desk.core.store.fields import UtcDateTimeField, as_utc
from seller_desk.core.store.models import (
    Conversation,
    Customer,
    Event,
    Order,
    OrderItem,
    Reminder,
    Shipment,
    database,
)

logger = logging.getLogger(__name__)

KINDS = ("orders", "order_items", "shipments", "conversations", "reminders", "kpis", "events")
#: the sheets of the whole workbook (``kind="workbook"``, xlsx only), in this order
WORKBOOK_KINDS = ("orders", "order_items", "shipments", "conversations", "reminders", "kpis")
FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], None]
ORDER_COLUMNS = ["order_number", "channel", "status", "placed_at", "paid_at", "customer",
                 "items", "item_count", "subtotal", "shipping_fee", "total", "refunded",
                 "currency", "payment_method", "courier", "tracking_number", "shipped_at",
                 "delivered_at", "notes"]
#: SQLite formats the orders export itself (see _orders_sqlite); False forces the general path
FAST_SQLITE = True
_PROGRESS_EVERY = 5000


class ExportError(UserError):
    """The file could not be written (folder missing, disk full, no permission)."""


class ExportCancelled(UserError):
    """The seller stopped the export; no file was written."""


@dataclass(frozen=True)
class Labels:
    """Words for a file a person reads, passed in by the UI or CLI (the core has no
    translations): ``headers`` by column name, ``values`` by column name (or
    "kind.column", which wins) and code, ``sheets`` by kind. What is missing stays a code."""

    headers: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    sheets: Mapping[str, str] = field(default_factory=dict)


#: the columns' names in English words: the command line's headers, and the texts the
#: window translates (seller_desk/ui/reports/export_words.py holds the same, for lupdate)
HEADER_WORDS = {
    "order_number": "Order number", "channel": "Channel", "status": "Status",
    "placed_at": "Placed", "paid_at": "Paid", "customer": "Customer", "items": "Items",
    "item_count": "Item count", "subtotal": "Subtotal", "shipping_fee": "Shipping fee",
    "total": "Total", "refunded": "Refunded", "currency": "Currency",
    "payment_method": "Payment method", "courier": "Courier", "courier_name": "Courier name",
    "tracking_number": "Tracking number", "tracking_url": "Tracking link",
    "shipped_at": "Shipped", "eta": "Expected", "delivered_at": "Delivered", "notes": "Notes",
    "sku": "SKU", "title": "Product", "quantity": "Quantity", "unit_price": "Unit price",
    "line_total": "Line total", "conversation_id": "Conversation", "subject": "Subject",
    "email": "Email", "messages": "Messages", "first_customer_at": "Customer first wrote",
    "first_reply_at": "First reply", "resolved_at": "Solved", "waiting_since": "Waiting since",
    "first_reply_hours": "First reply (hours)",
    "first_reply_business_hours": "First reply (business hours)",
    "resolution_hours": "Solved in (hours)",
    "resolution_business_hours": "Solved in (business hours)", "automatic": "Automatic",
    "reminder_id": "Reminder", "kind": "Kind", "rule": "Rule", "due_at": "Due", "note": "Note",
    "state": "State", "done_at": "Done", "cancelled_at": "Cancelled",
    "snoozed_until": "Snoozed until", "created_at": "Created", "metric": "Measure",
    "clock": "Clock", "statistic": "Statistic", "value": "Value", "event_id": "Event",
    "at": "When", "message_id": "Message", "order_id": "Order", "customer_id": "Customer ID",
    "data": "Details",
}
SHEET_WORDS = {
    "orders": "Orders", "order_items": "Order items", "shipments": "Shipments",
    "conversations": "Conversations", "reminders": "Reminders", "kpis": "KPIs",
    "events": "History",
}
#: the cells with fixed words of the export's own (the window translates them like the
#: headers; statuses, channels and the like come from the interface's own labels)
VALUE_WORDS = {
    "conversations.status": {"open": "Open", "waiting_customer": "Waiting for the customer",
                             "closed": "Closed"},
    "conversations.automatic": {"yes": "Yes", "no": "No"},
    "reminders.state": {"open": "Open", "done": "Done", "cancelled": "Cancelled",
                        "snoozed": "Snoozed"},
}
#: English words for the command line's readable files; order, parcel and reminder codes
#: (paid, in_transit) stay codes there
ENGLISH = Labels(headers=HEADER_WORDS, values=VALUE_WORDS, sheets=SHEET_WORDS)


# --- what each column holds, by its (code) name: how "for Excel" and the workbook write it
_TIME_COLUMNS = {"at", "waiting_since", "snoozed_until"}
_DAY_COLUMNS = {"eta"}
_MONEY_COLUMNS = {"subtotal", "shipping_fee", "total", "refunded", "unit_price", "line_total"}
_COUNT_COLUMNS = {"item_count", "quantity", "messages", "conversation_id", "reminder_id",
                  "event_id", "order_id", "customer_id", "message_id"}
#: digits that are names, not amounts: a spreadsheet must not round 889406123456789
_NUMBER_TEXT_COLUMNS = {"order_number", "tracking_number"}
_WIDTHS = {"time": 18, "day": 12, "money": 13, "count": 9, "hours": 10, "id": 20,
           "text": 22, "long": 40, "value": 18}
_LONG_COLUMNS = {"items", "notes", "subject", "title", "data", "email", "tracking_url",
                 "customer", "note"}
#: symbols for the number format of money cells; other currencies show their code
_SYMBOLS = {"MYR": "RM", "IDR": "Rp", "SGD": "S$", "USD": "US$", "EUR": "€", "GBP": "£",
            "THB": "฿", "PHP": "₱"}
_WHOLE = {"IDR", "VND", "KRW", "JPY"}


def _column_type(name: str) -> str:
    if name.endswith("_at") or name in _TIME_COLUMNS:
        return "time"
    if name in _DAY_COLUMNS:
        return "day"
    if name in _MONEY_COLUMNS:
        return "money"
    if name in _COUNT_COLUMNS:
        return "count"
    if name.endswith("_hours"):
        return "hours"
    if name in _NUMBER_TEXT_COLUMNS:
        return "id"
    if name == "value":  # the KPIs' figures: a number, a time or a word, row by row
        return "value"
    return "long" if name in _LONG_COLUMNS else "text"


def money_format(currency: str) -> str:
    """The Excel number format of an amount in ``currency`` ("RM" #,##0.00)."""
    symbol = _SYMBOLS.get(currency, currency).replace('"', "")
    digits = "#,##0" if currency in _WHOLE else "#,##0.00"
    return f'"{symbol}" {digits}' if symbol else digits


def _words(kind: str, labels: Labels | None, columns: list[str]
           ) -> list[Mapping[str, str] | None]:
    if labels is None:
        return [None] * len(columns)
    return [labels.values.get(f"{kind}.{c}") or labels.values.get(c) for c in columns]


class _ExcelCsvRows:
    """A csv writer that writes header and cells as a person reads them: words for codes
    (with :class:`Labels`) and, for Excel, local times and long digit strings as text."""

    def __init__(self, writer: Any, kind: str, labels: Labels | None, for_excel: bool) -> None:
        self.writer, self.kind, self.labels, self.for_excel = writer, kind, labels, for_excel
        self.types: list[str] | None = None
        self.words: list[Mapping[str, str] | None] = []

    def writerow(self, row: list[Any]) -> None:
        if self.types is None:  # the header
            columns = [str(c) for c in row]
            self.types = [_column_type(c) for c in columns]
            self.words = _words(self.kind, self.labels, columns)
            headers = self.labels.headers if self.labels else {}
            self.writer.writerow([headers.get(c, c) for c in columns])
            return
        cells = list(row)
        for i, (kind, words) in enumerate(zip(self.types, self.words, strict=False)):
            value = cells[i]
            if words is not None and isinstance(value, str) and value in words:
                cells[i] = words[value]
            elif not self.for_excel or not isinstance(value, str) or not value:
                continue
            elif kind == "time" and len(value) >= 19 and value[10] == "T":
                cells[i] = value[:10] + " " + value[11:19]
            elif kind == "id" and value.isdigit():
                cells[i] = f'="{value}"'
        self.writer.writerow(cells)


class _Book:
    """The workbook being written and its cell formats, made once and shared by the sheets."""

    def __init__(self, path: str) -> None:
        # rows go to disk as they come (a sheet of 100,000 orders needs no memory for them);
        # a text is a text, never turned into a formula, a number or a link
        self.book = xlsxwriter.Workbook(path, {
            "constant_memory": True, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False})
        self.bold = self.book.add_format({"bold": True})
        self.time = self.book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self.day = self.book.add_format({"num_format": "yyyy-mm-dd"})
        self.hours = self.book.add_format({"num_format": "0.0"})
        self._money: dict[str, Any] = {}

    def money(self, currency: str) -> Any:
        fmt = self._money.get(currency)
        if fmt is None:
            fmt = self._money[currency] = self.book.add_format(
                {"num_format": money_format(currency)})
        return fmt


class _SheetRows:
    """Rows into a worksheet as typed cells; fed the same rows as the CSV writer."""

    def __init__(self, book: _Book, title: str, kind: str, labels: Labels | None) -> None:
        self.book, self.kind, self.labels = book, kind, labels
        self.sheet = book.book.add_worksheet(title)
        self.types: list[str] = []
        self.words: list[Mapping[str, str] | None] = []
        self.currency = -1
        self.row = 0

    def writerow(self, row: list[Any]) -> None:
        if self.row == 0:
            columns = [str(c) for c in row]
            self.types = [_column_type(c) for c in columns]
            self.words = _words(self.kind, self.labels, columns)
            self.currency = columns.index("currency") if "currency" in columns else -1
            headers = self.labels.headers if self.labels else {}
            for n, (name, kind) in enumerate(zip(columns, self.types, strict=True)):
                title = headers.get(name, name)
                self.sheet.set_column(n, n, max(_WIDTHS[kind], min(len(title) + 3, 40)))
                self.sheet.write_string(0, n, _clean(title), self.book.bold)
            self.sheet.freeze_panes(1, 0)
            self.row = 1
            return
        currency = row[self.currency] if self.currency >= 0 else ""
        for n, (value, kind, words) in enumerate(zip(row, self.types, self.words,
                                                     strict=False)):
            if value is not None and value != "":
                self._write(n, value, kind, words, currency)
        self.row += 1

    def _write(self, n: int, value: Any, kind: str, words: Mapping[str, str] | None,
               currency: str) -> None:
        sheet, y, book = self.sheet, self.row, self.book
        if not isinstance(value, str):
            sheet.write_number(y, n, value)
        elif words is not None and value in words:
            sheet.write_string(y, n, words[value])
        elif kind == "time" and len(value) >= 19 and value[10] == "T":
            sheet.write_datetime(y, n, datetime.fromisoformat(value[:19]), book.time)
        elif kind == "day":
            sheet.write_datetime(y, n, datetime.fromisoformat(value[:10]), book.day)
        elif kind == "money":
            sheet.write_number(y, n, float(value), book.money(currency))
        elif kind == "count" and value.isdigit():
            sheet.write_number(y, n, int(value))
        elif kind == "hours":
            sheet.write_number(y, n, float(value), book.hours)
        elif kind == "value" and _NUMBER.fullmatch(value):
            sheet.write_number(y, n, float(value))
        elif kind == "value" and len(value) >= 19 and value[10] == "T":
            sheet.write_datetime(y, n, datetime.fromisoformat(value[:19]), book.time)
        else:
            if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
                value = value[1:]  # the CSV's guard: a text cell here is never a formula
            sheet.write_string(y, n, _clean(value))


_NUMBER = re.compile(r"-?\d+(\.\d+)?")
#: control characters an xlsx file cannot hold (tab, LF and CR it can)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(text: str) -> str:
    """``text`` without the control characters an xlsx file cannot hold."""
    return _ILLEGAL.sub("", text)


def neutralize(text: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text


class _Times:
    """Stored UTC times -> ISO 8601 in the seller's zone, fast for 100,000s of values.

    SQLite hands back text and PostgreSQL naive datetimes; the zone's offset is looked up
    once per UTC hour.
    """

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self._offsets: dict[Any, tuple[timedelta, str]] = {}

    def __call__(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            dt = datetime.fromisoformat(value)
        elif isinstance(value, datetime):
            dt = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
        else:
            return str(value)
        key = (dt.year, dt.month, dt.day, dt.hour)
        cached = self._offsets.get(key)
        if cached is None:
            offset = dt.replace(tzinfo=UTC).astimezone(self.tz).utcoffset() or timedelta(0)
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
            cached = self._offsets[key] = (offset, suffix)
        return (dt + cached[0]).replace(microsecond=0).isoformat() + cached[1]


class _Writer:
    def __init__(self, handle: Any, separator: str, decimal_separator: str,
                 rows: Any = None) -> None:
        self.handle = handle
        self.separator = separator
        self.writer = rows if rows is not None else csv.writer(
            handle, delimiter=separator, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self.decimal_comma = decimal_separator == ","

    def money(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        text = f"{Decimal(str(value)):.2f}" if not isinstance(value, Decimal) else f"{value:.2f}"
        return text.replace(".", ",") if self.decimal_comma else text

    def number(self, value: Any) -> str:
        if value is None:
            return ""
        text = str(value)
        return text.replace(".", ",") if self.decimal_comma else text


def _check_options(separator: str, decimal_separator: str) -> None:
    if len(separator) != 1 or separator in "\"'\r\n" or separator.isalnum():
        raise ValidationError("export.separator_invalid", {"separator": separator},
                              field="separator", hint="export.separator_hint")
    if decimal_separator not in (".", ","):
        raise ValidationError("export.decimal_invalid", field="decimal_separator")
    if decimal_separator == separator:
        raise ValidationError("export.decimal_is_separator", field="decimal_separator")


def _bound(value: datetime | date | None, tz: tzinfo, end: bool) -> datetime | None:
    """The UTC instant where the period starts (or ends, after the ``end`` day).

    The first and last days of the calendar have no such instant Python can hold
    (0001-01-01 began before year 1 in UTC east of Greenwich; the day after 9999-12-31
    does not exist): a seller who types them means "from the very beginning" or "with no
    end", so the period is simply open on that side.
    """
    if value is None:
        return None
    try:
        if isinstance(value, datetime):
            return as_utc(value)
        day = value + timedelta(days=1) if end else value
        return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    except OverflowError:
        return None


def _rows(query: peewee.Query) -> Iterator[tuple[Any, ...]]:
    sql, params = query.sql()
    cursor = database.execute_sql(sql, params)
    while True:
        batch = cursor.fetchmany(5000)
        if not batch:
            return
        yield from batch


def _count(query: peewee.Query) -> int:
    return int(query.count())


def _in_period(column: Any, start: datetime | None, end: datetime | None) -> list[Any]:
    cond = []
    if start is not None:
        cond.append(column >= start)
    if end is not None:
        cond.append(column < end)
    return cond or [peewee.SQL("1 = 1")]


# --- the kinds ----------------------------------------------------------------------------


def _customers() -> dict[int, str]:
    sql, params = Customer.select(Customer.id, Customer.name).sql()
    return dict(database.execute_sql(sql, params).fetchall())


def _orders(w: _Writer, ts: _Times, start: datetime | None, end: datetime | None,
            progress: Progress | None, with_items_rows: bool) -> int:
    period = _in_period(Order.placed_at, start, end)
    orders_q = (Order.select(Order.id, Order.number, Order.channel, Order.status, Order.placed_at,
                             Order.paid_at, Order.customer, Order.currency, Order.total,
                             Order.shipping_fee, Order.refunded_amount, Order.payment_method,
                             Order.notes)
                .where(*period).order_by(Order.placed_at, Order.id))
    total = _count(orders_q)
    names = _customers()
    ids = Order.select(Order.id).where(*period)
    items: dict[int, list[tuple[Any, ...]]] = {}
    for order_id, title, sku, qty, price in _rows(
        OrderItem.select(OrderItem.order, OrderItem.title, OrderItem.sku, OrderItem.quantity,
                         OrderItem.unit_price)
        .where(OrderItem.order.in_(ids)).order_by(OrderItem.order, OrderItem.id)
    ):
        items.setdefault(order_id, []).append((title, sku, qty, price))
    parcels: dict[int, tuple[Any, ...]] = {}
    for order_id, courier, number, shipped, delivered in _rows(
        Shipment.select(Shipment.order, Shipment.courier, Shipment.tracking_number,
                        Shipment.shipped_at, Shipment.delivered_at)
        .where(Shipment.order.in_(ids)).order_by(Shipment.id)
    ):
        parcels.setdefault(order_id, (courier, number, shipped, delivered))
    write = w.writer.writerow
    money, nz = w.money, neutralize
    if with_items_rows:
        write(["order_number", "channel", "placed_at", "status", "customer", "sku", "title",
               "quantity", "unit_price", "line_total", "currency"])
    else:
        write(ORDER_COLUMNS)
    done = written = 0
    for (oid, number, channel, status, placed, paid, cust, currency, total_, fee, refunded,
         method, notes) in _rows(orders_q):
        lines = items.get(oid, ())
        customer = nz(names.get(cust, "") if cust else "")
        if with_items_rows:
            for title, sku, qty, price in lines:
                write([nz(number), channel, ts(placed), status, customer, nz(sku), nz(title),
                       qty, money(price), money(Decimal(str(price)) * qty), currency])
                written += 1
        else:
            parcel = parcels.get(oid)
            write([
                nz(number), channel, status, ts(placed), ts(paid), customer,
                nz(item_summary.summary((t, s, q) for t, s, q, _ in lines)),
                sum(q for _, _, q, _ in lines),
                money(Decimal(str(total_)) - Decimal(str(fee))), money(fee), money(total_),
                money(refunded), currency, nz(method or ""),
                parcel[0] if parcel else "", nz(parcel[1]) if parcel else "",
                ts(parcel[2]) if parcel else "", ts(parcel[3]) if parcel else "",
                nz(notes or ""),
            ])
            written += 1
        done += 1  # noqa: SIM113 - rows read, for the progress bar (written counts apart)
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
    return written


#: the code points of FORMULA_STARTS, which SQLite's unicode() gives for a text's first
#: character (a cheaper test than cutting the character out with substr)
_FORMULA_SQL = f"({', '.join(str(ord(c)) for c in FORMULA_STARTS)})"


def _sql_text(expr: str) -> str:
    """SQLite: ``expr`` as text, neutralised exactly like :func:`neutralize`."""
    return (f"CASE WHEN unicode({expr}) IN {_FORMULA_SQL} "
            f"THEN char(39) || {expr} ELSE COALESCE({expr}, '') END")


def _sql_time(expr: str, segments: list[tuple[datetime, datetime, int]]) -> str:
    """SQLite: a stored UTC time as ISO 8601 in the seller's zone ("...T10:00:00+08:00")."""

    def local(minutes: int) -> str:
        sign = "+" if minutes >= 0 else "-"
        suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        # whole seconds cut off like Python's, not rounded as datetime() would; datetime()
        # and a T in place of its space cost a sixth less than strftime's own format
        return (f"replace(datetime(substr({expr}, 1, 19), '{minutes:+d} minutes'), ' ', 'T')"
                f" || '{suffix}'")

    branches = [f"WHEN {expr} IS NULL THEN ''"]
    for _start, end, minutes in segments[:-1]:
        branches.append(f"WHEN {expr} < '{_STAMP.db_value(end)}' THEN {local(minutes)}")
    return f"CASE {' '.join(branches)} ELSE {local(segments[-1][2])} END"


_STAMP = UtcDateTimeField()
#: the money cells of the orders export by position, and what each prints
_MONEY_CELLS = {8: "o.total - o.shipping_fee", 9: "o.shipping_fee", 10: "o.total",
                11: "o.refunded_amount"}


def _orders_sqlite(w: _Writer, tz: tzinfo, start: datetime | None, end: datetime | None,
                   progress: Progress | None) -> int:
    """The orders export as one SQLite query that formats every cell, so Python only hands
    rows to the csv writer. Gives byte for byte the file of the general path."""
    table = {m: f'"{m._meta.table_name}"' for m in (Order, OrderItem, Shipment, Customer)}
    first = database.execute_sql(f"SELECT MIN(placed_at) FROM {table[Order]}").fetchone()[0]
    lo = as_utc(datetime.fromisoformat(first)) if first else datetime.now(UTC)
    segments = reports.offset_segments(lo - timedelta(days=1),
                                       datetime.now(UTC) + timedelta(days=400), tz)

    def money(expr: str) -> str:
        text = f"printf('%.2f', {expr})"
        return f"replace({text}, '.', ',')" if w.decimal_comma else text

    where, params = [], []
    if start is not None:
        where.append("o.placed_at >= ?")
        params.append(_STAMP.db_value(start))
    if end is not None:
        where.append("o.placed_at < ?")
        params.append(_STAMP.db_value(end))
    condition = ("WHERE " + " AND ".join(where)) if where else ""
    cells = [
        _sql_text("o.number"), "o.channel", "o.status", _sql_time("o.placed_at", segments),
        _sql_time("o.paid_at", segments), _sql_text("c.name"), _sql_text("o.items_text"),
        "CAST(o.item_count AS TEXT)", money(_MONEY_CELLS[8]),
        money(_MONEY_CELLS[9]), money(_MONEY_CELLS[10]), money(_MONEY_CELLS[11]), "o.currency",
        _sql_text("o.payment_method"), "COALESCE(s.courier, '')",
        _sql_text("s.tracking_number"), _sql_time("s.shipped_at", segments),
        _sql_time("s.delivered_at", segments), _sql_text("o.notes"),
    ]
    # one pass over the orders in table order; the items come summed up on the order row
    # (kept by the database, core/store/item_summary.py) and the first parcel by the smallest id
    source = f"""
        FROM {table[Order]} AS o
        LEFT JOIN {table[Customer]} AS c ON c.id = o.customer_id
        LEFT JOIN {table[Shipment]} AS s
            ON s.id = (SELECT id FROM {table[Shipment]} WHERE order_id = o.id
                       ORDER BY id LIMIT 1)
    """
    total = int(database.execute_sql(
        f"SELECT COUNT(*) FROM {table[Order]} AS o {condition}", params).fetchone()[0])
    # SQLite also joins the cells into the line, with one printf (a concatenation per
    # cell copies the line over and over): two fewer Python objects per cell. printf
    # writes NULL as "" like the csv writer; money is printed by printf itself
    # ("%.2f" as in money()) unless the decimal mark is a comma
    specs, values = [], []
    for i, cell in enumerate(cells):
        if i in _MONEY_CELLS and not w.decimal_comma:
            specs.append("%.2f")
            values.append(_MONEY_CELLS[i])
        else:
            specs.append("%s")
            values.append(cell)
    # printf stops a text at a NUL character: the last cell is appended whole, so a cut
    # cell always loses a separator after it and the line goes through the csv writer
    line_format = w.separator.replace("%", "%%").join(specs[:-1])
    lines = database.execute_sql(
        f"SELECT o.placed_at, o.id, printf(?, {', '.join(values[:-1])}) || "
        f"char({ord(w.separator)}) || {values[-1]} {source} {condition} "
        "ORDER BY o.id", [line_format, *params]).fetchall()
    # read in table order and sort here: walking the placed_at index instead means a
    # random table and join lookup per order, several times slower for a whole year;
    # the sort is stable, so orders placed at the same time stay in id order
    lines.sort(key=itemgetter(0))

    def cells_of(order_ids: list[int]) -> dict[int, tuple[Any, ...]]:
        marks = ", ".join("?" * len(order_ids))
        return {row[0]: row[1:] for row in database.execute_sql(
            f"SELECT o.id, {', '.join(cells)} {source} WHERE o.id IN ({marks})",
            order_ids).fetchall()}

    w.writer.writerow(ORDER_COLUMNS)
    done = 0
    while done < len(lines):
        _write_lines(w, lines[done:done + _PROGRESS_EVERY], len(cells), cells_of)
        done = min(done + _PROGRESS_EVERY, len(lines))
        if progress is not None:
            progress(done, total)
    return done


def _write_lines(w: _Writer, rows: list[tuple[Any, int, str | None]], columns: int,
                 cells_of: Callable[[list[int]], dict[int, tuple[Any, ...]]]) -> None:
    """Write (sort key, id, line) rows, each line its cells joined by the separator.

    A line whose cells hold no separator, quote, CR, LF or NUL is what the csv writer
    would write; the rest are written from their cells by the csv writer.
    """
    sep = w.separator
    n = len(rows)
    texts = [row[2] for row in rows]
    if None not in texts:
        body = "\r\n".join(texts)  # type: ignore[arg-type]
        # the common case checked for the whole batch at once
        if (body.count(sep) == n * (columns - 1) and '"' not in body and "\0" not in body
                and body.count("\r") == n - 1 == body.count("\n")):
            w.handle.write(body + "\r\n")
            return

    def plain(line: str | None) -> bool:
        return (line is not None and line.count(sep) == columns - 1 and '"' not in line
                and "\r" not in line and "\n" not in line and "\0" not in line)

    odd = cells_of([oid for _key, oid, line in rows if not plain(line)])
    lines: list[str] = []
    for _key, oid, line in rows:
        if plain(line):
            lines.append(line)  # type: ignore[arg-type]
            continue
        if lines:
            w.handle.write("\r\n".join(lines) + "\r\n")
            lines = []
        w.writer.writerow(odd[oid])
    if lines:
        w.handle.write("\r\n".join(lines) + "\r\n")


def _shipments(w: _Writer, ts: _Times, start: datetime | None, end: datetime | None,
               progress: Progress | None) -> int:
    when = peewee.fn.COALESCE(Shipment.shipped_at, Shipment.created_at)
    q = (Shipment.select(Shipment.id, Order.number, Order.channel, Order.customer,
                         Shipment.courier, Shipment.tracking_number, Shipment.status,
                         Shipment.shipped_at, Shipment.eta, Shipment.delivered_at,
                         Shipment.notes)
         .join(Order).where(*_in_period(when, start, end)).order_by(when, Shipment.id))
    names = _customers()
    total = _count(q)
    w.writer.writerow(["order_number", "channel", "customer", "courier", "courier_name",
                       "tracking_number", "tracking_url", "status", "shipped_at", "eta",
                       "delivered_at", "notes"])
    done = 0
    for (_sid, number, channel, cust, courier, tracking, status, shipped, eta, delivered,
         notes) in _rows(q):
        w.writer.writerow([
            neutralize(number), channel, neutralize(names.get(cust, "") if cust else ""),
            courier, shipping.courier_name(courier), neutralize(tracking), shipping.tracking_url(courier, tracking),
            status, ts(shipped), str(eta or "")[:10], ts(delivered), neutralize(notes or ""),
        ])
        done += 1
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
    return done


def _conversations(w: _Writer, ts: _Times, start: datetime | None, end: datetime | None,
                   progress: Progress | None) -> int:
    when = peewee.fn.COALESCE(Conversation.first_customer_at, Conversation.created_at)
    q = (Conversation.select(Conversation.id, Conversation.subject, Conversation.customer,
                             Conversation.counterpart_email, Conversation.status,
                             Conversation.message_count, Conversation.first_customer_at,
                             Conversation.first_reply_at, Conversation.resolved_at,
                             Conversation.waiting_since, Conversation.first_reply_s,
                             Conversation.first_reply_business_s, Conversation.resolution_s,
                             Conversation.resolution_business_s, Conversation.is_auto)
         .where(*_in_period(when, start, end)).order_by(when, Conversation.id))
    names = _customers()
    total = _count(q)
    w.writer.writerow(["conversation_id", "subject", "customer", "email", "status", "messages",
                       "first_customer_at", "first_reply_at", "resolved_at", "waiting_since",
                       "first_reply_hours", "first_reply_business_hours", "resolution_hours",
                       "resolution_business_hours", "automatic"])

    def hours(seconds: Any) -> str:
        return "" if seconds is None else w.number(round(seconds / 3600, 3))

    done = 0
    for (cid, subject, cust, email, status, count, first, reply, resolved, waiting, fr, frb,
         rs, rsb, auto) in _rows(q):
        w.writer.writerow([
            cid, neutralize(subject or ""), neutralize(names.get(cust, "") if cust else ""),
            neutralize(email or ""), status, count, ts(first), ts(reply), ts(resolved),
            ts(waiting), hours(fr), hours(frb), hours(rs), hours(rsb),
            "yes" if auto else "no",
        ])
        done += 1
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
    return done


def _reminders(w: _Writer, ts: _Times, start: datetime | None, end: datetime | None,
               progress: Progress | None) -> int:
    q = (Reminder.select(Reminder.id, Reminder.kind, Reminder.rule, Reminder.due_at,
                         Reminder.note, Order.number, Reminder.customer, Reminder.conversation,
                         Reminder.done_at, Reminder.cancelled_at, Reminder.snoozed_until,
                         Reminder.snooze_until_reply, Reminder.created_at)
         .join(Order, peewee.JOIN.LEFT_OUTER, on=(Reminder.order == Order.id))
         .where(*_in_period(Reminder.due_at, start, end)).order_by(Reminder.due_at, Reminder.id))
    names = _customers()
    w.writer.writerow(["reminder_id", "kind", "rule", "due_at", "note", "order_number",
                       "customer", "conversation_id", "state", "done_at", "cancelled_at",
                       "snoozed_until", "created_at"])
    done = 0
    for (rid, kind, rule, due, note, number, cust, conv, done_at, cancelled, snoozed,
         until_reply, created) in _rows(q):
        state = ("done" if done_at else "cancelled" if cancelled else
                 "snoozed" if (until_reply or snoozed) else "open")
        w.writer.writerow([
            rid, kind, rule or "manual", ts(due), neutralize(note or ""), neutralize(number or ""),
            neutralize(names.get(cust, "") if cust else ""), conv or "", state, ts(done_at),
            ts(cancelled), "until reply" if until_reply else ts(snoozed), ts(created),
        ])
        done += 1
    if progress is not None:
        progress(done, done)
    return done


def _events(w: _Writer, ts: _Times, start: datetime | None, end: datetime | None,
            progress: Progress | None) -> int:
    q = (Event.select(Event.id, Event.at, Event.kind, Event.conversation_id, Event.message_id,
                      Event.order_id, Event.customer_id, Event.reminder_id, Event.data)
         .where(*_in_period(Event.at, start, end)).order_by(Event.at, Event.id))
    total = _count(q)
    w.writer.writerow(["event_id", "at", "kind", "conversation_id", "message_id", "order_id",
                       "customer_id", "reminder_id", "data"])
    done = 0
    for eid, at, kind, conv, msg, order, cust, rem, data in _rows(q):
        w.writer.writerow([eid, ts(at), kind, conv or "", msg or "", order or "", cust or "",
                           rem or "", neutralize(data or "")])
        done += 1
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
    return done


def _kpis(w: _Writer, ts: _Times, start: datetime | None, end: datetime | None,
          policy: clocks.ClockPolicy) -> int:
    if start is None:
        first = Conversation.select(peewee.fn.MIN(Conversation.first_customer_at)).scalar()
        start = as_utc(first) if isinstance(first, datetime) else (
            as_utc(datetime.fromisoformat(first)) if first else datetime.now(UTC))
    k = reports.kpis(start, end or datetime.now(UTC), policy=policy)
    w.writer.writerow(["metric", "clock", "statistic", "value"])
    rows = reports.kpi_rows(k)
    for metric, clock, stat, value in rows:
        if isinstance(value, datetime):
            cell = ts(value)
        elif isinstance(value, Decimal):
            cell = w.money(value)
        elif isinstance(value, float):
            cell = w.number(value)
        else:
            cell = "" if value is None else str(value)
        w.writer.writerow([metric, clock, neutralize(stat), cell])
    return len(rows)


# --- the entry point ----------------------------------------------------------------------


def export(kind: str, start: datetime | date | None, end: datetime | date | None,
           path: str | os.PathLike[str], bom: bool = False, separator: str = ",",
           progress: Progress | None = None, decimal_separator: str = ".",
           policy: clocks.ClockPolicy | None = None, *, file_format: str = "csv",
           for_excel: bool = False, labels: Labels | None = None,
           cancel: threading.Event | None = None) -> int:
    """Write one file of ``kind`` for [start, end) to ``path``; return the rows written.

    ``start``/``end`` are aware datetimes, or dates in the seller's zone (``end`` date
    included), or None for "from the beginning"/"up to now". ``progress(done, total)`` is
    called as rows are written. ``file_format`` "xlsx" writes a workbook (``kind``
    "workbook": one sheet per kind of :data:`WORKBOOK_KINDS`); for CSV, ``for_excel`` adds
    the byte-order mark, local times Excel reads as dates and long numbers kept as text.
    ``labels`` put headers and codes in the seller's words. Setting ``cancel`` stops the
    export at the next batch of rows.

    Raises:
        ValidationError: unknown kind, format, separator or decimal mark.
        ExportError: the file cannot be written; no partial file is left behind.
        ExportCancelled: ``cancel`` was set; no file is left behind either.
    """
    if file_format not in FORMATS:
        raise ValidationError("export.format_unknown", {"format": file_format},
                              field="file_format", hint="export.format_hint")
    kinds = WORKBOOK_KINDS if kind == "workbook" and file_format == "xlsx" else (kind,)
    if kinds[0] not in KINDS:
        raise ValidationError("export.kind_unknown", {"kind": kind}, field="kind",
                              hint=Msg("export.kind_hint", {"kinds": list(KINDS)}))
    _check_options(separator, decimal_separator)
    policy = policy or clocks.current_policy()
    tz = policy.tz
    lo, hi = _bound(start, tz, end=False), _bound(end, tz, end=True)
    if lo is not None and hi is not None and hi < lo:
        raise ValidationError("export.period_reversed", field="end")
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError("export.folder_missing", {"folder": folder},
                          hint="export.folder_missing_hint")

    def tick(done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise ExportCancelled("export.cancelled")
        if progress is not None:
            progress(done, total)

    ts = _Times(tz)
    tmp_name = ""
    n = 0
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        if file_format == "xlsx":
            os.close(fd)
            book = _Book(tmp_name)
            try:
                for one in kinds:
                    tick(0, 0)
                    rows = _SheetRows(book, _sheet_title(one, labels), one, labels)
                    w = _Writer(None, ",", ".", rows=rows)
                    n += _write_kind(one, w, ts, tz, lo, hi, tick, policy, fast=False)
            finally:
                # closing writes the file (also a stopped one, removed below) and lets go
                # of the sheets' temporary files
                book.book.close()
        else:
            excel = for_excel or bom
            with os.fdopen(fd, "w", encoding="utf-8-sig" if excel else "utf-8",
                           newline="") as fh:
                w = _Writer(fh, separator, decimal_separator)
                dressed = for_excel or labels is not None
                if dressed:
                    w.writer = _ExcelCsvRows(w.writer, kind, labels, for_excel)
                n = _write_kind(kind, w, ts, tz, lo, hi, tick, policy, fast=not dressed)
                fh.flush()
                os.fsync(fh.fileno())
        tick(n, n)
        os.replace(tmp_name, target)
        tmp_name = ""
    except OSError as exc:
        raise ExportError("export.write_failed", {"path": target, "reason": exc.strerror or exc},
                          hint="export.write_failed_hint") from exc
    except XlsxWriterException as exc:
        raise ExportError("export.write_failed", {"path": target, "reason": exc},
                          hint="export.write_failed_hint") from exc
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                logger.warning("Could not remove the unfinished export %s", tmp_name)
    if progress is not None:
        progress(n, n)
    logger.info("Exported %d %s rows to %s", n, kind, target)
    return n


def _sheet_title(kind: str, labels: Labels | None) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    title = (labels.sheets.get(kind) if labels else None) or kind
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:31].strip() or kind


def _write_kind(kind: str, w: _Writer, ts: _Times, tz: tzinfo, lo: datetime | None,
                hi: datetime | None, progress: Progress, policy: clocks.ClockPolicy,
                fast: bool) -> int:
    if kind == "orders" and fast and FAST_SQLITE and db.is_sqlite():
        return _orders_sqlite(w, tz, lo, hi, progress)
    if kind in ("orders", "order_items"):
        return _orders(w, ts, lo, hi, progress, with_items_rows=kind == "order_items")
    if kind == "shipments":
        return _shipments(w, ts, lo, hi, progress)
    if kind == "conversations":
        return _conversations(w, ts, lo, hi, progress)
    if kind == "reminders":
        return _reminders(w, ts, lo, hi, progress)
    if kind == "events":
        return _events(w, ts, lo, hi, progress)
    return _kpis(w, ts, lo, hi, policy)


def read_back(path: str | os.PathLike[str], separator: str = ",") -> Iterable[list[str]]:
    """The rows of an exported file (for checks and tests)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=separator))
