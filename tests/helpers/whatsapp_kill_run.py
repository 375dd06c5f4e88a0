"""``seller-desk ARGV`` (a WhatsApp chat import) in a process that SIGKILLs itself at a
chosen step, for tests/integration/test_whatsapp_kill.py::

    WA_KILL_AT=refresh python whatsapp_kill_run.py --data-dir DIR import CHAT.zip ...

WA_KILL_AT names the step the import dies at:

* ``media``:   the messages written, their media being recorded (inside the transaction);
* ``refresh``: the conversation's clock about to be worked out (inside the transaction);
* ``link``:    the order links just written (inside the transaction, before its commit);
* ``done``:    the import committed, its summary not yet printed.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _before(call: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        _die()
        return call(*args, **kwargs)

    return wrapped


def _after(call: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = call(*args, **kwargs)
        _die()
        return result

    return wrapped


def command_line(argv: list[str]) -> int:
    from seller_desk.app import main as seller_desk
    from seller_desk.core.conversations import state
    from seller_desk.core.shop import linking, whatsapp

    where = os.environ.get("WA_KILL_AT", "")
    if where == "media":
        whatsapp.bulk_insert = _before(whatsapp.bulk_insert)  # type: ignore[attr-defined]
    elif where == "refresh":
        state.refresh_many = _before(state.refresh_many)  # type: ignore[assignment]
    elif where == "link":
        linking.after_messages_stored = _after(linking.after_messages_stored)  # type: ignore[assignment]
    elif where == "done":
        whatsapp.import_chat = _after(whatsapp.import_chat)  # type: ignore[assignment]
    elif where:
        raise SystemExit(f"unknown WA_KILL_AT {where!r}")
    return seller_desk(argv)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for helpers.*
    sys.exit(command_line(sys.argv[1:]))
