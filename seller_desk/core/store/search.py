"""Full-text search over messages: SQLite FTS5, or PostgreSQL's own text search.

The index covers subject, sender, recipients and the text body. On SQLite it is an FTS5
table kept current by triggers on the message table (so every writer, sync included,
updates it in the same transaction); on PostgreSQL a generated ``tsvector`` column with a
GIN index. Each word the seller types matches as a prefix ("pay" finds "payment"), all
words must match, and case and accents do not matter.

The index holds the first :data:`INDEXED_TEXT` characters of each message's text (about
5,000 words: any customer's mail, and an earlier message quoted below it is indexed in
its own right). Indexing grows faster than the text: one broken message whose "text" is
140 KB of binary took as long to index as a thousand ordinary ones.

The FTS5 table's external content is the view ``message_fts_source``, which shows each
message with exactly that prefix of its text. FTS5 reads its content table to check the
index (:func:`check`) and to rebuild it; reading the message table itself, it saw whole
texts where the index holds prefixes and called a healthy index corrupt. A view costs
nothing when mail is stored: the triggers write the index as before.

Beside its words the index keeps their first three letters (an FTS5 prefix index), so the
first letters typed in the search box are found at once. A word of one or two letters is
searched as the words of the index that begin with it, grouped by their first three
letters (:func:`_short_word`): "pe" is the word "pe" or any word beginning "pea", "peb",
... as far as the index holds such words, each group one list of the prefix index.
"""

from __future__ import annotations

import re

import peewee

from seller_desk.core.store.models import database

_FTS_COLUMNS = ("subject", "sender_name", "sender_email", "to_addrs", "text_body")
_WORD = re.compile(r"[\w@.+-]+", re.UNICODE)
#: characters of a message's text that are searchable
INDEXED_TEXT = 32768
_TRIGGERS = ("message_fts_ai", "message_fts_ad", "message_fts_au")
#: the search box searches as the seller types, so its first letters are prefixes of
#: thousands of words ("pe": 7,096 in 100,000 messages): merging all their lists took
#: 52 ms, and 0.7 ms from an index of the words' first two and three letters (schema 27).
#: Each of those two indexes cost a first sync of 10,000 messages 0.2-0.5 s of processor
#: time; the three-letter one alone answers two letters too (:func:`_short_word`), and
#: without it "pen" took 37 ms in the search box, 60 ms at worst (search_bench.py)
_PREFIX_CHARS = 3
_PREFIXES = f"prefix='{_PREFIX_CHARS}'"
_SOURCE = "message_fts_source"
#: the index's own list of the words it holds (FTS5's fts5vocab), read in word order
_TERMS = "message_fts_terms"
#: a word this short with more groups than this is searched as a plain prefix
_MAX_GROUPS = 300
#: FTS5 writes each transaction's words as a new segment and merges segments as they
#: pile up; at its default (4 of a size) a first sync rewrote its index about twice over.
#: At 8 the sync of 10,000 messages costs 0.1-0.3 s less processor time, and a search
#: reads about twice as many segments (21 against 10 over 100,000 messages: "pe" 3.5
#: against 2.8 ms in the index)
_AUTOMERGE = 8


def _values(prefix: str, named: bool = False) -> str:
    """The indexed values of a message row (``new.``, ``old.`` or no prefix); ``named``
    names the shortened text as its column (for the view)."""
    text = f" AS {_FTS_COLUMNS[-1]}" if named else ""
    return ", ".join(f"substr({prefix}{c}, 1, {INDEXED_TEXT}){text}" if c == "text_body"
                     else f"{prefix}{c}" for c in _FTS_COLUMNS)


def install(db: peewee.Database) -> None:
    """Create the index and whatever keeps it current (idempotent)."""
    if isinstance(db, peewee.SqliteDatabase):
        cols = ", ".join(_FTS_COLUMNS)
        # an external-content index must be told exactly the values it indexed when a
        # row goes: the delete passes the same shortened text as the insert
        new, old = _values("new."), _values("old.")
        source = _values("", named=True)
        db.execute_sql(f"CREATE VIEW IF NOT EXISTS {_SOURCE} AS SELECT id, {source} FROM message")
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS message_fts USING fts5({cols}, "
            f"content='{_SOURCE}', content_rowid='id', {_PREFIXES}, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        db.execute_sql("INSERT INTO message_fts(message_fts, rank) "
                       f"VALUES ('automerge', {_AUTOMERGE})")
        # one row per word and place: the first row of a word is read without its list
        db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TERMS} "
                       "USING fts5vocab(message_fts, instance)")
        db.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS message_fts_ai AFTER INSERT ON message BEGIN "
            f"INSERT INTO message_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        db.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS message_fts_ad AFTER DELETE ON message BEGIN "
            f"INSERT INTO message_fts(message_fts, rowid, {cols}) "
            f"VALUES ('delete', old.id, {old}); END"
        )
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS message_fts_au AFTER UPDATE OF {cols} ON message "
            f"BEGIN INSERT INTO message_fts(message_fts, rowid, {cols}) "
            f"VALUES ('delete', old.id, {old}); "
            f"INSERT INTO message_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
    else:
        doc = " || ' ' || ".join(
            f"left(coalesce({c}, ''), {INDEXED_TEXT})" if c == "text_body"
            else f"coalesce({c}, '')" for c in _FTS_COLUMNS)
        db.execute_sql(
            "ALTER TABLE message ADD COLUMN IF NOT EXISTS search_vector tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple', {doc})) STORED"
        )
        db.execute_sql(
            "CREATE INDEX IF NOT EXISTS message_search_idx ON message USING GIN (search_vector)"
        )


def reinstall(db: peewee.Database) -> None:
    """Replace the index and what keeps it current with the current definition, filled
    from the stored messages (a schema step that changes what is indexed)."""
    if isinstance(db, peewee.SqliteDatabase):
        for trigger in _TRIGGERS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        # an FTS5 table's content table cannot be changed: the index is made anew
        db.execute_sql(f"DROP TABLE IF EXISTS {_TERMS}")
        db.execute_sql("DROP TABLE IF EXISTS message_fts")
        db.execute_sql(f"DROP VIEW IF EXISTS {_SOURCE}")
    else:
        db.execute_sql("ALTER TABLE message DROP COLUMN IF EXISTS search_vector")
    install(db)
    rebuild(db)


def rebuild(db: peewee.Database) -> None:
    """Re-fill the index from the stored messages (PostgreSQL's column fills itself).

    FTS5's own 'rebuild' reads the view, so it indexes the same prefixes as the triggers.
    """
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql("INSERT INTO message_fts(message_fts) VALUES ('rebuild')")


def check(db: peewee.Database) -> str | None:
    """None when the index matches the stored messages; otherwise what SQLite said.

    SQLite's own check, compared with the content (rank 1): every indexed row must match
    what the view shows, and nothing else may be indexed. PostgreSQL keeps its index
    itself, so there is nothing to check there.
    """
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    try:
        db.execute_sql("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)")
    except peewee.DatabaseError as exc:
        return str(exc) or type(exc).__name__
    return None


def words(query: str) -> list[str]:
    return [w for w in _WORD.findall(query.lower()) if w.strip(".-+@")]


def search_messages(query: str, limit: int = 200, newest_first: bool = False) -> list[int]:
    """Ids of messages matching every word of ``query``, best match first.

    Args:
        newest_first: order by storage (newest mail first) instead of relevance. Ranking
            every match costs about 50 ms for a common word over 100,000 messages; walking
            the index newest first costs 1-4 ms, and the inbox orders by recency anyway.
    """
    terms = words(query)
    if not terms:
        return []
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        # ranked, every match is read anyway: the plain prefixes keep bm25's scores as
        # they were (a word split into groups would be scored as many)
        match = newest_match(db, terms) if newest_first else _fts_prefixes(terms)
        order = "rowid DESC" if newest_first else "rank"
        cursor = db.execute_sql(
            f"SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY {order} LIMIT ?",
            (match, limit),
        )
    else:
        tsquery = _tsquery(terms)
        if not tsquery:
            return []
        cursor = db.execute_sql(
            "SELECT id FROM message WHERE search_vector @@ to_tsquery('simple', %s) "
            "ORDER BY date DESC NULLS LAST LIMIT %s",
            (tsquery, limit),
        )
    return [row[0] for row in cursor.fetchall()]


def search_conversations(query: str, limit: int = 200) -> list[int]:
    """Ids of conversations holding a matching message, most recent activity first.

    One statement: the newest ``limit * 5`` matching messages, their conversations, ordered
    by activity. (Building the same with peewee's ``IN`` lists of a thousand ids cost more
    than the search itself.)
    """
    found = conversations_matching(query, limit * 5)
    if found is None:
        return []
    db = database.obj
    sub, args = found
    cursor = db.execute_sql(
        f'SELECT c.id FROM "conversation" AS c WHERE c.id IN ({sub})'
        f" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT {db.param}",
        (*args, limit),
    )
    return [row[0] for row in cursor.fetchall()]


def conversations_matching(query: str, messages: int) -> tuple[str, tuple[object, ...]] | None:
    """A subquery (SQL and its parameters) selecting the conversations of the newest
    ``messages`` messages matching every word of ``query``; None when it has no words.

    A piece for a caller's own statement, so that statement can join it with other ways of
    finding a conversation and order the lot in the database (the search box).
    """
    terms = words(query)
    if not terms:
        return None
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        matching = ("SELECT rowid FROM message_fts WHERE message_fts MATCH ? "
                    "ORDER BY rowid DESC LIMIT ?")
        match: object = newest_match(db, terms)
    else:
        tsquery = _tsquery(terms)
        if not tsquery:
            return None
        matching = ("SELECT id FROM message WHERE search_vector @@ to_tsquery('simple', %s) "
                    "ORDER BY id DESC LIMIT %s")
        match = tsquery
    return (f'SELECT m.conversation_id FROM "message" AS m WHERE m.id IN ({matching})',
            (match, messages))


def _fts_prefixes(terms: list[str]) -> str:
    """SQLite FTS5: every word, quoted (a quote doubled), as a prefix ("batik"* "merah"*)."""
    return " ".join(_quoted(t) + "*" for t in terms)


def newest_match(db: peewee.Database, terms: list[str]) -> str:
    """SQLite FTS5, for reading the newest matches: every word as a prefix, a word of one
    or two letters as the groups of words it begins (:func:`_short_word`). The search box's
    expression (its benchmark times it bare too)."""
    return " AND ".join(_short_word(db, t) or _quoted(t) + "*" for t in terms)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _short_word(db: peewee.Database, word: str) -> str | None:
    """What FTS5 matches for ``word`` typed as a prefix, read from the index: the words
    shorter than the prefix index that begin so, and the three-letter groups of the
    longer ones ("pe" OR "pea"* OR "ped"* ...); None to search ``word`` as a plain prefix.

    Without an index of their own, the lists of every word beginning with the two letters
    typed are merged before the first match is read (20 ms for "pe" over 100,000
    messages); each group is one list of the three-letter index, and FTS5 walks their
    union newest first and stops at the matches wanted (2 ms). The groups are found with
    one look-up each in the index's word list, so a word arriving between them and the
    search itself is found from the next search on.

    Only a plain lower-case ASCII word is taken apart: it is its own token, and so are
    the groups found for it; anything else is left to FTS5 as typed.
    """
    if not (len(word) < _PREFIX_CHARS and word.isascii() and word.isalnum()):
        return None
    end = _following(word)
    parts: list[str] = []
    probe, inclusive = word, True
    while len(parts) <= _MAX_GROUPS:
        row = db.execute_sql(
            f"SELECT term FROM {_TERMS} WHERE term {'>=' if inclusive else '>'} ? "
            "AND term < ? LIMIT 1", (probe, end)).fetchone()
        if row is None:
            return " OR ".join(parts).join("()") if parts else _quoted(word)
        term = row[0]
        group = term[:_PREFIX_CHARS]
        if not group.isascii():  # not certain to read back as one token of itself
            return None
        if len(term) < _PREFIX_CHARS:  # a short word itself: matched whole
            parts.append(_quoted(term))
            probe, inclusive = term, False
            continue
        parts.append(_quoted(group) + "*")
        probe, inclusive = _following(group), True
    return None


def _following(prefix: str) -> str:
    """The least text above every text beginning with ``prefix`` (an ASCII prefix)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _tsquery(terms: list[str]) -> str:
    """PostgreSQL: every word, letters and digits only, as a prefix (batik:* & merah:*)."""
    cleaned = [re.sub(r"[^\w]", "", t) for t in terms]
    return " & ".join(t + ":*" for t in cleaned if t)


def messages_naming(numbers: list[str], limit: int = 20_000) -> list[int]:
    """Ids of messages whose subject or text holds one of ``numbers`` word for word.

    An order number is matched as a phrase of its words ("12-34567-89012" is the words 12,
    34567 and 89012 in a row), in one query for the lot, so linking a new order costs an
    index look-up, not a read of every stored message. It finds candidates: the caller
    checks each with the order-number patterns, which know where a number really stands.
    """
    numbers = [n for n in numbers if words(n)]
    if not numbers:
        return []
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        phrases = " OR ".join('"' + n.replace('"', '""') + '"' for n in numbers)
        cursor = db.execute_sql(
            "SELECT rowid FROM message_fts WHERE message_fts MATCH ? LIMIT ?",
            ("{subject text_body} : (" + phrases + ")", limit),
        )
    else:
        # the same parser reads the number and the stored text, so its words line up
        query = " || ".join("phraseto_tsquery('simple', %s)" for _ in numbers)
        cursor = db.execute_sql(
            f"SELECT id FROM message WHERE search_vector @@ ({query}) LIMIT %s",
            (*numbers, limit),
        )
    return [row[0] for row in cursor.fetchall()]
