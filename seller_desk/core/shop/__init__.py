"""The seller's ledger: customers, orders, order numbers, linking mail to orders, shipping."""
