"""Options given before the command (`tracker --db URL --actor NAME ...`).

The root callback fills one `AppState`; commands read it through `state()`.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field


@dataclass
class AppState:
    db_url: str | None = None
    actor: str = field(default_factory=lambda: _os_user())
    json: bool = False
    debug: bool = False
    command: str = "tracker"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in a bare container: still log something
        return os.environ.get("USER", "unknown")


_STATE = AppState()


def state() -> AppState:
    """The options of this invocation."""
    return _STATE


def reset_state(new: AppState) -> None:
    """Replace the options (the root callback does this once per invocation)."""
    global _STATE
    _STATE = new
