"""The Recruiter Companion application: cache, sync, outbox, secrets, CLI and (in ``ui``) the Qt app.

Only ``desktop.ui`` imports Qt.
"""

__version__ = "0.2.0"
