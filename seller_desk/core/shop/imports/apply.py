"""The preview of an import and its commit.

The preview reads the file and compares it with the ledger without writing: how many
orders are new, which known ones the file moves on (status, payment, tracking number),
which it leaves unchanged, and which it refuses, each with its reason. The commit writes
the same in one transaction: a cancel, or a failure half-way, leaves nothing of the file
behind. Orders are created and moved through :mod:`~seller_desk.core.shop.orders`,
:mod:`~seller_desk.core.shop.customers` and :mod:`~seller_desk.core.shop.shipping`, so
everything that reacts to an order made by hand (its history, reminders, status emails,
linking to conversations) reacts to an imported one too.

Re-importing a file, or a newer one, is safe: an order is known by its channel and
marketplace order number, and only moves forward along the status pipeline.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.shop.imports import layouts, mappings, reading
from seller_desk.core.shop.imports.parsing import (
    ARRIVED,
    SENT,
    Parsed,
    ParsedCustomer,
    ParsedOrder,
    Refusal,
    parse,
)
from seller_desk.core.store.fields import as_utc
from seller_desk.core.store.models import Customer, CustomerAddress, Order, Shipment, database

logger = logging.getLogger(__name__)

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
#: how often the commit reports progress and looks at the cancel flag (orders)
STEP = 25

Progress = Callable[[int, int], None]


class ImportCancelled(UserError):
    """The seller stopped the import; nothing of the file was written."""


@dataclass(frozen=True)
class OrderPlan:
    """What the import does with one order of the file."""

    order: ParsedOrder
    action: str  # NEW, UPDATED or UNCHANGED
    changes: tuple[str, ...] = ()  # for UPDATED: "status", "payment", "tracking"
    existing_id: int | None = None
    status_path: tuple[str, ...] = ()


@dataclass
class Preview:
    """What importing ``path`` would do, before anything is written."""

    path: Path
    source: str  # the layout's or the saved mapping's name
    label: str
    language: str
    plans: list[OrderPlan]
    refused: list[Refusal]
    rows_read: int
    parsed: Parsed = field(repr=False)

    def count(self, action: str) -> int:
        return sum(1 for p in self.plans if p.action == action)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def updated(self) -> int:
        return self.count(UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)


@dataclass
class ImportResult:
    """What an import wrote."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[Refusal] = field(default_factory=list)
    order_ids: list[int] = field(default_factory=list)


# --- reading and planning ---------------------------------------------------------------


class UnknownLayout(UserError):
    """No layout or saved mapping knows the file's columns: the seller maps them.

    ``headers`` are the cells of the row taken as the header, for the mapping dialog.
    """

    def __init__(self, message: str, params: dict[str, str], *, hint: str,
                 headers: list[str], header_row: int) -> None:
        super().__init__(message, params, hint=hint)
        self.headers = headers
        self.header_row = header_row


def preview(path: str | Path, source: str | None = None,
            mapping: mappings.Mapping | None = None) -> Preview:
    """Read the file and say what importing it would do. Writes nothing.

    ``source`` names a layout (``"shopee"``) or a saved mapping; ``mapping`` is one the
    seller just made. Without either, the file's header picks the layout.

    Raises:
        UserError: the file cannot be read, ``source`` is unknown, or the file has no
            orders.
        UnknownLayout: nothing knows the file's columns.
    """
    p = Path(path)
    rows = reading.read_rows(p)
    candidates = _candidates(source, mapping)
    header = layouts.find_header(rows, candidates)
    if header is None and source is None and mapping is None:
        saved = [m.layout() for m in mappings.saved()]
        header = layouts.find_header(rows, saved)
    if header is None:
        at, cells = layouts.header_row(rows)
        raise UnknownLayout("import.layout_unknown", {"name": p.name}, hint="import.layout_hint",
                            headers=cells, header_row=at)
    parsed = parse(rows, header)
    if not parsed.orders and not parsed.refused:
        raise UserError("import.empty", {"name": p.name})
    plans = plan(parsed.orders)
    return Preview(p, header.layout.name, header.layout.label, header.language, plans,
                   list(parsed.refused), parsed.rows_read, parsed)


def headers_of(path: str | Path) -> tuple[int, list[str]]:
    """The row taken as the file's header and its cells (for the column-mapping dialog)."""
    return layouts.header_row(reading.read_rows(Path(path)))


def _candidates(source: str | None, mapping: mappings.Mapping | None) -> list[layouts.Layout]:
    if mapping is not None:
        return [mappings.check(mapping).layout()]
    if source is None:
        return list(layouts.builtin())
    known = layouts.by_name(source)
    if known is not None:
        return [known]
    saved = mappings.get(source)
    if saved is not None:
        return [saved.layout()]
    raise UserError("import.source_unknown", {"source": source},
                    hint=Msg("import.source_hint",
                             {"sources": layouts.names() + [m.name for m in mappings.saved()]}))


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def status_path(old: str, new: str) -> tuple[str, ...]:
    """The shortest walk along the status pipeline from ``old`` to ``new`` (the statuses
    after ``old``), or () when ``new`` cannot be reached: an older file never moves an
    order back."""
    if old == new:
        return ()
    seen: dict[str, tuple[str, ...]] = {old: ()}
    todo = deque([old])
    while todo:
        here = todo.popleft()
        for nxt in orders.TRANSITIONS.get(here, ()):
            if nxt in seen or nxt == "awaiting_payment":
                continue
            seen[nxt] = seen[here] + (nxt,)
            if nxt == new:
                return seen[nxt]
            todo.append(nxt)
    return ()


def plan(parsed: list[ParsedOrder]) -> list[OrderPlan]:
    """New, updated or unchanged for each order, against the ledger as it is now."""
    known: dict[tuple[str, str], tuple[int, str, datetime | None]] = {}
    by_channel: dict[str, list[str]] = {}
    for o in parsed:
        by_channel.setdefault(o.channel, []).append(o.number)
    for channel, numbers in by_channel.items():
        for chunk in _chunks(numbers):
            for oid, number, status, paid in (
                    Order.select(Order.id, Order.number, Order.status, Order.paid_at)
                    .where(Order.channel == channel, Order.number.in_(chunk)).tuples()):
                known[(channel, number)] = (oid, status, paid)
    tracked: dict[int, set[str]] = {}
    ids = [v[0] for v in known.values()]
    for i in range(0, len(ids), 500):
        for oid, number in (Shipment.select(Shipment.order, Shipment.tracking_number)
                            .where(Shipment.order.in_(ids[i:i + 500])).tuples()):
            tracked.setdefault(oid, set()).add(number)
    plans = []
    for o in parsed:
        found = known.get((o.channel, o.number))
        if found is None:
            plans.append(OrderPlan(o, NEW))
            continue
        oid, status, paid = found
        changes = []
        path = status_path(status, o.status)
        if path:
            changes.append("status")
        if o.paid_at is not None and paid is None and status not in ("cancelled", "refunded"):
            changes.append("payment")
        if o.tracking and o.tracking not in tracked.get(oid, set()):
            changes.append("tracking")
        plans.append(OrderPlan(o, UPDATED if changes else UNCHANGED, tuple(changes), oid,
                               path))
    return plans


# --- writing ----------------------------------------------------------------------------


class _Customers:
    """Finds the customer an order belongs to (by phone, then email, then name and address)
    or creates them; indexed once per import, so 4,000 orders make no 12,000 queries."""

    def __init__(self) -> None:
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        #: id -> (name, phone, address), to see what a found customer still lacks
        self.known: dict[int, tuple[str, str, str]] = {}
        for cid, name, phone, address in Customer.select(
                Customer.id, Customer.name, Customer.phone, Customer.address).tuples():
            self.known[cid] = (name or "", phone or "", address or "")
            if phone:
                self.by_phone.setdefault(phone, cid)
            if name and address:  # None for customers entered before addresses were kept
                self.by_name.setdefault((name.casefold(), address.casefold()), cid)
        self.by_email = dict(CustomerAddress.select(CustomerAddress.email,
                                                    CustomerAddress.customer).tuples())

    def find_or_create(self, c: ParsedCustomer) -> int | None:
        if not (c.name or c.phone or c.email):
            return None
        found = (self.by_phone.get(c.phone) if c.phone else None) or \
            (self.by_email.get(c.email) if c.email else None) or \
            (self.by_name.get((c.name.casefold(), c.address.casefold()))
             if c.name and c.address else None)
        if found is not None:
            name, phone, address = self.known.get(found, ("", "", ""))
            fill = {k: v for k, v, have in (("address", c.address, address),
                                            ("phone", c.phone, phone), ("name", c.name, name))
                    if v and not have}
            if fill:
                updated = customers.update_customer(Customer.get_by_id(found), **fill,
                                                    default_country=c.country or "MY")
                self.known[found] = (updated.name, updated.phone, updated.address or "")
            return found
        email = customers.normalize_email(c.email)
        created = customers.create_customer(
            name=c.name, emails=[email] if email else [], phone=c.phone, country=c.country,
            address=c.address)
        if c.phone:
            self.by_phone[created.phone] = created.id
        if email:
            self.by_email[email] = created.id
        if c.name and c.address:
            self.by_name[(c.name.casefold(), c.address.casefold())] = created.id
        self.known[created.id] = (created.name, created.phone, created.address or "")
        return int(created.id)


def _ship(order: Order, o: ParsedOrder) -> None:
    """Record the file's parcel; delivered when the order has arrived."""
    shipped = o.shipped_at
    if shipped is None and o.status in SENT:
        shipped = o.paid_at or o.placed_at  # sent, the file does not say when: an estimate
    arrived = None
    if shipped is not None:
        shipped = max(as_utc(shipped), as_utc(order.placed_at))
        if o.status in ARRIVED:
            arrived = max(as_utc(o.delivered_at or shipped), shipped)
    shipping.add_shipment(order, o.courier, o.tracking, shipped_at=shipped,
                          accept_unusual_number=True, mark_shipped=False, delivered_at=arrived)


def _create(o: ParsedOrder, people: _Customers) -> int:
    customer = people.find_or_create(o.customer)
    order = orders.create_order(
        o.number, o.channel, [orders.ItemInput(i.title, i.quantity, i.unit_price, i.sku)
                              for i in o.items],
        currency=o.currency, placed_at=o.placed_at, customer=customer, status=o.status,
        payment_method=o.payment_method, shipping_fee=o.shipping_fee, paid_at=o.paid_at,
        notes=o.notes, at=o.placed_at)
    if o.tracking and o.courier:
        _ship(order, o)
    return int(order.id)


def _update(p: OrderPlan) -> int:
    o = p.order
    order = Order.get_by_id(p.existing_id)
    if "tracking" in p.changes and o.courier:
        _ship(order, o)
    if "payment" in p.changes and o.paid_at is not None:
        orders.update_order(order, paid_at=max(as_utc(o.paid_at), as_utc(order.placed_at)))
    for step in p.status_path:
        when = o.shipped_at if step == "shipped" else \
            o.delivered_at if step in ARRIVED else o.paid_at if step == "paid" else None
        orders.change_status(order, step, at=when)
    if o.status in ARRIVED:
        for parcel in Shipment.select().where(Shipment.order == order.id,
                                              Shipment.status.in_(shipping.OPEN_STATUSES)):
            at = o.delivered_at or parcel.shipped_at or order.placed_at
            shipping.mark_delivered(parcel, at=max(as_utc(at), as_utc(parcel.shipped_at or at)))
    return int(order.id)


def commit(preview_: Preview, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> ImportResult:
    """Write what the preview showed, in one transaction.

    The plan is made again inside the transaction (the ledger may have moved since the
    preview). An order the ledger refuses (say, a date the shop cannot take) is refused
    whole, with the ledger's reason, and the rest goes on.

    Raises:
        ImportCancelled: ``cancel`` was set; nothing was written.
    """
    result = ImportResult(refused=list(preview_.refused))
    with database.atomic():
        plans = plan([p.order for p in preview_.plans])
        people = _Customers()
        total = len(plans)
        for done, p in enumerate(plans):
            if done % STEP == 0:
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled("import.cancelled")
                if progress is not None:
                    progress(done, total)
            if p.action == UNCHANGED:
                result.unchanged += 1
                continue
            try:
                with database.atomic():  # a savepoint: a refused order leaves no trace
                    oid = _create(p.order, people) if p.action == NEW else _update(p)
            except ValidationError as exc:
                result.refused.append(Refusal(p.order.number, tuple(p.order.rows), exc.msg))
                people = _Customers()  # the savepoint took back customers it made
                continue
            result.order_ids.append(oid)
            if p.action == NEW:
                result.new += 1
            else:
                result.updated += 1
        if cancel is not None and cancel.is_set():
            raise ImportCancelled("import.cancelled")
    if progress is not None:
        progress(total, total)
    logger.info("Imported %s: %d new, %d updated, %d unchanged, %d refused",
                preview_.path.name, result.new, result.updated, result.unchanged,
                len(result.refused))
    return result


def import_file(path: str | Path, source: str | None = None, *, dry_run: bool = False,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> tuple[Preview, ImportResult | None]:
    """Preview, then (unless ``dry_run``) commit: the command line's one call."""
    shown = preview(path, source)
    if dry_run:
        return shown, None
    return shown, commit(shown, progress, cancel)
