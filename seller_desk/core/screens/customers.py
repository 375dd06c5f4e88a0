"""What the Customers screen shows and saves: the list, a profile, edits and merges.

Qt-free; the widgets call these and never touch the database. Edits go through the shop's
own rules (:func:`seller_desk.core.shop.customers.update_customer` reads a phone number
into E.164 and refuses one it cannot read), so the screen and the imports agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from seller_desk.core.shop import customer_book, customers
from seller_desk.core.shop.customer_book import (
    CustomerFilter,
    CustomerPage,
    CustomerProfile,
    CustomerRow,
    LikelyDuplicate,
    MergePreview,
    TimelineEntry,
)
from seller_desk.core.store.models import Conversation, Customer

__all__ = ["CustomerEdit", "CustomerFilter", "CustomerPage", "CustomerProfile", "CustomerRow",
           "LikelyDuplicate", "MergePreview", "TimelineEntry", "customer_of_conversation",
           "merge", "merge_preview", "profile", "query", "save"]


def query(flt: CustomerFilter, offset: int = 0, limit: int = 200) -> CustomerPage:
    """One page of the customers list (see :func:`customer_book.query_customers`)."""
    return customer_book.query_customers(flt, offset, limit)


def profile(customer_id: int) -> CustomerProfile | None:
    """The profile pane's content, or None when the customer was merged away meanwhile."""
    return customer_book.profile(customer_id)


@dataclass(frozen=True)
class CustomerEdit:
    """The profile's editable fields as the seller left them."""

    name: str
    phone: str
    address: str
    language: str
    notes: str


def save(customer_id: int, edit: CustomerEdit, default_country: str = "MY") -> CustomerProfile:
    """Save the edited fields and return the profile as it now is.

    Raises:
        ValidationError: the phone number cannot be read (field "phone"); nothing is saved.
    """
    customer = Customer.get_by_id(customer_id)
    customers.update_customer(customer, name=edit.name, phone=edit.phone,
                              address=edit.address, language=edit.language,
                              notes=edit.notes, default_country=default_country)
    result = customer_book.profile(customer_id)
    assert result is not None  # just saved
    return result


def merge_preview(keep_id: int, other_id: int) -> MergePreview:
    """What a merge would move, for the confirmation the seller reads first."""
    return customer_book.merge_preview(keep_id, other_id)


def merge(keep_id: int, other_id: int) -> int:
    """Move everything of ``other_id`` to ``keep_id`` and remove ``other_id``.

    Raises:
        ValidationError: both are the same customer.
    """
    keep = Customer.get_by_id(keep_id)
    other = Customer.get_by_id(other_id)
    return int(customers.merge(keep, other).id)


def customer_of_conversation(conversation_id: int) -> int | None:
    """The customer a conversation belongs to (the side panel's link opens them)."""
    value = (Conversation.select(Conversation.customer)
             .where(Conversation.id == conversation_id).scalar())
    return int(value) if value is not None else None
