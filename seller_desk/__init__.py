"""Seller Desk: one inbox for a home-based online seller."""

__version__ = "0.1.0"
APP_NAME = "Seller Desk"
APP_ID = "seller-desk"


def _hold_back_postgres_driver() -> None:
    # before anything imports peewee: a personal shop never loads the PostgreSQL driver
    from seller_desk import driver_hold

    driver_hold.hold_back()


_hold_back_postgres_driver()
