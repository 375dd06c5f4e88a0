"""Automatic status emails: payment received, shipped, delivered, once per order and stage.

Opt-in per stage with the settings ``auto_email.paid``, ``auto_email.shipped`` and
``auto_email.delivered``. When an order reaches a stage, the stage's template (in the
customer's language) is filled and queued in the outbox, which sends it in the background.

Each message carries the outbox ``dedup_key`` ``auto:<stage>:order:<id>``: whatever calls
this (a status change, a rescan, two laptops of a team at once), an order gets each
status email at most once. A message whose template cannot be completely filled (no
tracking number yet, no seller name in Settings ...) is not sent: the reason is recorded
as an event, and :func:`run_pending` sends it once the missing value is there, as long as
the stage is recent (:data:`RECENT`), so switching the option on never mails old orders.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from seller_desk.core.answering import compose
from seller_desk.core.common.errors import UserError
from seller_desk.core.common.settings import Settings
from seller_desk.core.store import events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    AUTO_KEY_PREFIX,
    DIRECTION_IN,
    Account,
    Conversation,
    ConversationOrder,
    Event,
    Message,
    Order,
    OutboxMessage,
    Shipment,
    database,
)
from seller_desk.core.templates import canned as templates

logger = logging.getLogger(__name__)

#: stage -> (setting that switches it on, template key)
STAGES: dict[str, tuple[str, str]] = {
    "paid": ("auto_email.paid", "payment_received"),
    "shipped": ("auto_email.shipped", "shipped"),
    "delivered": ("auto_email.delivered", "delivered"),
}
#: order status -> the stage whose email it calls for
STATUS_STAGE = {
    "paid": "paid",
    "packed": "paid",
    "shipped": "shipped",
    "delivered": "delivered",
    "completed": "delivered",
}
_ORDER = ("paid", "shipped", "delivered")
#: how long after reaching a stage its email may still go out (see run_pending)
RECENT = timedelta(days=2)

AUTO_EMAIL_HELD = "auto_email_held"  # event kind: a status email that could not go out


@dataclass(frozen=True)
class AutoEmailResult:
    """What happened for one order and stage: queued (with the outbox row) or why not."""

    stage: str | None
    outbox: OutboxMessage | None = None
    reason: str = ""  # why nothing was queued ("" when queued)
    already: bool = False  # it had been queued before

    @property
    def queued(self) -> bool:
        return self.outbox is not None and not self.already


def dedup_key(order: Order | int, stage: str) -> str:
    return f"{AUTO_KEY_PREFIX}{stage}:order:{int(getattr(order, 'id', order))}"


def _settings(settings: Mapping[str, Any] | Any) -> Any:
    if settings is not None:
        return settings

    return Settings()


def _enabled(settings: Any, stage: str) -> bool:
    try:
        return bool(settings.get(STAGES[stage][0]))
    except KeyError:
        return False


def on_order_status_changed(
    order: Order | int,
    old_status: str | None,
    new_status: str,
    *,
    settings: Mapping[str, Any] | Any = None,
) -> AutoEmailResult:
    """Queue the status email ``new_status`` calls for, if the seller switched it on.

    Called for every recorded status change (:func:`on_order_status`), inside its
    transaction, so the email is queued exactly when the change commits. Never raises: a
    known problem (no customer address, template incomplete ...) is in the result, and an
    unexpected one is logged and rolled back alone, leaving the status change intact.
    """
    stage = STATUS_STAGE.get(new_status)
    if stage is None or STATUS_STAGE.get(old_status or "") == stage:
        return AutoEmailResult(stage, reason="no status email for this change")
    settings = _settings(settings)
    if not _enabled(settings, stage):  # the usual case, before reading the order
        return AutoEmailResult(stage, reason="switched off in Settings")
    the_order = order if isinstance(order, Order) else Order.get_or_none(Order.id == order)
    if the_order is None:
        return AutoEmailResult(stage, reason="no such order")
    try:
        with database.atomic():  # a savepoint: a failure here undoes the email alone
            return queue_stage(the_order, stage, settings=settings)
    except Exception:  # an email must never break saving an order
        logger.exception("The %s email for order %s could not be prepared", stage,
                         the_order.id)
        return AutoEmailResult(stage, reason="an internal error (see the log)")


def queue_stage(
    order: Order,
    stage: str,
    *,
    settings: Mapping[str, Any] | Any = None,
    now: datetime | None = None,
) -> AutoEmailResult:
    """Queue ``stage``'s email for ``order`` unless it is off, done, or cannot be filled."""

    settings = _settings(settings)
    if not _enabled(settings, stage):
        return AutoEmailResult(stage, reason="switched off in Settings")
    key = dedup_key(order, stage)
    existing = OutboxMessage.get_or_none(OutboxMessage.dedup_key == key)
    if existing is not None:
        return AutoEmailResult(stage, existing, already=True)
    later = _ORDER[_ORDER.index(stage) + 1 :]
    if later and OutboxMessage.select().where(
        OutboxMessage.dedup_key.in_([dedup_key(order, s) for s in later])
    ).exists():
        return AutoEmailResult(stage, reason="a later status email was already sent")
    conv, parent = _conversation_for(order)
    ctx = templates.build_context(conv, order=order, settings=settings, now=now)
    if not ctx.customer_email:
        return _held(order, stage, "the customer's email address is not known")
    template = templates.get_template(STAGES[stage][1], ctx.language)
    if template is None:
        return _held(order, stage, f"the template {STAGES[stage][1]!r} is missing")
    rendered = templates.render_template(template, ctx)
    if not rendered.complete:
        names = ", ".join("{" + m.name + "}" for m in rendered.missing) or ", ".join(
            rendered.unknown)
        return _held(order, stage, f"the template cannot be filled: {names}")
    account = _account_for(conv)
    if account is None:
        return _held(order, stage, "no mail account can send it")
    if parent is not None:
        out = compose.reply(parent)
        out.to = [ctx.customer_email]
        out.cc = []
        out.include_quote = False
        out.subject = rendered.subject
    else:
        out = compose.new_message(account, to=[ctx.customer_email], conversation=conv,
                                  order=order)
        out.subject = rendered.subject
    out.account = account
    out.order = order
    out.text = rendered.body
    out.language = rendered.language
    out.template_key = rendered.key
    out.auto = True
    try:
        row = compose.send(out, dedup_key=key)
    except Exception as exc:  # reported to the caller and the log

        if isinstance(exc, UserError):
            return _held(order, stage, exc.text())
        raise
    logger.info("Queued the %s email for order %s", stage, order.id)
    return AutoEmailResult(stage, row)


def _held(order: Order, stage: str, reason: str) -> AutoEmailResult:
    """Record (once per reason) that a status email could not go out."""
    last = (Event.select().where((Event.kind == AUTO_EMAIL_HELD) & (Event.order_id == order.id))
            .order_by(Event.id.desc()).first())
    if last is None or (last.data or {}).get("stage") != stage or (
            last.data or {}).get("reason") != reason:
        events.record(AUTO_EMAIL_HELD, order=order, customer=order.customer_id, stage=stage,
                      reason=reason)
    logger.info("The %s email for order %s is held: %s", stage, order.id, reason)
    return AutoEmailResult(stage, reason=reason)


def _conversation_for(order: Order) -> tuple[Conversation | None, Message | None]:
    """The order's conversation with the customer, and their latest message in it.

    Only a conversation with the customer's own mail counts: a marketplace notification
    thread has no one to answer.
    """
    links = (
        ConversationOrder.select(ConversationOrder, Conversation)
        .join(Conversation)
        .where(ConversationOrder.order == order.id)
        .order_by(Conversation.last_activity_at.desc(nulls="LAST"))
    )
    for link in links:
        conv = link.conversation
        parent = (
            Message.select()
            .where((Message.conversation == conv.id) & (Message.direction == DIRECTION_IN)
                   & (Message.is_auto == False))  # noqa: E712
            .order_by(Message.date.desc())
            .first()
        )
        if parent is not None:
            return conv, parent
    return None, None


def _account_for(conv: Conversation | None) -> Account | None:
    # the demo's mailboxes never sync (disabled) but do send, to the stand-in
    if conv is not None and conv.account_id and (conv.account.enabled
                                                 or conv.account.simulated):
        return cast(Account, conv.account)
    return cast("Account | None", (
        Account.select()
        .where(((Account.enabled == True) & (Account.smtp_host != ""))  # noqa: E712
               | (Account.simulated == True))  # noqa: E712
        .order_by(Account.id)
        .first()
    ))


def _stage_time(order: Order, stage: str) -> datetime | None:
    """When ``order`` reached ``stage``: the status event, else the order's own dates."""
    statuses = [s for s, st in STATUS_STAGE.items() if st == stage]
    changes = (Event.select().where((Event.kind == events.ORDER_STATUS)
                                    & (Event.order_id == order.id))
               .order_by(Event.at.desc(), Event.id.desc()))
    for change in changes:
        if (change.data or {}).get("new") in statuses:
            return cast(datetime, change.at)
    if stage == "paid":
        return cast("datetime | None", order.paid_at)
    ship = (Shipment.select().where(Shipment.order == order.id)
            .order_by(Shipment.id.desc()).first())
    if ship is None:
        return None
    return cast("datetime | None", ship.shipped_at if stage == "shipped" else ship.delivered_at)


def run_pending(
    *, now: datetime | None = None, settings: Mapping[str, Any] | Any = None
) -> list[AutoEmailResult]:
    """Queue the status emails that are due and not sent yet (idempotent).

    Looks at orders whose current status calls for a switched-on stage reached within
    :data:`RECENT`: held emails go out once their missing values are filled in.
    """
    settings = _settings(settings)
    now = now or utcnow()
    wanted = [stage for stage in STAGES if _enabled(settings, stage)]
    if not wanted:
        return []
    statuses = [s for s, st in STATUS_STAGE.items() if st in wanted]
    results = []
    candidates = Order.select().where(
        # a status change touches updated_at, so older orders cannot have a recent stage
        Order.status.in_(statuses) & (Order.updated_at >= now - RECENT)
    )
    for order in candidates:
        stage = STATUS_STAGE[order.status]
        if OutboxMessage.select().where(
            OutboxMessage.dedup_key == dedup_key(order, stage)
        ).exists():
            continue
        reached = _stage_time(order, stage)
        if reached is None or now - reached > RECENT:
            continue
        results.append(queue_stage(order, stage, settings=settings, now=now))
    return results


def on_order_status(notice: events.Notice) -> None:
    """Subscriber: an order's status changed, wherever it came from (a screen, a
    marketplace notice, an import, the command line): queue its status email if due."""
    if notice.order_id is None:
        return
    on_order_status_changed(notice.order_id, notice.data.get("old"), notice.data["new"])


def on_orders_status(notices: list[events.Notice]) -> None:
    """The batch form of :func:`on_order_status` (an import's thousands of orders): the
    settings are read once, and a stage switched off (the usual case) costs nothing per
    order; a stage switched on is queued order by order, as one at a time would."""
    settings = Settings()
    for notice in notices:
        stage = STATUS_STAGE.get(notice.data["new"])
        if notice.order_id is None or stage is None or not _enabled(settings, stage):
            continue
        on_order_status_changed(notice.order_id, notice.data.get("old"), notice.data["new"],
                                settings=settings)


def on_outbox_round(notice: events.Notice) -> None:
    """Subscriber: before the outbox sends, queue held emails whose values are filled now."""
    try:
        run_pending()
    except Exception:  # the outbox must keep sending whatever happens
        logger.exception("The automatic status emails could not be checked")


__all__ = [
    "AUTO_EMAIL_HELD",
    "RECENT",
    "STAGES",
    "STATUS_STAGE",
    "AutoEmailResult",
    "dedup_key",
    "on_order_status",
    "on_order_status_changed",
    "on_orders_status",
    "on_outbox_round",
    "queue_stage",
    "run_pending",
]
