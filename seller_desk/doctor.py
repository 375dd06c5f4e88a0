"""``seller-desk doctor``: check the installation and explain each finding in plain words.

Outside the Qt-free core on purpose: it loads Qt to check the platform plugin.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from seller_desk.core.common import paths


@dataclass
class Finding:
    """One line of a doctor's or self-check's report."""

    name: str
    ok: bool
    text: str
    hint: str = ""
    warning: bool = False  # a problem that does not stop the app

    def render(self) -> str:
        mark = "ok  " if self.ok else ("warn" if self.warning else "FAIL")
        line = f"[{mark}] {self.name}: {self.text}"
        if self.hint:
            line += f"\n       -> {self.hint}"
        return line


def check_data_dir() -> Finding:
    probe = None
    try:
        folder = paths.data_dir()
        probe = folder / ".write-test"
        paths.write_private(probe, b"ok")
    except OSError as exc:
        return Finding("Data folder", False, f"cannot write in {paths.data_dir(create=False)} "
                       f"({exc.strerror or exc})",
                       "Choose another folder with --data-dir, or free some disk space.")
    finally:
        if probe is not None:  # also when a full disk let it be made, empty
            with contextlib.suppress(OSError):
                probe.unlink(missing_ok=True)
    return Finding("Data folder", True, str(folder))


def check_database(url: str | None) -> Finding:
    from seller_desk.core.common.errors import StorageError
    from seller_desk.core.store import db, migrations

    where = db.redact_url(url or db.default_url())
    try:
        database = db.open_database(url)
        version = migrations.schema_version(database)
        # SQLite's own check of every page: a damaged page shows nowhere else until a
        # command happens to read it
        problems = db.integrity_problems(database)
    except StorageError as exc:
        return Finding("Database", False, exc.message, exc.hint)
    except db.DATABASE_ERRORS as exc:
        storage = db.storage_error(exc, url) or StorageError(
            "storage.open_failed", {"where": where, "reason": exc})
        return Finding("Database", False, storage.message, storage.hint)
    if problems:
        file = where.removeprefix("sqlite:///")
        damaged = db.damaged_error(file, found=problems[0])
        return Finding("Database", False, damaged.message, damaged.hint)
    return Finding("Database", True, f"{where} (schema {version}, checked: intact)")


def check_search_index() -> Finding:
    """SQLite's own check of the full-text index against the stored messages."""
    from seller_desk.core.store import search
    from seller_desk.core.store.models import database

    problem = search.check(database.obj)
    if problem is None:
        return Finding("Search index", True, "matches the stored messages")
    # a damaged index can make storing or deleting a message fail, not just a search
    return Finding("Search index", False,
                   f"does not match the stored messages (SQLite says: {problem})",
                   "Rebuild it with: seller-desk doctor --rebuild-search (about a minute "
                   "per 100,000 messages). Your mail itself is not affected.")


def rebuild_search_index(url: str | None) -> Finding:
    """Fill the full-text index again from the stored messages."""
    from seller_desk.core.common.errors import StorageError
    from seller_desk.core.store import db, search

    try:
        database = db.open_database(url)
    except StorageError as exc:
        return Finding("Search index", False, exc.message, exc.hint)
    with database.atomic():
        search.rebuild(database)
    return Finding("Search index", True, "rebuilt from the stored messages")


def check_qt() -> Finding:
    try:
        import PySide6
        from PySide6.QtGui import QGuiApplication
    except ImportError as exc:
        return Finding("Qt", False, f"PySide6 cannot be loaded ({exc})",
                       "Reinstall Seller Desk; the GUI toolkit is missing.")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not platform and sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return Finding(
                "Qt platform", False, "no screen found (DISPLAY and WAYLAND_DISPLAY are empty)",
                "Start Seller Desk from your desktop session.", warning=True)
    app = QGuiApplication.instance()
    name = app.platformName() if isinstance(app, QGuiApplication) else (platform or "default")
    return Finding("Qt platform", True, f"PySide6 {PySide6.__version__}, platform {name}")


def check_keyring() -> Finding:
    from seller_desk.core.mail.connection import credentials

    status = credentials.backend_status()
    if status.usable:
        return Finding("Password store", True, status.description)
    return Finding("Password store", False, status.description, status.hint, warning=True)


def check_accounts() -> Iterator[Finding]:
    from seller_desk.core.store.models import Account

    for account in Account.select().order_by(Account.name):
        if not account.enabled:
            yield Finding(f"Account {account.email}", True, "switched off (not checked)")
            continue
        try:
            with socket.create_connection((account.imap_host, account.imap_port), timeout=5):
                pass
        except socket.gaierror:
            yield Finding(f"Account {account.email}", False,
                          f"the server name {account.imap_host} is not known",
                          "Check the server name, or your internet connection.")
        except TimeoutError:
            yield Finding(f"Account {account.email}", False,
                          f"{account.imap_host}:{account.imap_port} did not answer in time",
                          "Check your internet connection, or try again later.")
        except OSError as exc:
            yield Finding(f"Account {account.email}", False,
                          f"cannot reach {account.imap_host}:{account.imap_port} "
                          f"({exc.strerror or exc})",
                          "Check the server name and port in the account settings.")
        else:
            yield Finding(f"Account {account.email}", True,
                          f"{account.imap_host}:{account.imap_port} is reachable")


def check_holidays() -> Finding:
    """The holiday calendar of the seller's country and state, as the reply clock uses it."""
    from seller_desk.core.common.settings import Settings
    from seller_desk.core.conversations import clocks

    settings = Settings()
    country = str(settings.get("seller.country") or "")
    state = str(settings.get("seller.subdivision") or "")
    problem = clocks.subdivision_problem(country, state)
    if problem is not None:
        # the clock keeps the country's public holidays, so this warns rather than fails
        return Finding("Holidays", False, problem.english(),
                       "Choose the state again in Settings > Language and region.",
                       warning=True)
    where = f"{country}, {state}" if state else (country or "no country")
    return Finding("Holidays", True, f"public holidays of {where}")


def run(url: str | None) -> list[Finding]:
    findings = [check_data_dir()]
    database = check_database(url)
    findings.append(database)
    findings.append(check_qt())
    findings.append(check_keyring())
    findings.append(check_holidays())
    if database.ok:
        findings.append(check_search_index())
        findings.extend(check_accounts())
    return findings
