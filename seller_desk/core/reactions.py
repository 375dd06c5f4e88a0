"""Who reacts to what: the subscriptions that carry a lower layer's news to a higher one.

The mail engine stores mail and the shop records orders without knowing who cares; the
layers above subscribe here to the event log (:mod:`seller_desk.core.store.events`):

    conversations changed  -> their clocks and figures are recomputed (conversations)
    messages stored        -> linked to customers and the orders they name (shop)
    order items written    -> each finds or makes its catalogue product, prices kept (shop)
    order created or renumbered -> linked to the stored conversations naming it, and a
                              renumbered one loses the automatic links of its old number
                              (shop)
    schema 5 reached       -> reply figures filled for older conversations (conversations)
    schema 16 reached      -> stored mail from known notification senders stops waiting
                              (conversations)
    schema 20 reached      -> the catalogue filled from the order items stored (shop)
    order status changed   -> reminders it answered cancel (followups), and the stage's
                              automatic status email is queued if switched on (followups)
    parcel delivered       -> the arrival-check reminder cancels (followups)
    conversation closed    -> its complaint reminder cancels (followups)
    outbox round           -> held status emails whose values are filled in go out
    every event and notice -> on a team's database, a change_log row and a NOTIFY (team)
    reply queued           -> a team: an unassigned conversation goes to who replied (team)

Every entry point calls :func:`install` once before it opens a database (the app, each
command, the tests' conftest); the mail engine refuses to store mail without it
(:class:`~seller_desk.core.store.events.NobodyListens`) rather than store it half done.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from seller_desk.core.store import events


@dataclass(frozen=True)
class Later:
    """A reaction named by its module and function, imported when it is first needed.

    A command that stores nothing (``seller-desk stats``, a sync finding nothing new)
    never imports the reactions' modules, which pull in most of the program (the status
    emails bring the composer and the outbox): subscribing costs nothing, and the first
    event of a kind pays the import once (later calls find the module in ``sys.modules``).
    Equal by name, so subscribing stays idempotent.
    """

    module: str
    name: str

    def resolve(self) -> Any:
        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, notice: Any) -> None:
        self.resolve()(notice)


_STATE = "seller_desk.core.conversations.state"
_NOT_CUSTOMERS = "seller_desk.core.conversations.not_customers"
_LINKING = "seller_desk.core.shop.linking"
_PRODUCTS = "seller_desk.core.shop.products"
_REMINDERS = "seller_desk.core.followups.reminders"
_AUTO_EMAIL = "seller_desk.core.followups.auto_email"
_MEMBERS = "seller_desk.core.team.members"


def _batch(later: Later) -> events.BatchHandler:
    """The batch form of a reaction, imported when first called."""
    return lambda notices: later.resolve()(notices)


#: handlers with a form for many events at once (events.record_many: an order import)
BATCH_FORMS: dict[Later, Later] = {
    Later(_LINKING, "on_order_numbered"): Later(_LINKING, "on_orders_numbered"),
    Later(_PRODUCTS, "on_order_written"): Later(_PRODUCTS, "on_orders_written"),
    Later(_REMINDERS, "on_order_changed"): Later(_REMINDERS, "on_orders_changed"),
    Later(_AUTO_EMAIL, "on_order_status"): Later(_AUTO_EMAIL, "on_orders_status"),
}

#: (kind, handler) in the order they run for one kind
SUBSCRIPTIONS: tuple[tuple[str, Later], ...] = (
    (events.CONVERSATIONS_CHANGED, Later(_STATE, "on_conversations_changed")),
    (events.MESSAGES_STORED, Later(_LINKING, "on_messages_stored")),
    (events.ORDER_CREATED, Later(_LINKING, "on_order_numbered")),
    (events.ORDER_UPDATED, Later(_LINKING, "on_order_numbered")),
    (events.SCHEMA_UPGRADED, Later(_STATE, "on_schema_upgraded")),
    (events.SCHEMA_UPGRADED, Later(_NOT_CUSTOMERS, "on_schema_upgraded")),
    (events.SCHEMA_UPGRADED, Later(_PRODUCTS, "on_schema_upgraded")),
    (events.ORDER_CREATED, Later(_PRODUCTS, "on_order_written")),
    (events.ORDER_UPDATED, Later(_PRODUCTS, "on_order_written")),
    (events.ORDER_STATUS, Later(_REMINDERS, "on_order_changed")),
    (events.ORDER_STATUS, Later(_AUTO_EMAIL, "on_order_status")),
    (events.SHIPMENT_DELIVERED, Later(_REMINDERS, "on_order_changed")),
    (events.CONVERSATION_CLOSED, Later(_REMINDERS, "on_conversation_closed")),
    (events.OUTBOX_ROUND, Later(_AUTO_EMAIL, "on_outbox_round")),
    (events.OUTBOX_QUEUED, Later(_MEMBERS, "on_reply_queued")),
)

#: a team's change log: every change another window shows
_CHANGE_LOG = Later("seller_desk.core.team.changes", "on_event")


def install() -> None:
    """Subscribe every reaction (idempotent); none of their modules is imported yet."""
    for kind, handler in SUBSCRIPTIONS:
        batch = BATCH_FORMS.get(handler)
        events.subscribe(kind, handler, None if batch is None else _batch(batch))
    events.subscribe_every(_CHANGE_LOG)


def resolve_all() -> None:
    """Import every reaction now (a test's check that each name still exists)."""
    for _, handler in SUBSCRIPTIONS:
        handler.resolve()
    for batch in BATCH_FORMS.values():
        batch.resolve()
    _CHANGE_LOG.resolve()
