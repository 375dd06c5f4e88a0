"""The core of one team member's window in a process of its own: it syncs the mailboxes
whose lock it holds (seller_desk.core.team.syncing), for tests/integration/test_team_sync.py.

    TEAM_DB=postgresql://...            the team's database
    TEAM_PASSWORDS='{"addr": "pw"}'     mailbox passwords for an in-memory keyring
    TEAM_RETRY=1                        seconds between tries for a mailbox held elsewhere
    python tests/helpers/team_run.py

Prints one line per happening, flushed: ``ready``, ``gained ID``, ``lost ID``,
``sync ID`` (a sync run starts) and ``new ID N``. Stops when its stdin closes (a window
closing); the tests SIGKILL it instead to see another take over.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any


def say(*words: object) -> None:
    print(*words, flush=True)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import keyring

    from helpers.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from seller_desk.core import reactions
    from seller_desk.core.mail.connection import credentials
    from seller_desk.core.mail.imap import watcher
    from seller_desk.core.store import db
    from seller_desk.core.team.syncing import TeamSyncer

    for address, password in json.loads(os.environ.get("TEAM_PASSWORDS", "{}")).items():
        credentials.set_password(address, password)
    sync_account = watcher.sync_account

    def counted_sync(account_id: int, *args: Any, **kwargs: Any) -> Any:
        say("sync", account_id)
        return sync_account(account_id, *args, **kwargs)

    watcher.sync_account = counted_sync  # type: ignore[assignment]
    reactions.install()
    db.open_database(os.environ["TEAM_DB"])
    syncer = TeamSyncer(on_new_mail=lambda account_id, result: say("new", account_id,
                                                                   result.new),
                        retry_seconds=float(os.environ.get("TEAM_RETRY", "1")),
                        check_interval=600)
    leadership = syncer.leadership
    gained, lost = leadership.on_gained, leadership.on_lost

    def on_gained(account_id: int) -> None:
        say("gained", account_id)
        if gained is not None:
            gained(account_id)

    def on_lost(account_id: int) -> None:
        say("lost", account_id)
        if lost is not None:
            lost(account_id)

    leadership.on_gained, leadership.on_lost = on_gained, on_lost
    syncer.start()
    say("ready")
    closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), closed.set()), daemon=True).start()
    closed.wait()
    syncer.stop()
    say("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
