"""Customers: found or created from senders, several addresses each, phone and notes.

Addresses are stored lower-case and belong to exactly one customer. Marketplace relay
addresses (an eBay buyer's ``...@members.ebay.com``) are recognised by the patterns in
``resources/order_patterns.json`` and flagged, because they say nothing about who else
the buyer is.
"""

from __future__ import annotations

import logging
import sqlite3
from email.utils import parseaddr
from functools import lru_cache
from typing import cast
from urllib.parse import quote

import peewee

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.shop import order_numbers
from seller_desk.core.store import events
from seller_desk.core.store.bulk import bulk_insert, insert_returning_ids
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    Conversation,
    Customer,
    CustomerAddress,
    Event,
    Order,
    Reminder,
    database,
)

logger = logging.getLogger(__name__)

CUSTOMER_CREATED = "customer_created"
CUSTOMER_MERGED = "customer_merged"
CUSTOMER_SPLIT = "customer_split"
CUSTOMER_UPDATED = "customer_updated"


def normalize_email(address: str) -> str:
    """``"Name <A@B.com>"`` or ``" a@b.COM "`` -> ``"a@b.com"``; "" when there is none."""
    return _normalized(address or "")


@lru_cache(maxsize=4096)
def _normalized(address: str) -> str:
    # remembered: the linking asks for every message's sender, and a mailbox's mail comes
    # from far fewer senders than it holds messages (parseaddr costs a third of a
    # millisecond)
    _, email = parseaddr(address)
    email = email.strip().lower()
    return email if "@" in email else ""


def _check_email(address: str) -> str:
    email = normalize_email(address)
    if not email or " " in email or email.startswith("@") or email.endswith("@"):
        raise ValidationError("address.invalid", {"address": address}, field="email")
    return email


def _taken(email: str, owner: Customer) -> Msg:
    """"This address already belongs to ...", naming the owner when they have a name."""
    if owner.name:
        return Msg("customer.email_taken", {"email": email, "name": owner.name})
    return Msg("customer.email_taken_unnamed", {"email": email})


def find_by_address(address: str) -> Customer | None:
    """The customer who owns ``address`` (any case), or None."""
    email = normalize_email(address)
    if not email:
        return None
    return cast("Customer | None", (
        Customer.select()
        .join(CustomerAddress)
        .where(CustomerAddress.email == email)
        .first()
    ))


def create_customer(
    name: str = "",
    emails: tuple[str, ...] | list[str] = (),
    phone: str = "",
    notes: str = "",
    language: str = "",
    country: str = "",
    address: str = "",
) -> Customer:
    """Create a customer with its addresses (``emails``) and delivery ``address``.

    Raises:
        ValidationError: a bad address, an address that already belongs to a customer, or a
            phone number that cannot be read. Nothing is saved then.
    """
    checked = [_check_email(e) for e in emails]
    for email in checked:
        owner = find_by_address(email)
        if owner is not None:
            raise ValidationError(_taken(email, owner), field="email",
                                  hint="customer.merge_hint")
    phone_value = normalize_phone(phone, country) if phone else ""
    with database.atomic():
        customer = Customer.create(name=name.strip()[:300], phone=phone_value, notes=notes,
                                   language=language, country=country.upper()[:2],
                                   address=address.strip())
        for email in dict.fromkeys(checked):
            _add_address_row(customer, email)
        events.record(CUSTOMER_CREATED, customer=customer)
    return customer


def check_new_customer(name: str = "", emails: tuple[str, ...] | list[str] = (),
                       phone: str = "", country: str = "",
                       address: str = "") -> tuple[dict[str, str], list[str]]:
    """The checks of :func:`create_customer` for a bulk writer (the order import) that knows
    no stored customer holds these addresses: the row's values and the addresses, unwritten.

    Raises:
        ValidationError: a bad address or a phone number that cannot be read.
    """
    checked = list(dict.fromkeys(_check_email(e) for e in emails))
    row = {"name": name.strip()[:300], "phone": normalize_phone(phone, country) if phone else "",
           "notes": "", "language": "", "country": country.upper()[:2],
           "address": address.strip()}
    return row, checked


def address_row(customer_id: int, email: str) -> dict[str, object]:
    """A CustomerAddress row as :func:`create_customer` writes it (for a bulk writer)."""
    channel = order_numbers.relay_channel(email)
    return {"customer": customer_id, "email": email, "is_relay": channel is not None,
            "channel": channel or ""}


def _add_address_row(customer: Customer, email: str) -> CustomerAddress:
    channel = order_numbers.relay_channel(email)
    return CustomerAddress.create(customer=customer, email=email, is_relay=channel is not None,
                                  channel=channel or "")


def customer_for_sender(address: str, name: str = "") -> Customer:
    """The customer who owns ``address``, created (named ``name``) when there is none."""
    email = _check_email(address)
    customer = find_by_address(email)
    if customer is not None:
        if name and not customer.name:
            Customer.update(name=name[:300], updated_at=utcnow()).where(
                Customer.id == customer.id).execute()
            customer.name = name[:300]
        return customer
    try:
        with database.atomic():
            customer = Customer.create(name=(name or "").strip()[:300])
            _add_address_row(customer, email)
            events.record(CUSTOMER_CREATED, customer=customer, email=email)
            return customer
    except peewee.IntegrityError:
        # another writer (a second laptop on PostgreSQL) created it first
        found = find_by_address(email)
        if found is None:
            raise
        return found


def customers_for_new_senders(senders: list[tuple[str, str]]) -> dict[str, tuple[int, str]]:
    """Create a customer for each of ``senders`` ((address, name), addresses no customer
    owns yet, in the order they wrote); returns address -> (customer id, language).

    The sync's batch form of :func:`customer_for_sender`, with the same rows and events in
    a few statements: a first sync of a real mailbox meets hundreds of new senders, and one
    by one each cost half a dozen queries. An address that cannot be read is left out (and
    logged), as the one-by-one path leaves it. Falls back to that path when something
    subscribes to the creation event (it must see each customer as it is made) or when
    another writer created one of them meanwhile.
    """
    checked: dict[str, str] = {}
    for address, name in senders:
        try:
            email = _check_email(address)
        except ValidationError as exc:
            logger.info("Sender %s not made a customer: %s", address, exc.message)
            continue
        checked.setdefault(email, name)
    if not checked:
        return {}
    if not events.subscribers(CUSTOMER_CREATED):
        try:
            with database.atomic():  # a savepoint: undone whole if an address was taken
                return _create_for_senders(checked)
        # bulk inserts on SQLite run on the driver's cursor, whose errors peewee never wraps
        except (peewee.IntegrityError, sqlite3.IntegrityError):
            logger.info("a new sender's customer was created meanwhile; one by one instead")
    out: dict[str, tuple[int, str]] = {}
    for email, name in checked.items():
        customer = customer_for_sender(email, name)
        out[email] = (customer.id, customer.language)
    return out


def _create_for_senders(checked: dict[str, str]) -> dict[str, tuple[int, str]]:
    emails = list(checked)
    # the search keys are the triggers' to write (core/store/customer_keys.py); given
    # empty here because a row inserted whole must hold a value for each NOT NULL column
    ids = insert_returning_ids(Customer, [{"name": (checked[e] or "").strip()[:300],
                                           "name_key": "", "name_rest_key": "",
                                           "phone_key": ""} for e in emails])
    addresses = []
    for email, customer_id in zip(emails, ids, strict=True):
        channel = order_numbers.relay_channel(email)
        addresses.append({"customer": customer_id, "email": email,
                          "is_relay": channel is not None, "channel": channel or ""})
    bulk_insert(CustomerAddress, addresses)
    now = utcnow()
    bulk_insert(Event, [{"at": now, "kind": CUSTOMER_CREATED, "customer_id": customer_id,
                         "data": {"email": email}}
                        for email, customer_id in zip(emails, ids, strict=True)])
    return {email: (customer_id, "") for email, customer_id in zip(emails, ids, strict=True)}


def merge(keep: Customer, other: Customer) -> Customer:
    """Move everything of ``other`` (addresses, conversations, orders, reminders) to ``keep``
    and delete ``other``. Empty fields of ``keep`` take ``other``'s values; notes are joined.

    Raises:
        ValidationError: both are the same customer.
    """
    if keep.id == other.id:
        raise ValidationError("customer.merge_self", field="customer")
    with database.atomic():
        CustomerAddress.update(customer=keep).where(CustomerAddress.customer == other).execute()
        Conversation.update(customer=keep).where(Conversation.customer == other).execute()
        Order.update(customer=keep).where(Order.customer == other).execute()
        Reminder.update(customer=keep).where(Reminder.customer == other).execute()
        for name in ("name", "phone", "language", "country"):
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if other.notes and other.notes not in keep.notes:
            keep.notes = f"{keep.notes}\n\n{other.notes}".strip()
        keep.updated_at = utcnow()
        keep.save()
        events.record(CUSTOMER_MERGED, customer=keep, merged_id=other.id,
                      merged_name=other.name)
        other.delete_instance()
    return keep


def split_address(address: str, name: str = "") -> Customer:
    """Make ``address`` a customer of its own, taking along the conversations written from it
    (and the orders linked only to those conversations stay where they are).

    Raises:
        ValidationError: the address belongs to no customer, or is the customer's only one.
    """
    email = _check_email(address)
    row = CustomerAddress.get_or_none(CustomerAddress.email == email)
    if row is None:
        raise ValidationError("customer.email_unknown", {"email": email}, field="email")
    old = row.customer
    if CustomerAddress.select().where(CustomerAddress.customer == old).count() < 2:
        raise ValidationError(
            Msg("customer.only_address", {"email": email, "name": old.name}) if old.name
            else Msg("customer.only_address_unnamed", {"email": email}), field="email")
    with database.atomic():
        new = Customer.create(name=name or old.name, language=old.language,
                              country=old.country)
        row.customer = new
        row.save()
        Conversation.update(customer=new).where(
            Conversation.customer == old, Conversation.counterpart_email == email
        ).execute()
        events.record(CUSTOMER_SPLIT, customer=new, from_customer=old.id, email=email)
    return new


def normalize_phone(phone: str, country: str = "") -> str:
    """A phone number in E.164 (``+60123456789``); a local number is read for ``country``.

    Raises:
        ValidationError: the number cannot be a phone number there.
    """
    # the phone data (~100 ms) loads when a number is first read, not at start
    import phonenumbers

    region = (country or "MY").upper()
    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_possible_number(parsed):
        raise ValidationError("customer.phone_invalid", {"phone": phone}, field="phone",
                              hint="customer.phone_hint")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def update_customer(
    customer: Customer,
    *,
    name: str | None = None,
    phone: str | None = None,
    notes: str | None = None,
    language: str | None = None,
    country: str | None = None,
    address: str | None = None,
    default_country: str = "MY",
) -> Customer:
    """Change a customer's details; ``None`` leaves a field as it is, "" clears it.

    Raises:
        ValidationError: the phone number cannot be read. Nothing is saved then.
    """
    changes: dict[str, str] = {}
    if country is not None:
        changes["country"] = country.strip().upper()[:2]
    if phone is not None:
        where = changes.get("country") or customer.country or default_country
        changes["phone"] = normalize_phone(phone, where) if phone.strip() else ""
    if name is not None:
        changes["name"] = name.strip()[:300]
    if notes is not None:
        changes["notes"] = notes
    if address is not None:
        changes["address"] = address.strip()
    if language is not None:
        changes["language"] = language.strip().lower()[:8]
    if not changes:
        return customer
    with database.atomic():
        for key, value in changes.items():
            setattr(customer, key, value)
        customer.updated_at = utcnow()
        customer.save()
        events.record(CUSTOMER_UPDATED, customer=customer, fields=sorted(changes))
    return customer


def whatsapp_link(customer_or_phone: Customer | str, text: str = "") -> str:
    """A ``https://wa.me/`` chat link for the customer's phone, with ``text`` pre-filled;
    "" when there is no usable phone number."""
    if isinstance(customer_or_phone, Customer):
        phone, country = customer_or_phone.phone, customer_or_phone.country
    else:
        phone, country = customer_or_phone, ""
    if not phone:
        return ""
    try:
        e164 = normalize_phone(phone, country)
    except ValidationError:
        return ""
    link = f"https://wa.me/{e164.lstrip('+')}"
    return f"{link}?text={quote(text)}" if text else link


def addresses(customer: Customer) -> list[CustomerAddress]:
    """The customer's addresses, oldest first."""
    return list(customer.addresses.order_by(CustomerAddress.id))
