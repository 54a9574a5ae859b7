"""Membership rules and the dates of roles, on sentences written for these tests.

Invented institutions and alliances on several continents; every rule in two
phrasings or more. Each case is (text, the memberships it must yield as
(member, alliance, role, since)); `exact` cases must yield nothing else.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

NET = "Andes Technical Network"
PACIFIC = "Pacific Rim Skills Alliance"
Row = tuple[str, str, str, str | None]


def _memberships(text: str) -> set[Row]:
    return {(m.member, m.alliance, m.role, m.since) for m in extract_text(text).memberships}


def _case(text: str, expected: list[Row], name: str) -> object:
    return pytest.param(text, set(expected), id=name)


LISTS = [
    _case(f"The {PACIFIC} welcomed three new members: Lakeside Polytechnic, Coral Coast College "
          "and the University of Tarawa.",
          [("Lakeside Polytechnic", PACIFIC, "member", None),
           ("Coral Coast College", PACIFIC, "member", None),
           ("University of Tarawa", PACIFIC, "member", None)], "colon-list"),
    _case(f"The council of the {PACIFIC} met for its annual session in Suva on a rainy "
          f"Tuesday.\nThe {PACIFIC} welcomes new members:\n\n- Lakeside Polytechnic\n- Coral Coast College\n"
          "\nThe council met in Suva.",
          [("Lakeside Polytechnic", PACIFIC, "member", None),
           ("Coral Coast College", PACIFIC, "member", None)], "dash-list"),
    _case(f"The council of the {PACIFIC} met for its annual session in Suva on a rainy "
          f"Tuesday.\nThe {PACIFIC} admitted two members:\n\n1. Lakeside Polytechnic\n2. Coral Coast "
          "College\n",
          [("Lakeside Polytechnic", PACIFIC, "member", None),
           ("Coral Coast College", PACIFIC, "member", None)], "numbered-list"),
    _case(f"The {NET} now has 30 members, including Lakeside Polytechnic, Coral Coast College "
          "and Quito Institute of Technology.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None),
           ("Quito Institute of Technology", NET, "member", None)], "inline-including"),
    _case(f"The {NET} accepted new members. They are Lakeside Polytechnic in Peru and the "
          "Nairobi Technical University in Kenya.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Nairobi Technical University", NET, "member", None)], "list-in-next-sentence"),
    # The joining institutions are counted first and named in the next sentence.
    _case(f"Two polytechnics in Peru have become members of the {NET}. They are Lakeside "
          "Polytechnic and Andes Polytechnic.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Andes Polytechnic", NET, "member", None)], "counted-then-named"),
    _case(f"Last year three colleges from Fiji were admitted to the {PACIFIC}. These include "
          "Coral Coast College, Nadi College and Suva Technical College.",
          [("Coral Coast College", PACIFIC, "member", None),
           ("Nadi College", PACIFIC, "member", None),
           ("Suva Technical College", PACIFIC, "member", None)], "counted-admitted-then-named"),
    _case(f"Three universities from Chile have all joined the {NET}. They are the University of "
          "Valle Alto and Atacama University.",
          [("University of Valle Alto", NET, "member", None),
           ("Atacama University", NET, "member", None)], "counted-joined-then-named"),
    _case(f"The {NET} approved the applications of three candidates - Lakeside Polytechnic in "
          "Peru, Hilltop School of Mines in Chile and the Nairobi Technical University in Kenya.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Nairobi Technical University", NET, "member", None)], "list-past-unknown-name"),
    # A list high on the page, before any long sentence: its lines look like headlines,
    # but the line ending in a colon makes them the list's items.
    _case(f"{PACIFIC} Grows Again\n\nThe {PACIFIC} welcomed two new members:\n\n"
          "- Lakeside Polytechnic\n- Coral Coast College\n",
          [("Lakeside Polytechnic", PACIFIC, "member", None),
           ("Coral Coast College", PACIFIC, "member", None)], "dash-list-at-the-top"),
    _case(f"The {NET} admitted the following institutions at its assembly in Quito on "
          "4 May 2021:\n\n• Ridgeback Polytechnic\n• Nairobi Technical University\n",
          [("Ridgeback Polytechnic", NET, "member", "2021-05-04"),
           ("Nairobi Technical University", NET, "member", "2021-05-04")],
          "bullet-list-at-the-top"),
]

STATEMENTS = [
    _case(f"Lakeside Polytechnic and Coral Coast College have all become members of the {NET}.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "plural-become-members"),
    _case(f"Lakeside Polytechnic and Coral Coast College joined the {NET} as full members.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "plural-joined-as"),
    _case(f"Lakeside Polytechnic was admitted to the {NET} on 3 May 2022.",
          [("Lakeside Polytechnic", NET, "member", "2022-05-03")], "passive-admitted"),
    _case(f"Coral Coast College was accepted into the {NET} in 2021.",
          [("Coral Coast College", NET, "member", "2021")], "passive-accepted"),
    _case(f"Delegates of the {NET}, whose members include Lakeside Polytechnic and Coral Coast "
          "College, met in Lima.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "relative-whose-members"),
    _case(f"The {NET} met in Lima. Lakeside Polytechnic's president was elected chair of the "
          "network's council.",
          [("Lakeside Polytechnic", NET, "member", None)], "head-elected-chair"),
    _case(f"The Rector, Lakeside Polytechnic and {NET} Board Chair, Prof. Ana Ruiz, opened the "
          "conference in Lima.",
          [("Lakeside Polytechnic", NET, "member", None)], "office-held-with-institution"),
    _case("The Rector, Lakeside Polytechnic and ATNW Board Chairperson, Prof. Ana Ruiz, opened "
          f"the assembly. The {NET} (ATNW) met in Lima on 3 May.",
          [("Lakeside Polytechnic", NET, "member", None)], "office-by-acronym"),
]

DATES = [
    _case(f"In 2019, Lakeside Polytechnic joined the {NET}.",
          [("Lakeside Polytechnic", NET, "member", "2019")], "date-before"),
    _case(f"Lakeside Polytechnic joined the {NET} in March 2020.",
          [("Lakeside Polytechnic", NET, "member", "2020-03")], "date-right-after"),
    _case(f"On 17 November 2023, the annual assembly of the {NET} was held in Lima. Delegates "
          f"met for two days. Lakeside Polytechnic officially became an executive council "
          f"member of the {NET}.",
          [("Lakeside Polytechnic", NET, "executive_council_member", "2023-11-17")],
          "scene-of-the-paragraph"),
    _case(f"The {NET} expanded with the entry of Lakeside Polytechnic. This was announced at the "
          "assembly held in Lima in December 2019.",
          [("Lakeside Polytechnic", NET, "member", "2019-12")], "reported-next-sentence"),
    _case(f"Date: 2023-05-02\n\nLakeside Polytechnic joined the {NET}.",
          [("Lakeside Polytechnic", NET, "member", None)], "date-line-alone-does-not-date"),
    _case(f"Date: 2024-01-15\n\nLakeside Polytechnic joined the {NET} last month.",
          [("Lakeside Polytechnic", NET, "member", "2023-12")], "last-month"),
    _case(f"In 2022, at the invitation of Coral Coast College as the lead member, Lakeside "
          f"Polytechnic joined the {NET}.",
          [("Coral Coast College", NET, "lead_member", None),
           ("Lakeside Polytechnic", NET, "member", "2022")], "stated-role-is-not-dated"),
    _case(f"The {NET}, initiated by Lakeside Polytechnic and Coral Coast College, held its 2023 "
          "annual meeting in Quito.",
          [("Lakeside Polytechnic", NET, "lead_member", None),
           ("Coral Coast College", NET, "lead_member", None)], "year-of-a-noun-is-not-a-date"),
    _case(f"Lakeside Polytechnic joined the {NET}, which was launched on 4 June 2018.",
          [("Lakeside Polytechnic", NET, "member", None)], "date-of-another-clause"),
]

FOUNDING = [
    _case(f"The {NET} was established in March 2018 in Quito. Its founding members include "
          "Lakeside Polytechnic and Coral Coast College.",
          [("Lakeside Polytechnic", NET, "founding_member", "2018-03"),
           ("Coral Coast College", NET, "founding_member", "2018-03")], "founding-date"),
    _case(f"Founded in 2019, the {NET} counts Lakeside Polytechnic among its founding members.",
          [("Lakeside Polytechnic", NET, "founding_member", "2019")], "founded-in-sentence"),
    _case(f"The {NET} was established in March 2018 in Quito. Lakeside Polytechnic joined it in "
          "2021.", [("Lakeside Polytechnic", NET, "member", "2021")],
          "joined-later-keeps-its-year"),
]

SEATS = [
    _case(f"At its general assembly in Lima on 12 May 2024, Coral Coast College was elected to "
          f"the {NET}'s executive board.",
          [("Coral Coast College", NET, "executive_council_member", "2024-05-12")],
          "elected-to-the-executive-board"),
    _case(f"Lakeside Polytechnic and Coral Coast College were appointed to the governing council "
          f"of the {PACIFIC}.",
          [("Lakeside Polytechnic", PACIFIC, "council_member", None),
           ("Coral Coast College", PACIFIC, "council_member", None)],
          "listed-appointed-to-the-council"),
    # A seat held, not taken: dated only by the text's own "since".
    _case(f"Coral Coast College is a long-standing member of the {NET}, where it has sat on the "
          "executive committee since 2018.",
          [("Coral Coast College", NET, "executive_council_member", "2018")],
          "where-it-sits-on-the-committee"),
    _case(f"Lakeside Polytechnic serves on the board of the {PACIFIC}.",
          [("Lakeside Polytechnic", PACIFIC, "council_member", None)], "serves-on-the-board"),
    # The board's sentence names neither the alliance nor members.
    _case(f"The {PACIFIC} held its general assembly in Suva. Lakeside Polytechnic and Coral "
          "Coast College were elected to the board.",
          [("Lakeside Polytechnic", PACIFIC, "council_member", None),
           ("Coral Coast College", PACIFIC, "council_member", None)],
          "elected-to-the-board-in-the-next-sentence"),
]

PHRASINGS = [
    # an office named with a word for the institution after it
    _case(f"Lakeside Polytechnic was elected vice-president institution of the {NET}.",
          [("Lakeside Polytechnic", NET, "vice_chair", None)], "vice-president-institution"),
    _case(f"Coral Coast College became the chair university of the {PACIFIC} in 2020.",
          [("Coral Coast College", PACIFIC, "chair", "2020")], "chair-university"),
    # "since" after the alliance's name dates a membership only stated
    _case(f"Lakeside Polytechnic has been a member of the {NET} since 2018.",
          [("Lakeside Polytechnic", NET, "member", "2018")], "member-of-since"),
    _case(f"Coral Coast College, a council member of the {PACIFIC} since March 2016, hosted "
          "the workshop.",
          [("Coral Coast College", PACIFIC, "council_member", "2016-03")],
          "appositive-member-since"),
    # the role opens the sentence, the institution follows the comma
    _case(f"As a council member of the {NET}, Lakeside Polytechnic will host the next forum.",
          [("Lakeside Polytechnic", NET, "council_member", None)], "as-a-role-opening"),
    _case(f"As the secretariat of the {PACIFIC}, Coral Coast College prepared the report.",
          [("Coral Coast College", PACIFIC, "secretariat", None)], "as-the-secretariat-opening"),
    # lists introduced by "among them" and by "newest members"
    _case(f"The {NET} has 48 member institutions, among them Lakeside Polytechnic and Coral "
          "Coast College.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "among-them"),
    _case(f"The {PACIFIC}'s newest members, Lakeside Polytechnic and Coral Coast College, were "
          "given certificates.",
          [("Lakeside Polytechnic", PACIFIC, "member", None),
           ("Coral Coast College", PACIFIC, "member", None)], "newest-members"),
    # membership granted, an application approved
    _case(f"The {NET} granted membership to Lakeside Polytechnic on 2 June 2022.",
          [("Lakeside Polytechnic", NET, "member", "2022-06-02")], "granted-membership"),
    _case(f"The {PACIFIC} approved Coral Coast College's application for membership.",
          [("Coral Coast College", PACIFIC, "member", None)], "approved-application"),
    _case(f"Lakeside Polytechnic's bid to join the {NET} was approved in 2021.",
          [("Lakeside Polytechnic", NET, "member", "2021")], "bid-was-approved"),
]

MORE_PHRASINGS = [
    # an alliance without a head word, told by its appositive
    _case("Lakeside Polytechnic has joined EduBridge Pacific, a platform of 40 vocational "
          "colleges in 12 countries.",
          [("Lakeside Polytechnic", "EduBridge Pacific", "member", None)], "appositive-platform"),
    _case("Coral Coast College has become a member of SkillsLink (SKL), UNESCO's network of "
          "technical institutions. SKL met in Apia.",
          [("Coral Coast College", "SkillsLink", "member", None)], "appositive-network-acronym"),
    # the list after "members of X are"
    _case(f"The founding members of the {PACIFIC} are Lakeside Polytechnic and Coral Coast "
          "College.",
          [("Lakeside Polytechnic", PACIFIC, "founding_member", None),
           ("Coral Coast College", PACIFIC, "founding_member", None)], "founding-members-of-are"),
    _case(f"Members of the {NET} include Lakeside Polytechnic and Coral Coast College.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "members-of-include"),
    # an office taken over, counted members
    _case(f"Lakeside Polytechnic takes over the rotating presidency of the {PACIFIC}.",
          [("Lakeside Polytechnic", PACIFIC, "chair", None)], "takes-over-presidency"),
    _case(f"In 2023 Coral Coast College assumed the rotating chair of the {NET}.",
          [("Coral Coast College", NET, "chair", "2023")], "assumed-rotating-chair"),
    _case(f"Lakeside Polytechnic and Coral Coast College are among the 30 members of the {NET}.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "among-the-30-members"),
]

COMPOSED = [
    _case(f"The {NET} consists of 35 universities from 10 countries, including Lakeside "
          "Polytechnic and Coral Coast College.",
          [("Lakeside Polytechnic", NET, "member", None),
           ("Coral Coast College", NET, "member", None)], "consists-of-including"),
    _case(f"The {PACIFIC} was founded in 2021. The network now brings together 40 colleges, "
          "such as Lakeside Polytechnic and Coral Coast College.",
          [("Lakeside Polytechnic", PACIFIC, "member", None),
           ("Coral Coast College", PACIFIC, "member", None)], "brings-together-such-as"),
    _case(f"Lakeside Polytechnic is a member of the {NET}. The polytechnic has partnerships with "
          "40 universities, including Coral Coast College and Andes Polytechnic.",
          [("Lakeside Polytechnic", NET, "member", None)], "partners-are-no-members"),
    _case(f"Lakeside Polytechnic became one of the first batch of member units of the {NET}.",
          [("Lakeside Polytechnic", NET, "founding_member", None)], "first-batch-of-member-units"),
    _case(f"Coral Coast College and Andes Polytechnic jointly launched the {PACIFIC} in Suva on "
          "8 June 2021.",
          [("Coral Coast College", PACIFIC, "lead_member", "2021-06-08"),
           ("Andes Polytechnic", PACIFIC, "lead_member", "2021-06-08")],
          "launched-the-alliance-in-a-city"),
]

NOT_ALLIANCES = [
    _case(f"Lakeside Polytechnic, a member of the network of 40 universities, joined the {NET}.",
          [("Lakeside Polytechnic", NET, "member", None)], "a-member-of-the-network-of"),
    _case(f"Coral Coast College, a leading college of 9,000 students, joined the {PACIFIC}.",
          [("Coral Coast College", PACIFIC, "member", None)], "a-college-of-students"),
]

NOT_YET = [
    _case(f"Lakeside Polytechnic plans to join the {NET} next year.", [], "plans-to-join"),
    _case(f"Coral Coast College's bid to join the {PACIFIC} was rejected.", [], "bid-rejected"),
    _case(f"Lakeside Polytechnic will soon join the {NET}.", [], "will-join"),
    _case("Coral Coast College's application for a research grant was approved.", [],
          "an-application-for-something-else"),
]

STANDING = [
    _case(f"Lakeside Polytechnic is an active member of the {NET}.",
          [("Lakeside Polytechnic", NET, "member", None)], "an-active-member"),
    _case(f"Coral Coast College is also a long-standing member of the {PACIFIC}.",
          [("Coral Coast College", PACIFIC, "member", None)], "also-a-long-standing-member"),
    _case(f"Coral Coast College has joined the {PACIFIC}. The {NET} admitted it two years ago. "
          f"The college is now a proud member of the {NET} too.",
          [("Coral Coast College", PACIFIC, "member", None),
           ("Coral Coast College", NET, "member", None)],
          "the-college-after-an-alliance-sentence"),
]

NOT_MEMBERSHIPS = [
    _case(f"Lakeside Polytechnic joined the {NET} in 2021. They are working with Coral Coast "
          "College on a new course.",
          [("Lakeside Polytechnic", NET, "member", "2021")], "they-are-not-a-list"),
    _case(f"Prof. Ana Ruiz, Chair of the {NET}, visited Lagos on Monday.", [],
          "a-person-chairing"),
    _case(f"Faculty members of Lakeside Polytechnic visited the {NET} office.", [],
          "faculty-members"),
]


@pytest.mark.parametrize(("text", "expected"), LISTS + STATEMENTS + DATES + FOUNDING
                                             + SEATS + STANDING + PHRASINGS + MORE_PHRASINGS + COMPOSED
                                             + NOT_ALLIANCES + NOT_YET
                                             + NOT_MEMBERSHIPS)
def test_memberships(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "member"), [
    (f"Our university has joined the {NET} as a full member.", "our university"),
    (f"Last week our college became a member of the {PACIFIC}.", "our college"),
])
def test_a_page_that_never_names_itself_speaks_of_our_institution(text: str,
                                                                  member: str) -> None:
    facts = extract_text(text)
    assert facts.source.publisher == member
    assert [m.member for m in facts.memberships] == [member]
