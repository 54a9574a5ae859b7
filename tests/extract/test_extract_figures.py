"""Figure rules on sentences written for these tests (two phrasings or more each)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
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
        pytest.param("It has 40 member universities in 9 countries (6 of which are in Kenya).",
                     [(40, "members", "exact"), (9, "countries", "exact"), (6, "members", "exact")],
                     id="of-which-in-a-place-not-countries"),
        pytest.param("The league unites 70 colleges from 12 nations, 15 of which are located in "
                     "Peru.",
                     [(70, "institutions", "exact"), (12, "countries", "exact"),
                      (15, "institutions", "exact")], id="of-which-located-in"),
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


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        pytest.param("Date: 2 June 2022\nThe Andes Skills Forum was held in Lima from 3 to 6 May "
                     "2022 and attended by more than 140 delegates.", "2022-05",
                     id="from-to-days"),
        pytest.param("Date: 2 June 2022\nThe Andes Skills Forum took place in Lima on May 3 and "
                     "May 4, 2022, with 140 participants.", "2022-05", id="and-both-months"),
        pytest.param("Date: 2 June 2022\nThe Andes Skills Forum ran in Lima from April 29 to "
                     "May 2, 2022 and drew 140 delegates.", "2022", id="across-two-months"),
        pytest.param("Date: 2 June 2022\nThe Andes Skills Forum was held in Lima on 3 May 2022 "
                     "and attended by 140 delegates.", "2022-05-03", id="one-day"),
    ],
)
def test_a_count_over_a_span_of_days_holds_at_its_month(text: str, as_of: str) -> None:
    assert _as_of(text)[140] == as_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Date: 2 June 2022\nFrom 3 to 9 May 2022, a team from Lakeside Polytechnic "
                     "visited seven colleges in Chile.", id="range-before-the-count"),
        pytest.param("Date: 2 June 2022\nLakeside Polytechnic sent a team to seven colleges in "
                     "Chile between 3 and 9 May 2022.", id="range-after-the-count"),
    ],
)
def test_a_count_dated_by_a_span_of_days(text: str) -> None:
    assert _as_of(text)[7] == "2022-05"


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        pytest.param("Lakeside Polytechnic opened in Accra long ago.\n\nIn a drive to widen its "
                     "reach, the Sahel Universities Network has admitted 12 new members from "
                     "across the region, its largest intake so far.\n\nMost of them teach farming. "
                     "Its assembly met on 4 March 2021 in Dakar.", None,
                     id="undated-page-event-further-down"),
        pytest.param("Sahel network grows\n\nAt a meeting on 4 March 2021 in Dakar, the members "
                     "of the Sahel Universities Network voted on a dozen applications. They "
                     "admitted 12 new members from across the region.", "2021",
                     id="undated-page-dated-opening"),
        pytest.param("Sahel network grows\n\nThe Sahel Universities Network held its general "
                     "assembly in Dakar on March 4, 2021, with votes on new applications. The "
                     "assembly welcomed 12 new members.", "2021", id="undated-page-dated-opening-2"),
        pytest.param("Sahel network grows\n\nThe Sahel Universities Network, meeting in Dakar, "
                     "said it has welcomed 12 new members this spring, a record for it.\n\nThe "
                     "vote was held on 4 March 2021 at its general assembly in the city.", None,
                     id="undated-page-assembly-further-down"),
    ],
)
def test_an_undated_page_dates_its_figures_by_its_opening_scene(text: str,
                                                                 as_of: str | None) -> None:
    assert _as_of(text)[12] == as_of


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        pytest.param("Date: 2 June 2022\nSince its founding in 2015, the Sahel Universities "
                     "Network has grown from 9 to 40 members.", "2015", "2022",
                     id="since-its-founding-year"),
        pytest.param("Date: 2 June 2022\nThe Sahel Universities Network was founded in 2015. "
                     "Since its establishment, it has expanded its membership from 9 to 40 "
                     "universities.", "2015", "2022", id="since-its-establishment"),
        pytest.param("Date: 2 June 2022\nThe Sahel Universities Network has grown from a club of "
                     "9 colleges to a network of 40 members.", None, "2022", id="undated-start"),
        pytest.param("Date: 2 June 2022\nLakeside Polytechnic went from 9 partner universities "
                     "in 2018 to 40 partner universities.", "2018", "2022", id="dated-start"),
    ],
)
def test_the_state_a_change_started_from(text: str, earlier: str | None, later: str) -> None:
    dated = {f.value: f.as_of for f in extract_text(text).figures}
    assert (dated[9], dated[40]) == (earlier, later)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Sahel Universities Network has grown from an alliance of 9 colleges "
                     "to a partnership with a wide reach.", id="grown-from"),
        pytest.param("Membership of the Sahel Universities Network increased from 9 universities "
                     "to many more.", id="increased-from"),
    ],
)
def test_an_earlier_state_is_not_the_member_count(text: str) -> None:
    assert [a.member_count for a in extract_text(text).alliances] == [None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nine colleges sign pact with Andes partners\nDate: 2 June 2022\nOn 1 June, "
                     "nine colleges that took part in the Andes Skills Forum in Lima signed a "
                     "pact with partners in Peru.", id="word-number"),
        pytest.param("9 colleges sign pact with Andes partners\nDate: 2 June 2022\nOn 1 June, the "
                     "9 colleges that attended the Andes Skills Forum in Lima signed a pact.",
                     id="digits"),
    ],
)
def test_a_count_the_headline_restates_is_read_from_the_body(text: str) -> None:
    figures = [f for f in extract_text(text).figures if f.value == 9]
    assert len(figures) == 1
    assert figures[0].evidence is not None
    assert figures[0].evidence.start > text.index("Date:")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Date: 2 June 2022\nThe Sahel Universities Network has admitted four new "
                     "members from Peru. This was announced at its assembly in Dakar in May 2021.",
                     id="this-was-announced"),
        pytest.param("Date: 2 June 2022\nLakeside Polytechnic was one of four colleges admitted "
                     "to the Sahel Universities Network. The decision was taken at the network's "
                     "council in May 2021.", id="the-decision-was-taken"),
    ],
)
def test_a_count_dated_by_the_sentence_that_reports_it(text: str) -> None:
    assert _as_of(text)[4] == "2021-05"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("The Sahel Universities Network comprised 300 member universities (12 of "
                     "which are in Chad) and 25 member associations.", None, id="two-kinds-apart"),
        pytest.param("The Sahel Universities Network has 300 member universities and 25 member "
                     "companies in 20 countries.", None, id="two-kinds-apart-2"),
        pytest.param("The Sahel Universities Network has 300 members, including 250 universities "
                     "and 50 companies.", 300, id="including-a-breakdown"),
        pytest.param("The Sahel Universities Network has 300 members, 250 universities and 50 "
                     "companies.", 300, id="listed-breakdown"),
    ],
)
def test_member_counts_of_two_kinds_state_no_whole(text: str, count: int | None) -> None:
    assert [a.member_count for a in extract_text(text).alliances] == [count]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("The Sahel Universities Network has admitted 20 new institutions. A total of "
                     "20 universities, from 9 countries, joined it this year.", [20, 9],
                     id="institutions-then-universities"),
        pytest.param("Lakeside Polytechnic hosted 35 students from Chad. At Lakeside Polytechnic "
                     "the 35 learners will stay for a term.", [35], id="students-then-learners"),
    ],
)
def test_a_count_restated_in_other_words_is_listed_once(text: str, values: list[int]) -> None:
    assert [f.value for f in extract_text(text).figures] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("The Sahel Universities Network admitted 9 new members: four from Peru and "
                     "four from Chile.", [9, 4, 4], id="by-origin"),
        pytest.param("Lakeside Polytechnic works on 4 themes in 4 areas of training.", [4, 4],
                     id="other-things"),
    ],
)
def test_equal_counts_of_different_things_are_kept(text: str, values: list[int]) -> None:
    assert [f.value for f in extract_text(text).figures] == values


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sahel network grows\n\nFounded in March 2010 in Dakar, the Sahel Universities "
                     "Network has admitted 12 new members from across the region this spring, its "
                     "largest intake.", id="founded-in"),
        pytest.param("Sahel network grows\n\nThe Sahel Universities Network, whose charter runs "
                     "until June 2030, has opened its doors to more universities this spring. It "
                     "has admitted 12 new members.", id="until"),
    ],
)
def test_a_beginning_or_an_end_in_the_opening_does_not_date_the_page(text: str) -> None:
    assert _as_of(text)[12] is None
