"""Mailbox accounts, their passwords in the keyring, and logged-in IMAP/SMTP connections."""
