"""Reading an input file the user named, safely: a regular file, read up to a limit.

`/dev/zero` as a restore file would be read until memory ran out, and a FIFO would
block the command forever: every input file (restore, CSV, article, source text) is
read through `read_limited`, which refuses anything but a regular file and stops at
its limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_INPUT_BYTES = 200 * 1024 * 1024  # a whole office's export is a few MB


class UnreadableFile(Exception):
    """The file cannot be read; the message says why, for a user."""


def read_limited(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at `path`, refusing (UnreadableFile) a device, a FIFO,
    a socket or a folder, and any file longer than `limit` bytes; a file that cannot be
    opened raises OSError as `open` does, for the caller to word."""
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFile("is a folder")
        if not stat.S_ISREG(mode):
            raise UnreadableFile("is not a regular file (a device, a pipe or a socket)")
        os.set_blocking(descriptor, True)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnreadableFile(f"is larger than {limit // (1024 * 1024)} MB")
    return data
