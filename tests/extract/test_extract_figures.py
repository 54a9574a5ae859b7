"""Figure rules on sentences written for these tests (two phrasings or more each)."""

from __future__ import annotations

import pytest

from tracker.extract.en.figures import find_figures_in

Row = tuple[float, str, str]


def _figures(sentence: str) -> list[Row]:
    return [(f.value, f.metric, f.bound) for f in find_figures_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The network admitted 12 new members: Peru (4), Chile (5) and Bolivia (3).",
                     [(12, "members", "exact"), (4, "members", "exact"), (5, "members", "exact"),
                      (3, "members", "exact")], id="counts-in-parentheses"),
        pytest.param("It hosted 300 teachers, Ghana (120) and Togo (180) among them.",
                     [(300, "participants", "exact"), (120, "participants", "exact"),
                      (180, "participants", "exact")], id="parentheses-take-the-noun"),
        pytest.param("Nearly half of the new members come from Asia, including four from Nepal "
                     "and two from Laos.",
                     [(0.5, "other", "exact"), (4, "members", "exact"), (2, "members", "exact")],
                     id="from-place-after-a-fraction"),
        pytest.param("It has 40 member universities, 6 of which are in Kenya.",
                     [(40, "members", "exact"), (6, "members", "exact")], id="of-which"),
        pytest.param("The association grew from an alliance of nine universities.",
                     [(9, "members", "exact")], id="alliance-of-n-universities"),
        pytest.param("The network's 30 universities met in Hanoi.",
                     [(30, "members", "exact")], id="network-possessive"),
        pytest.param("A five-member delegation from Quito visited the campus.",
                     [(5, "participants", "exact")], id="member-delegation"),
        pytest.param("A six member team of engineers arrived.", [(6, "participants", "exact")],
                     id="member-team"),
        pytest.param("Students host one-sixth of all exchanges.", [(0.17, "other", "exact")],
                     id="sixth"),
        pytest.param("The council approved the applications of four more candidates.",
                     [(4, "members", "exact")], id="candidates-in-member-context"),
        pytest.param("The network admitted six applicants as members.",
                     [(6, "members", "exact")], id="applicants-admitted"),
        pytest.param("The league now counts 12 affiliates in Chile.", [(12, "members", "exact")],
                     id="affiliates"),
        pytest.param("Some 3 thousand young people have already completed vocational training.",
                     [(3000, "trainees", "exact")], id="completed-training"),
        pytest.param("Over 400 technicians have passed the professional training.",
                     [(400, "trainees", "at_least")], id="passed-training"),
        pytest.param("Nine universities initiated the league in Quito.",
                     [(9, "members", "exact")], id="initiating-universities"),
    ],
)
def test_counts(sentence: str, expected: list[Row]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Over the past two decades the school grew.", id="past-decades"),
        pytest.param("The building is 150 years old.", id="age"),
        pytest.param("Three weeks after the visit, the college joined.", id="weeks-after"),
        pytest.param("It opened two years later in Accra.", id="years-later"),
        pytest.param("More courses start in the second half of 2018.", id="half-of-a-year"),
        pytest.param("The staff week ran for a fifth year in Nicosia.", id="ordinal-fifth"),
    ],
)
def test_times_are_not_figures(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Sahel Universities Alliance represents more than 800 universities.",
                     id="represents"),
        pytest.param("The Sahel Universities Alliance (SUA) now brings together 800 colleges.",
                     id="brings-together"),
    ],
)
def test_institutions_an_alliance_has_are_its_members(text: str) -> None:
    from tracker.extract import extract_text

    assert [(f.value, f.metric, f.subject) for f in extract_text(text).figures] == [
        (800, "members", "Sahel Universities Alliance")]


@pytest.mark.parametrize(("text", "as_of"), [
    ("Published: 4 March 2024\nFounded in 2015, the Andes Technical Network now has 64 members.",
     {64: "2024"}),
    ("Published: 4 March 2024\nThe Pacific Rim Skills Alliance, established in 2011, counts 48 "
     "member colleges in 2023.", {48: "2023"}),
], ids=["founded-then-now", "established-then-dated"])
def test_a_founding_date_is_not_a_counts_date(text, as_of) -> None:
    from tracker.extract import extract_text

    facts = extract_text(text)
    assert {f.value: f.as_of for f in facts.figures if f.value in as_of} == as_of


def _as_of(text: str) -> dict[float, str | None]:
    from tracker.extract import extract_text

    return {f.value: f.as_of for f in extract_text(text).figures}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Date: 2 June 2022\nThe Andes Skills Forum was held in Lima on 3 May 2022 "
                     "and attended by more than 140 delegates.", id="in-the-event-sentence"),
        pytest.param("Date: 2 June 2022\nOn 3 May 2022 the Andes Skills Forum opened in Lima. "
                     "Some 140 participants from Lakeside Polytechnic took part in it.",
                     id="attendance-sentence"),
    ],
)
def test_a_count_at_an_event_holds_at_the_events_date(text: str) -> None:
    assert _as_of(text)[140] == "2022-05-03"


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        pytest.param("Date: 2 June 2022\nLakeside Polytechnic is one of 30 colleges that have "
                     "joined the Sahel Network, which was launched on 5 March.", 30, "2022",
                     id="date-after-which"),
        pytest.param("Date: 2 June 2022\nLakeside Polytechnic trains 400 teachers a year; the "
                     "programme began in 2015.", 400, "2022", id="date-after-semicolon"),
        pytest.param("Date: 2 June 2022\nThe Sahel Network began its meetings in 2016 and has "
                     "held 6 sessions by 2021.", 6, "2021", id="by-year-after-the-count"),
        pytest.param("Date: 2 June 2022\nIn 2019, Lakeside Polytechnic hosted 80 students from "
                     "Peru.", 80, "2019", id="date-before"),
        pytest.param("Date: 2 June 2022\nDelegates of 12 universities discussed the Strategic "
                     "Plan 2030 of the Sahel Network.", 12, "2022", id="year-in-a-name"),
        pytest.param("Date: 2 June 2022\nThe forum gathered 25 ministers to review Agenda 2063 "
                     "of the union.", 25, "2022", id="year-in-a-name-2"),
    ],
)
def test_the_date_a_figures_sentence_gives_it(text: str, value: float, as_of: str) -> None:
    assert _as_of(text)[value] == as_of


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("The Sahel Universities Network admitted 20 new members, taking its total "
                     "membership to 125 universities.", 125, id="total-over-new"),
        pytest.param("A total of 20 universities have recently joined the Sahel Universities "
                     "Network, taking its total membership to 125 universities.", 125,
                     id="a-total-of-newcomers-is-not-the-whole"),
        pytest.param("The Sahel Universities Network welcomed four institutions on 3 May 2021. "
                     "With them the network now has 60 members.", 60, id="now-has"),
        pytest.param("Lakeside Polytechnic has joined the 13 other members of the Sahel "
                     "Universities Network.", None, id="other-members-are-a-part"),
        pytest.param("The Sahel Universities Network approved the entry of two universities "
                     "from Peru.", None, id="entry-of-is-a-part"),
    ],
)
def test_an_alliances_member_count_is_the_whole(text: str, count: int | None) -> None:
    from tracker.extract import extract_text

    assert [a.member_count for a in extract_text(text).alliances] == [count]
