"""``python -m journey_widget.cli``: how the widget starts itself (call, autostart, bundle)."""

import sys

from journey_widget.cli.main import main

sys.exit(main())
