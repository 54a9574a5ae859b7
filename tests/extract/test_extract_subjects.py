"""Which body or event a figure counts for (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

SAHEL = "Sahel Universities Alliance"


def _subjects(text: str) -> dict[float, str | None]:
    return {f.value: f.subject for f in extract_text(text).figures}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Hosted by Lakeside Polytechnic, the meeting gathered the 41 member "
                     f"universities of the {SAHEL} in Dakar.", id="members-of-the-alliance"),
        pytest.param(f"Lakeside Polytechnic is one of 41 universities that have joined the "
                     f"{SAHEL}.", id="alliance-after-the-count"),
    ],
)
def test_a_count_of_members_is_the_alliances(text: str) -> None:
    assert _subjects(text)[41] == SAHEL


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Andes Skills Forum was held in Lima on 3 May 2023 and attended by over "
                     "200 delegates from Lakeside Polytechnic.", id="event-in-the-sentence"),
        pytest.param("The Andes Skills Forum was held in Lima on 3 May 2023. Lakeside Polytechnic "
                     "sent 200 participants to it.", id="attendance-sentence"),
    ],
)
def test_a_count_of_people_at_an_event_is_the_events(text: str) -> None:
    facts = extract_text(text)
    assert facts.events
    assert {f.value: f.subject for f in facts.figures}[200] == facts.events[0].name


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param(f"The {SAHEL} was founded in Dakar. It now counts 12 committees.", SAHEL,
                     id="it-the-alliance"),
        pytest.param("Lakeside Polytechnic opened its doors in Accra. It offers 40 programmes.",
                     "Lakeside Polytechnic", id="it-the-college"),
    ],
)
def test_it_is_the_body_the_previous_sentence_named(text: str, subject: str) -> None:
    subjects = _subjects(text)
    assert subject in subjects.values()
    assert [s for v, s in subjects.items() if v in (12, 40)] == [subject]


FORUM = ("Date: 2023-05-05\nThe Andes Skills Forum was held in Lima on 3 May 2023, hosted by "
         "Lakeside Polytechnic.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(f"{FORUM} The forum was also attended by 35 vocational colleges online.", 35,
                     id="attended-by"),
        pytest.param(f"{FORUM} Ministries and 27 technical colleges from Peru and Chile, as well "
                     f"as 9 other institutes, attended the forum.", 27, id="count-then-attended"),
        pytest.param(f"{FORUM} Apart from the 12 polytechnics who took part in person, others "
                     f"followed online.", 12, id="who-took-part"),
    ],
)
def test_a_count_of_institutions_that_attended_is_the_events(text: str, value: int) -> None:
    facts = extract_text(text)
    assert facts.events
    assert _subjects(text)[value] == facts.events[0].name


def test_a_count_in_a_clause_of_its_own_is_not_the_events() -> None:
    # The 300 institutions are the polytechnic's partners; the forum is only what it attended.
    text = (f"{FORUM} Lakeside Polytechnic, which has ties with 300 institutions worldwide, "
            f"attended the forum.")
    assert _subjects(text)[300] == "Lakeside Polytechnic"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(f"{FORUM} Over 90 students from partner schools attended the forum.", 90,
                     id="students-attended"),
        pytest.param(f"{FORUM} Its workshops were attended by 45 trainees.", 45,
                     id="attended-by-trainees"),
    ],
)
def test_a_count_of_students_that_attended_is_the_events(text: str, value: int) -> None:
    facts = extract_text(text)
    assert _subjects(text)[value] == facts.events[0].name


def test_the_students_a_body_has_are_not_the_events() -> None:
    text = f"{FORUM} Lakeside Polytechnic, which has 12,000 students, attended the forum."
    assert _subjects(text)[12000] == "Lakeside Polytechnic"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(f"{FORUM} During the event, the ministry, Lakeside Polytechnic and 14 other "
                     f"colleges signed agreements with partners abroad.", 14,
                     id="during-the-event-institutions"),
        pytest.param(f"{FORUM} A high point of this forum was a set of 6 agreements on teacher "
                     f"exchange.", 6, id="this-forum-other-count"),
        pytest.param(f"{FORUM} The two-day forum drew 230 participants.", 230,
                     id="the-two-day-forum-people"),
    ],
)
def test_a_sentence_that_points_back_at_the_event_counts_for_it(text: str, value: int) -> None:
    facts = extract_text(text)
    assert _subjects(text)[value] == facts.events[0].name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{FORUM} Since 2016 Lakeside Polytechnic has run a summer school, attended "
                     f"by more than 800 teachers by 2021.", id="since-and-by-another-year"),
        pytest.param(f"{FORUM} In 2019, Lakeside Polytechnic gathered 800 experts at a congress "
                     f"of its own.", id="in-another-year"),
    ],
)
def test_an_attendance_sentence_of_another_year_is_not_the_events(text: str) -> None:
    assert _subjects(text)[800] == "Lakeside Polytechnic"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Date: 2023-05-05\nThe rector of Lakeside Polytechnic met a five-member "
                     "delegation of Pampas Technical College.", id="member-delegation-of"),
        pytest.param("Date: 2023-05-05\nLakeside Polytechnic welcomed a 5-person team from "
                     "Pampas Technical College this week.", id="person-team-from"),
    ],
)
def test_a_group_of_people_from_a_body_is_that_bodys(text: str) -> None:
    assert _subjects(text)[5] == "Pampas Technical College"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(f"{FORUM} Lakeside Polytechnic runs a Luban Workshop in Lima. Two courses "
                     f"will be offered at the workshop.", 2, id="the-workshop-a-centre"),
        pytest.param(f"{FORUM} Lakeside Polytechnic also runs an exchange programme. The "
                     f"programme offers 40 scholarships.", 40, id="a-programme-of-study"),
    ],
)
def test_a_centre_or_a_programme_of_study_does_not_point_at_the_event(text: str,
                                                                       value: int) -> None:
    facts = extract_text(text)
    assert _subjects(text)[value] != facts.events[0].name
