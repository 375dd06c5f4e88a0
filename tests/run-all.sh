#!/usr/bin/env bash
# Seller Desk's test command:  bash tests/run-all.sh [--latest] [pytest arguments...]
#
# --latest (never in CI) builds .venv-latest from pyproject.toml's ranges with the newest
# releases instead of the lock files, and runs the same suite there: how we learn that a
# new release needs work before we move the lock (docs/environment.md).
#
#  1. system packages the tests need (Dovecot, PostgreSQL, Xvfb, LibreOffice Calc, Qt's X11
#     libraries, NSIS and the desktop-file validators for the installers), installed
#     with apt-get when missing and we are root or have passwordless sudo; skipped when all
#     are present;
#  2. .venv (python3 -m venv) with exactly the locked packages of requirements-test.txt
#     (`pip install --require-hashes`), then Seller Desk itself (`--no-deps -e .`); redone
#     only when the lock file or pyproject.toml changed (hash kept in .venv);
#  3. ruff check seller_desk tests, mypy seller_desk (all that ships: core, window, command
#     line), lint-imports (the layer contracts in .importlinter);
#  4. python -m pytest "$@".
#
# Exit status: pytest's (5, "no tests collected", counts as a failure too); 1 if pytest
# passed but a lint step failed. Environment: PYTHON (interpreter for the venv, default
# python3), SKIP_LINT=1 (skip ruff and mypy), CI=true (tests whose servers cannot run fail
# instead of being skipped).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
LATEST=0
if [ "${1:-}" = --latest ]; then LATEST=1; shift; fi
VENV="$ROOT/.venv"
[ $LATEST = 1 ] && VENV="$ROOT/.venv-latest"
LOCK=requirements-test.txt
PYTHON=${PYTHON:-python3}
STAMP="$VENV/.seller-desk-install.sha256"
DEB_PACKAGES=(dovecot-imapd dovecot-lmtpd dovecot-submissiond postgresql xvfb
              libreoffice-calc-nogui openssl
              # the papers' PDFs are read back with pdftotext, and a Chinese name on them
              # needs a font that has it (a seller's desktop has one; a bare server not)
              poppler-utils fonts-wqy-microhei
              # a team's database reached through PgBouncer (session and transaction pooling)
              pgbouncer
              # Qt's X11 and Wayland plugins need these (and the bundle carries them);
              # the installer files are checked with the desktop and AppStream
              # validators and the Windows installer script is compiled with makensis
              libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0
              libwayland-cursor0 desktop-file-utils appstream nsis
              # the sync benchmark measures mbsync on the same mailbox (tests/bench/)
              isync)

section() { printf '\n======== %s ========\n' "$*"; }
note() { printf '  %s\n' "$*"; }
die() { printf 'run-all.sh: %s\n' "$*" >&2; exit 1; }

started=$SECONDS

# ---------------------------------------------------------------- system packages
section "System packages"
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${DEB_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
fi
if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3-venv)   # Debian keeps ensurepip (needed by python3 -m venv) apart
fi
if [ ${#missing[@]} -eq 0 ]; then
    note "all present"
elif ! command -v apt-get >/dev/null 2>&1; then
    note "missing: ${missing[*]} (no apt-get here: install them yourself;"
    note "tests that need them are skipped, or fail under CI=true)"
else
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            SUDO=(sudo -n)
        else
            SUDO=(none)
        fi
    fi
    if [ "${SUDO[0]:-}" = none ]; then
        note "missing: ${missing[*]}"
        note "not root and no passwordless sudo: run as root once, or apt-get install them;"
        note "tests that need them are skipped (or fail under CI=true)"
    else
        note "installing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        APT=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 -q)
        if "${APT[@]}" update >/tmp/seller-desk-apt.log 2>&1 &&
           "${APT[@]}" install -y "${missing[@]}" >>/tmp/seller-desk-apt.log 2>&1; then
            note "done"
        else
            note "apt-get failed (log: /tmp/seller-desk-apt.log); last lines:"
            tail -n 15 /tmp/seller-desk-apt.log | sed 's/^/    /'
        fi
    fi
fi

# ---------------------------------------------------------------- virtual environment
section "Python environment (.venv)"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
        die "$PYTHON is older than Python 3.11 (set PYTHON=/path/to/python3.11)"
    note "creating .venv with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv "$VENV" || die "python3 -m venv failed"
    rm -f "$STAMP"
fi
pip() { "$VENV/bin/python" -m pip --disable-pip-version-check -q "$@"; }
if [ $LATEST = 1 ]; then
    note "newest releases within pyproject.toml's ranges (not the lock files)"
    pip install --upgrade --upgrade-strategy eager -e '.[test]' ||
        die "pip install --upgrade -e '.[test]' failed"
    pip freeze --exclude-editable | sed 's/^/    /'
elif [ -f "$LOCK" ]; then
    want=$( (cat "$LOCK" pyproject.toml; "$VENV/bin/python" --version) | sha256sum | cut -d' ' -f1)
    have=$(cat "$STAMP" 2>/dev/null || true)
    if [ "$want" = "$have" ]; then
        note "up to date ($LOCK and pyproject.toml unchanged since the last install)"
    else
        note "pip install --require-hashes -r $LOCK; pip install --no-deps -e ."
        # the lock holds setuptools and wheel too, so the editable build uses them
        pip install --require-hashes -r "$LOCK" || die "pip install -r $LOCK failed"
        pip install --no-deps --no-build-isolation -e . || die "pip install -e . failed"
        # a package left over from an older lock would hide a missing entry in the new one
        extra=$(pip freeze --exclude-editable | sed 's/[ =@].*//' | tr 'A-Z_.' 'a-z--' | sort |
                comm -23 - <(sed -n 's/^\([A-Za-z0-9_.-]*\)==.*/\1/p' "$LOCK" | tr 'A-Z_.' 'a-z--' | sort))
        if [ -n "$extra" ]; then
            note "removing what the lock no longer holds: $(echo $extra)"
            pip uninstall -y $extra || die "pip uninstall failed"
        fi
        echo "$want" >"$STAMP"
    fi
else
    die "$LOCK is missing: it is the test environment's lock file"
fi

# ---------------------------------------------------------------- lint
lint_failed=()
if [ "${SKIP_LINT:-0}" != 1 ]; then
    targets=()
    for dir in seller_desk tests; do [ -d "$dir" ] && targets+=("$dir"); done
    if [ -x "$VENV/bin/ruff" ] && [ ${#targets[@]} -gt 0 ]; then
        section "ruff check ${targets[*]}"
        "$VENV/bin/ruff" check "${targets[@]}" || lint_failed+=(ruff)
    fi
    if [ -x "$VENV/bin/mypy" ] && [ -d seller_desk ]; then
        section "mypy seller_desk"
        "$VENV/bin/mypy" seller_desk || lint_failed+=(mypy)
    fi
    if [ -x "$VENV/bin/lint-imports" ] && [ -f .importlinter ]; then
        section "lint-imports (the layer contracts in .importlinter)"
        "$VENV/bin/lint-imports" --no-cache || lint_failed+=(lint-imports)
    fi
fi

# ---------------------------------------------------------------- tests
section "pytest $*"
"$VENV/bin/python" -m pytest "$@"
status=$?

section "Summary"
case $status in
    0) note "pytest: passed" ;;
    5) note "pytest: no tests were collected (exit 5): that is a failure" ;;
    *) note "pytest: FAILED (exit $status)" ;;
esac
if [ ${#lint_failed[@]} -gt 0 ]; then
    note "lint: FAILED (${lint_failed[*]})"
    [ $status -eq 0 ] && status=1
fi
note "total time: $((SECONDS - started)) s"
exit $status
