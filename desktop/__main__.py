"""``python -m desktop`` runs the same entry point as ``recruiter-companion``."""

import sys

from desktop.cli.main import main

sys.exit(main())
