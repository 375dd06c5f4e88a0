"""Schema versions and the step that brings a database from each version to the next.

A new database is created at the current version in one go (tables from the models, then
the objects the models cannot describe, such as the full-text index). An existing database
runs every step above its version, in order, each in its own transaction, recording the
version as it goes, so an interrupted upgrade resumes at the step that failed.

Versions:
  1. The base tables.
  2. Full-text search over messages (SQLite FTS5 / PostgreSQL tsvector), filled from the
     messages already stored.
  3. Stored reply-time figures on conversations (first reply and resolution, calendar and
     business-hours seconds) and an index on the first customer message time, for KPIs.
  4. An index on the In-Reply-To of messages, so a reply stored before the message it
     answers (first sync goes newest first) finds its conversation.
  5. Covering indexes for the KPIs (conversation figures in place of the plain time
     index; orders per channel and status), and a partial index of waiting conversations.
  6. Each order's items summary and quantity on the order row, kept current by triggers
     on the item table, filled for the orders already stored.
  7. The search index holds the first 32,768 characters of each message's text (it held
     all of it), rebuilt so.
  8. The search index reads its external content through a view that holds exactly what
     was indexed (the first 32,768 characters of the text), so SQLite's own integrity
     check of the index passes on a healthy one; rebuilt so.
  9. Mail the sync still owes: messages a folder lists that the server did not send
     (undelivered_message), and messages that lost a copy and wait for the account to be
     in step before they may go (vanished_copy).
  10. The conversations a sync still owes a recomputation (``stale_conversation``), so a
      crash between storing mail and recomputing its clocks costs nothing.
  11. One message per Message-ID: messages stored twice (two syncs of one mailbox at once)
      are merged with their conversations (core/store/duplicates.py), then a unique index
      keeps it so.
  12. The References of each message beyond its In-Reply-To, in a table of their own, so a
      message stored before an ancestor it names is found when that ancestor arrives.
  13. Each account's waiting-since cut-off (``counts_from``): customer mail dated before it
      is history and starts no reply clock. Accounts stored before keep none (all their
      mail counts, as it did), so no conversation changes state by the upgrade.
  14. Each conversation's channel (``channel``: "email", or "whatsapp" for an imported
      chat); every conversation stored before is mail.
  15. How each account signs in (``auth``): "password", or an OAuth2 provider
      ("microsoft", "google"); every account stored before uses its password.
  16. Senders and domains the seller marked as not a customer (``not_customer``); stored
      mail from the senders known to write only notifications (banks, e-wallets,
      couriers) is marked automatic, so it stops waiting on the seller.
  17. Simulated accounts (``Account.simulated``): the demo shop's mailboxes send to an
      in-process stand-in and connect nowhere. Every stored account is a real one (the
      demo marks its own when it opens).
  18. Each customer's delivery address (``customer.address``), filled by order imports;
      customers stored before have none.
  19. Each account's sender name (``sender_name``), the name on its From line; accounts
      stored before keep none and go on sending under the shop's name.
  20. The product catalogue: products, the keys order items name them by, their latest
      price per currency, and each order item's product. The items already stored fill the
      catalogue in this step (the shop does it: it subscribes to the notice).
  21. Each order's delivery address (``order.delivery_address``), nullable; orders stored
      before have none and their papers fall back to the customer's address.
  22. The orders whose linking to stored mail is still owed (``pending_link``), written in
      an import's own transaction, so an import cut off before its link step is linked at
      the next start.
  23. Each customer's last contact, lower-case name (whole and from its second word) and
      national phone digits on the
      customer row, indexed and kept by triggers (core/store/customer_keys.py), and an index
      on order numbers: the customer book sorts and searches on them. Filled for the
      customers stored before in the step itself (plain SQL over the tables as they are).
  24. The change log (``change_log``): what changed that another window of a team shows,
      announced by NOTIFY; empty on a personal shop.
  25. Presence (``presence``): who in a team has which conversation open, who is typing a
      reply; empty on a personal shop.
  26. Team members (``member``) and who answers each conversation
      (``conversation.assigned_to``, nullable: nobody yet for every stored conversation).
  27. An index of each conversation's counterpart address, which the search box scans for
      part of an address (a small index instead of the wide conversation rows); the
      full-text index made anew with indexes of its words' first two and three letters,
      so the first letters typed in the search box are answered at once.
  28. The full-text index made anew with the three-letter index alone (the search box
      finds one or two letters through it, by the word list the index gets beside it),
      merging its segments eight at a time instead of four: writing the two-letter index
      and merging often cost a first sync more than they saved any search.
  29. Each message's HTML as received (``message.html_unsafe``), kept until the message
      is first shown and cleaned then (``core/mail/ingest/bodies.py``): the sync no
      longer spends its time cleaning years of mail nobody opens. Messages stored before
      keep their cleaned ``html_body`` and an empty ``html_unsafe``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee

from seller_desk.core.common.errors import StorageError
from seller_desk.core.store import customer_keys, duplicates, events, item_summary, search
from seller_desk.core.store.bulk import bulk_insert
from seller_desk.core.store.fields import UtcDateTimeField, utcnow
from seller_desk.core.store.models import (
    MESSAGE_KEY_INDEX,
    MODELS,
    AppMeta,
    ChangeLog,
    Member,
    MessageReference,
    NotCustomer,
    PendingLink,
    Presence,
    Product,
    ProductKey,
    ProductPrice,
    StaleConversation,
    UndeliveredMessage,
    VanishedCopy,
)
from seller_desk.core.store.schema_version import (  # kept here too, for their readers
    CURRENT_VERSION as CURRENT_VERSION,
)
from seller_desk.core.store.schema_version import VERSION_KEY as VERSION_KEY

logger = logging.getLogger(__name__)


def _step_2(db: peewee.Database) -> None:
    search.install(db)
    search.rebuild(db)


def _step_3(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    migrator = SchemaMigrator.from_database(db)
    run(
        *(
            migrator.add_column("conversation", name, peewee.IntegerField(null=True))
            for name in ("first_reply_s", "first_reply_business_s", "resolution_s",
                         "resolution_business_s")
        ),
        migrator.add_index("conversation", ("first_customer_at",), False),
    )
    # figures for conversations already stored are filled in by step 5


def _step_4(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    run(SchemaMigrator.from_database(db).add_index("message", ("in_reply_to",), False))


def _step_5(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    db.execute_sql('DROP INDEX IF EXISTS "conversation_first_customer_at"')
    migrator = SchemaMigrator.from_database(db)
    run(
        migrator.add_index("conversation", ("first_customer_at", "first_reply_s",
                                            "first_reply_business_s", "resolution_s",
                                            "resolution_business_s"), False),
        migrator.add_index("order", ("channel", "status", "currency", "placed_at", "total",
                                     "refunded_amount"), False),
    )
    db.execute_sql('CREATE INDEX IF NOT EXISTS "conversation_waiting" ON "conversation" '
                   '("waiting_since") WHERE "waiting_since" IS NOT NULL')
    # conversations stored before reply-time figures existed get them: the conversations
    # layer computes them (it subscribes to this notice) once the schema is current
    _after_steps(events.SCHEMA_UPGRADED, version=5)


def _step_6(db: peewee.Database) -> None:
    db.execute_sql('ALTER TABLE "order" ADD COLUMN items_text TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "order" ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0')
    item_summary.install(db)
    item_summary.rebuild(db)


def _step_7(db: peewee.Database) -> None:
    # the index of step 7 is made again by step 8, which comes in the same upgrade: making
    # it twice would index every message twice
    pass


def _step_8(db: peewee.Database) -> None:
    search.reinstall(db)


def _step_9(db: peewee.Database) -> None:
    db.create_tables([UndeliveredMessage, VanishedCopy])


def _step_10(db: peewee.Database) -> None:
    db.create_tables([StaleConversation])


def _step_11(db: peewee.Database) -> None:
    touched = duplicates.merge(db)
    db.execute_sql(f'CREATE UNIQUE INDEX IF NOT EXISTS "{MESSAGE_KEY_INDEX}" ON "message" '
                   "(\"message_id\") WHERE \"message_id\" <> ''")
    if touched:
        # their counts and clocks are recomputed once the schema is current; written down
        # in this step's transaction, the debt survives a crash before then (a sync pays it)
        bulk_insert(StaleConversation, [{"conversation": c} for c in sorted(touched)],
                    ignore_conflicts=True)
        _after_steps(events.CONVERSATIONS_CHANGED, ids=sorted(touched))


def _step_12(db: peewee.Database, page: int = 2000) -> None:
    db.create_tables([MessageReference])
    last = 0
    while True:
        rows = db.execute_sql(
            f'SELECT id, in_reply_to, "references" FROM "message" WHERE id > {db.param} '
            f"AND \"references\" <> '' ORDER BY id LIMIT {int(page)}", (last,)).fetchall()
        if not rows:
            return
        refs = []
        for pk, in_reply_to, references in rows:
            refs.extend(MessageReference.rows_for(pk, references.split(), in_reply_to or ""))
        bulk_insert(MessageReference, refs)
        last = rows[-1][0]


def _step_13(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    run(SchemaMigrator.from_database(db).add_column("account", "counts_from",
                                                    UtcDateTimeField(null=True)))


def _step_14(db: peewee.Database) -> None:
    # one statement, NOT NULL with its default: playhouse's add_column would rebuild the
    # table on SQLite, and dropping the old one cascades to every message
    db.execute_sql("ALTER TABLE conversation ADD COLUMN channel VARCHAR(16) NOT NULL "
                   "DEFAULT 'email'")
    # the reports read the few chats apart from mail (core/reports/kpis.py)
    db.execute_sql('CREATE INDEX IF NOT EXISTS "conversation_chat" ON "conversation" '
                   "(\"first_customer_at\") WHERE \"channel\" <> 'email'")


def _step_15(db: peewee.Database) -> None:
    # plain SQL, not playhouse's add_column: for a NOT NULL column SQLite's migrator copies
    # the table and drops the old one, and that drop cascades to every folder and place
    db.execute_sql("ALTER TABLE account ADD COLUMN auth VARCHAR(16) NOT NULL "
                   "DEFAULT 'password'")


def _step_16(db: peewee.Database) -> None:
    db.create_tables([NotCustomer])
    # mail stored before the notification senders' data existed is classified again by
    # the conversations layer, which subscribes to this notice (once every step is done)
    _after_steps(events.SCHEMA_UPGRADED, version=16)


def _step_17(db: peewee.Database) -> None:
    # in one statement: playhouse's add_column makes a NOT NULL column in a second step,
    # which SQLite does by copying and dropping the table - and dropping "account"
    # cascades to its folders and every message's place in them
    db.execute_sql("ALTER TABLE account ADD COLUMN simulated BOOLEAN NOT NULL DEFAULT FALSE")


def _step_18(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    run(SchemaMigrator.from_database(db).add_column("customer", "address",
                                                    peewee.TextField(null=True)))


def _step_19(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    # nullable, so neither SQLite nor PostgreSQL rebuilds the table to add it
    run(SchemaMigrator.from_database(db).add_column(
        "account", "sender_name", peewee.CharField(max_length=200, null=True)))


def _step_20(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    db.create_tables([Product, ProductKey, ProductPrice])
    migrator = SchemaMigrator.from_database(db)
    # a foreign key column comes with its index
    run(migrator.add_column("order_item", "product_id",
                            peewee.ForeignKeyField(Product, null=True, field=Product.id,
                                                   on_delete="SET NULL")))
    # the items already stored fill the catalogue once every step is done (shop layer)
    _after_steps(events.SCHEMA_UPGRADED, version=20)


def _step_21(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    # nullable on purpose: a NOT NULL add_column rebuilds the table on SQLite, and dropping
    # the old "order" table would cascade to its items, links and parcels
    run(SchemaMigrator.from_database(db).add_column("order", "delivery_address",
                                                    peewee.TextField(null=True)))


def _step_22(db: peewee.Database) -> None:
    db.create_tables([PendingLink])


def _step_23(db: peewee.Database) -> None:
    # one statement each, nullable or NOT NULL with a default: playhouse's add_column would
    # rebuild "customer" on SQLite, and dropping it cascades to every address
    stamp = "DATETIME" if isinstance(db, peewee.SqliteDatabase) else "TIMESTAMP"
    db.execute_sql(f"ALTER TABLE customer ADD COLUMN last_contact_at {stamp}")
    db.execute_sql("ALTER TABLE customer ADD COLUMN name_key VARCHAR(300) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE customer ADD COLUMN name_rest_key VARCHAR(300) NOT NULL "
                   "DEFAULT ''")
    db.execute_sql("ALTER TABLE customer ADD COLUMN phone_key VARCHAR(40) NOT NULL DEFAULT ''")
    # the same names peewee gives the models' indexes in a fresh database
    for name, table, columns in (
            ("customer_last_contact_at_id", "customer", '"last_contact_at", "id"'),
            ("customer_name_key_last_contact_at", "customer", '"name_key", "last_contact_at"'),
            ("customer_name_rest_key_last_contact_at", "customer",
             '"name_rest_key", "last_contact_at"'),
            ("customer_phone_key_last_contact_at", "customer",
             '"phone_key", "last_contact_at"'),
            ("order_number_customer_id", "order", '"number", "customer_id"')):
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')
    customer_keys.install(db)
    # plain SQL over columns every version has (no model is read): safe inside the step
    customer_keys.rebuild(db)


def _step_24(db: peewee.Database) -> None:
    db.create_tables([ChangeLog])


def _step_25(db: peewee.Database) -> None:
    db.create_tables([Presence])


def _step_26(db: peewee.Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    db.create_tables([Member])
    migrator = SchemaMigrator.from_database(db)
    # nullable: no table rebuild on SQLite (which would cascade to the messages)
    run(migrator.add_column("conversation", "assigned_to", peewee.IntegerField(null=True)),
        migrator.add_index("conversation", ("assigned_to",), False))


def _step_27(db: peewee.Database) -> None:
    db.execute_sql('CREATE INDEX IF NOT EXISTS "conversation_counterpart_email" '
                   'ON "conversation" ("counterpart_email")')
    # its full-text index (the words' first two and three letters) is made again by step
    # 28, which comes in the same upgrade: making it twice would index every message twice


def _step_28(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        search.reinstall(db)  # an FTS5 table's options cannot be changed: made anew


def _step_29(db: peewee.Database) -> None:
    # one statement, NOT NULL with its default: playhouse's add_column would rebuild the
    # message table on SQLite, and dropping the old one cascades to every place and file
    db.execute_sql("ALTER TABLE message ADD COLUMN html_unsafe TEXT NOT NULL DEFAULT ''")


#: version -> the step that brings the database from version-1 to it
STEPS: dict[int, Callable[[peewee.Database], None]] = {
    2: _step_2,
    3: _step_3,
    4: _step_4,
    5: _step_5,
    6: _step_6,
    7: _step_7,
    8: _step_8,
    9: _step_9,
    10: _step_10,
    11: _step_11,
    12: _step_12,
    13: _step_13,
    14: _step_14,
    15: _step_15,
    16: _step_16,
    17: _step_17,
    18: _step_18,
    19: _step_19,
    20: _step_20,
    21: _step_21,
    22: _step_22,
    23: _step_23,
    24: _step_24,
    25: _step_25,
    26: _step_26,
    27: _step_27,
    28: _step_28,
    29: _step_29,
}


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(AppMeta._meta.table_name):
        return 0
    row = AppMeta.get_or_none(AppMeta.key == VERSION_KEY)
    return int(row.value) if row else 0


def _set_version(db: peewee.Database, version: int) -> None:
    AppMeta.insert(key=VERSION_KEY, value=str(version)).on_conflict(
        conflict_target=[AppMeta.key], update={AppMeta.value: str(version)}
    ).execute()
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_fresh(db: peewee.Database) -> None:
    """Create every table of the current schema in an empty database."""
    with db.atomic():
        db.create_tables(MODELS)
        search.install(db)
        item_summary.install(db)
        customer_keys.install(db)
        _set_version(db, CURRENT_VERSION)
        AppMeta.insert(key="created_at", value=utcnow().isoformat()).on_conflict_ignore().execute()


#: work the steps of one upgrade leave for when every step is done: recomputing
#: conversations reads them through today's models, which may have columns a later step
#: adds (run in the middle, a step-11 recompute would ask for a column of step 14)
_pending: list[tuple[str, dict[str, object]]] = []


def _after_steps(kind: str, **data: object) -> None:
    _pending.append((kind, data))


def _run_pending(db: peewee.Database) -> None:
    work, _pending[:] = list(_pending), []
    if not work:
        return
    with db.atomic():
        for kind, data in work:
            events.announce(kind, required=True, **data)
            if kind == events.CONVERSATIONS_CHANGED:
                ids = list(data["ids"])  # type: ignore[call-overload]
                for start in range(0, len(ids), 500):
                    StaleConversation.delete().where(
                        StaleConversation.conversation.in_(ids[start:start + 500])).execute()


def migrate(db: peewee.Database, up_to: int = CURRENT_VERSION) -> int:
    """Bring ``db`` to :data:`CURRENT_VERSION` (tests: to ``up_to``); return the version it
    had before."""
    before = schema_version(db)
    if before == 0:
        existing = set(db.get_tables())
        if not existing & {m._meta.table_name for m in MODELS}:
            create_fresh(db)
            return 0
        raise StorageError("storage.foreign_tables", hint="storage.foreign_tables_hint")
    if before > CURRENT_VERSION:
        raise StorageError("storage.newer", {"version": before}, hint="storage.newer_hint")
    _pending.clear()
    for version in range(before + 1, up_to + 1):
        logger.info("Upgrading the database to schema %d", version)
        with db.atomic():
            STEPS[version](db)
            _set_version(db, version)
    if up_to == CURRENT_VERSION:
        _run_pending(db)
    else:  # a test stopping half-way: nothing may read the tables as today's models do
        _pending.clear()
    return before
