"""Which named bodies are alliances: decided over all mentions and their context.

Sentences written for these tests (invented bodies on several continents), two
phrasings or more per rule.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.register import _similar


def _kinds(text: str) -> tuple[list[str], dict[str, str]]:
    facts = extract_text(text)
    return ([a.name for a in facts.alliances],
            {o.name: o.kind for o in facts.organizations})


@pytest.mark.parametrize(
    ("text", "alliance", "member"),
    [
        pytest.param(
            "The Andean Association of Technical Universities became a new member of the "
            "Global Association of Universities on 3 March 2024.",
            "Global Association of Universities", "Andean Association of Technical Universities",
            id="became-a-member-of"),
        pytest.param(
            "Last week the Baltic Association of Applied Universities has joined the Global "
            "Association of Universities, its president said.",
            "Global Association of Universities", "Baltic Association of Applied Universities",
            id="has-joined"),
    ],
)
def test_an_association_that_joins_is_a_member_not_an_alliance(
        text: str, alliance: str, member: str) -> None:
    alliances, organizations = _kinds(text)
    assert alliances == [alliance]
    assert organizations[member] == "association"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Commonwealth Association of Polytechnics and Universities held its "
                     "conference in Accra.", id="association-of-institutions"),
        pytest.param("Delegates met at the Forum of Sahel Universities in Niamey on Monday.",
                     id="forum-of-universities"),
    ],
)
def test_a_body_named_as_of_institutions_is_an_alliance(text: str) -> None:
    alliances, organizations = _kinds(text)
    assert len(alliances) == 1
    assert organizations == {}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The University of the Pampas welcomed twelve new members at its "
                     "assembly in Rosario.", id="welcomed-new-members"),
        pytest.param("Delegates of the 40 member institutions of the University of the Pampas "
                     "met in Rosario.", id="member-institutions-of"),
        pytest.param("The meeting brought the University of the Pampas' total membership to "
                     "52 institutions.", id="possessive-membership"),
    ],
)
def test_a_body_spoken_of_as_having_members_is_an_alliance(text: str) -> None:
    alliances, organizations = _kinds(text)
    assert alliances == ["University of the Pampas"]
    assert "University of the Pampas" not in organizations


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The University of the Pampas hosted 300 students in Rosario.",
                     id="hosted-students"),
        pytest.param("Faculty members of the University of the Pampas visited Lagos.",
                     id="faculty-members"),
    ],
)
def test_a_university_without_member_context_stays_a_university(text: str) -> None:
    alliances, organizations = _kinds(text)
    assert alliances == []
    assert organizations["University of the Pampas"] == "university"


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        pytest.param("The college belongs to none of the research groups: the Kilimanjaro "
                     "Group or the Atlas Group.", ["Kilimanjaro Group", "Atlas Group"],
                     id="named-among-groups"),
        pytest.param("Twelve polytechnics have joined the Atlas Group this year.",
                     ["Atlas Group"], id="joined-group"),
        pytest.param("The Leading Party Group of the college met its members and other "
                     "groups on Monday.", [], id="party-group-is-not"),
        pytest.param("Among the groups present was the Kilimanjaro Technology Group.", [],
                     id="company-group-is-not"),
    ],
)
def test_a_group_is_an_alliance_only_in_member_or_group_context(
        text: str, groups: list[str]) -> None:
    alliances, _ = _kinds(text)
    assert alliances == groups


@pytest.mark.parametrize(
    ("text", "alliances"),
    [
        pytest.param("Nine colleges have joined Mainstream Research Universities since 2019.",
                     ["Mainstream Research Universities"], id="joined-plural-name"),
        pytest.param("The Mainstream Research Universities have 21 members in Chile.",
                     ["Mainstream Research Universities"], id="plural-name-has-members"),
        pytest.param("The ranking of Top Research Universities was published in Lima.", [],
                     id="plural-name-without-members"),
    ],
)
def test_a_plural_name_is_an_alliance_only_in_member_context(
        text: str, alliances: list[str]) -> None:
    assert _kinds(text)[0] == alliances


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Council of the Tundra Universities Network met in Tromso on 4 May.",
                     id="council-of"),
        pytest.param("The Executive Board of the Tundra Universities Network approved the "
                     "budget.", id="executive-board-of"),
    ],
)
def test_an_organ_of_a_body_names_the_body(text: str) -> None:
    alliances, organizations = _kinds(text)
    assert alliances == ["Tundra Universities Network"]
    assert organizations == {}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Central Asia Transport Alliance", "Central Asian Transportation Alliance",
                     True, id="word-variants"),
        pytest.param("Sahel Universities Alliance", "The Sahel Universities Alliance of Skills",
                     True, id="longer-form"),
        pytest.param("Lakeland Association of Public Universities",
                     "International Association of Universities", False, id="own-words"),
        pytest.param("Asian Universities Alliance", "African Universities Alliance", False,
                     id="one-word-apart"),
    ],
)
def test_alliance_spellings_merge_only_by_variants(a: str, b: str, same: bool) -> None:
    assert _similar(a, b, alliance=True) is same


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Lakeside Polytechnic joined the Southern African Development Community "
                     "(SADC) Universities Network in 2021.", "SADC Universities Network",
                     id="name-after-inner-acronym"),
        pytest.param("Lakeside Polytechnic joined the Pacific Islands Forum (PIF) Skills "
                     "Alliance – Quality Assurance (PSA-QA) this year.",
                     "PIF Skills Alliance – Quality Assurance", id="with-dash-subtitle"),
    ],
)
def test_a_name_goes_on_after_an_inner_acronym(text: str, name: str) -> None:
    alliances, _ = _kinds(text)
    assert alliances == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Sahel Universities Alliance met in Niamey. Previously convened "
                     "informally as the Sahel Rectors Network, the alliance now has 30 members.",
                     id="previously-convened-as"),
        pytest.param("The Sahel Universities Alliance met in Niamey. It was formerly known as "
                     "the Sahel Rectors Network.", id="formerly-known-as"),
    ],
)
def test_a_former_name_is_an_alias(text: str) -> None:
    facts = extract_text(text)
    assert [(a.name, a.aliases) for a in facts.alliances] == [
        ("Sahel Universities Alliance", ["Sahel Rectors Network"])]


def test_a_dash_without_a_closing_acronym_ends_the_name() -> None:
    alliances, _ = _kinds("The Lakeside Network – Vice Chair Anna Lee said the talks went well.")
    assert alliances == ["Lakeside Network"]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        pytest.param("Mbarara Polytechnic hosted the forum. MBP staff welcomed guests and MBP "
                     "students presented posters.", "Mbarara Polytechnic", "MBP",
                     id="syllable-acronym"),
        pytest.param("Kwame Osei University hosted the forum. KOU staff welcomed guests and KOU "
                     "students presented posters.", "Kwame Osei University", "KOU",
                     id="initials-never-introduced"),
    ],
)
def test_an_acronym_never_introduced_is_the_one_name_it_spells(
        text: str, name: str, acronym: str) -> None:
    facts = extract_text(text)
    assert [(o.name, o.aliases) for o in facts.organizations] == [(name, [acronym])]


def test_an_acronym_two_names_could_spell_stays_apart() -> None:
    facts = extract_text("Lima Polytechnic and Lakeside Polytechnic met. LP staff spoke and LP "
                         "students listened.")
    assert "LP" not in [a for o in facts.organizations for a in o.aliases]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("A delegation of the Hochschule Nordmark visited the network's office.",
                     "Hochschule Nordmark", "university", id="hochschule-first"),
        pytest.param("Staff of Technische Hochschule Ostland spoke at the forum.",
                     "Technische Hochschule Ostland", "university", id="hochschule-after-adjective"),
        pytest.param("Politeknik Negeri Selatan signed a memorandum with our college.",
                     "Politeknik Negeri Selatan", "college", id="politeknik-first"),
        pytest.param("Teachers from TAFE Westland joined the workshop.",
                     "TAFE Westland", "college", id="tafe-first"),
        pytest.param("Teachers from Riverbend TAFE joined the workshop.",
                     "Riverbend TAFE", "college", id="tafe-last"),
        pytest.param("The Hogeschool van Oostdam hosted the summer school.",
                     "Hogeschool van Oostdam", "university", id="hogeschool-van"),
    ],
)
def test_an_institution_whose_head_word_comes_first_keeps_its_whole_name(
        text: str, name: str, kind: str) -> None:
    assert _kinds(text)[1].get(name) == kind
