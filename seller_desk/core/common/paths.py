"""Where Seller Desk keeps its data and finds its resources, and keeping that data private.

The data directory is, in order of precedence: an explicit ``--data-dir``, the
``SELLER_DESK_HOME`` environment variable, then the platform's user data directory.
Resources are found next to the package in a checkout, or inside a frozen (PyInstaller)
bundle.

The data folder holds every customer's mail, so on POSIX systems it and everything created
in it is private to the user: folders 0700, files 0600, set explicitly at creation whatever
the umask (a usual umask of 022 made them readable by every user of the computer), and an
older, more open folder is tightened at start (:func:`tighten_data_dir`). On Windows the
data folder is inside the user's profile (``%LOCALAPPDATA%``), whose access list already
keeps other users out and is inherited by what is created in it; ``os.chmod`` there only
sets the read-only flag, so nothing is done.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import sys
from pathlib import Path

import platformdirs

from seller_desk import APP_ID
from seller_desk.core.common.errors import DataFolderError

logger = logging.getLogger(__name__)

ENV_HOME = "SELLER_DESK_HOME"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# POSIX permission bits mean something only off Windows (see the module docstring)
POSIX_MODES = os.name != "nt"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data directory for the rest of this process (``--data-dir``)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = True) -> Path:
    """Return the data directory, creating it when asked."""
    if _override is not None:
        path = _override
    elif os.environ.get(ENV_HOME):
        path = Path(os.environ[ENV_HOME]).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    if create:
        try:
            private_dir(path)
        except OSError as exc:
            raise folder_error(path, exc) from exc
    return path


def folder_error(folder: Path, exc: OSError) -> DataFolderError:
    """Why ``folder`` (the data folder or one inside it) cannot be made, in plain words."""
    number = exc.errno or 0
    params = {"folder": folder, "reason": exc.strerror or exc}
    if number == errno.ENOSPC:
        error = DataFolderError("storage.folder_disk_full", params,
                                hint="storage.folder_disk_full_hint", kind="disk_full")
    else:
        error = DataFolderError(
            "storage.folder_read_only_disk" if number == errno.EROFS
            else "storage.folder_not_allowed" if number in (errno.EACCES, errno.EPERM)
            else "storage.folder_in_the_way" if number in (errno.ENOTDIR, errno.EEXIST)
            else "storage.folder_failed", params, hint="storage.folder_hint", kind="read_only")
    error.errno, error.strerror, error.filename = exc.errno, exc.strerror, exc.filename
    return error


def database_path() -> Path:
    return data_dir() / "seller-desk.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def log_dir() -> Path:
    return private_dir(data_dir() / "logs")


def cache_dir() -> Path:
    """Attachment cache and other re-creatable files."""
    return private_dir(data_dir() / "cache")


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """Return the folder holding icons, styles, translations and default data."""
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return base / "resources"
    env = os.environ.get("SELLER_DESK_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# --- private files -----------------------------------------------------------------------


def private_dir(path: Path) -> Path:
    """``path`` as a folder only its owner can open (created when missing, parents too).

    Only ``path`` itself is made private: missing parents get the usual mode, because a
    parent may be the user's general folder (``~/.local/share``), not ours. Callers inside
    the data folder create one level at a time.
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _tighten(path, PRIVATE_DIR_MODE)
    return path


def open_private(path: str | os.PathLike[str],
                 flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> int:
    """A file descriptor for ``path``, the file being (or made) readable by its owner only."""
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE)
    if POSIX_MODES:
        try:
            # the mode given to open() is narrowed by the umask and ignored for an existing
            # file: set it outright
            os.fchmod(fd, PRIVATE_FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` as a private file."""
    with os.fdopen(open_private(path), "wb") as fh:
        fh.write(data)


def create_private_file(path: str | os.PathLike[str]) -> None:
    """Create ``path`` empty and private unless it exists (it then keeps its content)."""
    os.close(open_private(path, os.O_WRONLY | os.O_CREAT))


def make_private(path: str | os.PathLike[str]) -> None:
    """Take the group's and others' rights off an existing file or folder (if any)."""
    target = Path(path)
    try:
        mode = target.lstat().st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        _tighten(target)


# what Seller Desk makes in the data folder: a --data-dir may be a folder that holds other
# things too, and those are not ours to change
_OWN_FOLDERS = frozenset({"logs", "cache", "backups", "demo"})
_OWN_FILES = re.compile(r"seller-desk.*|.*\.json|.*\.lock|\.settings-.*|\.backup-.*")


def tighten_data_dir(root: Path | None = None) -> int:
    """Make the data folder and what Seller Desk made in it private; returns how many
    were changed (an older version left them readable by every user). Links are left alone.

    The folders' contents (thousands of cached attachments) are walked only when the data
    folder itself was open: once it is private, nobody else can reach anything inside, and
    what this version creates there is private anyway. A start then costs a few calls.
    """
    if not POSIX_MODES:
        return 0
    root = root if root is not None else data_dir(create=False)
    if not root.is_dir() or root.is_symlink():
        return 0
    was_open = _tighten(root)
    changed = int(was_open)
    for entry in os.scandir(root):
        if entry.is_symlink():
            continue
        if entry.is_dir() and entry.name in _OWN_FOLDERS:
            folder = Path(entry.path)
            changed += _tighten_tree(folder) if was_open else _tighten(folder)
        elif entry.is_file() and _OWN_FILES.fullmatch(entry.name):
            changed += _tighten(Path(entry.path))
    if changed:
        logger.info("Made %d files and folders in %s private to this user", changed, root)
    return changed


def _tighten_tree(top: Path) -> int:
    changed = int(_tighten(top))
    for folder, dirs, files in os.walk(top):
        base = Path(folder)
        for name in dirs + files:
            path = base / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue
            # os.walk lists a link to a folder among the folders: links are left alone
            if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
                changed += _tighten(path)
    return changed


def _tighten(path: Path, wanted: int | None = None) -> bool:
    """Give ``path`` the mode ``wanted``, or (None) take the group's and others' rights off.

    Returns whether the mode was changed.
    """
    if not POSIX_MODES:
        return False
    try:
        current = stat.S_IMODE(path.lstat().st_mode)
        new = wanted if wanted is not None else current & ~0o077
        if new == current:
            return False
        os.chmod(path, new)
    except OSError as exc:
        # someone else's file in our folder, or a read-only disk: keep going
        logger.warning("Could not make %s private: %s", path, exc.strerror or exc)
        return False
    return True
