"""Each order's items in one line and their total quantity, stored on the order row.

"2 × Batik scarf [BS-01]; 1 × Pandan soap" and 3 sit in ``order.items_text`` and
``order.item_count``. The orders list searches and shows them for a page of orders, and
the orders export writes them for every order: read from the order row they cost nothing,
where grouping the item table for 100,000 orders took a quarter of a second of the export.

The database keeps them current: triggers on the item table (SQLite and PostgreSQL)
recompute an order's two columns whenever one of its items is inserted, changed or
deleted, in the same transaction, so every writer keeps them right, whether it goes
through the order service or not. The order model saves only the fields it changed, so an
order object loaded before its items changed cannot write the old summary back.

:func:`summary` is the same text made in Python, from the items themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee

SEPARATOR = "; "

#: one item's text in SQL, for both databases (``quantity`` is an integer column)
_LINE_SQL = ("{p}quantity || ' × ' || {p}title || "
             "CASE WHEN {p}sku <> '' THEN ' [' || {p}sku || ']' ELSE '' END")


def line(title: str, sku: str, quantity: int) -> str:
    """One item as the summary writes it: "2 × Batik scarf [BS-01]"."""
    return f"{quantity} × {title}" + (f" [{sku}]" if sku else "")


def summary(items: Iterable[tuple[str, str, int]]) -> str:
    """The summary of (title, sku, quantity) items, in their order."""
    return SEPARATOR.join(line(title, sku, quantity) for title, sku, quantity in items)


def _set_sql(db: peewee.Database, target: str) -> str:
    """SET clause giving order ``target`` the summary and quantity of its items."""
    if isinstance(db, peewee.SqliteDatabase):
        # the items come from the order_id index in id order, and group_concat keeps it
        text = (f"(SELECT group_concat({_LINE_SQL.format(p='')}, '{SEPARATOR}') FROM "
                f"(SELECT quantity, title, sku FROM order_item WHERE order_id = {target} "
                "ORDER BY id))")
    else:
        text = (f"(SELECT string_agg({_LINE_SQL.format(p='')}, '{SEPARATOR}' ORDER BY id) "
                f"FROM order_item WHERE order_id = {target})")
    count = f"(SELECT SUM(quantity) FROM order_item WHERE order_id = {target})"
    return f"items_text = COALESCE({text}, ''), item_count = COALESCE({count}, 0)"


def install(db: peewee.Database) -> None:
    """Create the triggers that keep the summaries current (idempotent)."""
    if isinstance(db, peewee.SqliteDatabase):
        def refresh(ref: str) -> str:
            return f'UPDATE "order" SET {_set_sql(db, ref)} WHERE id = {ref};'

        db.execute_sql("CREATE TRIGGER IF NOT EXISTS order_item_summary_ai AFTER INSERT ON "
                       f"order_item BEGIN {refresh('new.order_id')} END")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS order_item_summary_ad AFTER DELETE ON "
                       f"order_item BEGIN {refresh('old.order_id')} END")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS order_item_summary_au AFTER UPDATE ON "
                       f"order_item BEGIN {refresh('new.order_id')} "
                       f"{refresh('old.order_id')} END")
        return
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION order_item_summary_refresh(target integer) "
        "RETURNS void LANGUAGE sql AS $$ "
        f'UPDATE "order" SET {_set_sql(db, "target")} WHERE id = target $$'
    )
    # NEW is only read for inserts and updates, OLD only for updates and deletes
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION order_item_summary() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP <> 'DELETE' THEN PERFORM order_item_summary_refresh(NEW.order_id); END IF; "
        "IF TG_OP = 'DELETE' THEN PERFORM order_item_summary_refresh(OLD.order_id); "
        "ELSIF TG_OP = 'UPDATE' THEN "
        "IF OLD.order_id <> NEW.order_id THEN "
        "PERFORM order_item_summary_refresh(OLD.order_id); END IF; END IF; "
        "RETURN NULL; END $$"
    )
    db.execute_sql("DROP TRIGGER IF EXISTS order_item_summary ON order_item")
    db.execute_sql("CREATE TRIGGER order_item_summary AFTER INSERT OR UPDATE OR DELETE ON "
                   "order_item FOR EACH ROW EXECUTE FUNCTION order_item_summary()")


def rebuild(db: peewee.Database) -> None:
    """Recompute every order's summary from its items."""
    this_order = '"order".id'
    db.execute_sql(f'UPDATE "order" SET {_set_sql(db, this_order)}')
