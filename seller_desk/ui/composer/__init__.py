"""Writing mail: the composer widget and window, templates, placeholders, the outbox."""
