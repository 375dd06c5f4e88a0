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

from seller_desk.core.conversations import not_customers, state
from seller_desk.core.followups import auto_email, reminders
from seller_desk.core.shop import linking, orders, products
from seller_desk.core.shop.orders import ORDER_UPDATED
from seller_desk.core.store import events
from seller_desk.core.team import changes, members

#: handlers with a form for many events at once (events.record_many: an order import)
BATCH_FORMS: dict[events.Handler, events.BatchHandler] = {
    linking.on_order_numbered: linking.on_orders_numbered,
    products.on_order_written: products.on_orders_written,
    reminders.on_order_changed: reminders.on_orders_changed,
    auto_email.on_order_status: auto_email.on_orders_status,
}

#: (kind, handler) in the order they run for one kind
SUBSCRIPTIONS: tuple[tuple[str, events.Handler], ...] = (
    (events.CONVERSATIONS_CHANGED, state.on_conversations_changed),
    (events.MESSAGES_STORED, linking.on_messages_stored),
    (events.ORDER_CREATED, linking.on_order_numbered),
    (orders.ORDER_UPDATED, linking.on_order_numbered),
    (events.SCHEMA_UPGRADED, state.on_schema_upgraded),
    (events.SCHEMA_UPGRADED, not_customers.on_schema_upgraded),
    (events.SCHEMA_UPGRADED, products.on_schema_upgraded),
    (events.ORDER_CREATED, products.on_order_written),
    (ORDER_UPDATED, products.on_order_written),
    (events.ORDER_STATUS, reminders.on_order_changed),
    (events.ORDER_STATUS, auto_email.on_order_status),
    (events.SHIPMENT_DELIVERED, reminders.on_order_changed),
    (events.CONVERSATION_CLOSED, reminders.on_conversation_closed),
    (events.OUTBOX_ROUND, auto_email.on_outbox_round),
    (events.OUTBOX_QUEUED, members.on_reply_queued),
)


def install() -> None:
    """Subscribe every reaction (idempotent)."""
    for kind, handler in SUBSCRIPTIONS:
        events.subscribe(kind, handler, BATCH_FORMS.get(handler))
    changes.install()  # a team's change log: every change another window shows
