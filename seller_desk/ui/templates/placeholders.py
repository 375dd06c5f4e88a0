"""What placeholders and template categories are called in the interface language.

The core describes them in English (:data:`seller_desk.core.templates.canned.PLACEHOLDERS`,
:data:`~seller_desk.core.templates.canned.CATEGORIES`), the one place those words live;
``resources/translations/update.py`` hands them to lupdate under the ``Placeholders``
context, and they are looked up here when shown, with the English as the fallback.
"""

from __future__ import annotations

from seller_desk.core.templates import canned as templates
from seller_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

GROUPS = {
    "customer": QT_TRANSLATE_NOOP("Placeholders", "The customer"),
    "order": QT_TRANSLATE_NOOP("Placeholders", "The order"),
    "shipment": QT_TRANSLATE_NOOP("Placeholders", "The parcel"),
    "seller": QT_TRANSLATE_NOOP("Placeholders", "You and your shop"),
    "date": QT_TRANSLATE_NOOP("Placeholders", "Dates"),
}


def description(name: str) -> str:
    """What placeholder ``name`` stands for, in the interface language."""
    english = templates.PLACEHOLDERS[name].description if name in templates.PLACEHOLDERS \
        else name
    return QCoreApplication.translate("Placeholders", english)


def group(prefix: str) -> str:
    return QCoreApplication.translate("Placeholders", GROUPS.get(prefix, prefix))


def category(key: str) -> str:
    """A template category's name; "" stays "Other"."""
    if not key:
        return QCoreApplication.translate("Placeholders", "Other")
    return QCoreApplication.translate("Placeholders", templates.CATEGORIES.get(key, key))


OTHER = QT_TRANSLATE_NOOP("Placeholders", "Other")
