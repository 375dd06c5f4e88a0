"""Setting a team up: a PostgreSQL database prepared with the schema and its first owner.

    seller-desk team create postgresql://aisyah@db.example.com/shop --name Aisyah

A password typed in the address goes to the keyring (:mod:`.access`, done by the command
line before it gets here); an address with one is never written to the log or shown
(:func:`invite_address`).
"""

from __future__ import annotations

import logging
from urllib.parse import urlparse

import peewee

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.store import db as store_db
from seller_desk.core.store.models import Member
from seller_desk.core.team import members

logger = logging.getLogger(__name__)


def require_postgresql(url: str) -> None:
    """Raises: ValidationError: ``url`` is not a postgresql:// address."""
    if urlparse(url).scheme.lower() not in ("postgresql", "postgres"):
        raise ValidationError("team.not_postgresql", {"url": store_db.redact_url(url)},
                              hint="team.not_postgresql_hint")


def create_team(url: str, owner: str, *, sender_name: str = "") -> members.MemberInfo:
    """Open (and so prepare) the team's database at ``url`` and add its first owner,
    whose login is this connection's. Running it again changes nothing and returns the
    owner already there.

    Raises:
        ValidationError: not a PostgreSQL address, or no owner's name.
        StorageError: the server cannot be reached or refuses the login.
    """
    require_postgresql(url)
    store_db.open_database(url)
    existing = Member.select().where(Member.role == "owner").order_by(Member.id).first()
    if existing is not None:
        return members.MemberInfo(int(existing.id), existing.name, existing.sender_name,
                                  existing.login, existing.role)
    return members.add_member(owner, members.database_login(), sender_name=sender_name,
                              role="owner")


def invite_address(login: str = "", database: peewee.Database | None = None) -> str:
    """The address a new member's window opens (with their ``login``), never with a
    password: each person types theirs, and it stays in their own keyring."""
    db = database if database is not None else Member._meta.database.obj
    params = db.connect_params
    host = params.get("host") or "127.0.0.1"
    port = params.get("port") or 5432
    user = f"{login}@" if login else ""
    options = "&".join(f"{name}={params[name]}" for name in ("sslmode", "sslrootcert")
                       if params.get(name))
    return f"postgresql://{user}{host}:{port}/{db.database}" + (f"?{options}" if options
                                                                else "")
