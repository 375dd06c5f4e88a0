"""Qt-free core of Seller Desk: data, mail, orders, clocks, reports.

Nothing below this package imports PySide6, so all of it runs and is tested without a screen.
"""
