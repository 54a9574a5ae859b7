"""Who took part in an article's events: people present, their organizations, the publisher.

Sentences are written for these tests (two phrasings or more per rule).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tracker.db import session_scope
from tracker.extract.facts import ArticleFacts, Event, Evidence, Organization, Person, Source
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.kinds.participant import event_nouns, passives, presences, sentences
from tracker.ingest.plan import Action, Plan
from tracker.models import Event as EventRow
from tracker.names import name_key

FORUM = event_nouns("Fjord Skills Forum 2024", "forum")


@pytest.mark.parametrize(("sentence", "roles"), [
    ("The rector attended the forum in Bergen.", ["attendee"]),
    ("Two deans took part in the opening of the event.", ["attendee"]),
    ("Our vice president delivered a keynote at the forum.", ["speaker"]),
    ("She spoke at the closing ceremony.", ["speaker"]),
    ("The college received the excellence award at the forum.", ["awardee"]),
    ("Three teachers were awarded at the ceremony.", ["awardee"]),
    ("The institute hosted the forum on its campus.", ["host"]),
    ("The rector attended university in Lyon.", []),
    ("The delegation visited the new laboratories.", []),
    ("He attended the seminar last spring.", []),  # another event's noun
])
def test_presence_verbs_and_their_event(sentence: str, roles: list[str]) -> None:
    assert [role for _at, role in presences(name_key(sentence), FORUM)] == roles


@pytest.mark.parametrize(("sentence", "found"), [
    ("The forum was attended by the rector and two deans.", ["attendee"]),
    ("The closing session of the forum was addressed by the mayor.", ["speaker"]),
    ("The library was attended by many students.", []),
])
def test_passive_presence_needs_the_event_before_the_verb(sentence: str,
                                                          found: list[str]) -> None:
    assert [role for _start, _end, role in passives(name_key(sentence), FORUM)] == found


def test_everyone_named_after_a_passive_verb_took_part(engine: Any) -> None:
    plan = _forum_plan(engine, "On 4 April 2024, the Fjord Skills Forum opened in Bergen.",
                       "The forum was attended by Rector Ingrid Dahl and by delegates of "
                       "Tromso Maritime School.",
                       [Person("Ingrid Dahl", "Rector", "Bergen Harbour College")])
    assert _participants(plan) == {
        ("Fjord Skills Forum", "Ingrid Dahl", "attendee"),
        ("Fjord Skills Forum", "Bergen Harbour College", "attendee"),
        ("Fjord Skills Forum", "Tromso Maritime School", "attendee"),
    }


def test_sentences_keep_their_offsets() -> None:
    text = "First one. Second\nwrapped one!\n\nThird"
    assert [(text[at:at + 5], s) for at, s in sentences(text)] == [
        ("First", "First one."), ("Secon", "Second wrapped one!"), ("Third", "Third")]


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(start, start + len(sentence), sentence)


ARTICLE = (
    "Fjord Skills Forum held in Bergen\n\n"
    "On 4 April 2024, the Fjord Skills Forum was held in Bergen. "
    "Rector Ingrid Dahl of Bergen Harbour College and Professor Ola Berg attended the forum. "
    "Our college received the innovation award at the forum. "
    "On 5 April 2024 a teacher workshop followed in Voss. "
    "Professor Ola Berg gave a lecture at the workshop.\n"
)


def _facts() -> ArticleFacts:
    forum_said = "On 4 April 2024, the Fjord Skills Forum was held in Bergen."
    workshop_said = "On 5 April 2024 a teacher workshop followed in Voss."
    people_said = ("Rector Ingrid Dahl of Bergen Harbour College and Professor Ola Berg "
                   "attended the forum.")
    return ArticleFacts(
        source=Source(title="Fjord Skills Forum held in Bergen", published="2024-04-06",
                      publisher="Lofoten Polytechnic"),
        organizations=[Organization("Lofoten Polytechnic", "college", ["our college"], "NO"),
                       Organization("Bergen Harbour College", "college", [], "NO")],
        events=[Event("Fjord Skills Forum", "forum", "2024-04-04", "Bergen", "NO", None,
                      _evidence(ARTICLE, forum_said)),
                Event("teacher workshop", "training", "2024-04-05", "Voss", "NO", None,
                      _evidence(ARTICLE, workshop_said))],
        people=[Person("Ingrid Dahl", "Rector", "Bergen Harbour College",
                       _evidence(ARTICLE, people_said)),
                Person("Ola Berg", "Professor", None, _evidence(ARTICLE, people_said))],
    )


def _participants(plan: Plan) -> set[tuple[str, str, str]]:
    return {(i.fields.event, i.fields.organization or i.fields.person, i.fields.role)
            for i in plan.items if i.kind == "participant"}


def test_people_present_their_organizations_and_the_publisher_take_part(engine: Any) -> None:
    with session_scope(engine) as session:
        plan = build_plan(session, _facts(), ARTICLE, "test")
    assert _participants(plan) == {
        ("Fjord Skills Forum", "Ingrid Dahl", "attendee"),
        ("Fjord Skills Forum", "Bergen Harbour College", "attendee"),
        ("Fjord Skills Forum", "Ola Berg", "attendee"),
        ("Fjord Skills Forum", "Lofoten Polytechnic", "awardee"),
        ("teacher workshop", "Ola Berg", "speaker"),
    }


def test_participants_are_recorded_and_matched_on_a_restating_article(engine: Any) -> None:
    with session_scope(engine, actor="test") as session:
        apply_plan(session, build_plan(session, _facts(), ARTICLE, "test"))
    with session_scope(engine) as session:
        forum = session.scalars(select(EventRow).where(EventRow.city == "Bergen")).one()
        assert sorted((p.organization or p.person).name for p in forum.participants) == [
            "Bergen Harbour College", "Ingrid Dahl", "Lofoten Polytechnic", "Ola Berg"]
    with session_scope(engine, actor="test") as session:
        plan = build_plan(session, _facts(), ARTICLE + "\nPhotos: the press office.", "again")
        actions = {i.action for i in plan.items if i.kind == "participant"}
        assert actions == {Action.MATCH}
        apply_plan(session, plan)


def _forum_plan(engine: Any, said: str, rest: str, people: list[Person] | None = None) -> Plan:
    """The plan of an article about the forum: its sentence `said`, then `rest`."""
    text = f"{said} {rest}".strip()
    facts = ArticleFacts(
        organizations=[Organization("Bergen Harbour College", "college", [], "NO"),
                       Organization("Tromso Maritime School", "college", [], "NO")],
        events=[Event("Fjord Skills Forum", "forum", "2024-04-04", "Bergen", "NO", None,
                      _evidence(text, said))],
        people=people or [])
    with session_scope(engine) as session:
        return build_plan(session, facts, text, "test")


@pytest.mark.parametrize(("said", "rest", "role"), [
    ("On 4 April 2024, the forum hosted by Bergen Harbour College opened in Bergen.", "",
     "host"),
    ("On 4 April 2024 the forum co-hosted by Bergen Harbour College opened in Bergen.",
     "Bergen Harbour College also attended the forum dinner.", "co_host"),
])
def test_the_event_sentence_gives_the_part_and_the_strongest_is_kept(
        engine: Any, said: str, rest: str, role: str) -> None:
    assert _participants(_forum_plan(engine, said, rest)) == {
        ("Fjord Skills Forum", "Bergen Harbour College", role)}
