"""Command-line commands. Each module has ``register(subparsers)`` that adds its commands
and sets ``func`` on them; :func:`seller_desk.app.command_modules` lists them in order.

This file imports nothing: the window imports :mod:`seller_desk.cli.common` (the shared
way to open the database), and opening the window needs none of the commands.
"""
