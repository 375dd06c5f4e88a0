"""Things every layer uses: errors, paths, settings, logs, money, time formatting."""
