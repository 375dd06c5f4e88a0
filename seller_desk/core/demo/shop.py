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
from email.header import Header
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from typing import cast

from seller_desk.core.common.settings import DEFAULTS, Settings
from seller_desk.core.conversations import state as conversations
from seller_desk.core.demo import texts as T  # noqa: N812 - the demo's word table, read as T.CUSTOMERS
from seller_desk.core.followups import auto_email, reminders
from seller_desk.core.shop import customers, linking, orders, shipping
from seller_desk.core.store import events
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Account,
    Conversation,
    Customer,
    Folder,
    Message,
    MessageLocation,
    Order,
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


#: The demo seller's own settings, so templates fill in as they would for a real shop.
DEMO_SETTINGS: dict[str, str] = {
    "seller.name": T.SELLER_NAME,
    "seller.shop_name": T.SHOP_NAME,
    "seller.payment_methods": "Online banking (Maybank 5621 0123 4567), DuitNow QR, "
                              "Touch 'n Go eWallet; from Indonesia: BCA 123 456 7890",
    "seller.refund_policy": "Full refund within 30 days if an item arrives damaged or is not "
                            "as described.",
    "seller.return_address": "Nora Batik & Craft, Lot 12 Jalan Kenanga, 20400 Kuala "
                             "Terengganu, Terengganu, Malaysia",
    "seller.subdivision": "11",  # Terengganu (ISO 3166-2:MY-11), for its public holidays
}


def apply_demo_settings(settings: Settings) -> None:
    """Give the demo shop's data folder the demo seller's details (only where unset)."""
    for key, value in DEMO_SETTINGS.items():
        if key in DEFAULTS and settings.get(key) == DEFAULTS[key]:
            settings.set(key, value, save=False)
    settings.save()


#: switched on once the shop is built (its history is no reason to send anything): in the
#: demo a changed order's status email goes out, to the stand-in, as it would for real
DEMO_STATUS_EMAILS = ("auto_email.paid", "auto_email.shipped", "auto_email.delivered")


def switch_on_status_emails(settings: Settings) -> None:
    """The automatic status emails of the demo shop: on, as a seller would want them."""
    for key in DEMO_STATUS_EMAILS:
        settings.set(key, True, save=False)
    settings.save()


def mark_simulated() -> int:
    """Make the demo's mailboxes send to the stand-in (a demo built before schema 14 has
    them as real accounts, whose replies waited forever for a server that is not there).
    Returns how many were changed."""
    emails = [email for _name, email, *_rest in ACCOUNTS]
    return cast(int, Account.update(simulated=True).where(
        Account.email.in_(emails) & (Account.simulated == False)).execute())  # noqa: E712


def has_demo_data() -> bool:
    return cast(bool, Account.select().where(Account.email == ACCOUNTS[0][1]).exists())


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
                # demo accounts have no password and never connect: they never sync
                # (disabled), and what they send goes to the in-process stand-in
                enabled=False,
                simulated=True,
                last_sync_at=self.now,
            )
            self.accounts.append(acc)
            self.inbox[acc.id] = Folder.create(account=acc, name="INBOX", role="inbox")
            self.sent[acc.id] = Folder.create(account=acc, name="Sent", role="sent")
            Folder.create(account=acc, name="Archive", role="archive")

    def _customers(self) -> None:
        for n, spec in enumerate(T.CUSTOMERS):
            name, _first, email, lang, country, phone = spec
            places = T.ADDRESSES.get(country) or [""]
            cust = customers.create_customer(name, [email], phone=phone, language=lang,
                                             country=country, address=places[n % len(places)])
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
            items = []
            for sku, title, myr, idr_price in r.sample(T.PRODUCTS, r.choice([1, 1, 1, 2, 3])):
                qty = r.choice([1, 1, 1, 2])
                price = Decimal(idr_price if currency == "IDR" else myr)
                if currency == "USD":
                    price = (price / Decimal("4.4")).quantize(Decimal("0.01"))
                items.append(orders.ItemInput(title=title, quantity=qty, unit_price=price,
                                              sku=sku))
            order = orders.create_order(
                self._order_number(channel, placed, n + 1), channel, items,
                currency=currency, placed_at=placed, customer=cust,
                payment_method=T.CHANNEL_PAYMENT.get(channel, ""),
                shipping_fee=Decimal("15000") if currency == "IDR" else Decimal("8.00"),
                payment_due_at=placed + timedelta(days=3), at=placed,
            )
            target = self._status_for_age(age_days)
            if target != "awaiting_payment":
                # paid before the days in which its status email may still go out: the
                # history is settled, so opening the demo sends nothing by itself
                settled = (timedelta(days=age_days) - auto_email.RECENT) * 0.9
                orders.change_status(order, "paid", at=placed + min(
                    timedelta(hours=r.uniform(1, 30)), settled))
            if target in ("packed", "shipped", "delivered", "completed"):
                orders.change_status(order, "packed",
                                     at=order.paid_at + timedelta(hours=r.uniform(1, 8)))
            if target in ("shipped", "delivered", "completed"):
                self._shipment(order, country, target)
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

    def _tracking_number(self, courier: str) -> str:
        r = self.rng
        if courier == "poslaju":
            return f"E{r.choice('NPR')}{r.randint(10**8, 10**9 - 1)}MY"
        if courier in ("jnt_my", "sicepat"):
            return str(r.randint(10**11, 10**12 - 1))
        if courier == "jnt_id":
            return f"JP{r.randint(10**9, 10**10 - 1)}"
        if courier in ("jne", "anteraja", "ninja_xpress"):
            return f"{r.choice(['CGK', 'JKT', 'SUB'])}{r.randint(10**9, 10**10 - 1)}"
        return f"{courier[:3].upper()}{r.randint(10**9, 10**10 - 1)}"

    def _shipment(self, order: Order, country: str, target: str) -> None:
        r = self.rng
        courier = r.choice(T.COURIERS_ID if country == "ID" else T.COURIERS_MY)
        shipped = order.paid_at + timedelta(hours=r.uniform(10, 40))
        shipped = min(shipped, self.now - timedelta(hours=2))
        parcel = shipping.add_shipment(order, courier, self._tracking_number(courier),
                                       shipped_at=shipped)
        if target in ("delivered", "completed"):
            typical = shipping.courier(courier).typical_days
            delivered = shipped + timedelta(days=r.uniform(1, typical + 2))
            shipping.mark_delivered(parcel, at=min(delivered, self.now - timedelta(hours=1)))
        if target == "completed":
            orders.change_status(order, "completed",
                                 at=min(parcel.delivered_at + timedelta(days=15),
                                        self.now - timedelta(minutes=30)))

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
        # compat32 MIMEText: the same MIME as EmailMessage, at a fraction of the cost
        mime = MIMEText(body, "plain", "utf-8")
        mime["From"] = formataddr(sender, charset="utf-8")
        mime["To"] = formataddr(recipient, charset="utf-8")
        mime["Subject"] = Header(subject, "utf-8").encode() if not subject.isascii() else subject
        mime["Date"] = format_datetime(when)
        mime["Message-ID"] = f"<{msgid}>"
        refs = ""
        if parent is not None:
            refs = (parent.references + " " + parent.message_id).strip()
            mime["In-Reply-To"] = f"<{parent.message_id}>"
            mime["References"] = " ".join(f"<{r}>" for r in refs.split())
        if auto:
            mime["Auto-Submitted"] = "auto-generated"
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
            _channel, sname, semail, subject, body = specs[0]
            item = order.items[0]
            values = {
                "order": order.number,
                "product": item.title,
                "amount": f"{order.currency} {order.total:,.2f}",
            }
            account = self.accounts[2] if order.currency == "IDR" else self.accounts[0]
            conv = Conversation.create(account=account, subject=self._fill(subject, values),
                                       created_at=order.placed_at)
            notice = self._message(
                conv, account, order.placed_at + timedelta(minutes=2), DIRECTION_IN,
                (sname, semail), (T.SHOP_NAME, account.email), self._fill(subject, values),
                self._fill(body, values), None, seen=self.rng.random() < 0.7, auto=True,
            )
            linking.after_message_stored(notice)
            conversations.refresh(conv)
            conversations.close(conv, at=order.placed_at + timedelta(minutes=2))

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
            chosen: Order = r.choice(pool)
            order: Order | None = chosen
            self.used.add(chosen.id)
            cust = chosen.customer
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
            if order is not None:
                # a customer writes about an order after placing it (and about a parcel
                # after it left), never before
                latest = self.now - timedelta(days=1.5)
                parcel = order.shipments.first()
                earliest = (parcel.delivered_at or parcel.shipped_at) if parcel else None
                earliest = max(earliest or order.placed_at, order.placed_at) + timedelta(hours=1)
                if earliest < latest:
                    start = earliest + (latest - earliest) * r.random()
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
            closed_at: datetime | None = None
            if r.random() < 0.65:
                closed_at = min(reply_at + timedelta(hours=r.uniform(0.1, 30)),
                                self.now - timedelta(minutes=5))
            del reply
        if order is not None:
            orders.link_conversation(conv, order, by="auto")
        tag = {"question": "question", "payment": "payment", "where": "shipping",
               "complaint": "complaint", "refund": "refund", "thanks": "feedback"}[scenario]
        conversations.tag_conversation(
            conv, tag, product if scenario in ("complaint", "refund") else "", at=start)
        conversations.refresh(conv)
        if waiting_h is None:
            if closed_at is not None:
                conversations.close(conv, at=closed_at)
            else:
                conversations.mark_waiting_customer(conv)
        if waiting_h is not None:
            self.summary.waiting += 1
            if waiting_h >= 24:
                self.summary.breached += 1

    def _reminders(self) -> None:
        reminders.run_rules(now=self.now)
        reminders.add_manual(self.now + timedelta(hours=3),
                             "Restock pandan soap before the 12.12 sale")
        reminders.add_manual(self.now - timedelta(hours=5),
                             "Send Hari Raya price list to wholesale customers")
