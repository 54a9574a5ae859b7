"""People's titles (sentences written for these tests, invented people and bodies)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.organization) for p in extract_text(text).people}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Amina Bello, Director of the Global Engagement Office, welcomed the guests.",
                     "Amina Bello", "Director of the Global Engagement Office", id="office-kept"),
        pytest.param("Kofi Mensah, deputy director of the Department of Research and Innovation, "
                     "spoke first.", "Kofi Mensah",
                     "deputy director of the Department of Research and Innovation",
                     id="department-with-and-kept"),
        pytest.param("Amina Bello, Director of Cooperation and Exchange, and the dean met.",
                     "Amina Bello", "Director of Cooperation and Exchange", id="and-inside-a-name"),
    ],
)
def test_an_office_inside_the_institution_is_part_of_the_title(
        text: str, name: str, title: str) -> None:
    assert _people(text)[name][0] == title


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Amina Bello, President of Lakeside Polytechnic, spoke at the forum.",
                     id="president-of"),
        pytest.param("Amina Bello, President at Lakeside Polytechnic, spoke at the forum.",
                     id="president-at"),
    ],
)
def test_the_title_ends_where_the_body_is_named(text: str) -> None:
    assert _people(text)["Amina Bello"] == ("President", "Lakeside Polytechnic")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Prof. Amina Bello opened the session in Accra.", "Professor",
                     id="prof-is-professor"),
        pytest.param("Dr. Amina Bello opened the session in Accra.", None, id="dr-is-no-title"),
        pytest.param("Assistant Professor Amina Bello spoke first. Amina Bello, Dean of the "
                     "Faculty of Engineering, closed the session.",
                     "Dean of the Faculty of Engineering", id="a-post-over-a-rank"),
    ],
)
def test_honorifics_and_ranks(text: str, title: str | None) -> None:
    assert _people(text)["Amina Bello"][0] == title
