"""Shared helpers for the desktop tests: the demo shop window, waiting for background work,
and quick ways to fill an inbox."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Account, Conversation, Customer, database
from seller_desk.ui.qt import QThreadPool
from seller_desk.ui.tasks import Task, network_pool


def wait_for_tasks(qtbot: Any, timeout: int = 10_000) -> None:
    """Wait until every background task has finished and delivered its result."""
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=timeout)


def drain_pools() -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    network_pool().waitForDone(20_000)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop built once per run; each test gets a copy."""
    from seller_desk.core.demo import shop as demo
    from seller_desk.core.templates import canned as templates

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db.open_database(f"sqlite:///{path}")
    demo.build_demo()
    templates.install_defaults()
    db.close_database()
    return path


def copy_database(template: Path, target: Path) -> str:
    shutil.copyfile(template, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(template) + suffix)
        if extra.exists():
            shutil.copyfile(extra, Path(str(target) + suffix))
    return f"sqlite:///{target}"


def open_window(qtbot: Any, url: str, demo: bool = False) -> Any:
    from seller_desk.ui.app import make_application, open_main_window

    make_application()
    args = argparse.Namespace(demo=demo, database=url)
    window = open_main_window(args)
    # closed by close_window (not qtbot) so background work can finish while it still exists
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.counts_ready, timeout=10_000)
    wait_for_tasks(qtbot)
    return window


@pytest.fixture
def demo_window(qtbot: Any, tmp_path: Path, demo_template: Path) -> Iterator[Any]:
    """The main window on a fresh copy of the demo shop."""
    url = copy_database(demo_template, tmp_path / "shop.sqlite3")
    window = open_window(qtbot, url)
    yield window
    close_window(qtbot, window)


def close_window(qtbot: Any, window: Any) -> None:
    """Stop the window's background work, wait for what runs, then close and delete it."""
    window.shutdown()
    wait_for_tasks(qtbot, timeout=20_000)
    drain_pools()
    wait_for_tasks(qtbot, timeout=5_000)
    window.close()
    window.deleteLater()
    qtbot.wait(1)
    db.close_database()


def bulk_inbox(count: int, waiting_share: float = 0.3, accounts: int = 3) -> None:
    """``count`` conversations with customers, fast (for paging tests and the benchmark)."""
    now = utcnow()
    with database.atomic():
        account_ids = [Account.create(name=f"Mailbox {i}", email=f"shop{i}@example.com",
                                      username=f"shop{i}@example.com",
                                      imap_host="127.0.0.1", enabled=False).id
                       for i in range(accounts)]
        batch = 2000
        for start in range(0, count, batch):
            n = min(batch, count - start)
            Customer.insert_many(
                [{"name": f"Customer {start + i:06d}", "created_at": now} for i in range(n)]
            ).execute()
            first_customer = Customer.select(Customer.id).order_by(Customer.id.desc()) \
                .limit(1).scalar() - n + 1
            rows = []
            for i in range(n):
                k = start + i
                waiting = (k % 100) < waiting_share * 100
                when = now - timedelta(minutes=k * 7 % 100_000)
                rows.append({
                    "subject": f"Question number {k} about order #{10_000 + k}",
                    "account": account_ids[k % accounts],
                    "customer": first_customer + i,
                    "status": "open" if waiting else "closed",
                    "waiting_since": when if waiting else None,
                    "first_customer_at": when,
                    "last_customer_at": when,
                    "last_activity_at": when,
                    "message_count": 1,
                    "unread_count": 1 if k % 7 == 0 else 0,
                    "snippet": "Hello, I would like to know when my parcel will arrive, thanks",
                    "last_sender": f"Customer {k:06d}",
                    "counterpart_email": f"customer{k}@example.com",
                    "created_at": when,
                })
            Conversation.insert_many(rows).execute()
