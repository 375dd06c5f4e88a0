"""peewee imported without its PostgreSQL driver (see core/store/pgdriver.py).

Runs from the package's ``__init__``, before anything imports peewee; it imports nothing
of the program, so every layer may sit above it.
"""

from __future__ import annotations

import importlib.machinery
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.abc and typing's friends cost more than the rest of the file
    import importlib.abc
    from collections.abc import Sequence
    from types import ModuleType

#: the drivers peewee tries at import
_DRIVERS = ("psycopg2cffi", "psycopg2", "psycopg")


class _WithoutDriver:
    """peewee's own loader, run while the drivers look absent."""

    def __init__(self, inner: importlib.abc.Loader) -> None:
        self._inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        if "psycopg2" in sys.modules:  # imported already: nothing to save
            self._inner.exec_module(module)
            return
        hidden = [name for name in _DRIVERS if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # "import" fails at once
        try:
            self._inner.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, ...) is None:
                    del sys.modules[name]


class _PeeweeFinder:
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != "peewee":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutDriver(spec.loader)  # type: ignore[assignment]
        return spec


def hold_back() -> None:
    """Import peewee, whenever that happens, without a PostgreSQL driver (idempotent)."""
    if "peewee" in sys.modules or any(isinstance(f, _PeeweeFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _PeeweeFinder())
