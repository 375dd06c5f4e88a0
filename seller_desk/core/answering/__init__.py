"""Writing mail as the seller does: replies, forwards and new messages filled from templates in the customer's language, the quote of the original, drafts."""
