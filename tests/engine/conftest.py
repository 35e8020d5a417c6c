from __future__ import annotations

import datetime as dt

#: Fixed "today" for engine tests (the `engine` fixture is in tests/conftest.py).
TODAY = dt.date(2026, 1, 26)
