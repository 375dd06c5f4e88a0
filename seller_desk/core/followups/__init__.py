"""Follow-ups: reminder rules and automatic status emails."""
