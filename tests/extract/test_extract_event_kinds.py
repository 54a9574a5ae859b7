"""An event's kind comes from the head of its name, not from a word inside a body's name."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

# A keyword in the "on/of ..." tail of a titled name is not the event's head word.
HEAD_CASES = [
    ("Date: 2024-04-20\nThe Regional Seminar on Teacher Exchange and Vocational Training took "
     "place at the harbour campus in Valparaíso on 18 April 2024.",
     "seminar", "Regional Seminar on Teacher Exchange and Vocational Training"),
    ("Date: 2023-09-15\nLast week the faculty hosted the Symposium of Engineering Deans and "
     "Industry Training Partners on September 12, 2023.",
     "conference", "Symposium of Engineering Deans and Industry Training Partners"),
]


@pytest.mark.parametrize(("text", "kind", "name"), HEAD_CASES, ids=[c[1] for c in HEAD_CASES])
def test_the_head_of_a_titled_name_gives_the_kind(text, kind, name):
    (event,) = extract_text(text).events
    assert (event.kind, event.name) == (kind, name)


# A capitalised event word followed by the head of a body's or a place's name names no
# happening: the kind comes from the sentence's other event word.
BODY_CASES = [
    ("Date: 2022-03-10\nOur rector visited the Coastal Skills Training Alliance in Mombasa on "
     "March 8.", "visit"),
    ("Date: 2021-11-05\nThe agreement was signed in the Summit Conference Hall on "
     "3 November 2021.", "signing"),
]


@pytest.mark.parametrize(("text", "kind"), BODY_CASES, ids=[c[1] for c in BODY_CASES])
def test_an_event_word_inside_a_body_name_is_no_event(text, kind):
    (event,) = extract_text(text).events
    assert event.kind == kind


def test_a_lower_case_event_word_before_a_name_still_counts():
    # "a training" is a happening even when an organization's name follows it.
    text = ("Date: 2020-07-02\nOn June 30, a training for Lakeside Polytechnic staff was held "
            "in Windhoek.")
    (event,) = extract_text(text).events
    assert event.kind == "training"


@pytest.mark.parametrize("text", [
    "Date: 2023-05-04\nDeans met at the Forum on Marine Science on May 2, 2023.",
    "Date: 2023-05-04\nThe Forum on Marine Science opened in Lisbon on 2 May 2023.",
])
def test_a_name_tail_stops_before_its_date_not_before_a_month_like_word(text):
    (event,) = extract_text(text).events
    assert event.name == "Forum on Marine Science"


# A ceremony is folded into the event it opens or closes (SCHEMA.md's rulings).
FOLD_CASES = [
    ("Date: 2022-10-12\nThe opening ceremony of the Coastal Skills Forum on Green Jobs was held "
     "in Durban on 10 October 2022.", "forum", "Coastal Skills Forum on Green Jobs"),
    ("Date: 2019-06-30\nOn June 28, the rector spoke at the closing ceremony of the Third "
     "Pacific Engineering Summit in Suva.", "meeting", "Third Pacific Engineering Summit"),
]


@pytest.mark.parametrize(("text", "kind", "name"), FOLD_CASES, ids=[c[1] for c in FOLD_CASES])
def test_a_ceremony_of_an_event_is_that_event(text, kind, name):
    (event,) = extract_text(text).events
    assert (event.kind, event.name) == (kind, name)


@pytest.mark.parametrize("text", [
    "Date: 2022-10-12\nThe graduation ceremony of the Coastal Polytechnic was held on 10 October "
    "2022.",
    "Date: 2022-10-12\nOn October 10, an awarding ceremony for the best teachers took place.",
])
def test_a_ceremony_of_no_other_event_stays_a_ceremony(text):
    (event,) = extract_text(text).events
    assert event.kind == "ceremony"


@pytest.mark.parametrize(("text", "kind"), [
    ("Date: 2024-02-20\nOn February 18, lecturers from the faculty ran two workshops on "
     "welding safety for partner schools.", "training"),
    ("Date: 2024-02-20\nA hands-on workshop for laboratory technicians took place in Accra on "
     "18 February 2024.", "training"),
    ("Date: 2016-10-07\nOn 5 October 2016, the ministry held negotiations with a partner "
     "agency on new training centres.", "meeting"),
    ("Date: 2016-10-07\nThe two rectors held talks in Quito on October 5.", "meeting"),
])
def test_workshops_are_training_and_talks_are_meetings(text, kind):
    (event,) = extract_text(text).events
    assert event.kind == kind
