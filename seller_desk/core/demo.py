"""The demo shop: a realistic small batik and craft business, generated with a fixed seed.

Everything is placed relative to "now", so the reply timers look alive whenever the demo is
opened: some customers have just written, some are at risk, a few are past the 24-hour
target. The mail is real MIME (kept compressed like synced mail), so every screen and
export works on it the way it works on a seller's own mail.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from seller_desk.core import conversations, events
from seller_desk.core import demo_texts as T
from seller_desk.core.fields import utcnow
from seller_desk.core.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Account,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Customer,
    CustomerAddress,
    Folder,
    Message,
    MessageLocation,
    Order,
    OrderItem,
    Reminder,
    Shipment,
    database,
)

SEED = 20261122

ACCOUNTS = [
    # name, email, provider, imap host, smtp host
    ("Shop mail (Gmail)", "nora.batikcraft@gmail.com", "gmail", "imap.gmail.com", "smtp.gmail.com"),
    ("Web shop", "hello@norabatik.my", "generic", "mail.norabatik.my", "mail.norabatik.my"),
    ("Indonesia (Yahoo)", "norabatik.id@yahoo.com", "yahoo", "imap.mail.yahoo.com",
     "smtp.mail.yahoo.com"),
]


@dataclass
class DemoSummary:
    accounts: int = 0
    conversations: int = 0
    messages: int = 0
    orders: int = 0
    shipments: int = 0
    reminders: int = 0
    waiting: int = 0
    breached: int = 0
    notes: list[str] = field(default_factory=list)


def has_demo_data() -> bool:
    return Account.select().where(Account.email == ACCOUNTS[0][1]).exists()


def build_demo(now: datetime | None = None, seed: int = SEED) -> DemoSummary:
    """Fill an empty database with the demo shop; return what was made."""
    builder = _Builder(now or utcnow(), random.Random(seed))
    with database.atomic():
        builder.run()
    return builder.summary


class _Builder:
    def __init__(self, now: datetime, rng: random.Random) -> None:
        self.now = now.replace(microsecond=0)
        self.rng = rng
        self.summary = DemoSummary()
        self.uids: dict[int, int] = {}
        self.msg_counter = 0
        self.accounts: list[Account] = []
        self.inbox: dict[int, Folder] = {}
        self.sent: dict[int, Folder] = {}
        self.customers: list[tuple[Customer, tuple[str, ...]]] = []
        self.orders: list[Order] = []
        self.used: set[int] = set()  # orders already given a conversation

    # --- entities --------------------------------------------------------------------

    def run(self) -> None:
        self._accounts()
        self._customers()
        self._orders()
        self._notifications()
        self._conversations()
        self._reminders()
        self.summary.accounts = len(self.accounts)
        self.summary.orders = len(self.orders)
        self.summary.shipments = Shipment.select().count()
        self.summary.reminders = Reminder.select().count()
        self.summary.conversations = Conversation.select().count()
        self.summary.messages = Message.select().count()

    def _accounts(self) -> None:
        for name, email, provider, imap_host, smtp_host in ACCOUNTS:
            acc = Account.create(
                name=name,
                email=email,
                provider=provider,
                username=email,
                imap_host=imap_host,
                smtp_host=smtp_host,
                server_saves_sent=provider == "gmail",
                # demo accounts have no password and never connect
                enabled=False,
                last_sync_at=self.now,
            )
            self.accounts.append(acc)
            self.inbox[acc.id] = Folder.create(account=acc, name="INBOX", role="inbox")
            self.sent[acc.id] = Folder.create(account=acc, name="Sent", role="sent")
            Folder.create(account=acc, name="Archive", role="archive")

    def _customers(self) -> None:
        for spec in T.CUSTOMERS:
            name, first, email, lang, country, phone = spec
            cust = Customer.create(
                name=name, phone=phone, language=lang, country=country,
                created_at=self.now - timedelta(days=90),
            )
            CustomerAddress.create(customer=cust, email=email)
            self.customers.append((cust, spec))

    def _channel_for(self, country: str) -> str:
        if country == "ID":
            return self.rng.choice(["tokopedia", "tokopedia", "shopee", "whatsapp"])
        if country == "MY":
            return self.rng.choice(["shopee", "shopee", "lazada", "web", "whatsapp"])
        return self.rng.choice(["ebay", "ebay", "web"])

    def _order_number(self, channel: str, placed: datetime, n: int) -> str:
        r = self.rng
        if channel == "ebay":
            return f"{r.randint(10, 27)}-{r.randint(10000, 99999)}-{r.randint(10000, 99999)}"
        if channel == "shopee":
            tail = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            return placed.strftime("%y%m%d") + tail
        if channel == "lazada":
            return str(r.randint(10**14, 10**15 - 1))
        if channel == "tokopedia":
            return f"INV/{placed:%Y%m%d}/MPL/{r.randint(10**9, 10**10 - 1)}"
        if channel == "whatsapp":
            return f"WA-{n:04d}"
        return f"#{1200 + n}"

    def _orders(self) -> None:
        r = self.rng
        for n in range(62):
            cust, spec = self.customers[n % len(self.customers)]
            country = spec[4]
            channel = self._channel_for(country)
            age_days = 0.2 + 60 * r.random() ** 1.7  # more recent orders than old ones
            placed = self.now - timedelta(days=age_days)
            idr = channel == "tokopedia" or (country == "ID" and channel != "shopee")
            currency = "IDR" if idr else ("USD" if channel == "ebay" else "MYR")
            order = Order.create(
                number=self._order_number(channel, placed, n + 1),
                channel=channel,
                customer=cust,
                placed_at=placed,
                currency=currency,
                payment_method=T.CHANNEL_PAYMENT.get(channel, ""),
                payment_due_at=placed + timedelta(days=3),
                created_at=placed,
            )
            total = Decimal(0)
            for sku, title, myr, idr_price in r.sample(T.PRODUCTS, r.choice([1, 1, 1, 2, 3])):
                qty = r.choice([1, 1, 1, 2])
                price = Decimal(idr_price if currency == "IDR" else myr)
                if currency == "USD":
                    price = (price / Decimal("4.4")).quantize(Decimal("0.01"))
                OrderItem.create(order=order, sku=sku, title=title, quantity=qty,
                                 unit_price=price)
                total += price * qty
            fee = Decimal("15000") if currency == "IDR" else Decimal("8.00")
            order.shipping_fee = fee
            order.total = total + fee
            order.status = self._status_for_age(age_days)
            if order.status not in ("awaiting_payment", "cancelled"):
                order.paid_at = placed + timedelta(hours=r.uniform(1, 30))
            order.save()
            events.record(events.ORDER_CREATED, at=placed, order=order, customer=cust)
            if order.paid_at:
                events.record(events.ORDER_STATUS, at=order.paid_at, order=order,
                              old="awaiting_payment", new="paid")
            if order.status in ("shipped", "delivered", "completed", "returned", "refunded"):
                self._shipment(order, country, placed)
            if order.status == "refunded":
                order.refunded_amount = order.total
                order.save()
            self.orders.append(order)

    @staticmethod
    def _status_for_age(age_days: float) -> str:
        if age_days < 2:
            return "awaiting_payment"
        if age_days < 4:
            return "paid"
        if age_days < 5:
            return "packed"
        if age_days < 12:
            return "shipped"
        if age_days < 30:
            return "delivered"
        return "completed"

    def _shipment(self, order: Order, country: str, placed: datetime) -> None:
        r = self.rng
        courier = r.choice(T.COURIERS_ID if country == "ID" else T.COURIERS_MY)
        shipped = (order.paid_at or placed) + timedelta(hours=r.uniform(10, 40))
        if courier in ("jne", "sicepat", "anteraja", "ninja_xpress", "jnt_id"):
            tracking = f"{r.choice(['CGK', 'JKT', 'SUB'])}{r.randint(10**9, 10**10 - 1)}"
        elif courier == "poslaju":
            tracking = f"E{r.choice('NPR')}{r.randint(10**8, 10**9 - 1)}MY"
        else:
            tracking = f"{courier[:3].upper()}{r.randint(10**9, 10**10 - 1)}"
        typical = 7 if country != "MY" else 3
        delivered = None
        status = "in_transit"
        if order.status in ("delivered", "completed", "returned", "refunded"):
            delivered = shipped + timedelta(days=r.uniform(2, typical + 2))
            status = "delivered"
        Shipment.create(
            order=order,
            courier=courier,
            tracking_number=tracking,
            shipped_at=shipped,
            eta=(shipped + timedelta(days=typical)).date(),
            delivered_at=delivered,
            status=status,
            created_at=shipped,
        )
        events.record(events.ORDER_STATUS, at=shipped, order=order, old="packed", new="shipped")
        if delivered:
            events.record(events.ORDER_STATUS, at=delivered, order=order, old="shipped",
                          new="delivered")

    # --- mail ------------------------------------------------------------------------

    def _account_for(self, country: str, channel: str) -> Account:
        if country == "ID":
            return self.accounts[2]
        if channel in ("web", "whatsapp", "ebay"):
            return self.accounts[1]
        return self.accounts[0]

    def _next_uid(self, folder: Folder) -> int:
        self.uids[folder.id] = self.uids.get(folder.id, 0) + 1
        return self.uids[folder.id]

    def _message(
        self,
        conv: Conversation,
        account: Account,
        when: datetime,
        direction: str,
        sender: tuple[str, str],
        recipient: tuple[str, str],
        subject: str,
        body: str,
        parent: Message | None,
        seen: bool,
        auto: bool = False,
    ) -> Message:
        self.msg_counter += 1
        msgid = f"demo-{self.msg_counter:05d}.{int(when.timestamp())}@demo.sellerdesk.invalid"
        mime = EmailMessage()
        mime["From"] = formataddr(sender)
        mime["To"] = formataddr(recipient)
        mime["Subject"] = subject
        mime["Date"] = format_datetime(when)
        mime["Message-ID"] = f"<{msgid}>"
        refs = ""
        if parent is not None:
            refs = (parent.references + " " + parent.message_id).strip()
            mime["In-Reply-To"] = f"<{parent.message_id}>"
            mime["References"] = " ".join(f"<{r}>" for r in refs.split())
        if auto:
            mime["Auto-Submitted"] = "auto-generated"
        mime.set_content(body)
        raw = mime.as_bytes()
        msg = Message.create(
            account=account,
            conversation=conv,
            message_id=msgid,
            in_reply_to=parent.message_id if parent else "",
            references=refs,
            sender_name=sender[0],
            sender_email=sender[1],
            to_addrs=formataddr(recipient),
            subject=subject,
            date=when,
            received_at=when,
            direction=direction,
            is_seen=seen or direction == DIRECTION_OUT,
            is_answered=False,
            is_auto=auto,
            text_body=body,
            snippet=" ".join(body.split())[:200],
            size=len(raw),
            body_fetched=True,
            raw=zlib.compress(raw),
            created_at=when,
        )
        folder = self.inbox[account.id] if direction == DIRECTION_IN else self.sent[account.id]
        MessageLocation.create(
            message=msg, folder=folder, uid=self._next_uid(folder),
            flags="\\Seen" if msg.is_seen else "",
        )
        events.record(
            events.MESSAGE_IN if direction == DIRECTION_IN else events.MESSAGE_OUT,
            at=when, conversation=conv, message=msg, auto=auto,
        )
        return msg

    def _fill(self, text: str, values: dict[str, str]) -> str:
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text

    def _notifications(self) -> None:
        """Marketplace 'you sold an item' mail for recent marketplace orders."""
        for order in self.orders:
            specs = [n for n in T.NOTIFICATIONS if n[0] == order.channel]
            if not specs or order.placed_at < self.now - timedelta(days=20):
                continue
            channel, sname, semail, subject, body = specs[0]
            item = order.items[0]
            values = {
                "order": order.number,
                "product": item.title,
                "amount": f"{order.currency} {order.total:,.2f}",
            }
            account = self.accounts[2] if order.currency == "IDR" else self.accounts[0]
            conv = Conversation.create(account=account, subject=self._fill(subject, values),
                                       created_at=order.placed_at)
            self._message(
                conv, account, order.placed_at + timedelta(minutes=2), DIRECTION_IN,
                (sname, semail), (T.SHOP_NAME, account.email), self._fill(subject, values),
                self._fill(body, values), None, seen=self.rng.random() < 0.7, auto=True,
            )
            ConversationOrder.create(conversation=conv, order=order, linked_by="auto")
            conv.status = "closed"
            conv.resolved_at = order.placed_at + timedelta(minutes=2)
            conv.save()
            conversations.refresh(conv)

    def _conversations(self) -> None:
        r = self.rng
        scenarios = ["question"] * 36 + ["payment"] * 20 + ["where"] * 24 + \
                    ["complaint"] * 16 + ["refund"] * 10 + ["thanks"] * 14
        r.shuffle(scenarios)
        # how long the currently waiting customers have waited, hours: a calm majority,
        # a handful at risk, a few past the 24-hour target
        waiting_hours = [0.2, 0.5, 0.9, 1.5, 2.2, 3.0, 4.1, 5.5, 6.3, 7.8, 8.5, 9.9, 10.7,
                         13.0, 14.5, 16.2, 18.9, 21.5, 23.1, 26.0, 31.5, 40.2, 55.0]
        for index, scenario in enumerate(scenarios):
            waiting = waiting_hours[index] if index < len(waiting_hours) else None
            self._conversation(scenario, waiting)

    def _conversation(self, scenario: str, waiting_h: float | None) -> None:
        r = self.rng
        needs_order = scenario in ("payment", "where", "complaint", "refund", "thanks")
        if needs_order:
            wanted = {
                "payment": ("awaiting_payment", "paid"),
                "where": ("shipped",),
                "complaint": ("delivered", "completed"),
                "refund": ("delivered", "completed"),
                "thanks": ("delivered", "completed"),
            }[scenario]
            pool = [o for o in self.orders if o.status in wanted and o.id not in self.used]
            pool = pool or [o for o in self.orders if o.status in wanted] or self.orders
            order: Order | None = r.choice(pool)
            self.used.add(order.id)
            assert order is not None
            cust = order.customer
            spec = next(s for c, s in self.customers if c.id == cust.id)
        else:
            order = None
            cust, spec = r.choice(self.customers)
        name, first, email, lang, country, _phone = spec
        channel = order.channel if order else self._channel_for(country)
        account = self._account_for(country, channel)
        product = order.items[0].title if order else r.choice(T.PRODUCTS)[1]
        shipment = order.shipments.first() if order else None
        values = {
            "first": first,
            "product": product,
            "order": order.number if order else "",
            "amount": f"{order.currency} {order.total:,.2f}" if order else "",
            "courier": T.COURIER_NAMES.get(shipment.courier, shipment.courier) if shipment else "the courier",
            "tracking": shipment.tracking_number if shipment else "",
            "shop": T.SHOP_NAME,
        }
        subject_t, body_t, follow_t = r.choice(T.CUSTOMER_MESSAGES[scenario][lang])
        subject = self._fill(subject_t, values)
        customer_addr = (name, email)
        seller_addr = (T.SHOP_NAME, account.email)

        if waiting_h is not None:
            # still waiting on the seller: the oldest unanswered message is waiting_h old
            start = self.now - timedelta(hours=waiting_h)
        else:
            start = self.now - timedelta(days=r.uniform(1.5, 56), hours=r.uniform(0, 12))
        conv = Conversation.create(account=account, customer=cust, subject=subject,
                                   created_at=start)
        first_msg = self._message(conv, account, start, DIRECTION_IN, customer_addr,
                                  seller_addr, subject, self._fill(body_t, values), None,
                                  seen=waiting_h is None or r.random() < 0.3)
        if waiting_h is not None and follow_t and waiting_h > 6 and r.random() < 0.6:
            # the customer wrote again while waiting: the clock still runs from the first
            self._message(conv, account, start + timedelta(hours=waiting_h * 0.7),
                          DIRECTION_IN, customer_addr, seller_addr, "Re: " + subject,
                          self._fill(follow_t, values), first_msg, seen=False)
        if waiting_h is None:
            delay = r.choice([0.3, 0.8, 1.5, 3, 5, 8, 11, 14, 20, 26, 36])
            reply_at = start + timedelta(hours=delay)
            reply = self._message(conv, account, reply_at, DIRECTION_OUT, seller_addr,
                                  customer_addr, "Re: " + subject,
                                  self._fill(T.SELLER_REPLIES[scenario][lang], values),
                                  first_msg, seen=True)
            first_msg.is_answered = True
            first_msg.save()
            if r.random() < 0.65:
                conv.status = "closed"
                conv.resolved_at = reply_at + timedelta(hours=r.uniform(0.1, 30))
                if conv.resolved_at > self.now:
                    conv.resolved_at = self.now - timedelta(minutes=5)
                events.record(events.CONVERSATION_CLOSED, at=conv.resolved_at,
                              conversation=conv)
            else:
                conv.status = "waiting_customer"
            del reply
        if order is not None:
            ConversationOrder.create(conversation=conv, order=order, linked_by="auto")
        tag = {"question": "question", "payment": "payment", "where": "shipping",
               "complaint": "complaint", "refund": "refund", "thanks": "feedback"}[scenario]
        ConversationTag.create(
            conversation=conv, tag=tag,
            product=product if scenario in ("complaint", "refund") else "",
            created_at=start,
        )
        events.record(events.TAG_ADDED, at=start, conversation=conv, tag=tag,
                      product=product if scenario in ("complaint", "refund") else "")
        conv.save()
        conversations.refresh(conv)
        if waiting_h is not None:
            self.summary.waiting += 1
            if waiting_h >= 24:
                self.summary.breached += 1

    def _reminders(self) -> None:
        for order in self.orders:
            if order.status == "awaiting_payment" and order.placed_at < self.now - timedelta(days=1):
                Reminder.create(kind="payment", order=order, customer=order.customer,
                                due_at=order.placed_at + timedelta(days=3), rule="unpaid",
                                rule_key=f"unpaid:order:{order.id}",
                                note=f"Payment for {order.number} not received yet")
            elif order.status == "shipped":
                shipment = order.shipments.first()
                if shipment and shipment.eta:
                    due = datetime.combine(shipment.eta, datetime.min.time(),
                                           tzinfo=self.now.tzinfo) + timedelta(days=2)
                    Reminder.create(kind="arrival_check", order=order, customer=order.customer,
                                    due_at=due, rule="arrival",
                                    rule_key=f"arrival:order:{order.id}",
                                    note=f"Check that {order.number} has arrived")
            elif order.status == "delivered":
                shipment = order.shipments.first()
                if shipment and shipment.delivered_at:
                    Reminder.create(kind="feedback", order=order, customer=order.customer,
                                    due_at=shipment.delivered_at + timedelta(days=14),
                                    rule="feedback",
                                    rule_key=f"feedback:order:{order.id}",
                                    note=f"Ask {order.customer.name} for feedback")
        Reminder.create(kind="manual", due_at=self.now + timedelta(hours=3),
                        note="Restock pandan soap before the 12.12 sale")
        Reminder.create(kind="manual", due_at=self.now - timedelta(hours=5),
                        note="Send Hari Raya price list to wholesale customers")
