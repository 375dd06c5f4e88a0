"""Conversations: derived state, reply-time clocks, and the inbox's queries."""
