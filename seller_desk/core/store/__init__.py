"""The database and what lives with it: models, migrations, the event log, search, backup."""
