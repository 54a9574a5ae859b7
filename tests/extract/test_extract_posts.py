"""English post rules: a person of the publisher's elected or appointed to a body's post."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.en.posts import find_posts
from tracker.extract.facts import Person
from tracker.extract.text import Sentence

PEOPLE = [Person("Ana Ruiz", "Professor"), Person("Kofi Mensah", "Dr."),
          Person("Mei Lin", None, "Harbour College")]


def _read(text: str, publisher: str | None = "Harbour College") -> list[tuple[Any, ...]]:
    return [(p.person, p.role, p.title, p.body)
            for p in find_posts([Sentence(0, len(text), text)], people=PEOPLE,
                                publisher=publisher, mentions=[])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Professor Ana Ruiz of our college was elected vice chair of the Andean Welding "
     "Association.",
     ("Ana Ruiz", "vice_chair", "vice chair", "Andean Welding Association")),
    ("Dr. Kofi Mensah, head of our logistics department, has been appointed to the board of "
     "the West African Port Skills Council.",
     ("Kofi Mensah", "council_member", "board", "West African Port Skills Council")),
    ("Mei Lin was named secretary-general of the Pacific Rim TVET Alliance.",  # her org
     ("Mei Lin", "secretary_general", "secretary-general", "Pacific Rim TVET Alliance")),
    ("Harbour College lecturer Kofi Mensah was re-elected president of the Global Cold Chain "
     "Federation.",
     ("Kofi Mensah", "chair", "president", "Global Cold Chain Federation")),
    ("Professor Ana Ruiz of our university was appointed an expert of the Expert Committee of "
     "the Baltic Vocational Alliance.",
     ("Ana Ruiz", None, "expert",
      "Expert Committee of the Baltic Vocational Alliance")),
])
def test_a_post_of_the_publishers_person_is_read(text: str, expected: tuple[Any, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    # a person of another institution
    "Professor Ana Ruiz of Kivu University was elected vice chair of the Andean Welding "
    "Association.",
    # nobody the article names
    "A teacher of our college was elected vice chair of the Andean Welding Association.",
    # a body without a proper name
    "Professor Ana Ruiz of our college was elected chair of the committee.",
    # no election or appointment
    "Professor Ana Ruiz of our college met the vice chair of the Andean Welding Association.",
])
def test_no_post_is_read_for_others_or_without_a_named_body(text: str) -> None:
    assert _read(text) == []
