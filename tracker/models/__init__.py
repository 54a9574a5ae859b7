"""The record model. Importing this package registers every table on `Base.metadata`."""

from tracker.models.alliance import Alliance
from tracker.models.award import Award
from tracker.models.change import Change
from tracker.models.cooperation import Cooperation
from tracker.models.country import Country, CountryGroup, CountryGroupMember
from tracker.models.enums import (
    AliasKind,
    AllianceScope,
    AwardLevel,
    AwardWinner,
    Bound,
    ChangeAction,
    CooperationDirection,
    CooperationKind,
    EventKind,
    Metric,
    OrganizationKind,
    ParticipantRole,
    SiteKind,
    StandardKind,
)
from tracker.models.event import Event, EventParticipant, EventSeries
from tracker.models.figure import Figure
from tracker.models.membership import Membership, MembershipTerm
from tracker.models.organization import Alias, Organization
from tracker.models.person import Person
from tracker.models.post import Post
from tracker.models.role import Role
from tracker.models.site import TeachingSite
from tracker.models.source import Citation, Source
from tracker.models.standard import StandardAdoption

__all__ = [
    "Alias",
    "AliasKind",
    "Alliance",
    "AllianceScope",
    "Award",
    "AwardLevel",
    "AwardWinner",
    "Bound",
    "Change",
    "ChangeAction",
    "Citation",
    "Cooperation",
    "CooperationDirection",
    "CooperationKind",
    "Country",
    "CountryGroup",
    "CountryGroupMember",
    "Event",
    "EventKind",
    "EventParticipant",
    "EventSeries",
    "Figure",
    "Membership",
    "MembershipTerm",
    "Metric",
    "Organization",
    "OrganizationKind",
    "ParticipantRole",
    "Person",
    "Post",
    "Role",
    "SiteKind",
    "Source",
    "StandardAdoption",
    "StandardKind",
    "TeachingSite",
]

# The audit log, the citation clean-up and the input limits listen to every session;
# importing the model is what enables them.
from tracker import audit as _audit  # noqa: E402,F401
from tracker import citations as _citations  # noqa: E402,F401
from tracker import limits as _limits  # noqa: E402,F401
