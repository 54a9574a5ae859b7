"""The errors a user can cause, with messages fit to show them.

Every service raises one of these for a problem the user can fix; the CLI's
single error boundary (`tracker.cli.main.run`) turns it into one line on
stderr and the exit status given by `exit_code`.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every user-facing error."""

    exit_code = 1


class InvalidInput(TrackerError):
    """The input itself is wrong: a bad date, an unknown kind, end before start."""

    exit_code = 2


class NotFound(TrackerError):
    """A named record does not exist."""


class Ambiguous(TrackerError):
    """A name matches several records; the message lists them."""


class AlreadyExists(TrackerError):
    """The record would duplicate one that exists."""


class Conflict(TrackerError):
    """The change contradicts what the database holds."""


class SchemaOutOfDate(TrackerError):
    """The database was made by an older version of tracker."""
