"""The mail engine: IMAP sync into the local store, MIME parsing, threading, HTML safety.

Modules:
    connect      logged-in IMAP/SMTP connections and plain-words errors
    errors       MailError and its kinds
    sync         sync_account / sync_all: server -> database, incremental
    fetch        batches of new messages: download, parse, store (with a prefetch thread)
    pool         connections kept between two syncs of an account
    wire         fast UID FETCH/SEARCH over imaplib with our own response reader
    structure    BODYSTRUCTURE -> text parts to download, attachment list
    folders      folder list and roles (SPECIAL-USE, names)
    classify     automatic mail (auto-replies, lists, marketplace no-reply senders)
    watcher      one IDLE thread per account for push, periodic checks, reconnects
    mime         raw bytes -> ParsedMessage (never raises)
    parsing      big batches parsed in a helper process, small ones in place
    headers      header decoding: RFC 2047/2231, addresses, dates, charsets
    html         HTML sanitizing, remote-content blocking, HTML -> text
    threads      conversation assignment
    store        writing parsed messages (dedup by Message-ID, locations, attachments)
    attachments  on-demand attachment and raw-message download, with a cache
    compose      replies, forwards and new messages as finished MIME
    drafts       what the seller types, saved as they type; outbox messages reopened
    quoting      the original quoted in a reply, carried in a forward, in its language
    outbox       queue, retry, cancel, send_due, the background sender (exactly once)
    outbox_records  the outbox's settings, state changes and local copy of a sent message
    outbox_smtp     the SMTP conversation of the outbox
    outbox_sent     recovery of interrupted sends, the copy in the Sent folder
    flags        read/unread/answered pushed to the server, queued when offline
"""
