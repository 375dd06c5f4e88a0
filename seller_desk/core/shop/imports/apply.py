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
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.shop import customers, linking, orders, shipping
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
from seller_desk.core.store import events
from seller_desk.core.store.bulk import bulk_insert, insert_returning_ids
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import (
    Customer,
    CustomerAddress,
    Order,
    OrderItem,
    Shipment,
    database,
)

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

    def __init__(self, defer: bool = False) -> None:
        #: ``defer``: new customers wait in :attr:`pending` under temporary (negative) ids
        #: until :meth:`flush` writes them all at once (the bulk path)
        self.defer = defer
        self.pending: dict[int, dict[str, str]] = {}
        self.pending_emails: dict[int, list[str]] = {}
        self.pending_updates: list[tuple[int, list[str]]] = []
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
            if fill and found in self.pending:
                self._fill_pending(found, fill, c.country or "MY")
            elif fill:
                updated = customers.update_customer(Customer.get_by_id(found), **fill,
                                                    default_country=c.country or "MY")
                self.known[found] = (updated.name, updated.phone, updated.address or "")
            return found
        email = customers.normalize_email(c.email)
        if self.defer:
            return self._add_pending(c, email)
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

    def _add_pending(self, c: ParsedCustomer, email: str) -> int:
        row, emails = customers.check_new_customer(
            name=c.name, emails=[email] if email else [], phone=c.phone, country=c.country,
            address=c.address)
        temp = -1 - len(self.pending)
        self.pending[temp], self.pending_emails[temp] = row, emails
        if c.phone:
            self.by_phone[row["phone"]] = temp
        if email:
            self.by_email[email] = temp
        if c.name and c.address:
            self.by_name[(c.name.casefold(), c.address.casefold())] = temp
        self.known[temp] = (row["name"], row["phone"], row["address"])
        return temp

    def _fill_pending(self, temp: int, fill: dict[str, str], default_country: str) -> None:
        """What update_customer would change in a customer not written yet."""
        row = self.pending[temp]
        if "phone" in fill:
            where = row["country"] or default_country
            row["phone"] = customers.normalize_phone(fill["phone"], where) \
                if fill["phone"].strip() else ""
        if "name" in fill:
            row["name"] = fill["name"].strip()[:300]
        if "address" in fill:
            row["address"] = fill["address"].strip()
        self.pending_updates.append((temp, sorted(fill)))
        self.known[temp] = (row["name"], row["phone"], row["address"])

    def flush(self) -> dict[int, int]:
        """Write the pending customers with their addresses and events; temporary id ->
        stored id."""
        temps = sorted(self.pending, reverse=True)  # -1, -2 ...: the order they came in
        if not temps:
            return {}
        now = utcnow()
        ids = insert_returning_ids(Customer, [
            {**self.pending[t], "created_at": now, "updated_at": now} for t in temps])
        real = dict(zip(temps, ids, strict=True))
        bulk_insert(CustomerAddress, [customers.address_row(real[t], e)
                                      for t in temps for e in self.pending_emails[t]])
        events.record_many(
            [events.Entry(customers.CUSTOMER_CREATED, now, customer=real[t]) for t in temps]
            + [events.Entry(customers.CUSTOMER_UPDATED, now, customer=real[t],
                            data={"fields": fields}) for t, fields in self.pending_updates])
        self.by_phone = {k: real.get(v, v) for k, v in self.by_phone.items()}
        self.by_email = {k: real.get(v, v) for k, v in self.by_email.items()}
        self.by_name = {k: real.get(v, v) for k, v in self.by_name.items()}
        self.known = {real.get(k, k): v for k, v in self.known.items()}
        self.pending, self.pending_emails, self.pending_updates = {}, {}, []
        return real


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


@dataclass
class _Ready:
    """A new order of the file that passed every check, waiting for the bulk write."""

    plan: OrderPlan
    order: orders.NewOrder
    customer: int | None
    address: str | None
    parcel: shipping.NewShipment | None


def _parcel_of(placed: datetime, o: ParsedOrder) -> shipping.NewShipment:
    """The parcel :func:`_ship` would record, checked (for the bulk write)."""
    shipped = o.shipped_at
    if shipped is None and o.status in SENT:
        shipped = o.paid_at or o.placed_at
    arrived = None
    if shipped is not None:
        shipped = max(as_utc(shipped), as_utc(placed))
        if o.status in ARRIVED:
            arrived = max(as_utc(o.delivered_at or shipped), shipped)
    return shipping.check_shipment(placed, o.courier, o.tracking, shipped_at=shipped,
                                   accept_unusual_number=True, delivered_at=arrived)


def _check(p: OrderPlan, people: _Customers) -> _Ready:
    """Every check the order-by-order path makes for a new order, then its customer (found
    or made, as that path would); writes only the customer.

    Raises:
        ValidationError: the order is refused, as :func:`_create` would refuse it.
    """
    o = p.order
    checked = orders.check_new_order(
        o.number, o.channel, [orders.ItemInput(i.title, i.quantity, i.unit_price, i.sku)
                              for i in o.items],
        currency=o.currency, placed_at=o.placed_at, status=o.status,
        shipping_fee=o.shipping_fee, paid_at=o.paid_at, known_new=True)
    parcel = _parcel_of(checked.placed_at, o) if o.tracking and o.courier else None
    customer = people.find_or_create(o.customer)
    address = None
    if customer is not None:
        # the customer's address as it stands now, as create_order copies it
        address = people.known.get(customer, ("", "", ""))[2].strip() or None
    return _Ready(p, checked, customer, address, parcel)


def _write_many(ready: list[_Ready], made: dict[int, int]) -> list[int]:
    """Write checked new orders with their items, parcels and events in a few statements
    per table; the subscribers (catalogue, linking, reminders, status emails) run once
    per kind for the lot (events.record_many). Returns the new orders' ids, in order."""
    when = utcnow()
    for r in ready:  # customers made for the file were written just now: their stored ids
        if r.customer is not None and r.customer < 0:
            r.customer = made[r.customer]
    ids = insert_returning_ids(Order, [
        {"number": r.order.number, "channel": r.order.channel, "customer": r.customer,
         "placed_at": r.order.placed_at, "status": r.order.status,
         "currency": r.order.currency, "total": r.order.total,
         "shipping_fee": r.order.shipping_fee,
         "payment_method": r.plan.order.payment_method.strip()[:50],
         "payment_due_at": None, "paid_at": r.order.paid_at, "notes": r.plan.order.notes,
         "created_at": r.plan.order.placed_at or when,
         "updated_at": r.plan.order.placed_at or when, "delivery_address": r.address}
        for r in ready])
    bulk_insert(OrderItem, [
        {"order": oid, "sku": ln.sku, "title": ln.title, "quantity": ln.quantity,
         "unit_price": ln.unit_price}
        for oid, r in zip(ids, ready, strict=True) for ln in r.order.lines])
    entries = []
    for oid, r in zip(ids, ready, strict=True):
        o = r.order
        entries.append(events.Entry(
            events.ORDER_CREATED, o.placed_at, order=oid, customer=r.customer,
            data={"number": o.number, "channel": o.channel, "total": str(o.total),
                  "currency": o.currency}))
        if o.status != "awaiting_payment":
            entries.append(events.Entry(events.ORDER_STATUS, o.paid_at or o.placed_at,
                                        order=oid, customer=r.customer,
                                        data={"old": None, "new": o.status}))
    events.record_many(entries)
    # parcels after the orders' own events, as order by order (a status email queued for
    # the order's status finds no parcel yet either way)
    sent = [(oid, r) for oid, r in zip(ids, ready, strict=True) if r.parcel is not None]
    parcel_ids = insert_returning_ids(Shipment, [
        {"order": oid, "courier": r.parcel.courier, "tracking_number": r.parcel.tracking_number,
         "shipped_at": r.parcel.shipped_at, "eta": r.parcel.eta, "status": r.parcel.status,
         "delivered_at": r.parcel.delivered_at, "notes": "",
         "created_at": r.parcel.shipped_at or when}
        for oid, r in sent if r.parcel is not None])
    entries = []
    for sid, (oid, r) in zip(parcel_ids, sent, strict=True):
        parcel = r.parcel
        assert parcel is not None
        entries.append(events.Entry(
            events.SHIPMENT_CREATED, parcel.shipped_at or when, order=oid, customer=r.customer,
            data={"shipment": sid, "courier": parcel.courier,
                  "tracking": parcel.tracking_number or None}))
        if parcel.delivered_at is not None:
            entries.append(events.Entry(events.SHIPMENT_DELIVERED, parcel.delivered_at,
                                        order=oid, data={"shipment": sid}))
    events.record_many(entries)
    return ids


def _one_by_one(p: OrderPlan, people: _Customers, result: ImportResult) -> _Customers:
    """Write one order through the ledger's own services, in a savepoint: a refused order
    leaves no trace. Returns the customer index to go on with."""
    try:
        with database.atomic():
            oid = _create(p.order, people) if p.action == NEW else _update(p)
    except ValidationError as exc:
        result.refused.append(Refusal(p.order.number, tuple(p.order.rows), exc.msg))
        return _Customers()  # the savepoint took back customers it made
    result.order_ids.append(oid)
    if p.action == NEW:
        result.new += 1
    else:
        result.updated += 1
    return people


def commit(preview_: Preview, progress: Progress | None = None,
           cancel: threading.Event | None = None, *, batch: bool = True,
           link: bool = True) -> ImportResult:
    """Write what the preview showed, in one transaction.

    The plan is made again inside the transaction (the ledger may have moved since the
    preview). An order the ledger refuses (say, a date the shop cannot take) is refused
    whole, with the ledger's reason, and the rest goes on.

    New orders are checked one by one first, with the ledger's own checks, then written
    all at once (``batch``; order by order through the ledger's services without it: the
    same outcome, several times slower, kept as the benchmark's baseline and the fallback
    when another writer took a number meanwhile). Orders the file moves on go through the
    ledger's services one by one: a re-import updates few.

    Their linking to the stored mail is written down as owed in the same transaction and
    done right after it (``link``); cut off in between, the next start does it
    (:func:`linking.link_owed`).

    Raises:
        ImportCancelled: ``cancel`` was set; nothing was written.
    """
    result = ImportResult(refused=list(preview_.refused))
    total = 0

    def step(done: int) -> None:
        if done % STEP == 0:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled("import.cancelled")
            if progress is not None:
                progress(done, total)

    with database.atomic(), linking.deferred_links() as pending:
        plans = plan([p.order for p in preview_.plans])
        people = _Customers(defer=batch)
        total = len(plans)
        result.unchanged = sum(1 for p in plans if p.action == UNCHANGED)
        new = [p for p in plans if p.action == NEW]
        moved = [p for p in plans if p.action == UPDATED]
        done = result.unchanged
        if batch and new:
            try:
                with database.atomic():  # a savepoint: the fallback starts from clean
                    ready: list[_Ready] = []
                    refused: list[Refusal] = []
                    for p in new:
                        step(done)
                        done += 1
                        try:
                            ready.append(_check(p, people))
                        except ValidationError as exc:
                            refused.append(Refusal(p.order.number, tuple(p.order.rows),
                                                   exc.msg))
                    ids = _write_many(ready, people.flush())
            except (peewee.IntegrityError, sqlite3.IntegrityError):
                # another writer stored one of these numbers since the plan: order by
                # order, each refused or written on its own (the bulk insert runs on the
                # sqlite3 cursor itself, whose error peewee does not wrap)
                logger.info("Import: a number was taken meanwhile; writing order by order")
                done -= len(new)
                pending.clear()
                people = _Customers()
            else:
                result.refused.extend(refused)
                result.order_ids.extend(ids)
                result.new += len(ids)
                new = []
        for p in new + moved:
            step(done)
            done += 1
            people = _one_by_one(p, people, result)
        if cancel is not None and cancel.is_set():
            raise ImportCancelled("import.cancelled")
        linking.owe_links(pending)
    if progress is not None:
        progress(total, total)
    logger.info("Imported %s: %d new, %d updated, %d unchanged, %d refused",
                preview_.path.name, result.new, result.updated, result.unchanged,
                len(result.refused))
    if link:
        try:
            linking.link_owed()
        except Exception:  # the orders are in; the next start links them (it is owed)
            logger.exception("Linking the imported orders to their mail failed")
    return result


def import_file(path: str | Path, source: str | None = None, *, dry_run: bool = False,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> tuple[Preview, ImportResult | None]:
    """Preview, then (unless ``dry_run``) commit: the command line's one call."""
    shown = preview(path, source)
    if dry_run:
        return shown, None
    return shown, commit(shown, progress, cancel)
