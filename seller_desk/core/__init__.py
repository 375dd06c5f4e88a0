"""Qt-free core of Seller Desk, in packages by domain, each layer importing only those below.

    screens        what each screen shows and saves, in one call
    demo           the demo shop
    reports        KPIs, CSV exports, named periods
    followups      reminder rules, automatic status emails
    documents      packing slips, invoices and receipts (what goes on the paper)
    team           a team on one PostgreSQL database: who syncs which mailbox
    templates      canned responses and their placeholders
    shop           customers, orders, order numbers, linking, shipping
    conversations  derived conversation state, reply-time clocks, the inbox's queries
    mail           connection, imap, parse, ingest, send
    store          database, models, migrations, event log, search, backup
    common         errors, paths, settings, logs, money, time formatting

The order is the import order (``.importlinter`` holds it as contracts). Nothing below this
package imports PySide6, so all of it runs and is tested without a screen.
"""
