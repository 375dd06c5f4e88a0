"""The words of an exported file in the interface language: headers, sheet names, and the
statuses, channels and couriers its cells would otherwise hold as codes.

The English words are the core's (export.HEADER_WORDS, SHEET_WORDS, VALUE_WORDS), which
resources/translations/update.py hands to lupdate in the ``ExportWords`` context; the core
cannot translate (it has no Qt), so the window builds the table here and passes it in.
"""

from __future__ import annotations

from seller_desk.core.reports import export
from seller_desk.core.shop import shipping
from seller_desk.ui import labels
from seller_desk.ui.qt import QCoreApplication

CONTEXT = "ExportWords"

def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def words() -> export.Labels:
    """Headers, sheet names and cell words in the current interface language."""
    statuses = {code: labels.order_status(code) for code in labels.ORDER_STATUSES}
    values: dict[str, dict[str, str]] = {
        column: {code: _tr(text) for code, text in words.items()}
        for column, words in export.VALUE_WORDS.items()
    }
    values |= {
        "orders.status": statuses,
        "order_items.status": statuses,
        "shipments.status": {code: labels.shipment_status(code)
                             for code in labels.SHIPMENT_STATUSES},
        "reminders.kind": {code: labels.reminder_kind(code) for code in labels.REMINDER_KINDS},
        "channel": {code: labels.channel(code) for code in labels.CHANNELS},
    }
    # a courier's name is its brand in every language ("J&T Express")
    values["courier"] = {c.code: c.name for c in shipping.couriers()}
    return export.Labels(
        headers={code: _tr(text) for code, text in export.HEADER_WORDS.items()},
        values=values,
        sheets={kind: _tr(text) for kind, text in export.SHEET_WORDS.items()},
    )
