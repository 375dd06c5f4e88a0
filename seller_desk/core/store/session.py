"""The database connection as the window sees it: given back after work, closed.

The window never touches the database itself (no models, no peewee, no ``db`` in
``seller_desk.ui``): it opens the database through the commands' ``open_db`` and closes
connections here, so nothing outside the core can reach a cursor.
"""

from __future__ import annotations

import logging

from seller_desk.core.store import db

logger = logging.getLogger(__name__)


def close_connection() -> None:
    """Close the calling thread's connection to the database, if it has one.

    peewee keeps one connection per thread. The window's task runner calls this after each
    background task, because its pool threads outlive their tasks and an idle thread would
    otherwise hold a connection (on SQLite, an open file and a read snapshot) for as long as
    the program runs. On the window's own thread it closes the database before the window
    opens another one (the demo shop).
    """
    db.close_database()
