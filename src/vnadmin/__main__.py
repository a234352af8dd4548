"""``python -m vnadmin`` runs the ``vnadmin`` command."""

import sys

from vnadmin.cli import main

sys.exit(main())
