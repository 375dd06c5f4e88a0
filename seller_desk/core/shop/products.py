"""The product catalogue: products filled from the orders themselves, matched by SKU or name.

Every order item written (typed in the order form, or read from a marketplace export by
whoever calls :func:`~seller_desk.core.shop.orders.create_order`) finds its product here,
or makes it: the order service records ``order_created`` / ``order_updated`` and
:func:`on_order_written` (subscribed in core/reactions.py) does the rest, in the order's
own transaction. The order service itself knows nothing of the catalogue.

Matching, in this order:

1. a SKU, when the item has one, against the SKUs products have (or had);
2. the item's title, normalised (case, accents' forms, punctuation and spacing do not
   count), against each product's name and variant read the same way, so "Batik scarf
   (Blue)", "batik scarf - blue" and a product "Batik scarf" / variant "Blue" are one.
   A product found by name that has no SKU yet takes the item's; one with another SKU is
   another product (another variant), and a new product is made.

Each currency remembers the latest price: the one of the most recent order (by when it was
placed, so importing last year's orders never overwrites this week's price), or the one the
seller typed in the catalogue.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

import peewee
from peewee import JOIN, fn

from seller_desk.core.common import money
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.shop.orders import ORDER_UPDATED
from seller_desk.core.store import events
from seller_desk.core.store.bulk import chunks
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import (
    Order,
    OrderItem,
    Product,
    ProductKey,
    ProductPrice,
    database,
)

logger = logging.getLogger(__name__)

#: the schema version whose upgrade fills the catalogue from the items already stored
SCHEMA_VERSION = 20
#: how many completions the order form offers at most
SUGGESTIONS = 12
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """``text`` as matching reads it: case-folded, compatibility forms joined, anything but
    letters and digits a single space ("Batik  Scarf (BLUE)" -> "batik scarf blue")."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return _NOT_WORD.sub(" ", folded).strip()


def name_key(name: str, variant: str = "") -> str:
    return "name:" + normalise(f"{name} {variant}")[:590]


def sku_key(sku: str) -> str:
    # SKUs keep their punctuation ("BS-01" and "BS01" may be two products) but not case
    return "sku:" + "".join((sku or "").split()).casefold()[:590]


def title_of(name: str, variant: str) -> str:
    """What an order item is called when picked from the catalogue: "Batik scarf (Blue)"."""
    return f"{name} ({variant})" if variant else name


#: the search text's length: it is a key of the completer's index, which PostgreSQL limits to
#: about 2,700 bytes an entry (400 characters are 1,600 bytes at most)
SEARCH_CHARS = 400


def _search_text(name: str, variant: str, sku: str) -> str:
    """What the completer matches and orders by: name first (so the order is the names'),
    then variant and SKU."""
    return " ".join(x for x in (normalise(name), normalise(variant), sku.casefold())
                    if x)[:SEARCH_CHARS]


# --- filling the catalogue from order items -----------------------------------------------


@dataclass
class _Matcher:
    """Finds and makes products for many items at once, with the keys it has seen cached."""

    keys: dict[str, int] = field(default_factory=dict)
    skus: dict[int, str] = field(default_factory=dict)  # product id -> its SKU
    missing: set[str] = field(default_factory=set)  # keys asked for and not found

    def preload(self, keys: Iterable[str]) -> None:
        """Look many keys up in one query (an order's items, a page of the backfill)."""
        wanted = [k for k in set(keys) if k not in self.keys and k not in self.missing]
        for part in chunks(wanted):
            for key, product_id, sku in (ProductKey.select(ProductKey.key, ProductKey.product,
                                                           Product.sku)
                                         .join(Product).where(ProductKey.key.in_(list(part)))
                                         .tuples()):
                self.keys[key], self.skus[product_id] = product_id, sku
        self.missing.update(k for k in wanted if k not in self.keys)

    def _lookup(self, key: str) -> int | None:
        if key not in self.keys and key not in self.missing:
            self.preload([key])
        return self.keys.get(key)

    def _add_key(self, key: str, product_id: int) -> None:
        if self._lookup(key) is None:
            ProductKey.insert(key=key, product=product_id).on_conflict_ignore().execute()
            self.keys[key] = product_id
            self.missing.discard(key)

    def product_for(self, title: str, sku: str, when: datetime) -> int:
        title, sku = title.strip(), sku.strip()
        if sku:
            found = self._lookup(sku_key(sku))
            if found is not None:
                return found
        by_name = self._lookup(name_key(title))
        if by_name is not None:
            if not sku:
                return by_name
            if not self.skus.get(by_name):
                # a product typed by hand meets its SKU (an import, or the seller's own)
                name, variant = (Product.select(Product.name, Product.variant)
                                 .where(Product.id == by_name).tuples().get())
                Product.update(sku=sku[:100], search=_search_text(name, variant, sku),
                               updated_at=utcnow()).where(Product.id == by_name).execute()
                self.skus[by_name] = sku
                self._add_key(sku_key(sku), by_name)
                return by_name
        product_id = int(Product.insert(name=title[:500], sku=sku[:100], active=True,
                                        search=_search_text(title, "", sku), created_at=when,
                                        updated_at=when).execute())
        self.skus[product_id] = sku
        new_keys = [k for k in ((name_key(title),) + ((sku_key(sku),) if sku else ()))
                    if self._lookup(k) is None]
        if new_keys:
            ProductKey.insert_many([{"key": k, "product": product_id} for k in new_keys]
                                   ).on_conflict_ignore().execute()
            for k in new_keys:
                self.keys[k] = product_id
                self.missing.discard(k)
        return product_id


def _fill(rows: Iterable[tuple[int, str, str, Any, str, datetime]],
          matcher: _Matcher | None = None) -> int:
    """Give each (item id, title, sku, unit price, currency, placed at) its product and
    remember the newest price per product and currency; return how many items."""
    matcher = matcher or _Matcher()
    rows = list(rows)
    matcher.preload(k for _i, title, sku, *_rest in rows
                    for k in ((name_key(title.strip()), sku_key(sku)) if sku
                              else (name_key(title.strip()),)))
    per_product: dict[int, list[int]] = {}
    newest: dict[tuple[int, str], tuple[datetime, Decimal]] = {}
    for item_id, title, sku, price, currency, placed in rows:
        placed = as_utc(placed)
        product_id = matcher.product_for(title, sku or "", placed)
        per_product.setdefault(product_id, []).append(item_id)
        amount = Decimal(str(price or 0))
        key = (product_id, currency)
        # a zero price is a gift or a price not typed yet, never the product's price
        if amount > 0 and (key not in newest or newest[key][0] <= placed):
            newest[key] = (placed, amount)
    if len(per_product) == 1 or len(rows) > 50:
        for product_id, item_ids in per_product.items():
            for part in chunks(item_ids):
                OrderItem.update(product=product_id).where(
                    OrderItem.id.in_(list(part))).execute()
    else:  # one statement for an order's few items
        case = peewee.Case(OrderItem.id, [(i, pid) for pid, ids in per_product.items()
                                          for i in ids])
        OrderItem.update(product=case).where(
            OrderItem.id.in_([i for ids in per_product.values() for i in ids])).execute()
    _remember_prices(newest)
    return len(rows)


def _remember_prices(newest: Mapping[tuple[int, str], tuple[datetime, Decimal]]) -> None:
    """Store each (product, currency)'s price unless a newer one is stored already."""
    if not newest:
        return
    stored: dict[tuple[int, str], tuple[int, datetime]] = {}
    ids = sorted({pid for pid, _c in newest})
    for part in chunks(ids):
        for row_id, pid, currency, as_of in (ProductPrice.select(
                ProductPrice.id, ProductPrice.product, ProductPrice.currency, ProductPrice.as_of)
                .where(ProductPrice.product.in_(list(part))).tuples()):
            stored[(pid, currency)] = (row_id, as_utc(as_of))
    fresh = []
    for (pid, currency), (placed, amount) in newest.items():
        if (pid, currency) not in stored:
            fresh.append({"product": pid, "currency": currency, "price": amount,
                          "as_of": placed})
        elif stored[(pid, currency)][1] <= placed:
            ProductPrice.update(price=amount, as_of=placed).where(
                ProductPrice.id == stored[(pid, currency)][0]).execute()
    for part in chunks(fresh, 200):
        ProductPrice.insert_many(list(part)).execute()


def _remember_price(product_id: int, currency: str, price: Decimal, as_of: datetime,
                    force: bool = False) -> None:
    row = ProductPrice.get_or_none(ProductPrice.product == product_id,
                                   ProductPrice.currency == currency)
    if row is None:
        ProductPrice.create(product=product_id, currency=currency, price=price, as_of=as_of)
    elif force or as_utc(row.as_of) <= as_of:
        ProductPrice.update(price=price, as_of=as_of).where(ProductPrice.id == row.id).execute()


def _item_rows(where: Any) -> peewee.ModelSelect:
    return (OrderItem.select(OrderItem.id, OrderItem.title, OrderItem.sku, OrderItem.unit_price,
                             Order.currency, Order.placed_at)
            .join(Order).where(OrderItem.product.is_null(), where))


def fill_order(order_id: int) -> int:
    """Link the order's items that have no product yet; return how many."""
    with database.atomic():
        return _fill(_item_rows(OrderItem.order == order_id).order_by(OrderItem.id).tuples())


def fill_all(page: int = 5000) -> int:
    """Link every item without a product, oldest order first (the schema upgrade's backfill,
    so the latest price is the newest order's)."""
    matcher = _Matcher()
    done = 0
    with database.atomic():
        while True:
            rows = list(_item_rows(True).order_by(Order.placed_at, OrderItem.id)
                        .limit(page).tuples())
            if not rows:
                return done
            done += _fill(rows, matcher)


def on_order_written(notice: events.Notice) -> None:
    """Subscriber: an order was created, or its items replaced: fill the catalogue."""
    if notice.kind == ORDER_UPDATED and "items" not in (notice.data.get("fields") or ()):
        return
    if notice.order_id is not None:
        fill_order(int(notice.order_id))


def on_orders_written(notices: list[events.Notice]) -> None:
    """The batch form of :func:`on_order_written` (an import's thousands of orders): every
    item in one pass, oldest item first, so products and prices come out as they would
    order by order."""
    ids = sorted({int(n.order_id) for n in notices if n.order_id is not None and (
        n.kind != ORDER_UPDATED or "items" in (n.data.get("fields") or ()))})
    if not ids:
        return
    matcher = _Matcher()
    with database.atomic():
        for part in chunks(ids, 2000):
            _fill(_item_rows(OrderItem.order.in_(list(part))).order_by(OrderItem.id).tuples(),
                  matcher)


def on_schema_upgraded(notice: events.Notice) -> None:
    """Subscriber: schema 20 brought the catalogue; fill it from the items already stored."""
    if notice.data.get("version") == SCHEMA_VERSION:
        logger.info("Filled the product catalogue from %d stored order items", fill_all())


# --- what the seller sees and changes ----------------------------------------------------


@dataclass(frozen=True)
class ProductInfo:
    """A product as the catalogue and the order form show it."""

    id: int
    name: str
    variant: str
    sku: str
    active: bool
    prices: dict[str, Decimal]  # currency -> latest price
    sold: int = 0  # items sold, all orders but cancelled ones
    orders: int = 0

    @property
    def title(self) -> str:
        return title_of(self.name, self.variant)


def _words_filter(q: peewee.ModelSelect, text: str) -> peewee.ModelSelect:
    for word in normalise(text).split()[:6]:
        q = q.where(Product.search.contains(word))
    return q


def suggest(text: str, currency: str, limit: int = SUGGESTIONS) -> list[ProductInfo]:
    """Active products whose name, variant or SKU holds every word of ``text``, with their
    price in ``currency`` when they have one: those starting with the text first, each
    group in the order of their names.

    Asked on every keystroke, so it reads the (active, search) index alone, in its order,
    and stops at ``limit``; only the dozen found are read from the table. Sorting every
    match by "starts with" took 7 ms of 5,000 products for one letter, walking a name index
    and reading each row 6 ms for three words (docs/performance.md).
    """
    typed = normalise(text)
    if not typed:
        return []
    base = _words_filter(Product.select(Product.id).where(Product.active == True),  # noqa: E712
                         text)
    ordered = (Product.search, Product.id)
    ids = [r[0] for r in base.where(Product.search.startswith(typed)).order_by(*ordered)
           .limit(limit).tuples()]
    if len(ids) < limit:
        ids += [r[0] for r in base.where(~Product.search.startswith(typed)).order_by(*ordered)
                .limit(limit - len(ids)).tuples()]
    if not ids:
        return []
    code = currency.upper()
    price = ProductPrice.alias()
    rows = {pid: (name, variant, sku, value) for pid, name, variant, sku, value in
            Product.select(Product.id, Product.name, Product.variant, Product.sku, price.price)
            .join(price, JOIN.LEFT_OUTER, on=((price.product == Product.id)
                                              & (price.currency == code)))
            .where(Product.id.in_(ids)).tuples()}
    return [ProductInfo(pid, name, variant, sku, True,
                        {code: Decimal(value)} if value is not None else {})
            for pid in ids if pid in rows
            for name, variant, sku, value in (rows[pid],)]


def list_products(text: str = "", include_inactive: bool = True, limit: int = 5000,
                  ids: list[int] | None = None) -> list[ProductInfo]:
    """The catalogue (matching ``text``), by name, with prices and what each has sold."""
    sold = fn.COALESCE(fn.SUM(OrderItem.quantity), 0)
    orders = fn.COUNT(OrderItem.order.distinct())
    counted = (OrderItem.select(OrderItem.product, sold.alias("sold"), orders.alias("orders"))
               .join(Order).where(Order.status != "cancelled", OrderItem.product.is_null(False))
               .group_by(OrderItem.product))
    if ids is not None:  # one product's counts read its own items, not the whole table
        counted = counted.where(OrderItem.product.in_(ids))
    q = (Product.select(Product.id, Product.name, Product.variant, Product.sku, Product.active,
                        fn.COALESCE(counted.c.sold, 0), fn.COALESCE(counted.c.orders, 0))
         .join(counted, JOIN.LEFT_OUTER, on=(counted.c.product_id == Product.id)))
    if not include_inactive:
        q = q.where(Product.active == True)  # noqa: E712
    if ids is not None:
        q = q.where(Product.id.in_(ids))
    q = _words_filter(q, text).order_by(Product.name, Product.variant, Product.id).limit(limit)
    rows = list(q.tuples())
    prices: dict[int, dict[str, Decimal]] = {}
    ids = [r[0] for r in rows]
    for part in chunks(ids):
        for pid, currency, value in (ProductPrice.select(ProductPrice.product,
                                                         ProductPrice.currency, ProductPrice.price)
                                     .where(ProductPrice.product.in_(list(part)))
                                     .order_by(ProductPrice.currency).tuples()):
            prices.setdefault(pid, {})[currency] = Decimal(value)
    return [ProductInfo(pid, name, variant, sku, bool(active), prices.get(pid, {}), int(s), int(o))
            for pid, name, variant, sku, active, s, o in rows]


def get(product_id: int) -> ProductInfo:
    """One product as :func:`list_products` shows it.

    Raises:
        ValidationError: there is no such product (merged or gone meanwhile).
    """
    found = list_products(ids=[product_id])
    if not found:
        raise ValidationError("product.gone", field="product")
    return found[0]


def update_product(product_id: int, *, name: str, variant: str = "", sku: str = "",
                   prices: Mapping[str, Decimal | str | int] | None = None) -> ProductInfo:
    """Change a product's name, variant, SKU and prices (``prices`` replaces them all: a
    currency left out is forgotten). The old name and SKU keep finding it.

    Raises:
        ValidationError: no name, a price that is not an amount, an unknown currency, or a
            SKU another product has (hint: merge the two).
    """
    name, variant, sku = (name or "").strip(), (variant or "").strip(), (sku or "").strip()
    if not name:
        raise ValidationError("product.name_missing", field="name")
    checked: dict[str, Decimal] = {}
    for currency, value in (prices or {}).items():
        code = money.check_currency(currency, field=f"prices.{currency}")
        amount = money.to_decimal(value, field=f"prices.{currency}")
        if amount < 0 or amount != amount.quantize(Decimal("0.01")):
            raise ValidationError("product.price_invalid", field=f"prices.{currency}")
        checked[code] = amount
    with database.atomic():
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise ValidationError("product.gone", field="name")
        if sku:
            holder = (ProductKey.select(ProductKey.product)
                      .where(ProductKey.key == sku_key(sku)).scalar())
            other = Product.get_or_none((Product.sku == sku) & (Product.id != product_id))
            other_id = holder if holder not in (None, product_id) else (
                other.id if other is not None else None)
            if other_id is not None:
                taken = Product.get_by_id(other_id)
                raise ValidationError("product.sku_taken",
                                      {"sku": sku, "other": title_of(taken.name, taken.variant)},
                                      field="sku", hint="product.sku_taken_hint")
        now = utcnow()
        Product.update(name=name[:500], variant=variant[:200], sku=sku[:100],
                       search=_search_text(name, variant, sku), updated_at=now).where(
            Product.id == product_id).execute()
        matcher = _Matcher()
        matcher._add_key(name_key(name, variant), product_id)
        if sku:
            matcher._add_key(sku_key(sku), product_id)
        if prices is not None:
            ProductPrice.delete().where(ProductPrice.product == product_id,
                                        ProductPrice.currency.not_in(list(checked))).execute()
            for code, amount in checked.items():
                _remember_price(product_id, code, amount, now, force=True)
    return get(product_id)


def set_active(product_id: int, active: bool) -> None:
    """Switch a product on or off; one switched off is no longer offered in the order form
    (its orders and counts stay, and orders naming it still find it)."""
    Product.update(active=bool(active), updated_at=utcnow()).where(
        Product.id == product_id).execute()


def merge(keep_id: int, other_id: int) -> ProductInfo:
    """Make ``other_id`` part of ``keep_id``: its order items, the names and SKU it was
    known by, and its prices where they are newer; then it is gone.

    Raises:
        ValidationError: the two are the same product, or one of them is gone.
    """
    if keep_id == other_id:
        raise ValidationError("product.merge_same", field="product")
    with database.atomic():
        keep = Product.get_or_none(Product.id == keep_id)
        other = Product.get_or_none(Product.id == other_id)
        if keep is None or other is None:
            raise ValidationError("product.gone", field="product")
        OrderItem.update(product=keep_id).where(OrderItem.product == other_id).execute()
        ProductKey.update(product=keep_id).where(ProductKey.product == other_id).execute()
        for row in ProductPrice.select().where(ProductPrice.product == other_id):
            _remember_price(keep_id, row.currency, Decimal(row.price), as_utc(row.as_of))
        if not keep.sku and other.sku:
            Product.update(sku=other.sku, search=_search_text(keep.name, keep.variant, other.sku),
                           updated_at=utcnow()).where(Product.id == keep_id).execute()
        if other.active and not keep.active:
            Product.update(active=True).where(Product.id == keep_id).execute()
        Product.delete().where(Product.id == other_id).execute()
    logger.info("Merged product %d into %d", other_id, keep_id)
    return get(keep_id)


def resolve(texts: Iterable[str]) -> dict[str, int]:
    """Which product each text names (as a SKU or as a name with its variant), for the
    texts that name one: complaints are tagged with typed product names."""
    wanted: dict[str, list[str]] = {}
    for text in {t for t in texts if t and t.strip()}:
        for key in (sku_key(text), name_key(text)):
            wanted.setdefault(key, []).append(text)
    found: dict[str, int] = {}
    keys = list(wanted)
    for part in chunks(keys):
        for key, product_id in (ProductKey.select(ProductKey.key, ProductKey.product)
                                .where(ProductKey.key.in_(list(part))).tuples()):
            for text in wanted[key]:
                # a SKU match wins over a name match
                if key.startswith("sku:") or text not in found:
                    found[text] = product_id
    return found


def titles(ids: Iterable[int]) -> dict[int, str]:
    """Each product's title ("Batik scarf (Blue)") by id."""
    result: dict[int, str] = {}
    for part in chunks(list(set(ids))):
        for pid, name, variant in (Product.select(Product.id, Product.name, Product.variant)
                                   .where(Product.id.in_(list(part))).tuples()):
            result[pid] = title_of(name, variant)
    return result
