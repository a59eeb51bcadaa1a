"""``python -m journey_widget`` is the ``journey-widget`` command."""

import sys

from journey_widget.cli.main import main

sys.exit(main())
