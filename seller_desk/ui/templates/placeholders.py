"""What placeholders and template categories are called in the interface language.

The core describes them in English (:data:`seller_desk.core.templates.canned.PLACEHOLDERS`,
:data:`~seller_desk.core.templates.canned.CATEGORIES`); these are the same words marked for
translation, looked up when shown, with the English as the fallback.
"""

from __future__ import annotations

from seller_desk.core.templates import canned as templates
from seller_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

DESCRIPTIONS = {
    "customer.first_name": QT_TRANSLATE_NOOP("Placeholders", "The customer's first name"),
    "customer.name": QT_TRANSLATE_NOOP("Placeholders", "The customer's full name"),
    "customer.email": QT_TRANSLATE_NOOP("Placeholders", "The customer's email address"),
    "order.number": QT_TRANSLATE_NOOP("Placeholders", "The order number"),
    "order.total": QT_TRANSLATE_NOOP("Placeholders", "The order total with its currency"),
    "order.items": QT_TRANSLATE_NOOP("Placeholders", "The items ordered, one per line"),
    "order.payment_due": QT_TRANSLATE_NOOP("Placeholders", "When payment is due"),
    "order.date": QT_TRANSLATE_NOOP("Placeholders", "The date the order was placed"),
    "order.payment_method": QT_TRANSLATE_NOOP("Placeholders", "How the customer paid"),
    "order.shipping_fee": QT_TRANSLATE_NOOP("Placeholders", "The shipping fee"),
    "order.refund_amount": QT_TRANSLATE_NOOP("Placeholders", "The amount refunded"),
    "shipment.courier": QT_TRANSLATE_NOOP("Placeholders", "The courier's name"),
    "shipment.tracking_number": QT_TRANSLATE_NOOP("Placeholders", "The tracking number"),
    "shipment.tracking_url": QT_TRANSLATE_NOOP("Placeholders", "A link to the courier's tracking page"),
    "shipment.eta": QT_TRANSLATE_NOOP("Placeholders", "The expected delivery date"),
    "shipment.shipped_date": QT_TRANSLATE_NOOP("Placeholders", "The date the parcel was sent"),
    "seller.name": QT_TRANSLATE_NOOP("Placeholders", "Your name"),
    "seller.shop_name": QT_TRANSLATE_NOOP("Placeholders", "Your shop's name"),
    "seller.payment_methods": QT_TRANSLATE_NOOP("Placeholders", "The payment methods you accept"),
    "seller.refund_policy": QT_TRANSLATE_NOOP("Placeholders", "Your refund policy"),
    "seller.signature": QT_TRANSLATE_NOOP("Placeholders", "Your email signature"),
    "seller.email": QT_TRANSLATE_NOOP("Placeholders", "The address the message is sent from"),
    "seller.return_address": QT_TRANSLATE_NOOP("Placeholders", "Where customers send returns"),
    "seller.away_until": QT_TRANSLATE_NOOP("Placeholders", "When your shop opens again after a break"),
    "date.today": QT_TRANSLATE_NOOP("Placeholders", "Today's date"),
}

GROUPS = {
    "customer": QT_TRANSLATE_NOOP("Placeholders", "The customer"),
    "order": QT_TRANSLATE_NOOP("Placeholders", "The order"),
    "shipment": QT_TRANSLATE_NOOP("Placeholders", "The parcel"),
    "seller": QT_TRANSLATE_NOOP("Placeholders", "You and your shop"),
    "date": QT_TRANSLATE_NOOP("Placeholders", "Dates"),
}

CATEGORIES = {
    "sales": QT_TRANSLATE_NOOP("Placeholders", "Sales"),
    "payment": QT_TRANSLATE_NOOP("Placeholders", "Payment"),
    "shipping": QT_TRANSLATE_NOOP("Placeholders", "Shipping"),
    "after_sales": QT_TRANSLATE_NOOP("Placeholders", "After the sale"),
    "complaints": QT_TRANSLATE_NOOP("Placeholders", "Complaints"),
    "returns": QT_TRANSLATE_NOOP("Placeholders", "Returns and refunds"),
    "away": QT_TRANSLATE_NOOP("Placeholders", "Away"),
}


def description(name: str) -> str:
    """What placeholder ``name`` stands for, in the interface language."""
    english = DESCRIPTIONS.get(name) or (templates.PLACEHOLDERS[name].description
                                         if name in templates.PLACEHOLDERS else name)
    return QCoreApplication.translate("Placeholders", english)


def group(prefix: str) -> str:
    return QCoreApplication.translate("Placeholders", GROUPS.get(prefix, prefix))


def category(key: str) -> str:
    """A template category's name; "" stays "Other"."""
    if not key:
        return QCoreApplication.translate("Placeholders", "Other")
    english = CATEGORIES.get(key) or templates.CATEGORIES.get(key, key)
    return QCoreApplication.translate("Placeholders", english)


OTHER = QT_TRANSLATE_NOOP("Placeholders", "Other")
