"""One sync of one account in a process of its own, for tests that SIGKILL it mid-way.

    SYNC_DB=sqlite:///... SYNC_ACCOUNT=1 SYNC_PASSWORDS='{"addr": "pw"}' python sync_kill_run.py

Prints "done" and the result's summary when the sync finished; the tests kill it before.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import keyring

    from helpers.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from seller_desk.core import reactions
    from seller_desk.core.mail.connection import credentials
    from seller_desk.core.mail.imap import fetch, sync
    from seller_desk.core.store import db

    for address, password in json.loads(os.environ["SYNC_PASSWORDS"]).items():
        credentials.set_password(address, password)
    batch = int(os.environ.get("SYNC_BATCH", "0"))
    if batch:  # more, smaller commits: more places for a kill to land between
        fetch.FIRST_BATCH_COUNT = fetch.BATCH_COUNT = batch
    reactions.install()
    db.open_database(os.environ["SYNC_DB"])
    result = sync.sync_account(int(os.environ["SYNC_ACCOUNT"]))
    print("done", result.summary(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
