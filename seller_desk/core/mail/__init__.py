"""The mail engine: IMAP sync into the local store, MIME parsing, threading, sending.

Packages, each importing only those below it:
    send         compose, quoting, drafts; the outbox (queue, SMTP, recovery, Sent copy)
    imap         sync, fetch, wire (fast response reader), structure, flags, watcher
                 (IDLE), folders, attachments
    ingest       store (parsed messages into the database), threads (conversations),
                 bodies (mail HTML cleaned when first shown or quoted)
    parse        mime (raw bytes -> ParsedMessage, never raises), headers, html
                 (sanitizing, remote content), classify (automatic mail), helper (the
                 parsing helper process)
    connection   accounts, credentials (the keyring), connect (logged-in IMAP/SMTP with
                 plain-words errors), pool (connections kept between syncs)
    errors       MailError and its kinds

The engine never calls the shop, the follow-ups or the templates: they react to what it
stores through the event log's subscribers (:mod:`seller_desk.core.store.events`).
"""
