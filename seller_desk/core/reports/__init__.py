"""KPIs, CSV exports and named periods."""
