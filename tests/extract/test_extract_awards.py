"""English award rules: who won which level at which international competition."""

from __future__ import annotations

import pytest

from tracker.extract.en.awards import find_awards
from tracker.extract.text import Sentence


def _read(text: str) -> list[tuple[str | None, str | None, str | None, str, str | None]]:
    return [(a.winner, a.winner_kind, a.level, a.competition, a.date)
            for a in find_awards([Sentence(0, len(text), text)])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Students of Harbour College won a silver medal at the 2022 Global Robotics Challenge.",
     ("Harbour College", "student", "silver", "Global Robotics Challenge", "2022")),
    ("At the 2024 International Welding Contest, our team took two gold medals.",
     (None, "student", "gold", "International Welding Contest", "2024")),
    ("Riverside Polytechnic students claimed first prize in the Asia-Pacific Cloud "
     "Computing Challenge held in Singapore.",
     ("Riverside Polytechnic", "student", "first", "Asia-Pacific Cloud Computing Challenge",
      None)),
    ("Two lecturers from Kivu University of Technology were awarded gold medals at the "
     "World Skills Competition.",
     ("Kivu University of Technology", "teacher", "gold", "World Skills Competition", None)),
    ("The college's students received an award of excellence at the ASEAN Logistics "
     "Championship.",
     (None, "student", "excellence", "ASEAN Logistics Championship", None)),
    # the level's noun written in capitals or as a mention still opens the sentence's reading
    ("Our team won the GOLD MEDAL at the 2021 Global Drone Racing Cup.",
     (None, "student", "gold", "Global Drone Racing Cup", "2021")),
    ("Students of Lakeview Institute received an honourable mention at the International "
     "Bridge Design Contest.",
     ("Lakeview Institute", "student", "other", "International Bridge Design Contest", None)),
])
def test_an_award_at_an_international_competition_is_read(
        text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    # a national contest is not the table's (awards abroad or international)
    "Our students won the second prize at the National Teaching Competition.",
    # no award won: a competition hosted
    "The college hosted the World Robotics Olympiad last week.",
    # nobody's students or teachers: the award may be anyone's
    "A gold medal was won at the World Skills Competition by a team of the host country.",
    # a level without a winning verb
    "The gold medal of the International Bakery Contest is on show in the library.",
])
def test_no_award_is_read_without_a_winner_a_level_or_an_international_name(text: str) -> None:
    assert _read(text) == []


def test_awards_keep_out_of_the_json_contract() -> None:
    from tracker.extract.en.pipeline import run

    facts = run("Harbour College students won a gold medal at the 2023 World Pastry Cup.\n"
                "Date: 2023-06-01\n")
    assert [a.competition for a in facts.awards] == ["World Pastry Cup"]
    assert "awards" not in facts.to_json()
