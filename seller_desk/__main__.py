"""Entry point for ``python -m seller_desk``."""

import sys

from seller_desk.app import main

sys.exit(main())
