"""Which events are listed: dated happenings, each once (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On May 22 the Andes Skills Network held its inaugural meeting in Nairobi.",
                     id="day-without-any-year"),
        pytest.param("The council of the Sahel Universities Alliance met in Lima on Monday.",
                     id="weekday-without-page-date"),
    ],
)
def test_an_undated_happening_is_not_listed(text: str) -> None:
    assert extract_text(text).events == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Date: 2021-12-10\n\nThe online signing ceremony of the Lakeside Polytechnic "
                     "project was held on December 1. Officials praised the online signing "
                     "ceremony of the Lakeside Polytechnic project on December 10.",
                     id="reported-later"),
        pytest.param("The inauguration ceremony of the Sahel Skills Centre took place on 2 March "
                     "2022 in Dakar. Photos of the inauguration ceremony of the Sahel Skills "
                     "Centre were shown on 9 March 2022.", id="shown-later"),
    ],
)
def test_an_event_named_twice_keeps_its_first_date(text: str) -> None:
    events = extract_text(text).events
    assert len(events) == 1
    assert events[0].date in ("2021-12-01", "2022-03-02")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("Date: 2019-05-10\n\nOn May 3 there was a ceremonial opening of the Sahel "
                     "Skills Centre in Niamey.", ["2019-05-03"], id="ceremonial"),
        pytest.param("Date: 2019-05-10\n\nThe Sahel Skills Centre to start classes from June "
                     "2019.", [], id="to-start-from-is-a-plan"),
        pytest.param("Date: 2019-05-10\n\nThe Andes Skills Forum will open to begin courses in "
                     "July 2019.", [], id="to-begin-in-is-a-plan"),
        pytest.param("Lakeside Polytechnic hosts delegation. Posted on November 30, 2017 by the "
                     "press office.", [], id="posted-on-is-the-page-date"),
        pytest.param("Lakeside Polytechnic signs agreement. Published on 2 March 2020.", [],
                     id="published-on-is-the-page-date"),
    ],
)
def test_happenings_and_their_dates(text: str, dates: list[str]) -> None:
    assert [e.date for e in extract_text(text).events] == dates


@pytest.mark.parametrize(("text", "city"), [
    ("The Sahel Skills Forum was held at Niamey Polytechnic in Dosso, Niger on 3 May 2024.",
     "Dosso"),
    ("On 3 May 2024 the annual meeting was hosted at the University of Tarawa in Suva, Fiji.",
     "Suva"),
], ids=["at-a-polytechnic", "at-a-university"])
def test_the_host_institution_is_not_the_city(text: str, city: str) -> None:
    assert [e.city for e in extract_text(text).events] == [city]
