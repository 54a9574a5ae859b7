"""The closed vocabularies of the model, stored by value.

The shared vocabularies (kinds, metrics, roles) are defined once in `tracker.vocab`
and re-exported here under the names the models import; only the model's own
(alias kinds, audit actions) are defined here.
"""

from __future__ import annotations

import enum

from tracker.vocab import (
    AllianceScope,
    AwardLevel,
    AwardWinner,
    Bound,
    CooperationDirection,
    CooperationKind,
    EventKind,
    Metric,
    OrganizationKind,
    ParticipantRole,
    SiteKind,
    StandardKind,
)

__all__ = [
    "AliasKind",
    "AllianceScope",
    "AwardLevel",
    "AwardWinner",
    "Bound",
    "ChangeAction",
    "CooperationDirection",
    "CooperationKind",
    "EventKind",
    "Metric",
    "OrganizationKind",
    "ParticipantRole",
    "SiteKind",
    "StandardKind",
]


class AliasKind(enum.StrEnum):
    ACRONYM = "acronym"
    FORMER = "former"
    TRANSLATION = "translation"
    SHORT = "short"
    OTHER = "other"


class ChangeAction(enum.StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
