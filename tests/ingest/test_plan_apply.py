"""Planning and applying one article's facts: matches, citations, conflicts, idempotence.

The facts are built by hand here (not extracted), so that these tests pin the
ingest rules whatever the extractor reads from a text.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from tracker.db import session_scope
from tracker.extract.facts import (
    Alliance,
    ArticleFacts,
    Event,
    Evidence,
    Figure,
    Membership,
    Organization,
    Person,
    Source,
)
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.plan import Action, Plan
from tracker.models import Citation
from tracker.models import Event as EventRow
from tracker.models import Membership as MembershipRow
from tracker.models import Organization as OrganizationRow
from tracker.services.alliance import add_alliance
from tracker.services.membership import add_membership
from tracker.services.organization import add_organization

ALLIANCE = "Pearl River Skills Alliance"


def _evidence(sentence: str) -> Evidence:
    return Evidence(0, len(sentence), sentence)


def _facts(role: str = "council_member", since: str | None = "2024-03-05",
           published: str = "2024-03-06") -> ArticleFacts:
    joined = f"Lotus Bay College joined the {ALLIANCE} as a {role}."
    return ArticleFacts(
        source=Source(title="Lotus Bay College joins an alliance", published=published,
                      publisher="Lotus Bay College"),
        organizations=[Organization("Lotus Bay College", "college", ["LBC", "our college"], "CN",
                                    _evidence(joined))],
        alliances=[Alliance(ALLIANCE, ["the alliance"], "2015", 48, "2024",
                            _evidence(joined))],
        memberships=[Membership("Lotus Bay College", ALLIANCE, role, since, _evidence(joined))],
        events=[Event("2024 council meeting of the Pearl River Skills Alliance", "meeting",
                      "2024-03-05", "Zhuhai", "CN", ALLIANCE,
                      _evidence("The meeting was hosted by Lotus Bay College in Zhuhai."))],
        figures=[Figure(48, "members", "exact", "48 member institutions", ALLIANCE, None,
                        _evidence("The alliance has 48 member institutions."))],
        people=[Person("Wen Hao", "President", "Lotus Bay College",
                       _evidence("President Wen Hao signed for our college."))],
    )


def _plan(engine: Any, facts: ArticleFacts, text: str) -> Plan:
    with session_scope(engine) as session:
        return build_plan(session, facts, text, "test")


def _import(engine: Any, facts: ArticleFacts, text: str) -> Any:
    with session_scope(engine, actor="test", command="pytest") as session:
        plan = build_plan(session, facts, text, "test")
        return plan, apply_plan(session, plan)


def _count(engine: Any, model: Any) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_new_article_creates_its_records_and_cites_them(engine: Any) -> None:
    plan, outcome = _import(engine, _facts(), "first text")
    kinds = {(item.kind, item.action) for item in plan.items}
    assert {("source", Action.CREATE), ("organization", Action.CREATE),
            ("alias", Action.CREATE), ("alliance", Action.CREATE),
            ("membership", Action.CREATE), ("event", Action.CREATE),
            ("participant", Action.CREATE), ("person", Action.CREATE),
            ("figure", Action.CREATE)} <= kinds
    # "our college" and "the alliance" are references, never aliases
    aliases = [item.fields.name for item in plan.items if item.kind == "alias"]
    assert aliases == ["LBC"]
    with session_scope(engine) as session:
        membership = session.scalars(select(MembershipRow)).one()
        assert membership.terms[0].role.code == "council_member"
        assert str(membership.joined) == "2024-03-05"
        assert membership.source_id == outcome.source_id
        cited = set(session.execute(
            select(Citation.subject_table).where(Citation.source_id == outcome.source_id)
        ).scalars())
        event = session.scalars(select(EventRow)).one()
        assert [(p.organization.name, p.role.value) for p in event.participants] == [
            ("Lotus Bay College", "host")]
    assert {"organization", "alias", "alliance", "membership", "event", "event_participant",
            "person", "figure"} <= cited
    # the member count of the alliance is the same figure as the stated one: once only
    assert sum(item.kind == "figure" for item in plan.items) == 1


def test_the_same_article_again_changes_nothing(engine: Any, dump: Any) -> None:
    _import(engine, _facts(), "same text")
    before = dump()
    plan, outcome = _import(engine, _facts(), "same  text\n")  # white space does not count
    assert outcome.unchanged and plan.already_imported is not None
    assert [item.action for item in plan.items] == [Action.MATCH]
    assert dump() == before


def test_a_restating_article_cites_the_existing_facts(engine: Any) -> None:
    _import(engine, _facts(), "first article")
    counts = {m: _count(engine, m) for m in (OrganizationRow, MembershipRow, EventRow)}
    plan, outcome = _import(engine, _facts(), "a second article saying the same")
    assert outcome.created == 0 and outcome.source_id is not None
    assert {m: _count(engine, m) for m in counts} == counts
    with session_scope(engine) as session:
        cited = set(session.execute(
            select(Citation.subject_table).where(Citation.source_id == outcome.source_id)
        ).scalars())
    assert {"organization", "alliance", "membership", "membership_term", "event",
            "event_participant", "person", "figure"} <= cited


def test_a_different_start_date_is_a_conflict_and_is_kept(engine: Any) -> None:
    _import(engine, _facts(since="2024-03-05"), "first")
    plan, outcome = _import(engine, _facts(since="2023-09-01", published="2024-05-01"),
                            "second with another date")
    conflict = next(i for i in plan.items if i.kind == "role_term")
    assert conflict.action is Action.CONFLICT
    assert conflict.conflicts == {"since": ["2024-03-05", "2023-09-01"]}
    assert outcome.conflicts == 1
    with session_scope(engine) as session:
        assert str(session.scalars(select(MembershipRow)).one().joined) == "2024-03-05"


def test_an_accepted_conflict_takes_the_article_value(engine: Any) -> None:
    _import(engine, _facts(since="2024-03-05"), "first")
    with session_scope(engine, actor="test") as session:
        plan = build_plan(session, _facts(since="2023-11"), "second", "test")
        next(i for i in plan.items if i.kind == "role_term").take_article = True
        apply_plan(session, plan)
    with session_scope(engine) as session:
        assert str(session.scalars(select(MembershipRow)).one().terms[0].start) == "2023-11"


def test_a_different_undated_role_is_a_conflict(engine: Any) -> None:
    _import(engine, _facts(role="council_member"), "first")
    plan, _ = _import(engine, _facts(role="vice_chair", since=None), "second")
    item = next(i for i in plan.items if i.kind == "role_term")
    assert item.action is Action.CONFLICT
    assert item.conflicts == {"role": ["council_member", "vice_chair"]}
    with session_scope(engine) as session:
        terms = session.scalars(select(MembershipRow)).one().terms
        assert [t.role.code for t in terms] == ["council_member"]


def test_a_later_dated_role_is_a_new_role_term(engine: Any) -> None:
    _import(engine, _facts(role="member", since="2022"), "first")
    plan, _ = _import(engine, _facts(role="executive_council_member", since="2024-03-05"),
                      "second")
    assert next(i for i in plan.items if i.kind == "role_term").action is Action.CREATE
    with session_scope(engine) as session:
        terms = session.scalars(select(MembershipRow)).one().terms
        assert [(t.role.code, str(t.start), str(t.end)) for t in terms] == [
            ("member", "2022", "2024-03-05"), ("executive_council_member", "2024-03-05", "None")]


def test_a_close_name_is_new_with_the_candidate_shown(engine: Any) -> None:
    with session_scope(engine, actor="test") as session:
        add_alliance(session, "Pearl River Skills Cooperation Alliance")
    plan = _plan(engine, _facts(), "text")
    item = next(i for i in plan.items if i.kind == "alliance")
    assert item.action is Action.CREATE
    assert item.candidate is not None
    assert item.candidate.name == "Pearl River Skills Cooperation Alliance"
    assert 75 <= item.candidate.score < 92
    item.merge_with_candidate()
    assert item.action is Action.MATCH


def test_an_alias_or_acronym_matches_the_record(engine: Any) -> None:
    with session_scope(engine, actor="test") as session:
        add_organization(session, "Lotus Bay Vocational College", aliases=["LBC"])
    plan = _plan(engine, _facts(), "text")
    item = next(i for i in plan.items if i.kind == "organization")
    assert item.action is Action.MATCH
    assert item.matched is not None and item.matched.via == "alias 'LBC'"


def test_our_college_is_the_home_organization(engine: Any) -> None:
    with session_scope(engine, actor="test") as session:
        add_organization(session, "Lotus Bay Vocational College", is_home=True)
    facts = _facts()
    facts.organizations = [Organization("Lotus Bay Vocational", "college", ["our college"])]
    facts.source.publisher = None
    facts.memberships[0].member = "our college"
    plan = _plan(engine, facts, "text")
    item = next(i for i in plan.items if i.kind == "organization")
    assert item.action is Action.MATCH
    assert item.matched is not None and "self-reference" in item.matched.via
    # the membership of "our college" is the home organization's
    membership = next(i for i in plan.items if i.kind == "membership")
    assert membership.needs["organization"] == item.ref


def test_a_figure_whose_subject_is_unknown_is_kept_with_its_source_only(engine: Any) -> None:
    from tracker.models import Figure as FigureRow

    facts = _facts()
    facts.figures = [Figure(300, "participants", "at_least", "over 300 guests", "the gala")]
    plan, outcome = _import(engine, facts, "first text")
    item = next(i for i in plan.items if i.kind == "figure" and i.fields.value == 300)
    assert item.action is Action.CREATE and item.needs == {}
    assert "'the gala'" in (item.note or "") and "source only" in (item.note or "")
    with session_scope(engine) as session:
        figure = session.scalars(select(FigureRow).where(FigureRow.value == 300)).one()
        assert (figure.organization, figure.alliance) == (None, None)
        assert (figure.value, figure.bound.value, figure.source_id) == (300, "at_least",
                                                                        outcome.source_id)
        cited = session.scalars(select(Citation.subject_id).where(
            Citation.subject_table == "figure", Citation.subject_id == figure.id)).all()
        assert cited == [figure.id]


def test_a_subjectless_figure_restated_elsewhere_is_matched_by_its_statement(engine: Any) -> None:
    from tracker.models import Figure as FigureRow

    first = ArticleFacts(source=Source(published="2023-07-20"), figures=[
        Figure(122, "students", "exact", "122 students from 23 countries", None, "2023")])
    _import(engine, first, "first article")
    again = ArticleFacts(source=Source(published="2023-07-21"), figures=[
        Figure(122, "students", "exact", "122 Students from 23 countries", None, "2023"),
        Figure(122, "students", "exact", "122 students of the summer school", None, "2023")])
    plan, outcome = _import(engine, again, "second article")
    actions = [i.action for i in plan.items if i.kind == "figure"]
    assert actions == [Action.MATCH, Action.CREATE]  # another statement is another fact
    assert _count(engine, FigureRow) == 2
    with session_scope(engine) as session:
        cited = session.scalars(select(Citation.source_id).where(
            Citation.subject_table == "figure", Citation.subject_id == 1)).all()
        assert sorted(cited) == [1, outcome.source_id]


def test_an_undated_event_is_recorded_undated_and_matched_later(engine: Any) -> None:
    facts = _facts()
    facts.events = [Event("Skills exchange week of the alliance", "other", None)]
    plan, _ = _import(engine, facts, "first")
    item = next(i for i in plan.items if i.kind == "event")
    assert item.action is Action.CREATE and "no date" in (item.note or "")
    plan, _ = _import(engine, facts, "second")
    assert next(i for i in plan.items if i.kind == "event").action is Action.MATCH
    assert _count(engine, EventRow) == 1


def test_an_existing_membership_is_matched_not_duplicated(engine: Any) -> None:
    with session_scope(engine, actor="test") as session:
        org = add_organization(session, "Lotus Bay College")
        alliance = add_alliance(session, ALLIANCE)
        add_membership(session, org, alliance, "council_member", "2024-03-05")
    plan, outcome = _import(engine, _facts(), "text")
    assert next(i for i in plan.items if i.kind == "membership").action is Action.MATCH
    assert next(i for i in plan.items if i.kind == "role_term").action is Action.MATCH
    assert _count(engine, MembershipRow) == 1
