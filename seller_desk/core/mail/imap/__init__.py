"""IMAP: sync, fetching in batches, the fast response reader, flags, IDLE, folders, attachments."""
