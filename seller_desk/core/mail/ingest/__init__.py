"""Parsed messages into the database: storing batches and grouping them into conversations."""
