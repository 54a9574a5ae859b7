"""Role histories that follow the text: order, ends, joining date, inviter, no demotion.

The facts are built by hand (not extracted) so that these tests pin the
importer's rules whatever the extractor reads.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tracker.dates import parse_optional
from tracker.db import session_scope
from tracker.extract.facts import (
    Alliance,
    ArticleFacts,
    Evidence,
    Membership,
    Organization,
    Source,
)
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.history import Claim, role_history
from tracker.ingest.plan import Action, Plan
from tracker.models import Membership as MembershipRow
from tracker.services.alliance import add_alliance
from tracker.services.membership import add_membership, change_role, current_role
from tracker.services.organization import add_organization

NETWORK = "Northern Lakes Skills Network"
MEMBER = "Harbor Valley Polytechnic"
INVITER = "Cedar Ridge Technical College"


def _claims(*pairs: tuple[str, str | None]) -> list[Claim[int]]:
    return [Claim(role, parse_optional(since), n) for n, (role, since) in enumerate(pairs)]


def _terms(history: Any) -> list[tuple[str, str | None]]:
    return [(c.role, c.since.iso() if c.since else None) for c in history.terms]


@pytest.mark.parametrize(("claims", "terms", "left_out"), [
    pytest.param([("executive_council_member", None), ("member", "2021")],
                 [("member", "2021"), ("executive_council_member", None)], 0,
                 id="an undated higher role comes after the dated one"),
    pytest.param([("council_member", "2024-05-02"), ("member", "2019")],
                 [("member", "2019"), ("council_member", "2024-05-02")], 0,
                 id="dated roles in date order, whatever the article's order"),
    pytest.param([("member", None), ("vice_chair", "2020")], [("vice_chair", "2020")], 1,
                 id="an undated lower role is implied by the dated higher one"),
    pytest.param([("vice_chair", None), ("vice_chair", "2022-09")], [("vice_chair", "2022-09")],
                 1, id="a role stated undated and dated is one dated term"),
    pytest.param([("member", "2022"), ("lead_member", "2022")], [("lead_member", "2022")], 1,
                 id="two roles from the same date: the higher"),
    pytest.param([("member", None), ("chair", None)], [("chair", None)], 1,
                 id="several undated roles: the highest"),
    pytest.param([("member", "2018"), ("member", "2016")], [("member", "2016")], 1,
                 id="the same role twice: the earlier date"),
])
def test_role_history(claims: list[tuple[str, str | None]], terms: list[Any],
                      left_out: int) -> None:
    history = role_history(_claims(*claims))
    assert _terms(history) == terms
    assert len(history.left_out) == left_out


def _evidence(sentence: str) -> Evidence:
    return Evidence(0, len(sentence), sentence)


def _facts(*roles: tuple[str, str | None, str], published: str = "2024-06-01") -> ArticleFacts:
    """An article about MEMBER in NETWORK stating `roles` (role, since, sentence)."""
    return ArticleFacts(
        source=Source(title="Harbor Valley Polytechnic and the network", published=published,
                      publisher=MEMBER),
        organizations=[Organization(MEMBER, "college", ["our college"], "CA"),
                       Organization(INVITER, "college", [], "CA")],
        alliances=[Alliance(NETWORK)],
        memberships=[Membership(MEMBER, NETWORK, role, since, _evidence(sentence))
                     for role, since, sentence in roles],
    )


def _import(engine: Any, facts: ArticleFacts, text: str) -> tuple[Plan, Any]:
    with session_scope(engine, actor="test", command="pytest") as session:
        plan = build_plan(session, facts, text, "test")
        return plan, apply_plan(session, plan)


def _history(engine: Any) -> tuple[str | None, list[tuple[str, str | None, str | None]], str]:
    with session_scope(engine) as session:
        membership = session.scalars(
            select(MembershipRow).join(MembershipRow.organization)
            .where(MembershipRow.organization.has(name=MEMBER))).one()
        terms = sorted(((t.role.code, _str(t.start), _str(t.end)) for t in membership.terms),
                       key=lambda t: (t[1] is None, t[1] or ""))
        role = current_role(membership)
        return _str(membership.joined), terms, role.code if role else ""


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def test_an_undated_higher_role_follows_the_dated_joining_and_ends_nothing(engine: Any) -> None:
    _import(engine, _facts(
        ("executive_council_member", None, "The college is an executive council member."),
        ("member", "2021", "In 2021 the college joined the network."),
    ), "first")
    assert _history(engine) == ("2021", [("member", "2021", None),
                                         ("executive_council_member", None, None)],
                                "executive_council_member")


def test_an_undated_term_is_listed_after_the_dated_ones(engine: Any) -> None:
    from tracker.services.membership import TermFilter, list_terms

    _import(engine, _facts(
        ("executive_council_member", None, "The college is an executive council member."),
        ("member", "2021", "In 2021 the college joined the network."),
    ), "first")
    with session_scope(engine) as session:
        listed = [t.role.code for t in list_terms(session, TermFilter())]
        stored = [t.role.code for t in session.scalars(select(MembershipRow)).one().terms]
    assert listed == stored == ["member", "executive_council_member"]


def test_a_later_dated_role_ends_the_joining_term_there(engine: Any) -> None:
    _import(engine, _facts(
        ("executive_council_member", "2024-05-02",
         "On May 2 the college became an executive council member."),
        ("member", "2021", "The college has been a member since 2021."),
    ), "first")
    assert _history(engine) == ("2021", [("member", "2021", "2024-05-02"),
                                         ("executive_council_member", "2024-05-02", None)],
                                "executive_council_member")


def test_an_undated_first_term_leaves_joined_empty(engine: Any) -> None:
    _import(engine, _facts(("council_member", None, "It sits on the council.")), "first")
    assert _history(engine) == (None, [("council_member", None, None)], "council_member")


def test_an_implied_role_is_in_the_plan_as_not_applied(engine: Any) -> None:
    plan, outcome = _import(engine, _facts(
        ("vice_chair", "2020", "It was elected vice chair in 2020."),
        ("member", None, "It is a member of the network."),
    ), "first")
    left = [i for i in plan.items if i.kind == "role_term" and i.action is Action.SKIP]
    assert [(i.fields.role, i.note) for i in left] == [
        ("member", "not applied: undated, and implied by vice_chair from 2020")]
    assert outcome.skipped == 1


@pytest.mark.parametrize("sentence", [
    f"In 2021, at the invitation of {INVITER}, the college joined the network.",
    f"The college was invited by {INVITER} and joined the network in 2021.",
])
def test_the_inviter_is_stored(engine: Any, sentence: str) -> None:
    _import(engine, _facts(("member", "2021", sentence)), "first")
    with session_scope(engine) as session:
        membership = session.scalars(select(MembershipRow)).one()
        assert membership.invited_by is not None and membership.invited_by.name == INVITER


def test_no_inviter_when_none_is_named(engine: Any) -> None:
    _import(engine, _facts(("member", "2021", f"{INVITER} and the college joined in 2021.")),
            "first")
    with session_scope(engine) as session:
        assert session.scalars(select(MembershipRow)).one().invited_by is None


def test_an_inviter_is_filled_into_a_known_membership(engine: Any) -> None:
    _import(engine, _facts(("member", "2021", "The college joined in 2021.")), "first")
    plan, _ = _import(engine, _facts(
        ("member", "2021", f"Invited by {INVITER}, the college joined in 2021.")), "second")
    item = next(i for i in plan.items if i.kind == "membership")
    assert item.fills == {"invited_by": INVITER}
    with session_scope(engine) as session:
        membership = session.scalars(select(MembershipRow)).one()
        assert membership.invited_by is not None and membership.invited_by.name == INVITER


def _recorded(engine: Any, role: str, since: str, *later: tuple[str, str]) -> None:
    with session_scope(engine, actor="test") as session:
        org = add_organization(session, MEMBER)
        network = add_alliance(session, NETWORK)
        add_membership(session, org, network, role, since)
        for other, when in later:
            change_role(session, org, network, other, when)


@pytest.mark.parametrize(("role", "since"), [("member", "2024-02"), ("council_member", None)])
def test_a_lower_role_than_the_recorded_one_is_a_conflict_never_a_demotion(
        engine: Any, dump: Any, role: str, since: str | None) -> None:
    _recorded(engine, "vice_chair", "2019")
    plan, outcome = _import(engine, _facts((role, since, "The college is in the network.")),
                            "second")
    item = next(i for i in plan.items if i.kind == "role_term")
    assert item.action is Action.CONFLICT
    assert item.conflicts == {"role": ["vice_chair", role]}
    assert "never a demotion" in (item.note or "")
    assert outcome.conflicts == 1
    assert _history(engine)[2] == "vice_chair"


def test_a_higher_dated_role_after_the_history_is_a_new_term(engine: Any) -> None:
    _recorded(engine, "member", "2019")
    _import(engine, _facts(("chair", "2024-05-02", "On May 2 the college took the chair.")),
            "second")
    assert _history(engine) == ("2019", [("member", "2019", "2024-05-02"),
                                         ("chair", "2024-05-02", None)], "chair")


def test_an_earlier_role_goes_before_the_recorded_history(engine: Any) -> None:
    _recorded(engine, "executive_council_member", "2024-05-02")
    plan, _ = _import(engine, _facts(("member", "2021", "The college joined in 2021.")), "second")
    item = next(i for i in plan.items if i.kind == "role_term")
    assert item.action is Action.CREATE and "earlier role" in (item.note or "")
    assert _history(engine) == ("2021", [("member", "2021", "2024-05-02"),
                                         ("executive_council_member", "2024-05-02", None)],
                                "executive_council_member")


def test_taking_the_articles_lower_dated_role_records_the_change(engine: Any) -> None:
    _recorded(engine, "vice_chair", "2019")
    with session_scope(engine, actor="test") as session:
        plan = build_plan(session, _facts(("member", "2024-02", "It is now a member.")),
                          "second", "test")
        next(i for i in plan.items if i.kind == "role_term").take_article = True
        apply_plan(session, plan)
    assert _history(engine) == ("2019", [("vice_chair", "2019", "2024-02"),
                                         ("member", "2024-02", None)], "member")


def _unnamed_publisher(member: str, published: str = "2024-06-01") -> ArticleFacts:
    """An article that speaks of its institution only as `member` ("我校", "our college")."""
    return ArticleFacts(
        source=Source(title="The network grows", published=published, publisher=None),
        alliances=[Alliance(NETWORK)],
        memberships=[Membership(member, NETWORK, "member", "2019",
                                _evidence(f"{member} joined the network in 2019."))],
    )


@pytest.mark.parametrize("member", ["我校", "our college"])
def test_a_self_reference_without_a_named_publisher_is_the_home_organization(
        engine: Any, member: str) -> None:
    with session_scope(engine, actor="test") as session:
        add_organization(session, MEMBER, is_home=True)
    plan, _ = _import(engine, _unnamed_publisher(member), "text")
    assert not [i for i in plan.items if i.kind == "membership" and i.action is Action.SKIP]
    assert _history(engine)[1] == [("member", "2019", None)]


def test_without_a_home_organization_a_self_reference_is_left_out(engine: Any) -> None:
    plan, _ = _import(engine, _unnamed_publisher("我校"), "text")
    assert [i.action for i in plan.items if i.kind == "membership"] == [Action.SKIP]


def test_an_english_page_that_never_names_itself_files_its_roles_under_home(
        engine: Any) -> None:
    from tracker.extract import extract_text

    with session_scope(engine, actor="test") as session:
        add_organization(session, MEMBER, is_home=True)
    text = f"In 2019 our college joined the {NETWORK}."
    _import(engine, extract_text(text), text)
    assert _history(engine)[1] == [("member", "2019", None)]
