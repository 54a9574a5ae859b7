"""English standard rules: a programme or course standard of the publisher's adopted
abroad. Sentences written for these tests, two phrasings at least of each rule."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.en.standards import find_standards
from tracker.extract.text import Sentence


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.title, s.kind, s.adopter, s.country, s.others)
            for s in find_standards([Sentence(0, len(text), text)], publisher="Lakeside College",
                                    mentions=[])]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The professional teaching standard for Welding Technology developed by our college "
        "was adopted by the Ministry of Education of Ghana.",
        [("Professional teaching standard for Welding Technology", "programme",
          "Ministry of Education of Ghana", "GH", ())], id="programme-by-a-ministry"),
    pytest.param(
        "The major teaching standard of Railway Signalling jointly developed by our university "
        "was included in the national vocational qualification framework of Tanzania.",
        [("Major teaching standard of Railway Signalling", "programme", None, "TZ", ())],
        id="programme-into-a-framework"),
    pytest.param(
        "Three course standards drafted by the college were incorporated into the national "
        "curriculum of Nepal.",
        [("Course standard", "course", None, "NP", ())], id="course-into-a-curriculum"),
    pytest.param(
        "The curriculum standard for Solar Installation written by Lakeside College has been "
        "officially approved by Malawi's Technical Training Authority.",
        [("Curriculum standard for Solar Installation", "course",
          "Malawi's Technical Training Authority", "MW", ())], id="course-by-an-authority"),
    pytest.param(
        "Two programme standards and a curriculum standard of our college were endorsed by "
        "the Labour Department of Fiji.",
        [("Programme standard", "programme", "Labour Department of Fiji", "FJ", ()),
         ("Curriculum standard", "course", "Labour Department of Fiji", "FJ", ())],
        id="both-kinds-in-one-sentence"),
    pytest.param(
        "Last year the course standard for Cold Chain Logistics of our institute was "
        "accredited by the Trade Ministry of Oman.",
        [("Course standard for Cold Chain Logistics", "course", "Trade Ministry of Oman", "OM",
          ())], id="whose-after-what"),
])
def test_a_standard_of_ours_adopted_abroad_is_read(text: str, expected: list[Any]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The teaching standard for automotive repair developed by our college is "
                 "expected to be adopted by the Kenyan ministry.", id="expected"),
    pytest.param("Our course standards will be recognised by Peru next year.", id="future"),
    pytest.param("The Ministry of Education of Chile adopted a curriculum standard from "
                 "another university.", id="not-ours"),
    pytest.param("Our college was recognised by Portugal for its teaching standards.",
                 id="the-college-recognised-not-the-standard"),
    pytest.param("Our teaching standard for nursing was adopted by the provincial "
                 "department.", id="no-country"),
    pytest.param("The curriculum standards of Germany were adopted by our college.",
                 id="adopted-by-us"),
    pytest.param("Course standards from Austria were approved by Lakeside College.",
                 id="adopted-by-the-publisher"),
])
def test_no_standard_is_read_when_not_adopted_not_ours_or_nowhere(text: str) -> None:
    assert _read(text) == []


def test_the_country_after_the_verb_is_the_adopters_and_else_all_are_kept() -> None:
    placed = ("With support from the Embassy of Spain, our course standard for Hospitality was "
              "adopted by the Education Council of Bolivia.")
    assert [x[3:] for x in _read(placed)] == [("BO", ())]
    unplaced = ("Backed by Canada and Jamaica, our programme standard for Logistics was "
                "adopted nationwide.")
    assert [x[3:] for x in _read(unplaced)] == [("CA", ("JM",))]
