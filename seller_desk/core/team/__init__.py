"""A small team on one shared PostgreSQL database: who syncs which mailbox.

On SQLite (one laptop) nothing here changes anything: every window syncs, as before.
"""
