"""Papers that go with an order: packing slips, invoices, receipts."""
