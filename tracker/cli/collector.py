"""Python's garbage collector held back while a command starts, then pointed at new objects.

A run of `tracker org add X` makes some 120,000 objects that live until it exits:
SQLAlchemy's and Typer's modules, our mapped classes, their mappers. The collector
counts allocations and, while they are being made, scans them again and again
(young collections and at least one full one): 50-70 ms of a 500 ms command.
They can never be garbage, so the command line's entry holds collection back
(`hold`); once the command has its engine (its models imported) the objects made
so far are frozen, never scanned again, and collection resumes with the usual
thresholds (`release`), so a long import or report collects as always.

Held means a high threshold, not off: a command that never opens a database
(extract over a large folder) still collects, every `HELD_THRESHOLD` objects.
Code that never called `hold` (tests, a library user) is left alone.
"""

from __future__ import annotations

import gc

# above what start-up keeps alive (~120,000 tracked objects for a command on a database)
HELD_THRESHOLD = 250_000

_usual: tuple[int, int, int] | None = None  # the thresholds to restore, while held


def hold() -> None:
    """Collect only after `HELD_THRESHOLD` new objects until `release` (the entry calls it)."""
    global _usual
    if _usual is not None:
        return
    _usual = gc.get_threshold()
    gc.set_threshold(HELD_THRESHOLD, *_usual[1:])


def release() -> None:
    """Freeze what start-up made and collect as usual again; nothing if not held."""
    global _usual
    if _usual is None:
        return
    gc.freeze()
    gc.set_threshold(*_usual)
    _usual = None


def held() -> bool:
    """Whether start-up still holds the collector back."""
    return _usual is not None
