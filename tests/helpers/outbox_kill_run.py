"""Run the outbox sender once in a process of its own, and kill it at a chosen step.

Used by tests/integration/test_outbox_kill.py::

    OUTBOX_DB=sqlite:///path.sqlite3          the database to send from
    OUTBOX_PASSWORDS='{"addr": "secret"}'     passwords for an in-memory keyring
    OUTBOX_KILL_AT=handed_over                one of seller_desk.core.mail.send.outbox.STEPS:
                                              the process SIGKILLs itself there
    OUTBOX_NOW_OFFSET=300                     "now" this many seconds later (a restart
                                              after a while, without waiting for it)
    python tests/helpers/outbox_kill_run.py

When it is not killed it prints the SendReport as JSON and exits 0.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import keyring

    from helpers.keyring_backend import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from seller_desk.core import reactions
    from seller_desk.core.mail.connection import credentials
    from seller_desk.core.mail.send import outbox, outbox_records
    from seller_desk.core.store import db
    from seller_desk.core.store.fields import utcnow

    for address, password in json.loads(os.environ.get("OUTBOX_PASSWORDS", "{}")).items():
        credentials.set_password(address, password)
    kill_at = os.environ.get("OUTBOX_KILL_AT", "")
    if kill_at:
        if kill_at not in outbox.STEPS:
            print(f"unknown step {kill_at!r}; steps: {', '.join(outbox.STEPS)}", file=sys.stderr)
            return 3

        def checkpoint(step: str) -> None:
            if step == kill_at:
                sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)

        outbox_records.checkpoint = checkpoint  # every step calls it through the module
    reactions.install()
    db.open_database(os.environ["OUTBOX_DB"])
    now = utcnow() + timedelta(seconds=float(os.environ.get("OUTBOX_NOW_OFFSET", "0")))
    report = outbox.send_due(now=now, timeout=15)
    print(json.dumps(dataclasses.asdict(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
