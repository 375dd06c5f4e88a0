"""Command-line commands. Each module has ``register(subparsers)`` that adds its commands
and sets ``func`` on them; :mod:`seller_desk.app` calls them in this order.
"""

from __future__ import annotations

from seller_desk.cli import accounts as account_commands
from seller_desk.cli import basic
from seller_desk.cli import export as export_commands
from seller_desk.cli import imports as import_commands
from seller_desk.cli import outbox as outbox_commands
from seller_desk.cli import papers as paper_commands
from seller_desk.cli import search as search_commands
from seller_desk.cli import sync as sync_commands
from seller_desk.cli import team as team_commands

COMMAND_MODULES = [
    basic,
    outbox_commands,
    export_commands,
    import_commands,
    account_commands,
    sync_commands,
    search_commands,
    paper_commands,
    team_commands,
]
