"""Canned responses and their placeholders."""
