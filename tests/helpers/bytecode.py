"""The checkout's modules compiled to bytecode before a start or a command is timed.

A seller's copy is installed (a wheel, compiled by pip) or bundled, so Python reads each
module's ``.pyc``. A checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as some shells and
CI set it) has none and compiles every module of the program at every start: 150-300 ms
of a command's time that no seller pays. The start and command benchmarks compile the
package once (into ``__pycache__``, which git ignores); Python reads a ``.pyc`` whatever
that variable says.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def compile_package() -> str:
    """Compile ``seller_desk`` (quietly, only what changed); a line saying so."""
    ok = compileall.compile_dir(ROOT / "seller_desk", quiet=1)
    state = "compiled" if ok else "compiled, with errors (see above),"
    return f"seller_desk {state} to bytecode before timing, as an installed copy is"
