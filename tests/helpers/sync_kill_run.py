"""Run the command line in this process and kill it (SIGKILL) at a chosen moment of a sync.

Used by tests/integration/test_sync_kill.py::

    SYNC_KILL_AT_REFRESH=3   the sync SIGKILLs itself the 3rd time it would refresh the
                             conversations of the batches stored so far (before it does):
                             at least one batch is then stored and not refreshed
    python tests/helpers/sync_kill_run.py --data-dir DIR sync

The password comes from the test keyring named in the environment (helpers/cli.py).
"""

from __future__ import annotations

import os
import signal
import sys


def main() -> int:
    from seller_desk.app import main as seller_desk
    from seller_desk.core.mail.imap import fetch

    kill_at = int(os.environ.get("SYNC_KILL_AT_REFRESH", "0"))
    calls = [0]
    maybe_flush = fetch._Refresher.maybe_flush

    def killing_maybe_flush(self: fetch._Refresher) -> None:
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        maybe_flush(self)

    fetch._Refresher.maybe_flush = killing_maybe_flush  # type: ignore[method-assign]
    return seller_desk(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
