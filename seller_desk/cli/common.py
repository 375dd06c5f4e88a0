"""Helpers shared by the commands."""

from __future__ import annotations

import argparse

import peewee

from seller_desk.core.common.settings import Settings
from seller_desk.core.store import db
from seller_desk.core.templates import canned as templates


def database_url(args: argparse.Namespace) -> str | None:
    """The database the command should use: --database, then the setting, then default."""
    if getattr(args, "database", None):
        return args.database
    return Settings().get("database.url") or None


def open_db(args: argparse.Namespace) -> peewee.Database:
    """Open the database for a command; with --demo, fill an empty one with the demo shop."""
    database = db.open_database(database_url(args))
    templates.install_defaults()
    if getattr(args, "demo", False):
        from seller_desk.core.demo import shop as demo

        if not demo.has_demo_data():
            demo.apply_demo_settings(Settings())
            demo.build_demo()
    return database
