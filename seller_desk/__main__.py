"""Entry point for ``python -m seller_desk`` and for the bundled program."""

import multiprocessing
import sys

from seller_desk.app import main

if __name__ == "__main__":
    # the bundled program is also the mail parser's helper process (core/mail/parse/helper.py)
    multiprocessing.freeze_support()
    sys.exit(main())
