"""Sync one account in a process of its own, or describe what a database holds.

Used by tests/integration/test_sync_concurrent.py (two of these at once are two laptops
syncing one mailbox into one database)::

    SYNC_DB=postgresql://...        the database
    SYNC_ACCOUNT=1                  the account to sync
    SYNC_PASSWORD=secret            its password (no keyring in this process)
    SYNC_READY=/tmp/x.ready         written once everything is imported and open
    SYNC_GO=/tmp/go                 the sync starts when this file exists
    python tests/helpers/sync_run.py sync

prints the SyncResult as JSON; ``folders`` only learns the account's folders;

    SYNC_DB=... python tests/helpers/sync_run.py describe

prints the messages and conversations (as sets of Message-IDs, with their clocks) as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def describe() -> dict[str, object]:
    from seller_desk.core.store.models import Conversation, Message

    members: dict[int | None, list[str]] = {}
    for mid, cid in Message.select(Message.message_id, Message.conversation).tuples():
        members.setdefault(cid, []).append(mid)
    conversations = []
    for conv in Conversation.select():
        conversations.append([
            sorted(members.get(conv.id, [])), conv.message_count,
            conv.first_reply_at.isoformat() if conv.first_reply_at else None,
            conv.waiting_since.isoformat() if conv.waiting_since else None,
        ])
    keys = Message.select(Message.message_id).distinct().count()
    return {
        "messages": Message.select().count(),
        "keys": keys,
        "without_conversation": len(members.get(None, [])),
        "conversations": sorted(conversations),
    }


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import keyring

    from helpers.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from seller_desk.core import reactions
    from seller_desk.core.mail.connection import connect
    from seller_desk.core.mail.imap import sync
    from seller_desk.core.mail.imap.folders import list_server_folders, refresh_folders
    from seller_desk.core.store import db
    from seller_desk.core.store.models import Account

    reactions.install()
    db.open_database(os.environ["SYNC_DB"])
    if sys.argv[1:] == ["describe"]:
        print(json.dumps(describe()))
        return 0
    account = Account.get_by_id(int(os.environ["SYNC_ACCOUNT"]))
    if sys.argv[1:] == ["folders"]:  # learn the account's folders, fetch nothing
        client = connect.open_imap(account, os.environ["SYNC_PASSWORD"])
        folders, _gone = refresh_folders(account.id, list_server_folders(client))
        connect.close_imap(client)
        print(json.dumps(sorted(f.name for f in folders)))
        return 0
    ready, go = os.environ.get("SYNC_READY"), os.environ.get("SYNC_GO")
    if ready:
        Path(ready).write_text("ready")
    if go:
        deadline = time.monotonic() + 120
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.01)
    result = sync.sync_account(account.id, password=os.environ["SYNC_PASSWORD"], backfill=True)
    sync.close_connections()
    print(json.dumps({"new": result.new, "errors": result.errors, "unsaved": result.unsaved,
                      "seconds": round(result.seconds, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
