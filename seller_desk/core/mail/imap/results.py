"""What a sync did, shared by the sync, the batch fetcher and the push watcher."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SyncResult:
    """What one account's sync did."""

    account_id: int
    account_name: str = ""
    new: int = 0
    updated: int = 0  # flag changes taken from the server
    expunged: int = 0  # copies the server no longer has (a moved message is one too)
    removed: int = 0  # messages deleted from this computer because no server has them
    unconfirmed: int = 0  # messages not found again yet, kept until their folder is complete
    errors: list[str] = field(default_factory=list)
    unsaved: int = 0  # messages fetched but not stored (a storage fault): fetched next time
    folders_checked: int = 0
    folders_changed: int = 0
    new_message_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [f"{self.new} new", f"{self.updated} changed", f"{self.removed} removed"]
        text = f"{self.account_name or self.account_id}: " + ", ".join(parts)
        if self.cancelled:
            text += " (stopped before the end)"
        if self.unconfirmed:
            text += (f"; {self.unconfirmed} message(s) not found again yet are kept until "
                     "their folder has been fetched in full (older mail included)")
        if self.errors:
            text += f"; {len(self.errors)} problem(s): " + "; ".join(self.errors)
        return text
