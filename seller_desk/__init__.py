"""Seller Desk: one inbox for a home-based online seller."""

__version__ = "0.1.0"
APP_NAME = "Seller Desk"
APP_ID = "seller-desk"
