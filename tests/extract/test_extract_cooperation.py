"""English exchange rules: people from abroad trained, our teachers abroad training, our
students interning abroad, with headcount, direction and days. Sentences written for
these tests, two phrasings at least of each rule."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.en.cooperation import find_cooperation
from tracker.extract.text import Sentence


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(c.kind, c.direction, c.headcount, c.days, c.country, c.partner)
            for c in find_cooperation([Sentence(0, len(text), text)], mentions=[])]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Our college held a two-week training course for 30 officials from Laos.",
                 ("short_training", "incoming", 30, 14, "LA", None), id="incoming-from"),
    pytest.param("Twenty-five Ghanaian technicians attended a 15-day welding workshop at the "
                 "college.", ("short_training", "incoming", 25, 15, "GH", None),
                 id="incoming-compound-number"),
    pytest.param("Last month 25 Ghanaian technicians attended a 15-day welding workshop at the "
                 "college.", ("short_training", "incoming", 25, 15, "GH", None),
                 id="incoming-demonym"),
    pytest.param("The training was attended by 40 principals from the Vocational Council of "
                 "Bhutan and lasted three weeks.",
                 ("short_training", "incoming", 40, 21, "BT", None), id="incoming-from-a-body"),
    pytest.param("Five teachers went to Cambodia for 20 days to train local teachers.",
                 ("teaching_abroad", "outgoing", 5, 20, "KH", None), id="teachers-went"),
    pytest.param("Three of our lecturers were sent to Zambia for a month to guide instructors "
                 "at the Copperbelt Mining Group.",
                 ("teaching_abroad", "outgoing", 3, 30, "ZM", "Copperbelt Mining Group"),
                 id="teachers-sent"),
    pytest.param("12 students began a six-month internship at Nairobi Power Company in Kenya.",
                 ("internship_abroad", "outgoing", 12, 180, "KE", "Nairobi Power Company"),
                 id="internship-began"),
    pytest.param("Twenty students travelled to Malaysia for a three-month internship with "
                 "Penang Electronics Corporation.",
                 ("internship_abroad", "outgoing", 20, 90, "MY",
                  "Penang Electronics Corporation"), id="internship-travelled"),
])
def test_an_exchange_is_read_with_its_direction_headcount_and_days(
        text: str, expected: tuple[Any, ...] | None) -> None:
    assert _read(text) == ([expected] if expected else [])


@pytest.mark.parametrize("text", [
    pytest.param("The college will send five teachers to Peru next year to train local staff.",
                 id="future"),
    pytest.param("Our college plans to host a training course for 40 officials from Nepal.",
                 id="planned"),
    pytest.param("Teachers from our college visited the Thai partner.", id="no-count"),
    pytest.param("A group of teachers went to Vietnam to give training.", id="a-group"),
    pytest.param("The college trained 500 students in welding.", id="no-direction"),
    pytest.param("Five teachers from our college went to Chile for a conference.",
                 id="abroad-not-to-train"),
    pytest.param("Ten students from our college joined a two-week course.", id="no-country"),
    # our teachers trained abroad are not teachers abroad giving training
    pytest.param("Five teachers went to Germany for two weeks of training.", id="trained-there"),
    pytest.param("Six lecturers travelled to Finland to attend a one-month course on pedagogy.",
                 id="attending-a-course"),
])
def test_no_exchange_without_a_count_a_direction_or_a_country(text: str) -> None:
    assert _read(text) == []


def test_our_people_going_abroad_are_not_read_as_people_from_abroad() -> None:
    text = "Five teachers from our college went to Thailand for two weeks to train teachers."
    assert _read(text) == [("teaching_abroad", "outgoing", 5, 14, "TH", None)]


def test_the_sentence_date_is_the_start() -> None:
    from tracker.extract.en.dates import find_dates

    text = "On 4 March 2024, 18 students went to Qatar for a two-month internship."
    [fact] = find_cooperation([Sentence(0, len(text), text)], mentions=find_dates(text))
    assert (fact.start, fact.days, fact.headcount) == ("2024-03-04", 60, 18)


@pytest.mark.parametrize("text", [
    "Nine students began a three-month internship at a Chinese enterprise in Ghana.",
    "Six teachers went to work at a Chinese enterprise in Ghana to train its local staff.",
])
def test_a_demonym_placed_first_keeps_the_other_country_for_the_importer(text: str) -> None:
    [fact] = find_cooperation([Sentence(0, len(text), text)], mentions=[])
    assert (fact.country, fact.others) == ("CN", ("GH",))
