"""Test-suite setup: fixtures and hooks live in helpers/fixtures.py."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before anything imports Qt: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Make "helpers" importable from every test module, whatever pytest's import mode.
_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from helpers.fixtures import *  # noqa: E402, F403  (fixtures and hooks)
