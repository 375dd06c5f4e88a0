"""Each customer's last contact and search keys, stored on the customer row (schema 23).

The Customers screen sorts 50,000 customers by last contact and searches them as the seller
types. Worked out per query (the latest conversation of every customer, a substring scan of
every name, email and phone) the first page took a quarter of a second; read from indexed
columns it is a walk down one index. The row keeps:

* ``last_contact_at``: the latest activity of the customer's conversations, else the
  customer's own last change (a customer known only from an order import);
* ``name_key``: the name in lower case (SQLite's ``lower``: ASCII letters), for prefix search,
  and ``name_rest_key`` the same from its second word on ("aminah binti ali"), so a search
  for "aminah" finds "Siti Aminah binti Ali" on an index too (a scan of every name for a
  word inside it cost more than the rest of a keystroke);
* ``phone_key``: the national part of the E.164 phone (``+60123456789`` -> ``123456789``),
  so "012-345 6789", "+60 12-345 6789" and "12345" all find it by an index prefix.

The database keeps them current, as it does the order items summary (item_summary.py):
triggers on the customer and conversation tables (SQLite and PostgreSQL) recompute a
customer's columns whenever its name, phone or change time, or one of its conversations'
activity or owner changes, in the same transaction. So every writer keeps them right (the
mail sync, WhatsApp imports, order imports, merges, splits, deletions) without knowing of
them, and no event can be missed by a subscriber that was not listening.

Country calling codes are prefix-free (ITU-T E.164), so the length of the code is told by
its first digits; the one- and two-digit codes are taken from the phone number library.
"""

from __future__ import annotations

import peewee

#: the one- and two-digit calling codes (ITU-T E.164); every other code has three digits.
#: Written out rather than read from the phone number library, whose data (~100 ms) would
#: then load whenever a database is opened; tests/unit/test_customer_book.py checks the
#: list against the library's.
SHORT_CODES = (
    "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44",
    "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
    "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95",
    "98",
)


def _in_list(codes: list[str]) -> str:
    return ", ".join(f"'{code}'" for code in codes)


def phone_key_sql(phone: str) -> str:
    """SQL giving the national part of the E.164 number in column expression ``phone``."""
    one = [c for c in SHORT_CODES if len(c) == 1]
    two = [c for c in SHORT_CODES if len(c) == 2]
    return (f"CASE WHEN substr({phone}, 1, 1) <> '+' THEN {phone} "
            f"WHEN substr({phone}, 2, 1) IN ({_in_list(one)}) THEN substr({phone}, 3) "
            f"WHEN substr({phone}, 2, 2) IN ({_in_list(two)}) THEN substr({phone}, 4) "
            f"ELSE substr({phone}, 5) END")


def phone_key(e164: str) -> str:
    """The same national part in Python (search reads a typed international number so)."""
    if not e164.startswith("+"):
        return e164
    for length in (1, 2):
        if e164[1:1 + length] in SHORT_CODES:
            return e164[1 + length:]
    return e164[4:]


def name_rest_sql(name: str, sqlite: bool) -> str:
    """SQL giving the lower-case name from its second word on ('' for a one-word name)."""
    low = f"lower({name})"
    find = f"instr({low}, ' ')" if sqlite else f"strpos({low}, ' ')"
    return f"CASE WHEN {find} > 0 THEN ltrim(substr({low}, {find} + 1)) ELSE '' END"


def _contact_sql(target: str, updated_at: str) -> str:
    return (f"COALESCE((SELECT MAX(last_activity_at) FROM conversation "
            f"WHERE customer_id = {target}), {updated_at})")


#: a conversation of the same customer moving later in time: the customer's last contact
#: can only move up to it, no look-up needed (the sync's everyday case); both times are
#: set, so the condition is never NULL
_LATER = ("{n}.customer_id IS NOT NULL AND {n}.customer_id IS NOT DISTINCT FROM "
          "{o}.customer_id AND {o}.last_activity_at IS NOT NULL AND "
          "{n}.last_activity_at IS NOT NULL AND {n}.last_activity_at > {o}.last_activity_at")
_CHANGED = ("({n}.last_activity_at IS DISTINCT FROM {o}.last_activity_at OR "
            "{n}.customer_id IS DISTINCT FROM {o}.customer_id)")


def install(db: peewee.Database) -> None:
    """Create the triggers that keep the columns current (idempotent)."""
    if isinstance(db, peewee.SqliteDatabase):
        def own(ref: str) -> str:
            return (f"UPDATE customer SET name_key = lower({ref}.name), "
                    f"name_rest_key = {name_rest_sql(ref + '.name', True)}, "
                    f"phone_key = {phone_key_sql(ref + '.phone')}, "
                    f"last_contact_at = {_contact_sql(ref + '.id', ref + '.updated_at')} "
                    f"WHERE id = {ref}.id;")

        def contact(target: str) -> str:
            return (f"UPDATE customer SET last_contact_at = "
                    f"{_contact_sql(target, 'updated_at')} WHERE id = {target};")

        # the inner UPDATEs set none of the columns the triggers watch, so nothing recurses
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS customer_keys_ai AFTER INSERT ON "
                       f"customer BEGIN {own('new')} END")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS customer_keys_au AFTER UPDATE OF name, "
                       f"phone, updated_at ON customer BEGIN {own('new')} END")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS conversation_contact_ai AFTER INSERT ON "
                       "conversation WHEN new.customer_id IS NOT NULL BEGIN "
                       f"{contact('new.customer_id')} END")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS conversation_contact_ad AFTER DELETE ON "
                       "conversation WHEN old.customer_id IS NOT NULL BEGIN "
                       f"{contact('old.customer_id')} END")
        # the sync saves conversations often: a later time of the same customer only moves
        # the last contact up; another change (an earlier time, a new owner) looks it up
        later = _LATER.format(n="new", o="old").replace(
            "IS NOT DISTINCT FROM", "IS").replace("IS DISTINCT FROM", "IS NOT")
        changed = _CHANGED.format(n="new", o="old").replace("IS DISTINCT FROM", "IS NOT")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS conversation_contact_later AFTER UPDATE "
                       f"OF last_activity_at ON conversation WHEN {later} BEGIN "
                       "UPDATE customer SET last_contact_at = new.last_activity_at "
                       "WHERE id = new.customer_id AND last_contact_at < new.last_activity_at;"
                       " END")
        db.execute_sql("CREATE TRIGGER IF NOT EXISTS conversation_contact_au AFTER UPDATE OF "
                       "last_activity_at, customer_id ON conversation WHEN "
                       f"{changed} AND NOT ({later}) BEGIN "
                       f"{contact('new.customer_id')} "
                       f"UPDATE customer SET last_contact_at = "
                       f"{_contact_sql('old.customer_id', 'updated_at')} "
                       "WHERE id = old.customer_id AND old.customer_id IS NOT new.customer_id;"
                       " END")
        return
    # PostgreSQL: the customer's own columns in a BEFORE trigger (it sees the new row) when
    # a column they come from is written; a conversation's change sets the last contact
    # itself (writing no column that wakes the customer's trigger)
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION customer_keys() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN NEW.name_key := lower(NEW.name); "
        f"NEW.name_rest_key := {name_rest_sql('NEW.name', False)}; "
        f"NEW.phone_key := {phone_key_sql('NEW.phone')}; "
        f"NEW.last_contact_at := {_contact_sql('NEW.id', 'NEW.updated_at')}; "
        "RETURN NEW; END $$")
    db.execute_sql("DROP TRIGGER IF EXISTS customer_keys ON customer")
    db.execute_sql("CREATE TRIGGER customer_keys BEFORE INSERT OR UPDATE OF name, phone, "
                   "updated_at ON customer FOR EACH ROW EXECUTE FUNCTION customer_keys()")
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION conversation_contact() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'UPDATE' AND NOT {_CHANGED.format(n='NEW', o='OLD')} "
        "THEN RETURN NULL; END IF; "
        f"IF TG_OP = 'UPDATE' AND {_LATER.format(n='NEW', o='OLD')} THEN "
        "UPDATE customer SET last_contact_at = NEW.last_activity_at "
        "WHERE id = NEW.customer_id AND last_contact_at < NEW.last_activity_at; "
        "RETURN NULL; END IF; "
        "IF TG_OP <> 'DELETE' AND NEW.customer_id IS NOT NULL THEN "
        f"UPDATE customer SET last_contact_at = {_contact_sql('NEW.customer_id', 'updated_at')}"
        " WHERE id = NEW.customer_id; END IF; "
        "IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.customer_id IS NOT NULL AND "
        "OLD.customer_id IS DISTINCT FROM NEW.customer_id) THEN "
        f"UPDATE customer SET last_contact_at = {_contact_sql('OLD.customer_id', 'updated_at')}"
        " WHERE id = OLD.customer_id; END IF; "
        "RETURN NULL; END $$")
    db.execute_sql("DROP TRIGGER IF EXISTS conversation_contact ON conversation")
    db.execute_sql("CREATE TRIGGER conversation_contact AFTER INSERT OR DELETE OR UPDATE OF "
                   "last_activity_at, customer_id ON conversation "
                   "FOR EACH ROW EXECUTE FUNCTION conversation_contact()")


def rebuild(db: peewee.Database) -> None:
    """Work out every customer's columns from their conversations, name and phone."""
    sqlite = isinstance(db, peewee.SqliteDatabase)
    db.execute_sql(f"UPDATE customer SET name_key = lower(name), "
                   f"name_rest_key = {name_rest_sql('name', sqlite)}, "
                   f"phone_key = {phone_key_sql('phone')}, "
                   f"last_contact_at = {_contact_sql('customer.id', 'updated_at')}")
