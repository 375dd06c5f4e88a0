"""What each screen shows and saves, read or written in one call; Qt-free."""
