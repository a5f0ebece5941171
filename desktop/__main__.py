"""``python -m desktop`` runs the same entry point as ``recruiter-companion``."""

import sys

if sys.argv[1:2] == ["_sync-worker"]:
    # The window's sync worker (desktop/sync/process.py): straight to it, without the CLI's imports.
    from desktop.sync import worker

    sys.exit(worker.main())

from desktop.cli.main import main  # noqa: E402

sys.exit(main())
