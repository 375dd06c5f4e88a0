"""What the import dialogs show and do: the preview of a file, its commit, the column
mapping of a file no layout knows. Qt-free; the window calls these on a worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from seller_desk.core.common.messages import Msg
from seller_desk.core.shop import linking
from seller_desk.core.shop.imports import apply, layouts, mappings, reading, values
from seller_desk.core.shop.imports.apply import ImportCancelled as ImportCancelled
from seller_desk.core.shop.imports.apply import ImportResult as ImportResult
from seller_desk.core.shop.imports.apply import Preview as Preview
from seller_desk.core.shop.imports.apply import UnknownLayout as UnknownLayout
from seller_desk.core.shop.imports.mappings import Mapping as Mapping
from seller_desk.core.shop.orders import CHANNELS as CHANNELS

#: the fields the column-mapping dialog offers, in its order (the required ones first)
MAPPED_FIELDS = ("number", "title", "quantity", "unit_price", "sku", "placed_at", "status",
                 "paid_at", "shipping_fee", "customer_name", "phone", "email", "address",
                 "courier", "tracking", "payment_method", "notes")
REQUIRED_FIELDS = layouts.REQUIRED
#: currencies the mapping dialog offers first
CURRENCIES = ("MYR", "IDR", "SGD", "USD", "GBP", "EUR", "AUD")
#: file names the open dialog offers
FILE_PATTERNS = tuple(f"*{suffix}" for suffix in reading.FORMATS)
#: how many orders the preview lists (the counts cover them all)
LISTED = 500

logger = logging.getLogger(__name__)


class ProgressLike(Protocol):
    """What the window's task runner hands a worker: a callable with a cancel flag."""

    cancelled: threading.Event

    def __call__(self, done: int, total: int, text: str = "") -> None: ...


@dataclass(frozen=True)
class PlannedRow:
    """One order as the preview lists it."""

    number: str
    customer: str
    items: int
    total: Decimal
    currency: str
    action: str  # new, updated, unchanged
    changes: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class RefusedRow:
    number: str
    rows: tuple[int, ...]
    reason: Msg


@dataclass(frozen=True)
class PreviewView:
    """The preview as the dialog shows it, with the preview kept for the commit."""

    preview: Preview
    file_name: str
    source: str
    label: str
    new: int
    updated: int
    unchanged: int
    refused: list[RefusedRow]
    listed: list[PlannedRow]

    @property
    def to_write(self) -> int:
        return self.new + self.updated


def preview_file(path: str | Path, source: str | None = None,
                 mapping: Mapping | None = None) -> PreviewView:
    """Read the file and say what importing it would do (writes nothing).

    Raises:
        UnknownLayout: the seller must say which column holds what.
        UserError: the file cannot be read or holds no orders.
    """
    shown = apply.preview(path, source, mapping)
    listed = [PlannedRow(p.order.number, p.order.customer.name, len(p.order.items),
                         p.order.total, p.order.currency, p.action, p.changes, p.order.status)
              for p in shown.plans[:LISTED]]
    refused = [RefusedRow(r.number, r.rows, r.reason) for r in shown.refused]
    return PreviewView(shown, shown.path.name, shown.source, shown.label, shown.new,
                       shown.updated, shown.unchanged, refused, listed)


def commit(view: PreviewView, progress: ProgressLike | None = None) -> ImportResult:
    """Write the previewed file in one transaction; ``progress.cancelled`` stops it with
    nothing written (:class:`ImportCancelled`)."""
    report: Callable[[int, int], None] | None = None
    if progress is not None:
        def report(done: int, total: int) -> None:
            progress(done, total)
    return apply.commit(view.preview, report,
                        progress.cancelled if progress is not None else None)


@dataclass(frozen=True)
class FileColumns:
    """A file no layout knows: its header and a few rows under it, for the mapping."""

    headers: list[str]
    sample: list[list[str]]
    suggested: Mapping


def file_columns(path: str | Path, headers: list[str] | None = None,
                 sample_rows: int = 3, currency: str = "MYR") -> FileColumns:
    """The file's header, a sample of its rows and a first guess at the mapping (a saved
    mapping that fits, else one guessed from the header names, in the shop's ``currency``)."""
    rows = reading.read_rows(Path(path))
    at, found = layouts.header_row(rows)
    headers = headers or found
    sample = [[values.text(c) for c in row] for row in rows[at + 1:at + 1 + sample_rows]]
    saved = mappings.for_headers(headers)
    suggested = saved or Mapping(Path(path).stem[:mappings.MAX_NAME], "other", currency,
                                 guess_columns(headers))
    return FileColumns(headers, sample, suggested)


#: words in a header that say which field it holds, checked in this order
HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tracking", ("tracking", "resi", "awb", "penjejakan")),
    ("number", ("order id", "order no", "order number", "no. pesanan", "pesanan", "invoice",
                "ref", "order")),
    ("title", ("product", "item", "produk", "barang", "title")),
    ("quantity", ("qty", "quantity", "jumlah", "kuantiti")),
    ("unit_price", ("price", "harga", "unit")),
    ("sku", ("sku",)),
    ("placed_at", ("date", "tarikh", "tanggal", "created", "waktu")),
    ("status", ("status",)),
    ("customer_name", ("name", "nama", "buyer", "pembeli", "customer", "recipient")),
    ("phone", ("phone", "telefon", "telepon", "hp", "whatsapp")),
    ("email", ("email", "e-mail")),
    ("address", ("address", "alamat", "ship to", "deliver to", "penghantaran")),
    ("courier", ("courier", "kurir", "shipping option", "shipping provider")),
    ("shipping_fee", ("shipping fee", "ongkir", "postage")),
)


def guess_columns(headers: list[str]) -> dict[str, str]:
    """A first guess of which header holds which field, from words in the headers."""
    taken: set[str] = set()
    guess: dict[str, str] = {}
    for name, words in HINTS:
        for header in headers:
            key = layouts.normalize(header)
            if header and header not in taken and any(w in key for w in words):
                guess[name] = header
                taken.add(header)
                break
    return guess


def save_mapping(mapping: Mapping) -> Mapping:
    """Keep the seller's mapping for files like this one.

    Raises:
        ValidationError: no name, or no column for the order number or the product.
    """
    return mappings.save(mapping)


def link_owed() -> int:
    """Link the orders an import wrote but could not link before the app closed (a worker
    runs this at start); how many links were made. Never raises: the orders are saved,
    and what is still owed stays owed for the next start."""
    try:
        return linking.link_owed()
    except Exception:  # a background chore at start must not disturb the seller
        logger.exception("Linking the orders still owed their mail failed")
        return 0
