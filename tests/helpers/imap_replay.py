"""FETCH answers as the sync receives them, and both readers' view of them.

:class:`ReplayIMAP` is :mod:`imaplib` itself reading server bytes written in a test (or
recorded from Dovecot) instead of a socket: the data it hands back is exactly what
``imap.uid("FETCH", ...)`` hands the sync, literals and line splits included.

:func:`ours` and :func:`reference` put what :func:`wire.parse_fetch` and IMAPClient's own
response parser make of that data into one comparable shape.
"""

from __future__ import annotations

import imaplib
import io
import re
from datetime import UTC, datetime
from typing import Any

from imapclient.response_parser import parse_fetch_response
from imapclient.response_types import BodyData

from seller_desk.core.mail.imap import wire


class ReplayIMAP(imaplib.IMAP4):
    """An imaplib connection whose server is a byte string."""

    def __init__(self) -> None:
        super().__init__()
        self.state = "SELECTED"

    # --- the "socket" -----------------------------------------------------------------
    def open(self, host: str = "", port: int = 0, timeout: float | None = None) -> None:
        self.host, self.port = host, port
        self.sock = None  # type: ignore[assignment]
        self.file = io.BytesIO(b"* PREAUTH ready\r\n")

    def _get_capabilities(self) -> None:
        self.capabilities = ("IMAP4REV1",)

    def send(self, data: bytes) -> None:
        pass

    def shutdown(self) -> None:
        pass

    # --- replaying ------------------------------------------------------------------------
    def fetch(self, server_lines: bytes, items: str = "(UID)") -> list[Any]:  # type: ignore[override]
        """imaplib's FETCH data for the untagged answers in ``server_lines`` (CRLF lines)."""
        tag = self.tagpre + str(self.tagnum).encode()
        self.file = io.BytesIO(server_lines + tag + b" OK FETCH completed\r\n")
        typ, data = self.uid("FETCH", "1:*", items)
        assert typ == "OK", data
        return data


def replay(server_lines: bytes) -> list[Any]:
    """The imaplib data of some ``* n FETCH (...)`` lines."""
    return ReplayIMAP().fetch(server_lines)


def _section(key: bytes) -> str | None:
    m = re.fullmatch(rb"BODY\[(.*)\](?:<\d+>)?", key, re.S)
    return m.group(1).decode("ascii", "replace").upper() if m else None


def tree(node: Any) -> Any:
    """A BODYSTRUCTURE in one shape: lists, bytes and None (numbers as their digits)."""
    if isinstance(node, BodyData) and node and isinstance(node[0], list):
        # IMAPClient gathers a multipart's children into a list of their own
        return [tree(child) for child in node[0]] + [tree(x) for x in node[1:]]
    if isinstance(node, (list, tuple)):
        return [tree(x) for x in node]
    if isinstance(node, int):
        return str(node).encode()
    return node


def ours(data: list[Any]) -> dict[int, dict[str, Any]]:
    """What wire.parse_fetch reads, by UID."""
    out = {}
    for item in wire.parse_fetch(data):
        out[item.uid] = {
            "flags": item.flags,
            "size": item.size,
            "internaldate": item.internaldate,
            "modseq": item.modseq,
            "sections": dict(item.sections),
            "bodystructure": item.bodystructure,
        }
    return out


def reference(data: list[Any]) -> dict[int, dict[str, Any]]:
    """What IMAPClient's response parser reads from the same data, in the same shape."""
    out = {}
    for uid, fields in parse_fetch_response(data, normalise_times=False).items():
        flags = fields.get(b"FLAGS")
        date = fields.get(b"INTERNALDATE")
        modseq = fields.get(b"MODSEQ")
        structure = fields.get(b"BODYSTRUCTURE", fields.get(b"BODY"))
        sections = {}
        for key, value in fields.items():
            section = _section(key) if isinstance(key, bytes) else None
            if section is not None:
                sections[section] = b"" if value is None else value
        out[uid] = {
            "flags": None if flags is None else tuple(f.decode("utf-8", "replace")
                                                      for f in flags),
            "size": fields.get(b"RFC822.SIZE"),
            "internaldate": date.astimezone(UTC) if isinstance(date, datetime) else None,
            "modseq": modseq[0] if isinstance(modseq, tuple) else modseq,
            "sections": sections,
            "bodystructure": None if structure is None else tree(structure),
        }
    return out
