"""Search benchmark: the inbox search box over 100,000 stored messages shaped like real mail.

    .venv/bin/python tests/bench/search_bench.py [--messages 100000] [--keep DIR]

Builds (or reuses with --keep) a SQLite database of --messages messages in a quarter as
many conversations, 5,000 customers and 2,000 orders. The mail is shaped like a shop's:

* three languages (a third each of Malay, Indonesian and English), each drawn from its own
  vocabulary with Zipf-like word frequencies (a word's share falls as one over its rank):
  a few hundred everyday shop words and collocations ("terima kasih", "belum sampai"),
  then a long tail of rarer words; Malay and Indonesian mail borrows English words;
* names of customers (Malay, Chinese, Indian, Indonesian; some names far more common than
  others) as senders, in greetings and signatures; order numbers, amounts, parcel
  tracking numbers and phone numbers; replies that quote the message before;
* message lengths from a few words to a few hundred (log-normal).

For each query it first measures how many messages hold each of its words (the way the
search box matches them: as a prefix) and the whole query, and checks the corpus has the
shape the figures rely on: the rare word in some messages but well under 0.1 %, the common
word in more than 10 %; a corpus that misses that shape ends the run with exit status 2.
Then it times (median of 7 after a warm-up, in ms; the five figures of a query are taken in
turn, so they all see the machine in the same state):

* fts floor: the bare FTS5 MATCH of the query through sqlite3, the newest matches the
  search box reads (``search_conversations``: 5 x the box's limit), with the expression
  the box makes of its words (``search.newest_match``: a word of one or two letters as
  the groups of words it begins, which the box first looks up in the index's word list;
  those look-ups are in the box's SQL below, not in the floor);
* box SQL:   every SQL statement the search box runs for the query (captured from one
  call), replayed through sqlite3 with no Python around them: the box's own floor;
* box:       ``inbox.search_ids``, what the search box runs: mail text, customer names and
  addresses, order numbers, ordered by last activity;
* ranked:    ``search.search_messages``, the index alone ranked best match first (which
  ranks every match);
* scan:      a ``LIKE '%...%'`` over every subject and body for each word (or the whole
  phrase), what search would cost without the index.

The search box has no phrase search: a phrase typed in quotes is searched as its words.
The phrase query shows how many messages hold the phrase itself (FTS5's phrase match)
against how many the box's words match.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

#: bump when the generated mail changes, so --keep does not reuse an older corpus
CORPUS_VERSION = 2
RARE_SHARE = 0.001  # the rare word must be in fewer messages than this share ...
COMMON_SHARE = 0.10  # ... and the common word in more

# (label, what the seller types, its role in the shape check)
QUERIES = [
    ("rare word", "stained", "rare"),
    ("common word", "order", "common"),
    ("two words", "paket belum", ""),
    ("prefix being typed", "pengh", ""),
    ("short prefix", "pe", ""),
    ("three letters", "pen", ""),
    ("phrase in quotes", '"belum sampai"', "phrase"),
    ("customer address", "budi.santoso", ""),
    ("order number", "1218", ""),
]

# Everyday words of each language, most frequent first (a word's rank sets its share);
# a pair of words is a collocation drawn as one, so phrases occur as they do in mail.
HEAD = {
    "ms": """saya kak nak terima_kasih boleh tak dah ya barang pesanan bayar sudah untuk ini
        tolong belum sampai lagi hari ada dengan itu semak bila pos esok stok harga berapa
        saiz warna hantar alamat nombor minggu lepas baju tudung kain batik kasut beg sila
        maklumkan encik puan cik akaun bank resit bukti bayaran pembayaran penghantaran
        kurier tracking mohon maaf lewat kotak basah rosak salah tukar ganti besar kecil
        merah biru hijau hitam putih cantik sangat suka puas_hati terlalu lambat cepat
        belum_sampai sudah_bayar ada_stok boleh_tak dari mana kenapa macam mana_satu
        pulangan wang dapat terima buat order nanti tunggu lama pun juga kalau sebab
        beli lagi_satu kedai online shopee lazada cod pengirim penerima seminggu dua tiga
        satu hari_ini semalam pagi petang malam kawan mak suami isteri anak hadiah raya
        bawal shawl kurung kebaya songket sampin sarung tengkolok""",
    "id": """kak saya sudah makasih paket belum ya transfer pesanan ini tolong sampai juga
        dicek resi tidak update kapan dikirim barang bisa ada stok ukuran warna harga
        ongkir alamat nomor minggu lalu baju kerudung hijab kain batik sepatu tas mohon
        info gan sis rekening bukti pembayaran pengiriman kurir jne jnt sicepat lacak maaf
        telat kardus basah rusak salah tukar ganti besar kecil merah biru hijau hitam putih
        bagus banget suka puas terlalu lama cepat belum_sampai sudah_transfer masih_ada
        terima_kasih dari mana kenapa gimana yang mana retur uang kembali dapat terima beli
        order nanti tunggu juga kalau karena lagi toko online tokopedia shopee cod pengirim
        penerima seminggu dua tiga satu hari_ini kemarin pagi sore malam teman ibu suami
        istri anak hadiah lebaran gamis mukena sarung kebaya songket""",
    "en": """the i you to and a my it is for order thank_you please have in this not can
        of on your parcel received still was but when will be with at tracking_number
        delivery arrived yet check item size colour color price payment paid ship shipped
        address number week last scarf batik dress shoes bag hi hello dear thanks refund
        return exchange wrong damaged box wet late sorry big small red blue green black
        white beautiful very love happy too slow fast not_arrived already_paid in_stock
        from where why how which money back get buy again shop online cod sender receiver
        today yesterday morning evening night friend mother husband wife gift any update
        could would kindly regards best soon waiting sent courier tomorrow days""",
}
# English words that Malay and Indonesian mail borrows
BORROWED = ["order", "tracking", "cod", "online", "update", "size", "refund", "parcel", "item", "shipping", "payment", "stock", "ok", "noted", "thanks", "sorry"]
# real words placed in the long tail, at these ranks of their language (rare in real mail)
TAIL_WORDS = {"en": {"stained": 9000, "faded": 4000, "stitching": 12000},
              "ms": {"koyak": 6000, "kemek": 9000, "pudar": 12000},
              "id": {"sobek": 6000, "penyok": 9000, "luntur": 12000}}
TAIL_SIZE = 24_000  # words in each language's long tail
SYLLABLES = {
    "ms": ["ba", "be", "bi", "bu", "ka", "ke", "ki", "ku", "ma", "me", "mi", "mu", "na", "ni", "nu", "pa", "pe", "pi", "pu", "ra", "ri", "ru", "sa", "se", "si", "su", "ta", "te", "ti", "tu", "la", "li", "lu", "ja", "ji", "ga", "gu", "ha", "da", "di", "du", "wa", "ya", "nga", "ngi", "nya", "ang", "ung", "an", "in", "ar"],
    "id": ["ba", "be", "bi", "bu", "ka", "ke", "ki", "ku", "ma", "me", "mi", "mo", "na", "ni", "nu", "pa", "pe", "pi", "po", "ra", "ri", "ru", "sa", "se", "si", "so", "ta", "te", "ti", "to", "la", "li", "lo", "ja", "ju", "ga", "go", "ha", "da", "di", "do", "wa", "ya", "nga", "nyi", "an", "ang", "en", "ung", "er"],
    "en": ["ab", "ac", "ad", "al", "an", "ar", "as", "at", "be", "ble", "ch", "co", "com", "con", "de", "di", "en", "er", "es", "ex", "fi", "for", "ge", "in", "ing", "ion", "is", "it", "le", "li", "lo", "ly", "ma", "me", "mi", "mo", "ne", "no", "or", "ou", "per", "pre", "pro", "ra", "re", "ri", "ro", "se", "si", "st", "ta", "te", "th", "ti", "to", "tr", "un", "ur", "ve", "wa"],
}
_EMPTY = ("",) * 6
AFFIXES = {"ms": (("ber", "me", "mem", "di", "ter", "pe", "peng", "ke", "se", *_EMPTY),
                  ("kan", "an", "nya", "", "", "")),
           "id": (("ber", "me", "mem", "di", "ter", "pe", "peng", "ke", "se", *_EMPTY),
                  ("kan", "an", "nya", "i", "", "")),
           "en": (("re", "un", "dis", "", "", ""), ("s", "ed", "ing", "er", "ly", "", ""))}
FIRST = ["Siti", "Nur", "Aisyah", "Budi", "Dewi", "Wei_Ming", "Putri", "Agus", "Nurul", "Farah", "Mei_Ling", "Rajesh", "Kavitha", "Ahmad", "Muhammad", "Sarah", "Ayu", "Rina", "Hafiz", "Amirah", "Jia_Hui", "Suresh", "Priya", "Indah", "Wahyu", "Rizky", "Fitri", "Lim", "Chong", "Hui_Min", "Arun", "Deepa", "Zulkifli", "Azlan", "Lestari", "Bambang", "Intan", "Yusuf", "Farhana", "Kumar", "Anis", "Syafiq", "Haziq", "Melati", "Retno"]
LAST = ["binti_Ahmad", "bin_Ismail", "Tan", "Lim", "Santoso", "Rahman", "Wijaya", "Pratama", "Lestari", "Pillai", "Lee", "Ng", "Abdullah", "Hassan", "Hidayat", "Kusuma", "Setiawan", "Nair", "Wong", "Chan", "Ibrahim", "Salleh", "Saputra", "Nugroho", "Raj", "Goh", "Teo", "Omar", "Yusof", "Halim", "Sari", "Susanto", "Chandra", "Kaur", "Ong"]
PRODUCTS = ["batik silk scarf", "tudung bawal", "baju kurung moden", "kain songket", "kasut sukan", "beg tangan kulit", "hijab instan", "gamis syari", "sarung tenun", "kebaya encim"]


def zipf_cumulative(n: int, s: float = 1.05) -> list[float]:
    """Cumulative weights of ranks 1..n with shares proportional to 1 / rank**s."""
    out, total = [], 0.0
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        out.append(total)
    return out


def vocabulary(lang: str, rnd: random.Random) -> list[str]:
    """The language's words by rank: its everyday words, then a long tail of rarer ones
    (made of the language's syllables and affixes, with a few real words placed in it)."""
    head = list(dict.fromkeys(w.replace("_", " ") for w in HEAD[lang].split()))
    seen = set(head)
    prefixes, suffixes = AFFIXES[lang]
    tail: list[str] = []
    while len(tail) < TAIL_SIZE:
        stem = "".join(rnd.choice(SYLLABLES[lang]) for _ in range(rnd.choice((2, 2, 3, 3, 4))))
        word = rnd.choice(prefixes) + stem + rnd.choice(suffixes)
        if word not in seen and not any(word.startswith(w) for w in TAIL_WORDS[lang]):
            seen.add(word)
            tail.append(word)
    words = head + tail
    for word, rank in sorted(TAIL_WORDS[lang].items(), key=lambda kv: kv[1]):
        words.insert(rank - 1, word)
    return words


class MailWriter:
    """Writes the text of shop mail: greeting, Zipf-drawn words, numbers, signature."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.vocab = {lang: vocabulary(lang, rnd) for lang in HEAD}
        self.cum = {lang: zipf_cumulative(len(words)) for lang, words in self.vocab.items()}
        self.first = [w.replace("_", " ") for w in FIRST]
        self.first_cum = zipf_cumulative(len(self.first), 0.9)
        self.last = [w.replace("_", " ") for w in LAST]
        self.last_cum = zipf_cumulative(len(self.last), 0.9)

    def name(self) -> str:
        rnd = self.rnd
        first = rnd.choices(self.first, cum_weights=self.first_cum)[0]
        last = rnd.choices(self.last, cum_weights=self.last_cum)[0]
        return f"{first} {last}"

    def words(self, lang: str, count: int) -> list[str]:
        rnd = self.rnd
        out = rnd.choices(self.vocab[lang], cum_weights=self.cum[lang], k=count)
        if lang != "en":  # Malaysians and Indonesians write English words into their mail
            for i in range(count):
                if rnd.random() < 0.08:
                    out[i] = rnd.choice(BORROWED)
        return out

    def body(self, lang: str, customer: str, order: str | None, incoming: bool) -> str:
        rnd = self.rnd
        length = min(600, max(3, int(rnd.lognormvariate(math.log(40), 0.8))))
        words = self.words(lang, length)
        # numbers: the long tail of real mail
        extras = []
        if order and rnd.random() < 0.6:
            extras.append(order)
        if rnd.random() < 0.15:
            extras.append(f"RM{rnd.randint(10, 400)}.{rnd.choice(('00', '50', '90'))}"
                          if lang == "ms" else f"Rp{rnd.randint(20, 900)}.000")
        if rnd.random() < 0.1:
            extras.append(f"{rnd.choice(('EN', 'ER', 'JP', 'SPX'))}{rnd.randint(10**8, 10**9)}"
                          f"{rnd.choice(('MY', 'ID', ''))}")
        if rnd.random() < 0.05:
            extras.append(f"01{rnd.randint(1, 9)}-{rnd.randint(1000000, 9999999)}")
        for extra in extras:
            words.insert(rnd.randint(0, len(words)), extra)
        first = customer.split()[0]
        greeting = {"ms": ("Salam", "Hai", "Assalamualaikum"), "id": ("Halo", "Hai", "Pagi"),
                    "en": ("Hi", "Hello", "Dear")}[lang]
        if incoming:
            return f"{rnd.choice(greeting)} kak,\n{' '.join(words)}\n\n{first}"
        return f"{rnd.choice(greeting)} {first},\n{' '.join(words)}\n\nKedai Batik Seri"

    def subject(self, lang: str, order: str | None) -> str:
        rnd = self.rnd
        product = rnd.choice(PRODUCTS)
        options = {"ms": [f"Pertanyaan tentang {product}", "Pesanan saya", "Bayaran sudah dibuat"],
                   "id": [f"Tanya {product}", "Paket belum sampai", "Sudah transfer kak"],
                   "en": [f"Question about {product}", "Where is my parcel", "Payment made"]}
        subject = rnd.choice(options[lang])
        if order:
            subject += f" {order}"
        return subject


def build(path: Path, n: int) -> None:
    from seller_desk.core.store import db
    from seller_desk.core.store.models import (
        Conversation,
        ConversationOrder,
        Customer,
        CustomerAddress,
        Message,
        Order,
        database,
    )

    db.open_database(f"sqlite:///{path}")
    rnd = random.Random(7)
    writer = MailWriter(rnd)
    now = datetime.now(UTC).replace(microsecond=0)
    n_customers, n_orders = 5000, 2000
    n_conv = max(1, n // 4)
    customers = [writer.name() for _ in range(n_customers)]
    conv_customer = [rnd.randrange(n_customers) for _ in range(n_conv)]
    conv_lang = [rnd.choice(("ms", "id", "en")) for _ in range(n_conv)]
    conv_order: dict[int, str] = {}
    links = []
    for k in range(n_orders):
        conv = rnd.randrange(n_conv)
        conv_order.setdefault(conv, f"#{1000 + k}")
        links.append({"conversation": conv + 1, "order": k + 1})
    # message i is i minutes old; conversations get theirs at random
    msg_conv = [rnd.randrange(n_conv) for _ in range(n)]
    last_activity: dict[int, datetime] = {}
    for i, conv in enumerate(msg_conv):
        last_activity.setdefault(conv, now - timedelta(minutes=i))
    with database.atomic():
        Customer.insert_many([{"name": name} for name in customers]).execute()
        addresses = [{"customer": i + 1,
                      "email": f"{name.lower().replace(' ', '.')}{i}@example.test"}
                     for i, name in enumerate(customers)]
        for start in range(0, n_customers, 2000):
            CustomerAddress.insert_many(addresses[start:start + 2000]).execute()
        convs = [{"subject": writer.subject(conv_lang[c], conv_order.get(c)),
                  "customer": conv_customer[c] + 1,
                  "last_activity_at": last_activity.get(c, now - timedelta(days=400)),
                  "counterpart_email": addresses[conv_customer[c]]["email"]}
                 for c in range(n_conv)]
        for start in range(0, n_conv, 5000):
            Conversation.insert_many(convs[start:start + 5000]).execute()
        Order.insert_many([{"number": f"#{1000 + k}", "channel": "web",
                            "customer": rnd.randint(1, n_customers), "total": 10}
                           for k in range(n_orders)]).execute()
        ConversationOrder.insert_many(links).on_conflict_ignore().execute()
        # oldest first, so a reply can quote the message before it in its conversation
        previous: dict[int, str] = {}
        batch = []
        for i in range(n - 1, -1, -1):
            conv = msg_conv[i]
            customer = customers[conv_customer[conv]]
            incoming = rnd.random() < 0.6
            body = writer.body(conv_lang[conv], customer, conv_order.get(conv), incoming)
            if conv in previous and rnd.random() < 0.3:
                quoted = "\n".join("> " + line for line in previous[conv][:3000].splitlines())
                body += f"\n\nOn an earlier day, wrote:\n{quoted}"
            previous[conv] = body
            address = addresses[conv_customer[conv]]["email"]
            batch.append({
                "conversation": conv + 1,
                "subject": ("Re: " if i % 2 else "") + convs[conv]["subject"],
                "sender_name": customer if incoming else "Kedai Batik Seri",
                "sender_email": address if incoming else "shop@example.test",
                "to_addrs": "shop@example.test" if incoming else address,
                "text_body": body, "snippet": body[:120], "date": now - timedelta(minutes=i),
            })
            if len(batch) == 2000:
                Message.insert_many(batch).execute()
                batch = []
        if batch:
            Message.insert_many(batch).execute()
    database.close()


def timed(fns: dict[str, Callable[[], object]], runs: int = 7
          ) -> tuple[dict[str, float], dict[str, float]]:
    """Median and worst milliseconds of each function over ``runs`` calls after one warm-up
    call.

    The calls are interleaved (one of each in turn), so every figure of a query saw the
    machine in the same state and their ratios hold even when its load changes.
    """
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()
    for _ in range(runs):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - t)
    return ({name: statistics.median(times) * 1000 for name, times in samples.items()},
            {name: max(times) * 1000 for name, times in samples.items()})


def fts_match(words: list[str]) -> str:
    """The FTS5 query the search box makes of its words: each a quoted prefix."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def count_matching(raw: sqlite3.Connection, match: str) -> int:
    return raw.execute("SELECT count(*) FROM message_fts WHERE message_fts MATCH ?",
                       (match,)).fetchone()[0]


def box_statements(query: str) -> list[tuple[str, tuple[Any, ...]]]:
    """The SQL statements (with their parameters) one ``inbox.search_ids`` call runs."""
    from seller_desk.core.conversations import inbox
    from seller_desk.core.store.models import database

    db = database.obj
    seen: list[tuple[str, tuple[Any, ...]]] = []
    original = db.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        inbox.search_ids(query)
    finally:
        del db.execute_sql  # the class's method again
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"search-{args.messages}-v{CORPUS_VERSION}.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        partial = path.with_suffix(".partial")
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, args.messages)
        partial.rename(path)
        print(f"built {args.messages:,} messages in {time.perf_counter() - t:.1f} s")

    from seller_desk.core.conversations import inbox
    from seller_desk.core.store import db, search
    from seller_desk.core.store.models import database

    db.open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    # the floor gets the page cache and temporary storage the app's connection has
    for pragma in ("cache_size", "temp_store"):
        value = database.obj.execute_sql(f"PRAGMA {pragma}").fetchone()[0]
        raw.execute(f"PRAGMA {pragma} = {int(value)}")
    stored = raw.execute("SELECT count(*) FROM message").fetchone()[0]
    if stored != args.messages:
        print(f"FAILED: {path} holds {stored:,} messages, not {args.messages:,}")
        return 1
    raw.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, message_fts, row)")
    n_terms = raw.execute("SELECT count(*) FROM temp.terms").fetchone()[0]
    size = raw.execute("SELECT sum(length(text_body)) FROM message").fetchone()[0]
    print(f"Search benchmark: {stored:,} messages ({size / 2**20:.0f} MiB of text), "
          f"{n_terms:,} distinct words in the index; load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores")

    # how common each word of each query is, as the search box matches it
    print("\nhow many messages hold each word (as the box matches it: a prefix) and the query")
    shape_ok = True
    for label, query, role in QUERIES:
        words = search.words(query)
        parts = []
        for w in words:
            hits = count_matching(raw, fts_match([w]))
            part = f"{w!r} {hits:,} ({hits / stored:.3%}"
            if w.isalnum():  # one word of the index, not an address or a phrase
                expands = raw.execute(
                    "SELECT count(*) FROM temp.terms WHERE term >= ? AND term < ?",
                    (w, w + "\U0010ffff")).fetchone()[0]
                part += f"; {expands:,} distinct words begin so"
            parts.append(part + ")")
        together = count_matching(raw, fts_match(words))
        line = f"  {label:<20} {'; '.join(parts)}"
        if len(words) > 1:
            line += f"; all together {together:,} ({together / stored:.3%})"
        if role == "phrase":
            phrase = count_matching(raw, '"' + " ".join(words) + '"')
            line += f"; the phrase itself {phrase:,} ({phrase / stored:.3%})"
        print(line)
        if role == "rare" and not 0 < together < RARE_SHARE * stored:
            print(f"    NOT RARE: wanted in some messages but fewer than {RARE_SHARE:.1%}")
            shape_ok = False
        if role == "common" and together <= COMMON_SHARE * stored:
            print(f"    NOT COMMON: wanted in more than {COMMON_SHARE:.0%} of the messages")
            shape_ok = False
    if not shape_ok:
        print("FAILED: the corpus does not have the shape these figures rely on "
              "(too few messages? try the default --messages)")
        return 2

    print(f"\nmedian of 7 after a warm-up, the five taken in turn, ms; the box reads at most "
          f"{inbox.SEARCH_LIMIT} conversations")
    print(f"{'query':<20} {'fts floor':>9} {'box SQL':>8} {'box':>7} {'ranked':>7} "
          f"{'scan':>7}   box / its SQL   box / fts floor   conversations   box worst")
    box_medians: list[float] = []
    box_worst = 0.0
    for label, query, _role in QUERIES:
        words = search.words(query)
        match = search.newest_match(database.obj, words)
        statements = box_statements(query)
        likes = [f"%{' '.join(words)}%"] if query.startswith('"') else \
            [f"%{w}%" for w in words]
        where = " AND ".join("(subject LIKE ? OR text_body LIKE ?)" for _ in likes)
        scan_params = [x for like in likes for x in (like, like)]
        ms, worst = timed({
            "floor": lambda m=match: raw.execute(
                "SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid DESC "
                "LIMIT ?", (m, inbox.SEARCH_LIMIT * 5)).fetchall(),
            "box_sql": lambda s=statements: [raw.execute(sql, params).fetchall()
                                             for sql, params in s],
            "box": lambda q=query: inbox.search_ids(q),
            "ranked": lambda q=query: search.search_messages(q),
            "scan": lambda w=where, p=scan_params: raw.execute(
                f"SELECT count(*) FROM message WHERE {w}", p).fetchall(),
        })
        floor, box_sql, box, ranked, scan = (ms[k] for k in ("floor", "box_sql", "box",
                                                            "ranked", "scan"))
        hits = len(inbox.search_ids(query))
        # a floor under 0.1 ms (nothing or next to nothing matched) makes no ratio worth showing
        to_floor = f"{box / floor:14.1f}x" if floor >= 0.1 else f"{'-':>15}"
        print(f"{label:<20} {floor:9.1f} {box_sql:8.1f} {box:7.1f} {ranked:7.1f} {scan:7.0f}"
              f"   {box / box_sql:10.1f}x   {to_floor}   {hits:>8}   {worst['box']:9.1f}")
        box_medians.append(box)
        box_worst = max(box_worst, worst["box"])
    print(f"\nsearch box over these queries: median {statistics.median(box_medians):.1f} ms, "
          f"slowest query's median {max(box_medians):.1f} ms, worst single call "
          f"{box_worst:.1f} ms  (target: 20 ms median, 50 ms worst)")
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
