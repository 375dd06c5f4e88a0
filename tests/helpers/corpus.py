"""Where the real-mail corpus lies: $SELLER_DESK_CORPUS, or shared/corpus beside the checkout.

The corpus is public test mail kept outside the repository; tests that read it skip (with
the reason) when it is not there.
"""

from __future__ import annotations

import os
from pathlib import Path


def corpus_dir() -> Path | None:
    """The folder of .eml files to use, or None when there is none."""
    env = os.environ.get("SELLER_DESK_CORPUS")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "shared" / "corpus")
    for path in candidates:
        if path.is_dir() and any(path.rglob("*.eml")):
            return path
    return None
