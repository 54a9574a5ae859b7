"""The gates that spare a pattern a text change no result: the dates found with them are the
dates found without them, on sentences written to hold what each gated pattern reads."""

from __future__ import annotations

import re

import pytest

from tracker.extract.en import dates
from tracker.extract.en.gates import folded, may_hold

SENTENCES = [
    "The board met last YEAR and again this month in Quito.",
    "Next Year the council will meet; last Month it did not.",
    "The forum opened on Tuesday, and the delegates left on Thu after the talks.",
    "Delegates arrived last Sun for a week of visits.",
    "Signed on 2019/4/7, the agreement was renewed on 2021-11-30.",
    "The notice dated 07.04.2019 was replaced by one of 30.11.2021.",
    "On the 3rd the committee voted; on the 21st it published the result.",
    "On the 2nd anniversary the college met.",  # the ordinal a pattern refuses
    "Thıs year the network (the dotless i) grew.",
    "Nothing here is dated at all.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_dates_are_the_same_without_the_gates(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = dates.find_dates(text)
    monkeypatch.setattr(dates, "_may_match", lambda kind, text: True)
    assert dates.find_dates(text) == gated


@pytest.mark.parametrize("text", [
    "Thıs year the network grew.",  # "ı" matches "i" case-insensitively
    "This YEAR the network grew.",
])
def test_a_relative_year_is_found_through_its_gate(text: str) -> None:
    assert [(m.kind, m.start, m.end) for m in dates.find_dates(text)] == [("rel", 0, 9)]


def test_a_text_with_a_lookalike_letter_is_never_ruled_out() -> None:
    assert folded("the ſeminar") is None
    assert may_hold("the ſeminar", ("seminar",))
    assert not may_hold("the Seminar", ("workshop",))
    assert may_hold("the Workshop", ("workshop",))


@pytest.mark.parametrize("text", [
    "OUR OVERSEAS BRANCH CAMPUS IN ZAMBIA WAS INAUGURATED ON 3 MAY.",
    "Our Joint Welding Training Centre in Peru, built with Andes Polytechnic, opened.",
    "Our college opened a new library in Lima.",
])
def test_sites_are_the_same_without_their_gate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.extract.en import sites
    from tracker.extract.text import Sentence

    sentence = [Sentence(0, len(text), text)]
    gated = sites.find_sites(sentence, publisher=None, mentions=[])
    monkeypatch.setattr(sites, "may_hold", lambda text, words: True)
    assert sites.find_sites(sentence, publisher=None, mentions=[]) == gated


@pytest.mark.parametrize("text", [
    "Professor Ana Ruiz of our college was ELECTED VICE CHAIR of the Andean Welding Association.",
    "Dr Ken Oduya of our college was appointed to the Executive Board of the Nile Rail Council.",
])
def test_posts_are_the_same_without_their_gate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.extract.en import posts
    from tracker.extract.facts import Person
    from tracker.extract.text import Sentence

    def read() -> list[object]:
        return list(posts.find_posts([Sentence(0, len(text), text)], mentions=[], publisher=None,
                                     people=[Person("Ana Ruiz"), Person("Ken Oduya")]))

    gated = read()
    assert gated  # each sentence states a post
    monkeypatch.setattr(posts, "may_hold", lambda text, words: True)
    assert read() == gated


@pytest.mark.parametrize("text", [
    "Lakeside College joined TerraLink, a network of 30 technical colleges, in May.",
    "We met PolyBridge (PBR), a regional platform for polytechnics, in Accra.",
    "Fjordway, an alliance that links universities of the north, welcomed us.",
    "Riverbend College, a member of the network of colleges, hosted the forum.",
    "Our college signed an agreement with Hillcrest University on teaching.",
])
def test_appositives_are_the_same_without_their_gate(text: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.extract.en import appositives
    from tracker.extract.register import Register

    def read() -> list[tuple[str, str, list[str], list[tuple[int, int]]]]:
        register, refs = Register(), []
        appositives.add_appositive_alliances(text, register, refs)
        return [(e.name, e.kind, e.aliases, [(r.start, r.end) for r in refs if r.entity is e])
                for e in register.entities]

    gated = read()
    monkeypatch.setattr(appositives, "_BODY_NOUN_THEN", re.compile(""))
    assert read() == gated


def test_an_appositive_alliance_is_found_through_its_gate() -> None:
    from tracker.extract.en.appositives import add_appositive_alliances
    from tracker.extract.register import Register

    for text, name in [("We joined TerraLink, a network of 30 colleges.", "TerraLink"),
                       ("PolyBridge, a platform for polytechnics, grew.", "PolyBridge")]:
        register, refs = Register(), []
        add_appositive_alliances(text, register, refs)
        assert [(e.name, e.kind) for e in register.entities] == [(name, "alliance")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Forty colleges are members of the Savanna Forum.", "alliance"),
    ("THE MEMBER COLLEGES IN THE Savanna Forum met.", "alliance"),
    ("Coastal Polytechnic was admitted into Savanna Forum.", "alliance"),
    ("Coastal Polytechnic has joıned the Savanna Forum.", "alliance"),  # dotless i
    ("Among the other groups, the Savanna Forum spoke first.", "other"),
    ("Our staff visited the Savanna Forum last week.", "other"),
])
def test_body_kinds_are_the_same_without_their_gates(text: str, kind: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.extract.en import bodies
    from tracker.extract.register import Entity, Ref

    def settled() -> str:
        forum = Entity("Savanna Forum", "other", votes=["other"])
        at = text.index("Savanna Forum")
        bodies.settle_kinds(text, [Ref(at, at + len("Savanna Forum"), forum)])
        return forum.kind

    assert settled() == kind
    monkeypatch.setattr(bodies, "_may_end_before", lambda before: True)
    assert settled() == kind


@pytest.mark.parametrize(("before", "may"), [
    ("Forty colleges are members of the ", True),
    ("Coastal Polytechnic co-joined ", True),
    ("It was accepted into ", True),
    ("It has joınED ", True),  # a lookalike letter: never ruled out
    ("Coastal Polytechnic visited the ", False),
    ("Forty colleges are members of", False),  # _BEFORE ends in whitespace
])
def test_the_gate_of_members_before_a_name(before: str, may: bool) -> None:
    from tracker.extract.en.bodies import _BEFORE, _may_end_before

    assert _may_end_before(before) is may
    if not may:
        assert _BEFORE.search(before) is None
