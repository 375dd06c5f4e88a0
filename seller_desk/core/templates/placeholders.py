"""The placeholders of canned responses: what each one means and where its value comes from.

:func:`build_context` gathers what a message is about (customer, order, shipment, the
seller's settings, the language); every placeholder is defined once in
:data:`PLACEHOLDERS`, with the function that reads its value from that context, in the
language's own formats (money with its currency, dates, a Malay or Chinese name's usual
short form). Which language an answer is written in is decided here too
(:func:`choose_language`: the customer's last one, else a guess from their mail).
Filling a template with them is :mod:`templates`' work.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import peewee

from seller_desk.core.common import timefmt
from seller_desk.core.common.messages import Msg
from seller_desk.core.common.money import format_money, locale_for_country
from seller_desk.core.common.settings import Settings, text_for
from seller_desk.core.shop import shipping
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    Account,
    Conversation,
    ConversationOrder,
    Customer,
    CustomerAddress,
    Message,
    Order,
    Shipment,
)

logger = logging.getLogger(__name__)

#: Languages of the default library, in the order the composer offers them.
LANGUAGES = ("en", "ms", "id")
DEFAULT_LANGUAGE = "en"


# --- the context ---------------------------------------------------------------------


@dataclass
class Context:
    """Everything a placeholder may read. Build it with :func:`build_context`."""

    language: str = DEFAULT_LANGUAGE
    customer: Customer | None = None
    customer_email: str = ""
    order: Order | None = None
    shipment: Shipment | None = None
    conversation: Conversation | None = None
    account: Account | None = None
    settings: Mapping[str, Any] | Any = None
    #: values the caller supplies directly, by placeholder name (they win over the rest)
    extra: dict[str, str] = field(default_factory=dict)
    now: datetime = field(default_factory=utcnow)
    #: placeholders filled with the default (English) text because the seller has not
    #: written one in this message's language; filled in while rendering
    fallbacks: set[str] = field(default_factory=set)

    def setting(self, key: str) -> Any:
        """A seller setting, or None when there is no such key."""
        s = self.settings
        if s is None:

            s = self.settings = Settings()
        try:
            return s.get(key) if hasattr(s, "get") else s[key]
        except KeyError:
            return None

    @property
    def locale(self) -> str:
        """The babel locale for numbers and dates in this message."""
        country = (self.customer.country if self.customer else "") or str(
            self.setting("seller.country") or ""
        )
        try:

            return locale_for_country(country, self.language)
        except ImportError:  # pragma: no cover - money is part of the core
            return {"ms": "ms_MY", "id": "id_ID"}.get(self.language, "en_US")


def build_context(
    conversation: Conversation | int | None = None,
    *,
    order: Order | int | None = None,
    customer: Customer | int | None = None,
    shipment: Shipment | int | None = None,
    account: Account | None = None,
    language: str | None = None,
    settings: Mapping[str, Any] | Any = None,
    extra: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> Context:
    """Gather what the placeholders need, starting from whatever the caller has.

    The customer comes from the conversation, else from the order, else from the
    conversation's address; the order is the conversation's most recent linked order; the
    shipment is the order's latest. ``language`` defaults to :func:`choose_language`.
    """
    conv = row_of(Conversation, conversation)
    the_order = row_of(Order, order)
    cust = row_of(Customer, customer)
    ship = row_of(Shipment, shipment)
    if the_order is None and ship is not None:
        the_order = ship.order
    if the_order is None and conv is not None:
        link = (
            ConversationOrder.select(ConversationOrder, Order)
            .join(Order)
            .where(ConversationOrder.conversation == conv.id)
            .order_by(Order.placed_at.desc(), Order.id.desc())
            .first()
        )
        the_order = link.order if link else None
    if cust is None and conv is not None and conv.customer_id:
        cust = conv.customer
    if cust is None and the_order is not None and the_order.customer_id:
        cust = the_order.customer
    email = ""
    if conv is not None and conv.counterpart_email:
        email = conv.counterpart_email
    if cust is None and email:
        row = CustomerAddress.get_or_none(CustomerAddress.email == email.lower())
        cust = row.customer if row else None
    if not email and cust is not None:
        row = cust.addresses.order_by(CustomerAddress.is_relay, CustomerAddress.id).first()
        email = row.email if row else ""
    if ship is None and the_order is not None:
        ship = (
            Shipment.select()
            .where(Shipment.order == the_order.id)
            .order_by(Shipment.shipped_at.desc(nulls="LAST"), Shipment.id.desc())
            .first()
        )
    if account is None and conv is not None and conv.account_id:
        account = conv.account
    ctx = Context(
        language=DEFAULT_LANGUAGE,
        customer=cust,
        customer_email=email,
        order=the_order,
        shipment=ship,
        conversation=conv,
        account=account,
        settings=settings,
        extra=dict(extra or {}),
        now=now or utcnow(),
    )
    ctx.language = language or choose_language(customer=cust, conversation=conv,
                                               settings=ctx.settings)
    return ctx


def row_of(model: type[peewee.Model], value: Any) -> Any:
    """The row ``value`` (a row, an id or None) of ``model``."""
    if value is None or isinstance(value, model):
        return value
    return model.get_or_none(model.id == int(value))


# --- formatting helpers ----------------------------------------------------------------


_CURRENCY_LOCALES = {"MYR": "ms_MY", "IDR": "id_ID", "SGD": "en_SG", "BND": "ms_BN",
                     "THB": "th_TH", "PHP": "en_PH", "VND": "vi_VN"}


def _money(ctx: Context, amount: Decimal | int | None, currency: str | None = None) -> str | None:
    if amount is None:
        return None
    code = currency or (ctx.order.currency if ctx.order else "") or str(
        ctx.setting("seller.currency") or "MYR"
    )
    try:

        # sellers write a currency the way its home country does ("RM129.00",
        # "Rp150.000"), whatever the language of the message
        return format_money(amount, code, _CURRENCY_LOCALES.get(code.upper(), ctx.locale))
    except ImportError:  # pragma: no cover - money is part of the core
        return f"{code} {Decimal(amount):,.2f}"


def _date(ctx: Context, value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = timefmt.local(value).date()
    from babel.dates import format_date

    return format_date(value, "d MMMM y", locale=ctx.locale)


def _tracking_url(ship: Shipment) -> str | None:
    try:
        return shipping.tracking_url(ship) or None
    except Exception:  # no link rather than no message
        logger.exception("Could not build the tracking link of shipment %s", ship.id)
        return None


def _eta(ctx: Context, ship: Shipment) -> str | None:
    if ship.eta is not None:
        return _date(ctx, ship.eta)
    if ship.shipped_at is None:
        return None
    try:
        return _date(ctx, shipping.eta(ship.courier, ship.shipped_at))
    except Exception:  # noqa: BLE001 - an unknown courier has no typical delivery time
        return None


_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "encik", "en", "puan", "pn", "cik", "tuan", "datin",
    "dato", "datuk", "bapak", "pak", "ibu", "bu", "kak", "mas", "mbak", "sdr", "sdri",
}
_NAME_PREFIXES = {"nur", "nurul", "noor", "nor", "muhammad", "muhamad", "mohd", "mohamad",
                  "mohammad", "md", "muhd"}
_CHINESE_SURNAMES = {
    "tan", "lim", "lee", "ng", "ong", "wong", "goh", "chua", "chan", "koh", "teo", "ang",
    "yeo", "tay", "ho", "low", "toh", "sim", "chong", "chin", "yap", "leong", "foo", "lau",
    "loh", "khoo", "ooi", "cheah", "chew", "liew", "kok", "quek", "soh", "seah", "choo",
    "chen", "wang", "li", "zhang", "liu", "huang", "zhao", "wu", "zhou", "lin", "yang",
}
_VIETNAMESE_SURNAMES = {"nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm",
                        "hoang", "hoàng", "vu", "vũ", "dang", "đặng", "bui", "bùi"}
_PATRONYMIC = re.compile(r"\s+(?:bin|binti|bte|bt|bn|a/l|a/p|s/o|d/o)\s+.*$", re.IGNORECASE)


def first_name(full_name: str) -> str:
    """The name a shop would greet the customer by, from their full name.

    Handles the names of the region: "Nur Aisyah binti Ahmad" -> "Aisyah",
    "Tan Wei Ming" -> "Wei Ming", "陈美玲" -> "美玲", "Budi Santoso" -> "Budi".
    Returns "" when the name is empty or looks like an address.
    """
    name = re.sub(r"\([^)]*\)", " ", full_name or "").strip()
    if not name or "@" in name:
        return ""
    if all("\u4e00" <= ch <= "\u9fff" for ch in name.replace(" ", "")):
        # a Chinese name in characters: family name first, one character
        return name.replace(" ", "")[1:] if len(name.replace(" ", "")) >= 2 else name
    name = _PATRONYMIC.sub("", name)
    words = [w for w in name.replace(",", " ").split() if w]
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words.pop(0)
    if not words:
        return ""
    lowered = words[0].lower()
    if len(words) >= 3 and lowered in _VIETNAMESE_SURNAMES:
        return words[-1]
    if len(words) == 3 and lowered in _CHINESE_SURNAMES:
        return f"{words[1]} {words[2]}"
    if len(words) >= 2 and lowered in _NAME_PREFIXES:
        return words[1]
    return words[0]


def _items(ctx: Context) -> str | None:
    order = ctx.order
    if order is None:
        return None
    lines = []
    for item in order.items.order_by("id"):
        line = f"• {item.quantity} × {item.title}"
        if item.unit_price:
            line += f": {_money(ctx, item.unit_price * item.quantity)}"
        lines.append(line)
    return "\n".join(lines) or None


def _in_language(ctx: Context, key: str, placeholder: str) -> str | None:
    """A per-language seller text in the message's language, else the default one (noted
    in ``ctx.fallbacks``, so the composer can say an English text stands in)."""
    text, fallback = text_for(ctx.setting(key), ctx.language)
    if not text:
        return None
    if fallback:
        ctx.fallbacks.add(placeholder)
    return text


def _payment_methods(ctx: Context) -> str | None:
    return _in_language(ctx, "seller.payment_methods", "seller.payment_methods")


# --- the placeholder table -------------------------------------------------------------


@dataclass(frozen=True)
class Placeholder:
    """One placeholder: its name, what it means, where to set it when it is missing."""

    name: str
    description: str
    example: str
    missing_hint: Msg | None  # what to do when it cannot be filled
    resolve: Callable[[Context], str | None]


def _order_attr(getter: Callable[[Context, Order], str | None]) -> Callable[[Context], str | None]:
    return lambda ctx: getter(ctx, ctx.order) if ctx.order is not None else None


def _ship_attr(
    getter: Callable[[Context, Shipment], str | None],
) -> Callable[[Context], str | None]:
    return lambda ctx: getter(ctx, ctx.shipment) if ctx.shipment is not None else None


def _setting(key: str) -> Callable[[Context], str | None]:
    return lambda ctx: str(ctx.setting(key) or "").strip() or None


def _signature(ctx: Context) -> str | None:
    value = _in_language(ctx, "seller.email_signature", "seller.signature") or ""
    if not value and ctx.account is not None:
        value = (ctx.account.signature or "").strip()
    return value or None


_NO_ORDER = Msg("placeholder.no_order")
_NO_SHIPMENT = Msg("placeholder.no_shipment")

#: Every placeholder, in the order the composer lists them.
PLACEHOLDERS: dict[str, Placeholder] = {
    p.name: p
    for p in (
        Placeholder("customer.first_name", "The customer's first name", "Aisyah",
                    Msg("placeholder.customer_name"),
                    lambda c: first_name(c.customer.name) or None if c.customer else None),
        Placeholder("customer.name", "The customer's full name", "Nur Aisyah binti Ahmad",
                    Msg("placeholder.customer_name"),
                    lambda c: (c.customer.name or "").strip() or None if c.customer else None),
        Placeholder("customer.email", "The customer's email address", "aisyah@example.com",
                    Msg("placeholder.customer_email"),
                    lambda c: c.customer_email or None),
        Placeholder("order.number", "The order number", "SHP240512ABC", _NO_ORDER,
                    _order_attr(lambda c, o: o.number or None)),
        Placeholder("order.total", "The order total with its currency", "RM89.00", _NO_ORDER,
                    _order_attr(lambda c, o: _money(c, o.total))),
        Placeholder("order.items", "The items ordered, one per line",
                    "• 2 × Batik scarf: RM90.00", Msg("placeholder.no_items"), _items),
        Placeholder("order.payment_due", "When payment is due", "15 May 2026",
                    Msg("placeholder.no_payment_due"),
                    _order_attr(lambda c, o: _date(c, o.payment_due_at))),
        Placeholder("order.date", "The date the order was placed", "12 May 2026", _NO_ORDER,
                    _order_attr(lambda c, o: _date(c, o.placed_at))),
        Placeholder("order.payment_method", "How the customer paid", "Online banking",
                    Msg("placeholder.no_payment_method"),
                    _order_attr(lambda c, o: (o.payment_method or "").strip() or None)),
        Placeholder("order.shipping_fee", "The shipping fee", "RM8.00", _NO_ORDER,
                    _order_attr(lambda c, o: _money(c, o.shipping_fee))),
        Placeholder("order.refund_amount", "The amount refunded", "RM89.00",
                    Msg("placeholder.no_refund"),
                    _order_attr(lambda c, o: _money(c, o.refunded_amount)
                                if o.refunded_amount else None)),
        Placeholder("shipment.courier", "The courier's name", "Pos Laju", _NO_SHIPMENT,
                    _ship_attr(lambda c, s: shipping.courier_name(s.courier) or None)),
        Placeholder("shipment.tracking_number", "The tracking number", "EN123456789MY",
                    Msg("placeholder.no_tracking_number"),
                    _ship_attr(lambda c, s: (s.tracking_number or "").strip() or None)),
        Placeholder("shipment.tracking_url", "A link to the courier's tracking page",
                    "https://tracking.pos.com.my/tracking/EN123456789MY",
                    Msg("placeholder.no_tracking_link"),
                    _ship_attr(lambda c, s: _tracking_url(s))),
        Placeholder("shipment.eta", "The expected delivery date", "16 May 2026",
                    Msg("placeholder.no_eta"),
                    _ship_attr(_eta)),
        Placeholder("shipment.shipped_date", "The date the parcel was sent", "13 May 2026",
                    Msg("placeholder.no_shipped_date"),
                    _ship_attr(lambda c, s: _date(c, s.shipped_at))),
        Placeholder("seller.name", "Your name", "Nora",
                    Msg("placeholder.seller_name"),
                    _setting("seller.name")),
        Placeholder("seller.shop_name", "Your shop's name", "Nora Batik & Craft",
                    Msg("placeholder.shop_name"),
                    _setting("seller.shop_name")),
        Placeholder("seller.payment_methods", "The payment methods you accept",
                    "Online banking (Maybank 1234 5678 9012), DuitNow QR",
                    Msg("placeholder.payment_methods"),
                    _payment_methods),
        Placeholder("seller.refund_policy", "Your refund policy",
                    "Full refund within 30 days of delivery.",
                    Msg("placeholder.refund_policy"),
                    lambda c: _in_language(c, "seller.refund_policy", "seller.refund_policy")),
        Placeholder("seller.signature", "Your email signature", "Nora, Nora Batik & Craft",
                    Msg("placeholder.signature"),
                    _signature),
        Placeholder("seller.email", "The address the message is sent from",
                    "hello@norabatik.my", Msg("placeholder.no_sender"),
                    lambda c: c.account.email if c.account is not None else None),
        Placeholder("seller.return_address", "Where customers send returns",
                    "No. 12, Jalan Melati 3, 43000 Kajang, Selangor",
                    Msg("placeholder.return_address"),
                    lambda c: _in_language(c, "seller.return_address",
                                           "seller.return_address")),
        Placeholder("seller.away_until", "When your shop opens again after a break",
                    "3 April 2026", Msg("placeholder.away_until"),
                    _setting("seller.away_until")),
        Placeholder("date.today", "Today's date", "12 May 2026", None,
                    lambda c: _date(c, c.now)),
    )
}


def placeholder_names() -> list[str]:
    """Every known placeholder name, for the composer's "insert placeholder" menu."""
    return list(PLACEHOLDERS)


# --- language -------------------------------------------------------------------------

# Words frequent in one of the languages and rare in the others. Malay and Indonesian share
# most words; these are the everyday ones where customers' mail differs.
_MARKERS: dict[str, frozenset[str]] = {
    "ms": frozenset(
        ["tak", "nak", "boleh", "sahaja", "saja-saja", "encik", "puan", "cik", "kerana", "sebab", "dah", "pos", "ke", "mana", "bila", "percuma", "wang", "duit", "kedai", "terima", "kasih", "awak", "anda", "mahu", "hantar", "barang", "sampai", "lagi", "belum", "macam", "mana", "berapa", "harga", "ringgit", "rm", "sila", "tolong", "betul", "kenapa", "ni", "tu", "lah"]
    ),
    "id": frozenset(
        ["tidak", "nggak", "gak", "enggak", "bisa", "saja", "kak", "gan", "sis", "bapak", "ibu", "karena", "sudah", "udah", "kirim", "dikirim", "paket", "ongkir", "resi", "kapan", "gimana", "bagaimana", "berapa", "harga", "rp", "rupiah", "silakan", "tolong", "kenapa", "dong", "ya", "kok", "toko", "uang", "gratis", "mohon", "pesanan", "barang", "belum", "sampai"]
    ),
    "en": frozenset(
        ["the", "and", "you", "your", "is", "are", "was", "have", "has", "please", "thank", "thanks", "when", "where", "order", "item", "parcel", "received", "hello", "hi", "would", "could", "can", "not", "my", "for", "with", "this", "that"]
    ),
}
# words that tip the balance most between Malay and Indonesian
_STRONG = {
    "ms": {"tak", "nak", "boleh", "sahaja", "encik", "puan", "kerana", "dah", "percuma",
           "wang", "awak", "sila", "ringgit", "macam", "hantar"},
    "id": {"tidak", "nggak", "gak", "enggak", "bisa", "karena", "udah", "ongkir", "resi",
           "gimana", "silakan", "dong", "kok", "uang", "gratis", "rupiah", "kak"},
}
_WORD = re.compile(r"[a-zA-Z]+")


def detect_language(text: str) -> str | None:
    """Guess en, ms or id from a customer's words; None when there is too little to go on."""
    words = [w.lower() for w in _WORD.findall(text or "")[:400]]
    if len(words) < 3:
        return None
    scores = {lang: 0.0 for lang in _MARKERS}
    for w in words:
        for lang, vocab in _MARKERS.items():
            if w in vocab:
                scores[lang] += 2.0 if w in _STRONG.get(lang, ()) else 1.0
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return None
    return best


def choose_language(
    customer: Customer | None = None,
    conversation: Conversation | None = None,
    settings: Mapping[str, Any] | Any = None,
) -> str:
    """The language to answer in: the customer's (last used or detected), else the shop's."""
    if customer is not None and customer.language in LANGUAGES:
        return str(customer.language)
    if conversation is not None:
        latest = list(
            Message.select(Message.language, Message.text_body, Message.subject)
            .where((Message.conversation == conversation.id)
                   & (Message.direction == DIRECTION_IN) & (Message.is_auto == False))  # noqa: E712
            .order_by(Message.date.desc())
            .limit(3)
        )
        for m in latest:
            if m.language in LANGUAGES:
                return str(m.language)
        guess = detect_language(" ".join(f"{m.subject} {m.text_body[:2000]}" for m in latest))
        if guess:
            return guess
    ui = ""
    if settings is not None:
        try:
            ui = str(settings.get("ui.language") or "")
        except (KeyError, AttributeError):
            ui = ""
    return ui if ui in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(customer: Customer | int | None, language: str) -> None:
    """Record the language last used with a customer, so the next answer defaults to it."""
    cust = row_of(Customer, customer)
    if cust is None or language not in LANGUAGES or cust.language == language:
        return
    Customer.update(language=language, updated_at=utcnow()).where(
        Customer.id == cust.id
    ).execute()
