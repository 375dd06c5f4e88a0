"""What the first-run page ("Set up your shop") shows and saves, and what the composer says
about the shop's texts.

A new seller's first reply used to go out with blanks: nothing had asked for the shop's
name, the sender name, the signature or the policies. This facade keeps that page Qt-free:
it reads the facts a reply uses into one :class:`ShopSetup`, saves them back in one call,
remembers a skip, and turns a filled template's gaps into plain notes for the composer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from seller_desk.core.common import money
from seller_desk.core.common.messages import Msg
from seller_desk.core.common.settings import (
    PER_LANGUAGE,
    TEXT_LANGUAGES,
    text_value,
    text_versions,
)
from seller_desk.core.conversations import clocks
from seller_desk.core.templates import canned

logger = logging.getLogger(__name__)

#: The per-language texts, by the placeholder a template writes for each.
TEXT_PLACEHOLDERS = {
    "seller.signature": "seller.email_signature",
    "seller.payment_methods": "seller.payment_methods",
    "seller.refund_policy": "seller.refund_policy",
    "seller.return_address": "seller.return_address",
}
#: Placeholders filled from the set-up page: a gap in one of them means the page was skipped.
SHOP_PLACEHOLDERS = ("seller.name", "seller.shop_name", *TEXT_PLACEHOLDERS)

_FALLBACK_NOTES: dict[str, Callable[[str], Msg]] = {
    "seller.signature": lambda lang: Msg("setup.fallback_signature", {"language": lang}),
    "seller.payment_methods": lambda lang: Msg("setup.fallback_payment_methods",
                                               {"language": lang}),
    "seller.refund_policy": lambda lang: Msg("setup.fallback_refund_policy",
                                             {"language": lang}),
    "seller.return_address": lambda lang: Msg("setup.fallback_return_address",
                                              {"language": lang}),
}


@dataclass
class ShopSetup:
    """The facts of the set-up page. ``texts`` maps a settings key of :data:`PER_LANGUAGE`
    to its versions ``{"": English and default, "ms": ..., "id": ...}``."""

    shop_name: str = ""
    seller_name: str = ""
    country: str = ""
    subdivision: str = ""
    timezone: str = ""
    currency: str = ""
    texts: dict[str, dict[str, str]] = field(default_factory=dict)


def needs_setup(settings: Any) -> bool:
    """Whether the first-run page should open by itself: neither the shop's name nor the
    seller's is known, and the seller has not skipped the page before."""
    if settings.get("seller.setup_skipped"):
        return False
    return not (str(settings.get("seller.shop_name") or "").strip()
                or str(settings.get("seller.name") or "").strip())


def load(settings: Any) -> ShopSetup:
    """The stored facts, old single-string texts read as the default of every language."""
    return ShopSetup(
        shop_name=str(settings.get("seller.shop_name") or ""),
        seller_name=str(settings.get("seller.name") or ""),
        country=str(settings.get("seller.country") or ""),
        subdivision=str(settings.get("seller.subdivision") or ""),
        timezone=str(settings.get("seller.timezone") or ""),
        currency=str(settings.get("seller.currency") or ""),
        texts={key: text_versions(settings.get(key)) for key in PER_LANGUAGE},
    )


def save(settings: Any, setup: ShopSetup) -> None:
    """Save every fact of the page at once.

    Raises:
        ValidationError: the currency is not a currency code (nothing is saved then).
    """
    currency = money.check_currency(setup.currency or "MYR")
    values: dict[str, Any] = {
        "seller.shop_name": setup.shop_name.strip(),
        "seller.name": setup.seller_name.strip(),
        "seller.country": setup.country.strip().upper(),
        "seller.subdivision": setup.subdivision.strip(),
        "seller.timezone": setup.timezone.strip(),
        "seller.currency": currency,
    }
    for key in PER_LANGUAGE:
        versions = setup.texts.get(key)
        if versions is not None:
            values[key] = text_value({lang: versions.get(lang, "") for lang in TEXT_LANGUAGES})
    for key, value in values.items():
        settings.set(key, value, save=False)
    settings.save()


def skip(settings: Any) -> None:
    """The seller chose "Skip for now": the page does not open by itself again."""
    settings.set("seller.setup_skipped", True)


def region_warning(country: str, subdivision: str) -> Msg | None:
    """The warning the settings show next to a state the holiday calendar does not know."""
    return clocks.subdivision_problem(country, subdivision)


def composer_notes(rendered: canned.Rendered) -> list[Msg]:
    """What the composer tells the seller about a filled template's shop texts.

    A shop detail left empty (the set-up page was skipped) is named once, so the seller can
    set it up there rather than fill the same blank in every reply; a text with no version
    in the reply's language says the English one stands in, so an English sentence in an
    Indonesian reply is the seller's choice, not a surprise.
    """
    notes: list[Msg] = []
    empty = ["{" + m.name + "}" for m in rendered.missing if m.name in SHOP_PLACEHOLDERS]
    if empty:
        notes.append(Msg("setup.details_empty", {"names": empty}))
    for name in rendered.fallbacks:
        if name in _FALLBACK_NOTES:
            notes.append(_FALLBACK_NOTES[name](rendered.language))
    return notes
