"""Entry point for ``python -m seller_desk`` and for the bundled program."""

import sys

from seller_desk.app import run

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # the bundled program is also the mail parser's helper process
        # (core/mail/parse/helper.py); from source there is nothing to freeze, and the
        # window starts sooner without loading multiprocessing first
        import multiprocessing

        multiprocessing.freeze_support()
    run()
