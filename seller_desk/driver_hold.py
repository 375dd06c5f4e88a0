"""Libraries imported without what they load at import but a command never uses.

* peewee without its PostgreSQL driver (see core/store/pgdriver.py);
* imapclient without ``importlib.metadata``: its ``version`` module asks it for its own
  version number at import, which imports importlib.metadata, searches every folder of
  ``sys.path`` for installed packages and parses a header file (15-25 ms of every sync);
  the number is read here from the same file, in imapclient's own folder;
* keyring without three modules its helpers import but use only inside functions a
  password read never calls (20-30 ms of every sync): ``more_itertools`` (jaraco.functools),
  ``urllib.request`` (jaraco.context, to download a tarball) and the ``importlib_metadata``
  backport (keyring's search of the installed backends, which runs only when neither
  ``PYTHON_KEYRING_BACKEND`` nor keyringrc.cfg names one). Each of those names is bound, in
  that one module, to a stand-in that imports the real module when first used.

A stand-in lives in the one module's namespace, never in ``sys.modules``: every other
module, on any thread, imports the real thing as usual; and the real import, when a
stand-in is first used, goes through Python's import locks like any other. Runs from the
package's ``__init__``, before anything imports these libraries; it imports nothing of the
program, so every layer may sit above it.
"""

from __future__ import annotations

import builtins
import importlib
import importlib.machinery
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.abc and typing's friends cost more than the rest of the file
    import importlib.abc
    from collections.abc import Callable, Sequence
    from types import ModuleType
    from typing import Any

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


def _installed_version(package_dir: str, name: str) -> str | None:
    """The version of the distribution ``name`` in the ``*.dist-info`` folder beside
    ``package_dir``, from its METADATA's ``Version`` line, as importlib.metadata reads it;
    None when there is not exactly one such folder or it says nothing clear."""
    site = os.path.dirname(package_dir)
    prefix = name.lower() + "-"
    try:
        found = [entry for entry in os.listdir(site)
                 if entry.lower().startswith(prefix) and entry.endswith(".dist-info")]
        if len(found) != 1:
            return None
        with open(os.path.join(site, found[0], "METADATA"), encoding="utf-8") as file:
            for line in file:
                if line.startswith("Version:"):
                    return line[len("Version:"):].strip() or None
                if not line.strip():  # the headers end: no version given
                    return None
    except OSError:
        return None
    return None


class _Deferred:
    """Stands for the module ``name`` (as ``import name`` binds it: the top package of a
    dotted name) until an attribute is first asked for; then imports ``name`` for real."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        importlib.import_module(self._name)
        return getattr(sys.modules[self._name.partition(".")[0]], attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported when first used>"


class _VersionOnly:
    """``importlib`` as imapclient.version uses it: ``metadata.version("imapclient")``,
    answered from the version file; any other name is asked of importlib.metadata."""

    def __init__(self, imapclient_version: str) -> None:
        self.metadata = self
        self._version = imapclient_version

    def version(self, name: str) -> str:
        if name.lower() == "imapclient":
            return self._version
        return importlib.import_module("importlib.metadata").version(name)


#: module -> the plain ``import NAME`` statements in it that are left until first use
_DEFERRED = {
    "jaraco.functools": ("more_itertools",),
    "jaraco.context": ("urllib.request",),
    "keyring.compat.py312": ("importlib_metadata",),
}


class _OwnImports:
    """A module's own loader, run with an ``__import__`` of its own that hands the module
    stand-ins for some of its imports (see the module's docstring)."""

    def __init__(self, inner: importlib.abc.Loader, stand_in: Callable[..., Any]) -> None:
        self._inner = inner
        self._stand_in = stand_in

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        real_import = builtins.__import__
        stand_in = self._stand_in

        def own_import(name: str, globals: Any = None, locals: Any = None,
                       fromlist: Any = (), level: int = 0) -> Any:
            found = stand_in(name, tuple(fromlist or ())) if level == 0 else None
            if found is not None:
                return found
            return real_import(name, globals, locals, fromlist, level)

        module.__dict__["__builtins__"] = dict(vars(builtins), __import__=own_import)
        try:
            self._inner.exec_module(module)
        finally:
            module.__dict__["__builtins__"] = builtins


def _stand_ins(fullname: str, path: Sequence[str] | None) -> Callable[..., Any] | None:
    """What ``fullname``'s imports are answered with, or None: import it as it is."""
    deferred = _DEFERRED.get(fullname)
    if deferred is not None:
        def defer(name: str, fromlist: tuple[str, ...]) -> Any:
            if name in deferred and not fromlist and name not in sys.modules:
                return _Deferred(name)
            return None

        return defer
    if fullname == "imapclient.version" and path and "importlib.metadata" not in sys.modules:
        version = _installed_version(path[0], "imapclient")
        if version is None:
            return None
        importlib_stand_in = _VersionOnly(version)

        def from_importlib(name: str, fromlist: tuple[str, ...]) -> Any:
            return importlib_stand_in if (name, fromlist) == ("importlib", ("metadata",)) \
                else None

        return from_importlib
    return None


class _HoldFinder:
    """Finds peewee and the modules of :data:`_DEFERRED` and imapclient.version, to run
    them with their loaders wrapped; every other module is left to the finders after it."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != "peewee" and fullname != "imapclient.version" \
                and fullname not in _DEFERRED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        if fullname == "peewee":
            spec.loader = _WithoutDriver(spec.loader)  # type: ignore[assignment]
            return spec
        stand_in = _stand_ins(fullname, path)
        if stand_in is not None:
            spec.loader = _OwnImports(spec.loader, stand_in)  # type: ignore[assignment]
        return spec


def hold_back() -> None:
    """Import peewee, imapclient and keyring, whenever that happens, without what they do
    not need (idempotent)."""
    if any(isinstance(f, _HoldFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _HoldFinder())
