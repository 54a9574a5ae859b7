"""The fact kinds of an import plan, in planning order: the one registry that the plan,
the apply step and the CLI's review read. A new fact kind is a new module added here."""

from __future__ import annotations

from tracker.ingest.kinds import (
    alias,
    alliance,
    award,
    cooperation,
    country,
    event,
    figure,
    membership,
    organization,
    participant,
    person,
    post,
    series,
    site,
    source,
    standard,
)
from tracker.ingest.kinds.base import Kind

# alliances before organizations (an organization named like a known alliance is that
# alliance), both before every kind that names them
KINDS: tuple[Kind, ...] = (
    source.KIND,
    alliance.KIND,
    organization.KIND,
    alias.KIND,
    membership.KIND,
    membership.TERM,
    person.KIND,  # before events: people present at them are participants
    series.KIND,  # before events: an event of a series is linked to it
    event.KIND,
    participant.KIND,
    figure.KIND,
    country.KIND,
    cooperation.KIND,  # stated by spreadsheet rows (tracker load)
    award.KIND,  # after events: the competition may be the article's event
    post.KIND,  # after people: the holder may be the article's person
    site.KIND,
    standard.KIND,
)
BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
