"""The schema version today's models describe, and where a database records its own.

Kept apart from :mod:`seller_desk.core.store.migrations` (which reaches this version, and
imports it from here) so that opening a database already at it, as every command and
start does, needs none of the migration code (:func:`seller_desk.core.store.db.open_database`).
"""

from __future__ import annotations

CURRENT_VERSION = 29
#: the :class:`~seller_desk.core.store.models.AppMeta` key holding a database's version
VERSION_KEY = "schema_version"
