"""Load a file of structured records (seeds/demo.json) through the services.

Every record goes through the same validation as a typed command, and the
whole file loads in the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from tracker.errors import InvalidInput
from tracker.models import Source
from tracker.services import resolve
from tracker.services.alliance import add_alliance
from tracker.services.cooperation import add_cooperation
from tracker.services.event import add_event, add_participant
from tracker.services.figure import add_figure
from tracker.services.membership import add_membership, change_role
from tracker.services.organization import add_organization
from tracker.services.person import add_person
from tracker.services.source import add_source


def load_seed(session: Session, data: dict[str, Any]) -> dict[str, int]:
    """Create every record of `data`; returns how many of each kind were added."""
    sources: dict[str, Source] = {}
    for item in data.get("sources", []):
        fields = {k: v for k, v in item.items() if k != "key"}
        sources[item["key"]] = add_source(session, **fields)

    def source_of(item: dict[str, Any]) -> Source | None:
        key = item.get("source")
        if key and key not in sources:
            raise InvalidInput(f"unknown source key '{key}'")
        return sources.get(key) if key else None

    for item in data.get("organizations", []):
        add_organization(
            session,
            item["name"],
            item.get("kind"),
            item.get("country"),
            item.get("province"),
            item.get("city"),
            item.get("website"),
            item.get("home", False),
            item.get("aliases"),
        )
    session.flush()  # later records find these by name
    for item in data.get("alliances", []):
        add_alliance(
            session,
            item["name"],
            item.get("scope"),
            item.get("country"),
            item.get("founded"),
            item.get("dissolved"),
            item.get("lead"),
            item.get("website"),
            item.get("description"),
            item.get("aliases"),
        )
    session.flush()
    for item in data.get("people", []):
        add_person(session, item["name"], item.get("title"), item.get("organization"))
    for item in data.get("memberships", []):
        organization = resolve.organization(session, item["organization"])
        alliance = resolve.alliance(session, item["alliance"])
        add_membership(
            session,
            organization,
            alliance,
            item.get("role"),
            item.get("since"),
            resolve.optional_organization(session, item.get("invited_by")),
            source_of(item),
            item.get("evidence"),
        )
        for later in item.get("later_roles", []):
            change_role(
                session,
                organization,
                alliance,
                later["role"],
                later.get("since"),
                source_of(item),
                later.get("evidence"),
            )
    session.flush()
    for item in data.get("events", []):
        event = add_event(
            session,
            item["title"],
            item.get("kind"),
            item.get("start"),
            item.get("end"),
            item.get("city"),
            item.get("province"),
            item.get("country"),
            item.get("alliance"),
            item.get("online", False),
            item.get("participants_count"),
            item.get("countries_count"),
            item.get("description"),
            source_of(item),
        )
        for participant in item.get("participants", []):
            who = (
                resolve.organization(session, participant["organization"])
                if "organization" in participant
                else resolve.person(session, participant["person"])
            )
            add_participant(session, event, who, participant.get("role"))
    for item in data.get("cooperation", []):
        add_cooperation(
            session,
            item["organization"],
            item.get("partner"),
            item.get("country"),
            item.get("kind"),
            item.get("title"),
            item.get("start"),
            item.get("end"),
            item.get("headcount"),
            item.get("notes"),
            source_of(item),
            direction=item.get("direction"),
            days=item.get("days"),
        )
    session.flush()  # the awards find their competitions
    _load_impact_records(session, data, source_of)
    for item in data.get("figures", []):
        add_figure(
            session,
            item["about"],
            item["metric"],
            item["value"],
            item.get("bound"),
            item.get("as_of"),
            item.get("statement"),
            source_of(item),
        )
    return {
        name: len(data.get(name, []))
        for name in (
            "sources",
            "organizations",
            "alliances",
            "people",
            "memberships",
            "cooperation",
            "events",
            "figures",
            *IMPACT_RECORDS,
        )
    }


# the International Influence Table's records: seed key -> the service that adds one, whose
# keyword arguments are the item's fields (the positional ones named in `_POSITIONAL`)
IMPACT_RECORDS = ("posts", "standards", "awards", "sites")
_POSITIONAL = {
    "posts": ("person",),
    "standards": ("organization", "title"),
    "awards": ("organization", "competition"),
    "sites": ("organization", "name"),
}
# a seed's date field -> the service's keyword
_RENAMED = {"date": "awarded"}


def _load_impact_records(
    session: Session, data: dict[str, Any], source_of: Callable[[dict[str, Any]], Any]
) -> None:
    from tracker.services.award import add_award
    from tracker.services.post import add_post
    from tracker.services.site import add_site
    from tracker.services.standard import add_standard

    adders: dict[str, Callable[..., Any]] = {
        "posts": add_post, "standards": add_standard, "awards": add_award, "sites": add_site,
    }
    for key in IMPACT_RECORDS:
        for item in data.get(key, []):
            positional = [item[name] for name in _POSITIONAL[key]]
            keywords = {
                _RENAMED.get(name, name): value
                for name, value in item.items()
                if name not in _POSITIONAL[key] and name != "source"
            }
            adders[key](session, *positional, source=source_of(item), **keywords)
