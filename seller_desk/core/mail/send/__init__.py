"""Mail out: composing, quoting, drafts, and the outbox that sends exactly once."""
