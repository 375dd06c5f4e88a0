"""Mailboxes in the interface: the wizard that adds one."""
