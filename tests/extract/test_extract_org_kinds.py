"""Organization kinds from the head word and what the name says around it (invented names;
two phrasings or more per rule)."""

from __future__ import annotations

import pytest

from tracker.extract.en.organizations import find_name_mentions


def _kinds(text: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_name_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Teachers of the Lakeside Vocational University of Technology came.",
                     "Lakeside Vocational University of Technology", "college",
                     id="vocational-university"),
        pytest.param("The Andes Polytechnic University signed first.",
                     "Andes Polytechnic University", "college", id="polytechnic-university"),
        pytest.param("The Lakeside Technical University signed first.",
                     "Lakeside Technical University", "university",
                     id="technical-university-stays"),
    ],
)
def test_a_vocational_university_is_a_college(text: str, name: str, kind: str) -> None:
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("The Federal Institute for the Development of Vocational Education spoke.",
                     "Federal Institute for the Development of Vocational Education", "other",
                     id="institute-for-development"),
        pytest.param("Experts of the National Institute for Technical Training attended.",
                     "National Institute for Technical Training", "other",
                     id="institute-for-training"),
        pytest.param("Students of the Harbour Institute of Commerce attended.",
                     "Harbour Institute of Commerce", "college", id="institute-of-stays"),
        pytest.param("Students of the Lakeside Institute of Technology attended.",
                     "Lakeside Institute of Technology", "university",
                     id="institute-of-technology"),
        pytest.param("Lecturers of the Harbour Institute of Mining and Economics attended.",
                     "Harbour Institute of Mining and Economics", "university",
                     id="institute-of-a-discipline"),
        pytest.param("Trainees of the Lakeside Petroleum Institute attended.",
                     "Lakeside Petroleum Institute", "college", id="trade-institute"),
        pytest.param("Trainees of the Harbour Oil and Gas Institute attended.",
                     "Harbour Oil and Gas Institute", "college", id="trades-institute"),
        pytest.param("Students of the Andes Institute of Technical Engineering attended.",
                     "Andes Institute of Technical Engineering", "college",
                     id="vocational-institute-stays-college"),
    ],
)
def test_an_institutes_kind_from_its_field(text: str, name: str, kind: str) -> None:
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("The Royal Academy of Peru hosted the talks.", "Royal Academy of Peru",
                     "other", id="academy-of-a-country"),
        pytest.param("Fellows of the Lakeside Academy of Social Sciences attended.",
                     "Lakeside Academy of Social Sciences", "other", id="academy-of-sciences"),
        pytest.param("Cadets of the Harbour Naval Academy attended.", "Harbour Naval Academy",
                     "university", id="teaching-academy-stays"),
    ],
)
def test_a_learned_academy_is_no_school(text: str, name: str, kind: str) -> None:
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Officials of the Education Department of Lakeside Provincial Government "
                     "attended.", "Education Department of Lakeside Provincial Government",
                     id="department-of-a-government"),
        pytest.param("The Liaison Office of the Central Government in Harbour City sent two "
                     "guests.", "Liaison Office of the Central Government in Harbour City",
                     id="office-of-a-government"),
    ],
)
def test_a_unit_of_a_government_is_named_whole(text: str, name: str) -> None:
    assert _kinds(text)[name] == "government"


def test_a_unit_of_a_body_is_not_named() -> None:
    kinds = _kinds("Staff of the Global Affairs Office of Harbour University attended.")
    assert list(kinds) == ["Harbour University"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("LKU Welcomes Guests\nOn 4 May 2022 LKU welcomed six teachers from Harbour "
                     "College. LKU showed them its labs. Our university will send ten teachers.",
                     "university", id="our-university"),
        pytest.param("LKP Welcomes Guests\nOn 4 May 2022 LKP welcomed six teachers from Harbour "
                     "University. LKP showed them its labs. The college will send ten teachers.",
                     "college", id="the-college"),
        pytest.param("LKS Welcomes Guests\nOn 4 May 2022 LKS welcomed six teachers from Harbour "
                     "University. LKS showed them its labs. The school will send ten teachers.",
                     "college", id="the-school"),
    ],
)
def test_a_publisher_named_by_an_acronym_takes_its_kind_from_how_it_speaks_of_itself(
        text: str, kind: str) -> None:
    from tracker.extract import extract_text

    facts = extract_text(text)
    (publisher,) = [o for o in facts.organizations if o.name == facts.source.publisher]
    assert publisher.kind == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Experts of the Peruvian Development Cooperation Agency attended.",
                     "Peruvian Development Cooperation Agency", "government",
                     id="a-countrys-agency"),
        pytest.param("Funding came from the Andean Union and the Asian Union of Ports.",
                     "Andean Union", "other", id="no-states-named"),
        pytest.param("Delegates of the African Union met the rectors.", "African Union",
                     "government", id="a-union-of-states"),
        pytest.param("Reporters of the Lakeside News Agency attended.", "Lakeside News Agency",
                     "other", id="a-news-agency"),
    ],
)
def test_an_agency_or_union_of_states_is_government(text: str, name: str, kind: str) -> None:
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Officials of the Consulate General of Peru in Durban attended.",
                     "Consulate General of Peru in Durban", id="consulate-general"),
        pytest.param("A grant came from the Consulate General of Chile, Lima.",
                     "Consulate General of Chile", id="consulate-general-comma-city"),
    ],
)
def test_general_after_a_head_is_part_of_the_name(text: str, name: str) -> None:
    assert name in _kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Officials of the Ministry of Mines (MM) of Peru attended.",
                     "Ministry of Mines of Peru", id="acronym-then-of-country"),
        pytest.param("Experts of the National Skills Agency (NSA) of the Philippines spoke.",
                     "National Skills Agency of the Philippines", id="acronym-then-of-the-country"),
        pytest.param("Officials of the Ministry of Mines (MM) of Lakeside Province attended.",
                     "Ministry of Mines", id="no-country-after"),
    ],
)
def test_a_country_after_the_acronym_ends_the_name(text: str, name: str) -> None:
    assert name in _kinds(text)


@pytest.mark.parametrize("sentence", [
    "The Ministry of Mines (MM) of Peru signed the plan.",
    "Delegates of the Agency for Rivers (AFR) of Chile came.",
])
def test_cached_names_are_not_changed_by_their_readers(sentence: str) -> None:
    """The splitter and classifier are cached per phrase; a mention extended or moved by
    its reader (an acronym's country, an offset) leaves the next reading as the first."""
    def read(offset: int) -> list[tuple[str, str, int, int, str | None]]:
        return [(m.name, m.kind, m.start, m.end, m.acronym)
                for m in find_name_mentions(sentence, offset)]

    first = read(0)
    assert first and first[0][0].endswith(("of Peru", "of Chile"))
    assert read(100) == [(n, k, s + 100, e + 100, a) for n, k, s, e, a in first]
    assert read(0) == first
