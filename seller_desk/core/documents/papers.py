"""Packing slips, invoices and receipts: what goes on the paper, in the customer's language.

The paper itself is drawn by :mod:`seller_desk.printing` (Qt's text layout and PDF writer,
so names in any script print with the system's fonts). Here, without Qt: the facts of an
order gathered for a document (:func:`document_for`) and the document's HTML, made from a
template per kind and language. The templates are ours in ``resources/templates/documents``
and the seller's own in the data folder's ``documents`` folder (a copy made by
:func:`save_template` wins), so a shop can word and lay out its papers itself.

A packing slip carries no prices (it goes into the parcel); an invoice asks for payment; a
receipt says it was paid. Every kind shows the order number as text and as a QR code.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from seller_desk.core.common import paths
from seller_desk.core.common.errors import StorageError, ValidationError
from seller_desk.core.common.money import format_money, locale_for_country
from seller_desk.core.common.settings import Settings, text_for
from seller_desk.core.common.timefmt import local
from seller_desk.core.shop import shipping
from seller_desk.core.store.models import Customer, Order, OrderItem, Shipment

logger = logging.getLogger(__name__)

KINDS = ("slip", "invoice", "receipt")
LANGUAGES = ("en", "ms", "id")
#: paper sizes the documents are laid out for (a printer's A4, a label printer's A6)
SIZES = ("A4", "A6")
_FIELD = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")


@dataclass(frozen=True)
class Line:
    title: str
    sku: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class OrderDocument:
    """One order's facts as a document shows them (already formatted for its language)."""

    kind: str
    language: str
    order_id: int
    number: str
    placed: str
    shop_name: str
    shop_address: str
    shop_contact: str
    customer_name: str
    customer_phone: str
    delivery_address: str
    lines: tuple[Line, ...]
    currency: str
    subtotal: str
    shipping_fee: str
    total: str
    paid: str  # when it was paid ("" unpaid)
    payment_method: str
    payment_methods: str  # how to pay (an invoice), from the settings
    courier: str
    tracking_number: str
    locale: str


def _language(customer: Customer | None, asked: str | None) -> str:
    if asked:
        if asked not in LANGUAGES:
            raise ValidationError("documents.language_unknown", {"language": asked},
                                  hint="documents.language_hint")
        return asked
    if customer is not None and customer.language in LANGUAGES:
        return str(customer.language)
    ui = str(Settings().get("ui.language") or "")
    return ui if ui in LANGUAGES else "en"


def document_for(order: Order | int, kind: str, language: str | None = None
                 ) -> OrderDocument:
    """The facts of ``order`` for a document of ``kind`` (slip, invoice, receipt).

    Raises:
        ValidationError: an unknown kind or language, or an order that no longer exists.
    """
    if kind not in KINDS:
        raise ValidationError("documents.kind_unknown", {"kind": kind},
                              hint="documents.kind_hint")
    row = Order.get_or_none(Order.id == int(getattr(order, "id", order)))
    if row is None:
        raise ValidationError("documents.order_gone")
    customer = Customer.get_or_none(Customer.id == row.customer_id) if row.customer_id \
        else None
    lang = _language(customer, language)
    settings = Settings()
    loc = locale_for_country(str(settings.get("seller.country") or "MY"), lang)

    def money(value: Decimal | int) -> str:
        return format_money(Decimal(str(value or 0)), row.currency, loc)

    items = list(OrderItem.select().where(OrderItem.order == row.id).order_by(OrderItem.id))
    lines = tuple(Line(i.title, i.sku, int(i.quantity), Decimal(str(i.unit_price)),
                       Decimal(str(i.unit_price)) * int(i.quantity)) for i in items)
    subtotal = sum((line.amount for line in lines), Decimal(0))
    parcel = (Shipment.select().where(Shipment.order == row.id)
              .order_by(Shipment.id.desc()).first())
    address = str(getattr(row, "delivery_address", "") or "")
    if not address and customer is not None:
        address = str(getattr(customer, "address", "") or "")
    return OrderDocument(
        kind=kind, language=lang, order_id=row.id, number=row.number,
        placed=_date(row.placed_at, loc),
        shop_name=str(settings.get("seller.shop_name") or ""),
        shop_address=text_for(settings.get("seller.return_address"), lang)[0],
        shop_contact=str(settings.get("seller.name") or ""),
        customer_name=customer.name if customer is not None else "",
        customer_phone=customer.phone if customer is not None else "",
        delivery_address=address,
        lines=lines, currency=row.currency,
        subtotal=money(subtotal), shipping_fee=money(row.shipping_fee),
        total=money(row.total),
        paid=_date(row.paid_at, loc) if row.paid_at else "",
        payment_method=row.payment_method or "",
        payment_methods=text_for(settings.get("seller.payment_methods"), lang)[0],
        courier=shipping.courier_name(parcel.courier) if parcel is not None else "",
        tracking_number=parcel.tracking_number if parcel is not None else "",
        locale=loc,
    )


def _date(value: datetime | None, loc: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_date

    return str(format_date(local(value).date(), format="long", locale=loc))


# --- templates -------------------------------------------------------------------------------


def _ours(kind: str, language: str) -> Path:
    return paths.resource("templates", "documents", f"{kind}.{language}.html")


def _sellers(kind: str, language: str) -> Path:
    return paths.data_dir(create=False) / "documents" / f"{kind}.{language}.html"


def template_text(kind: str, language: str) -> str:
    """The template of ``kind`` in ``language``: the seller's own copy, else ours."""
    for path in (_sellers(kind, language), _ours(kind, language), _ours(kind, "en")):
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
    raise ValidationError("documents.no_template", {"kind": kind, "language": language})


def is_customised(kind: str, language: str) -> bool:
    return _sellers(kind, language).exists()


def save_template(kind: str, language: str, text: str) -> Path:
    """Keep the seller's own template (written whole, then put in place)."""
    unknown = sorted(set(_FIELD.findall(text)) - set(FIELDS))
    if unknown:
        raise ValidationError("documents.field_unknown", {"names": unknown},
                              hint="documents.field_hint")
    folder = paths.private_dir(paths.data_dir() / "documents")
    target = folder / f"{kind}.{language}.html"
    partial = target.with_name(target.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return target


def restore_template(kind: str, language: str) -> None:
    """Back to our template (the seller's copy removed)."""
    _sellers(kind, language).unlink(missing_ok=True)


# --- the HTML ----------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _items(doc: OrderDocument, prices: bool) -> str:
    rows = []
    for line in doc.lines:
        price_cells = ""
        if prices:
            price_cells = (f'<td align="right">{_e(format_money(line.unit_price, doc.currency, doc.locale))}</td>'
                           f'<td align="right">{_e(format_money(line.amount, doc.currency, doc.locale))}</td>')
        rows.append(f"<tr><td>{_e(line.title)}</td><td>{_e(line.sku)}</td>"
                    f'<td align="right">{line.quantity}</td>{price_cells}</tr>')
    return "\n".join(rows)


#: every field a document template may use, and what fills it
FIELDS: dict[str, str] = {
    "shop.name": "shop_name", "shop.address": "shop_address", "shop.contact": "shop_contact",
    "order.number": "number", "order.date": "placed", "order.subtotal": "subtotal",
    "order.shipping_fee": "shipping_fee", "order.total": "total", "order.paid": "paid",
    "order.payment_method": "payment_method", "shop.payment_methods": "payment_methods",
    "customer.name": "customer_name", "customer.phone": "customer_phone",
    "delivery.address": "delivery_address", "parcel.courier": "courier",
    "parcel.tracking_number": "tracking_number",
    "items": "", "items_with_prices": "", "qr": "",
}

#: the image a template shows with {qr}: the printer adds it under this name
QR_NAME = "qr:order"


def render_html(doc: OrderDocument, template: str | None = None) -> str:
    """The document as HTML for Qt's text layout (text escaped; {qr} an image)."""
    text = template if template is not None else template_text(doc.kind, doc.language)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "items":
            return _items(doc, prices=False)
        if name == "items_with_prices":
            return _items(doc, prices=True)
        if name == "qr":
            return f'<img src="{QR_NAME}" width="110" height="110">'
        attr = FIELDS.get(name)
        if attr is None:
            return match.group(0)
        return _e(str(getattr(doc, attr)))

    return _FIELD.sub(fill, text)


def orders_to_ship_today() -> list[int]:
    """Orders with a parcel not sent yet, or sent today: what goes out today."""
    today = local(datetime.now().astimezone()).date()
    ids = []
    for order_id, status, shipped in (Shipment.select(Shipment.order, Shipment.status,
                                                      Shipment.shipped_at).tuples()):
        if status == "pending" or (shipped is not None and local(shipped).date() == today):
            ids.append(int(order_id))
    return sorted(set(ids))


def find_orders(numbers: Sequence[str]) -> list[int]:
    """Order ids for order numbers as the seller types them (any channel)."""
    found = []
    for number in numbers:
        row = Order.get_or_none(Order.number == number.strip())
        if row is None:
            raise ValidationError("documents.order_unknown", {"number": number})
        found.append(int(row.id))
    return found


class PdfError(StorageError):
    """A PDF of papers could not be written (a full disk, a folder that is gone)."""


def pdf_failed(name: str) -> PdfError:
    """The error the printer raises when the file could not be written."""
    return PdfError("documents.pdf_failed", {"name": name}, hint="documents.pdf_failed_hint")
