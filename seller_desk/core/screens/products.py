"""What the products window and the order form's product completer show and save.

Qt-free: the widgets call these, the catalogue itself is :mod:`seller_desk.core.shop.products`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from seller_desk.core.shop import products
from seller_desk.core.shop.products import SUGGESTIONS as SUGGESTIONS
from seller_desk.core.shop.products import ProductInfo as ProductInfo
from seller_desk.core.shop.products import title_of as title_of


def complete(text: str, currency: str, limit: int = products.SUGGESTIONS) -> list[ProductInfo]:
    """The active products the order form offers for what was typed, priced in ``currency``."""
    return products.suggest(text, currency, limit)


def catalogue(text: str = "") -> list[ProductInfo]:
    """Every product matching ``text`` (switched-off ones too), by name."""
    return products.list_products(text)


def product(product_id: int) -> ProductInfo:
    return products.get(product_id)


def save(product_id: int, name: str, variant: str, sku: str,
         prices: Mapping[str, Decimal | str]) -> ProductInfo:
    """Save the seller's changes; the prices given replace the product's prices."""
    return products.update_product(product_id, name=name, variant=variant, sku=sku,
                                   prices=prices)


def set_active(product_id: int, active: bool) -> None:
    products.set_active(product_id, active)


def merge(keep_id: int, other_id: int) -> ProductInfo:
    return products.merge(keep_id, other_id)
