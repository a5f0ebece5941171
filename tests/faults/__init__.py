"""The fault campaign of issue 16, as tests that run in CI: ``kill -9`` during a sync."""
