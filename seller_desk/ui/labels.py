"""The words the screens show for stored codes: statuses, channels, reminder kinds, events,
a mail account's fields.

The codes (``awaiting_payment``, ``shopee`` ...) stay in the database; these are their
names in the interface language, translated when shown.
"""

from __future__ import annotations

from typing import Any

from seller_desk.core.mail.connection import account_fields
from seller_desk.ui import i18n
from seller_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

ORDER_STATUSES = {
    "awaiting_payment": QT_TRANSLATE_NOOP("Labels", "Awaiting payment"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "packed": QT_TRANSLATE_NOOP("Labels", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "refunded": QT_TRANSLATE_NOOP("Labels", "Refunded"),
}

#: what the button that moves an order to a status says
STATUS_ACTIONS = {
    "awaiting_payment": QT_TRANSLATE_NOOP("Labels", "Reopen (awaiting payment)"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Mark paid"),
    "packed": QT_TRANSLATE_NOOP("Labels", "Mark packed"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "Mark shipped"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Mark delivered"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Mark completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancel order"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Mark returned"),
    "refunded": QT_TRANSLATE_NOOP("Labels", "Mark refunded"),
}

CHANNELS = {
    "ebay": "eBay",
    "shopee": "Shopee",
    "lazada": "Lazada",
    "tokopedia": "Tokopedia",
    "tiktok": "TikTok Shop",
    "web": QT_TRANSLATE_NOOP("Labels", "Web shop"),
    "whatsapp": "WhatsApp",
    "facebook": "Facebook",
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
_BRANDS = {"ebay", "shopee", "lazada", "tokopedia", "tiktok", "whatsapp", "facebook"}

# the order form's payment methods that are words, not brands (DuitNow QR, GoPay, QRIS ...
# keep their names); the form stores the name as shown, like one the seller types
PAYMENT_METHODS = {
    "Online banking": QT_TRANSLATE_NOOP("Labels", "Online banking"),
    "Bank transfer": QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
    "Cash on delivery": QT_TRANSLATE_NOOP("Labels", "Cash on delivery"),
    "Credit card": QT_TRANSLATE_NOOP("Labels", "Credit card"),
}

# the add-mailbox wizard's provider names and hints: the core's presets hold them in English
# (the command line prints them); update.py hands them to lupdate in this context
PROVIDERS_CONTEXT = "Providers"

SHIPMENT_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Not yet sent"),
    "in_transit": QT_TRANSLATE_NOOP("Labels", "On the way"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
}

REMINDER_KINDS = {
    "payment": QT_TRANSLATE_NOOP("Labels", "Payment not received"),
    "arrival_check": QT_TRANSLATE_NOOP("Labels", "Check the parcel arrived"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Ask for feedback"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Answer the complaint"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Reminder"),
}

EVENTS = {
    "order_created": QT_TRANSLATE_NOOP("Labels", "Order entered"),
    "order_status": QT_TRANSLATE_NOOP("Labels", "Status: %1 → %2"),
    "order_updated": QT_TRANSLATE_NOOP("Labels", "Details changed"),
    "order_linked": QT_TRANSLATE_NOOP("Labels", "Linked to a conversation"),
    "order_unlinked": QT_TRANSLATE_NOOP("Labels", "Unlinked from a conversation"),
    "order_link_dropped": QT_TRANSLATE_NOOP(
        "Labels", "Unlinked from a conversation that names its old number"),
    "refund_recorded": QT_TRANSLATE_NOOP("Labels", "Refund of %1 recorded"),
    "shipment_created": QT_TRANSLATE_NOOP("Labels", "Parcel added (%1)"),
    "shipment_delivered": QT_TRANSLATE_NOOP("Labels", "Parcel delivered"),
    "reminder_created": QT_TRANSLATE_NOOP("Labels", "Reminder set"),
    "reminder_done": QT_TRANSLATE_NOOP("Labels", "Reminder done"),
    "reminder_cancelled": QT_TRANSLATE_NOOP("Labels", "Reminder no longer needed"),
    "reminder_snoozed": QT_TRANSLATE_NOOP("Labels", "Reminder snoozed"),
    "outbox_queued": QT_TRANSLATE_NOOP("Labels", "Email to the customer queued"),
    "outbox_sent": QT_TRANSLATE_NOOP("Labels", "Email to the customer sent"),
    "outbox_failed": QT_TRANSLATE_NOOP("Labels", "Email to the customer failed"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def payment_method(name: str) -> str:
    """A payment method of the order form in the interface language (brands as they are)."""
    return tr(PAYMENT_METHODS[name]) if name in PAYMENT_METHODS else name


def provider_label(key: str, name: str) -> str:
    """A mail provider's name in the wizard: brands as they are, "Other (IMAP)" in words."""
    return QCoreApplication.translate(PROVIDERS_CONTEXT, name) if key == "generic" else name


def provider_help(key: str, english: str = "") -> str:
    """The wizard's hint for a mail provider (``english``: the core preset's), translated."""
    return QCoreApplication.translate(PROVIDERS_CONTEXT, english) if english else ""


def order_status(code: str) -> str:
    return tr(ORDER_STATUSES[code]) if code in ORDER_STATUSES else code


def status_action(code: str) -> str:
    return tr(STATUS_ACTIONS[code]) if code in STATUS_ACTIONS else code


def channel(code: str) -> str:
    if code in _BRANDS:
        return CHANNELS[code]
    return tr(CHANNELS[code]) if code in CHANNELS else code


def shipment_status(code: str) -> str:
    return tr(SHIPMENT_STATUSES[code]) if code in SHIPMENT_STATUSES else code


def reminder_kind(code: str) -> str:
    return tr(REMINDER_KINDS[code]) if code in REMINDER_KINDS else code


def event(kind: str, data: dict[str, Any], money_text: str = "") -> str:
    """One line of an order's history."""
    text = EVENTS.get(kind)
    if text is None:
        return kind.replace("_", " ")
    line = tr(text)
    if kind == "order_status":
        old = data.get("old")
        line = line.replace("%1", order_status(old) if old else "—").replace(
            "%2", order_status(str(data.get("new", ""))))
    elif kind == "refund_recorded":
        line = line.replace("%1", money_text or str(data.get("amount", "")))
    elif kind == "shipment_created":
        line = line.replace("%1", str(data.get("tracking") or data.get("courier") or ""))
    return line


#: where the names of a mail account's fields are translated; their English words are the
#: core's (account_fields.LABELS), which resources/translations/update.py hands to lupdate
ACCOUNT_FIELDS_CONTEXT = "AccountFields"


def account_field(code: str) -> str:
    """A mail account's field inside a sentence: "user name", "nama pengguna"."""
    english = account_fields.LABELS.get(code)
    if english is None:
        return account_fields.field_label(code)
    return QCoreApplication.translate(ACCOUNT_FIELDS_CONTEXT, english)


def status_in_sentence(code: str) -> str:
    """A status inside a sentence: "awaiting payment", "menunggu bayaran" (no capital)."""
    text = order_status(code)
    return text[:1].lower() + text[1:]


# the core's messages name statuses, channels and account fields by code; these words show
# them
i18n.MESSAGE_KINDS.update(
    status=status_in_sentence,
    statuses=lambda codes: ", ".join(status_in_sentence(c) for c in codes),
    channel=channel,
    channels=lambda codes: ", ".join(channel(c) for c in codes),
    account_field=account_field,
)
