"""A sync in a process of its own, for the tests that kill it mid-way
(tests/integration/test_sync_kill.py). Two ways to run it:

One sync of one account through the core, set up by the environment::

    SYNC_DB=sqlite:///... SYNC_ACCOUNT=1 SYNC_PASSWORDS='{"addr": "pw"}' \\
        [SYNC_BATCH=25] python sync_kill_run.py

    Prints "done" and the result's summary when the sync finished; the tests kill it
    before. SYNC_BATCH: more, smaller commits, more places for a kill to land between.

The command line as the seller runs it, when arguments are given::

    SYNC_KILL_AT_REFRESH=3 python sync_kill_run.py --data-dir DIR sync

    The sync SIGKILLs itself the 3rd time it would refresh the conversations of the
    batches stored so far (before it does): at least one batch is then stored and not
    refreshed. The password comes from the test keyring named in the environment
    (helpers/cli.py); the command line installs the reactions itself.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path


def sync_one_account() -> int:
    """One sync of SYNC_ACCOUNT in SYNC_DB, through the core."""
    import keyring

    from helpers.keyring_backend import MemoryKeyring
    from seller_desk.core import reactions
    from seller_desk.core.mail.connection import credentials
    from seller_desk.core.mail.imap import fetch, sync
    from seller_desk.core.store import db

    keyring.set_keyring(MemoryKeyring())
    for address, password in json.loads(os.environ["SYNC_PASSWORDS"]).items():
        credentials.set_password(address, password)
    batch = int(os.environ.get("SYNC_BATCH", "0"))
    if batch:  # more, smaller commits: more places for a kill to land between
        fetch.FIRST_BATCH_COUNT = fetch.BATCH_COUNT = batch
    reactions.install()  # as the app does: the shop reacts to the stored mail
    db.open_database(os.environ["SYNC_DB"])
    result = sync.sync_account(int(os.environ["SYNC_ACCOUNT"]))
    print("done", result.summary(), flush=True)
    return 0


def command_line(argv: list[str]) -> int:
    """``seller-desk ARGV`` in this process, killed at the SYNC_KILL_AT_REFRESH-th refresh."""
    from seller_desk.app import main as seller_desk
    from seller_desk.core.mail.imap import fetch

    kill_at = int(os.environ.get("SYNC_KILL_AT_REFRESH", "0"))
    batch = int(os.environ.get("SYNC_BATCH", "0"))
    if batch:  # batches of a known size, whatever the sync's own are
        fetch.BATCH_COUNT = batch
    calls = [0]
    maybe_flush = fetch._Refresher.maybe_flush

    def killing_maybe_flush(self: fetch._Refresher) -> None:
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        maybe_flush(self)

    fetch._Refresher.maybe_flush = killing_maybe_flush  # type: ignore[method-assign]
    return seller_desk(argv)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for helpers.*
    sys.exit(command_line(sys.argv[1:]) if len(sys.argv) > 1 else sync_one_account())
