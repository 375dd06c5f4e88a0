"""What each marketplace's export looks like: data in ``resources/import_layouts/*.json``.

A layout names, per field of ours (``number``, ``title``, ``tracking`` ...), the column
headers that hold it in each language of the Seller Centre, the statuses and couriers in
the export's words mapped to ours, the currency rule and the date formats. When a
marketplace changes its export, the fix is a line of data there, not code.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from seller_desk.core.common import paths

logger = logging.getLogger(__name__)

#: our fields, in the order the column-mapping dialog offers them
FIELDS = ("number", "title", "quantity", "unit_price", "line_total", "sku", "variation",
          "status", "placed_at", "paid_at", "shipped_at", "delivered_at", "shipping_fee",
          "order_total", "payment_method", "customer_name", "buyer_name", "phone", "email",
          "address", "address2", "city", "state", "postcode", "country", "courier",
          "tracking", "notes", "currency")
#: the fields every file must have: without them there is no order to make
REQUIRED = ("number", "title")
#: how many rows above the header a file may have (a title block, branding, "sep=,")
HEADER_SEARCH_ROWS = 30


def normalize(text: object) -> str:
    """A header, status or courier name as compared: case-blind, spaces collapsed."""
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


@dataclass(frozen=True)
class Layout:
    """One export format. ``columns`` maps a field to {language: [header, ...]}."""

    name: str
    label: str
    channel: str
    columns: dict[str, dict[str, list[str]]]
    required: tuple[str, ...] = REQUIRED
    price: str = "unit"
    currency: dict[str, Any] = field(default_factory=dict)
    timezones: dict[str, str] = field(default_factory=dict)
    date_formats: tuple[str, ...] = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")
    statuses: dict[str, str] = field(default_factory=dict)
    couriers: dict[str, dict[str, str]] = field(default_factory=dict)
    unknown_courier: str = "refuse"
    continuation_rows: bool = False
    order_rows: bool = False
    skip_rows: tuple[str, ...] = ()
    channel_by_currency: dict[str, str] = field(default_factory=dict)
    custom: bool = False

    def languages(self) -> list[str]:
        found: dict[str, None] = {}
        for names in self.columns.values():
            for language in names:
                found[language] = None
        return list(found)

    def match_header(self, cells: list[str]) -> tuple[str, dict[str, int]] | None:
        """The language and {field: column index} when ``cells`` is this layout's header
        row (every required field found), else None."""
        index = {}
        for i, cell in enumerate(cells):
            key = normalize(cell)
            if key and key not in index:
                index[key] = i
        best: tuple[int, str, dict[str, int]] | None = None
        for language in self.languages():
            found: dict[str, int] = {}
            for name, by_language in self.columns.items():
                for header in by_language.get(language, ()):
                    if normalize(header) in index:
                        found[name] = index[normalize(header)]
                        break
            if all(f in found for f in self.required) and (best is None or len(found) > best[0]):
                best = (len(found), language, found)
        return (best[1], best[2]) if best else None

    def channel_for(self, currency: str) -> str:
        return self.channel_by_currency.get(currency, self.channel)


def _from_spec(spec: dict[str, Any], custom: bool = False) -> Layout:
    layout = Layout(
        name=spec["name"], label=spec.get("label", spec["name"]), channel=spec["channel"],
        columns={k: {lang: list(v) for lang, v in by.items()}
                 for k, by in spec["columns"].items()},
        required=tuple(spec.get("required", REQUIRED)), price=spec.get("price", "unit"),
        currency=dict(spec.get("currency", {})), timezones=dict(spec.get("timezones", {})),
        date_formats=tuple(spec.get("date_formats", Layout.date_formats)),
        statuses={normalize(k): v for k, v in spec.get("statuses", {}).items()},
        couriers={country: {normalize(k): v for k, v in names.items()}
                  for country, names in spec.get("couriers", {}).items()},
        unknown_courier=spec.get("unknown_courier", "refuse"),
        continuation_rows=bool(spec.get("continuation_rows", False)),
        order_rows=bool(spec.get("order_rows", False)),
        skip_rows=tuple(spec.get("skip_rows", ())),
        channel_by_currency=dict(spec.get("channel_by_currency", {})),
        custom=custom,
    )
    unknown = set(layout.columns) - set(FIELDS) - {"record", "item_id"}
    if unknown:  # a typo in a layout file fails loudly, at once
        raise ValueError(f"layout {layout.name}: unknown fields {sorted(unknown)}")
    for pattern in layout.skip_rows:
        re.compile(pattern)
    return layout


@lru_cache(maxsize=1)
def builtin() -> tuple[Layout, ...]:
    """The layouts shipped in ``resources/import_layouts``, by file name."""
    folder = paths.resource("import_layouts")
    return tuple(_from_spec(json.loads(p.read_text(encoding="utf-8")))
                 for p in sorted(folder.glob("*.json")))


def by_name(name: str) -> Layout | None:
    """The shipped layout called ``name`` (``"shopee"``), or None."""
    wanted = (name or "").strip().lower()
    return next((layout for layout in builtin() if layout.name == wanted), None)


def names() -> list[str]:
    return [layout.name for layout in builtin()]


def custom_layout(name: str, channel: str, columns: dict[str, str], currency: str,
                  date_format: str = "") -> Layout:
    """A layout for a file the seller mapped by hand: one header per field."""
    formats = ((date_format,) if date_format else ()) + (
        "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y",
        "%d-%m-%Y %H:%M", "%d-%m-%Y", "%d.%m.%Y")
    return _from_spec({
        "name": name, "label": name, "channel": channel,
        "columns": {f: {"custom": [header]} for f, header in columns.items() if header},
        "required": list(REQUIRED), "currency": {"default": currency},
        "date_formats": list(dict.fromkeys(formats)),
        "statuses": GENERIC_STATUSES, "unknown_courier": "guess",
        "couriers": {},
    }, custom=True)


#: status words a hand-mapped file may use: ours, in English, Malay and Indonesian
GENERIC_STATUSES = {
    "awaiting_payment": "awaiting_payment", "awaiting payment": "awaiting_payment",
    "unpaid": "awaiting_payment", "belum bayar": "awaiting_payment",
    "belum dibayar": "awaiting_payment", "paid": "paid", "dibayar": "paid", "lunas": "paid",
    "packed": "packed", "shipped": "shipped", "dikirim": "shipped", "dihantar": "shipped",
    "delivered": "delivered", "diterima": "delivered", "completed": "completed",
    "selesai": "completed", "cancelled": "cancelled", "canceled": "cancelled",
    "dibatalkan": "cancelled", "batal": "cancelled", "returned": "returned",
    "refunded": "refunded",
}


@dataclass(frozen=True)
class Header:
    """Where a file's header row is and what it says."""

    layout: Layout
    language: str
    row: int  # index of the header row among the file's rows
    columns: dict[str, int]  # field -> column index
    headers: list[str]


def find_header(rows: list[list[Any]], candidates: tuple[Layout, ...] | list[Layout]) \
        -> Header | None:
    """The first row within :data:`HEADER_SEARCH_ROWS` that is a layout's header; the
    layout matching the most columns wins on that row."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = ["" if c is None else str(c) for c in row]
        best: Header | None = None
        for layout in candidates:
            match = layout.match_header(cells)
            if match is not None and (best is None or len(match[1]) > len(best.columns)):
                best = Header(layout, match[0], i, match[1], cells)
        if best is not None:
            return best
    return None


def header_row(rows: list[list[Any]]) -> tuple[int, list[str]]:
    """For a file no layout knows: the first row with at least three filled cells, taken
    as its header (what the column-mapping dialog shows)."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = ["" if c is None else str(c).strip() for c in row]
        if sum(1 for c in cells if c) >= 3:
            return i, cells
    return 0, ["" if c is None else str(c) for c in (rows[0] if rows else [])]
