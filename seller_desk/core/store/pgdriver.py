"""The PostgreSQL driver, loaded only when a team database is opened.

peewee imports psycopg2 as it is itself imported, and with it libpq and OpenSSL: 40-60 ms
that every personal shop (SQLite) paid at every start and every command, for a driver it
never uses. ``seller_desk/driver_hold.py``, run by the package's ``__init__`` before
anything imports peewee, lets peewee import without it (as on a machine where psycopg2 is
not installed); :func:`attach` gives peewee the driver when a PostgreSQL database is
opened, setting the few names peewee's import would have set. A process that imported
psycopg2 before peewee (a test talking to the server directly) keeps peewee's own import.
"""

from __future__ import annotations

import threading
from typing import Any

_attach_lock = threading.Lock()


def attach() -> None:
    """Give peewee the psycopg2 driver (idempotent; before a PostgresqlDatabase is made)."""
    import peewee

    if peewee.psycopg2 is not None:
        return
    with _attach_lock:
        if peewee.psycopg2 is not None:
            return
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid

        register_uuid()
        names: dict[str, Any] = {"pg_extensions": extensions, "pg_register_uuid": register_uuid,
                                 "Json_pg2": Json}
        for name, value in names.items():
            setattr(peewee, name, value)
        adapter = peewee.Psycopg2Adapter
        adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
        peewee.psycopg2 = psycopg2  # last: the sign that the rest is set
