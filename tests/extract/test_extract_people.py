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


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Professor Amina Bello, Rector of Lakeside Polytechnic, opened the forum.",
                     "Amina Bello", ("Rector", "Lakeside Polytechnic"), id="professor-then-post"),
        pytest.param("Assistant Professor Kofi Mensah, Vice President of Harbour University, "
                     "signed the agreement.", "Kofi Mensah",
                     ("Vice President", "Harbour University"), id="rank-then-post"),
        pytest.param("Dr. Amina Bello - Director of the Andes Mining Institute - spoke.",
                     "Amina Bello", ("Director", "Andes Mining Institute"), id="dash-apposition"),
    ],
)
def test_a_post_after_a_name_with_a_rank_before_it(
        text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Amina Bello, Chair of the committee and President of Lakeside Polytechnic, "
                     "spoke.", "Amina Bello", ("President", "Lakeside Polytechnic"),
                     id="committee-then-college"),
        pytest.param("Kofi Mensah, Chairman of the Sahel Universities Network and Rector of "
                     "Harbour University, spoke.", "Kofi Mensah",
                     ("Rector", "Harbour University"), id="alliance-then-university"),
        pytest.param("Amina Bello, Vice Chairman and Secretary General of the Lakeside "
                     "Foundation, spoke.", "Amina Bello",
                     ("Vice Chairman and Secretary General", "Lakeside Foundation"),
                     id="two-posts-one-body"),
    ],
)
def test_of_two_posts_the_one_at_the_organization(
        text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


SUN = "The Sahel Universities Network (SUN) met in Dakar on 4 May 2022. "


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(SUN + "SUN executive director Kofi Mensah said the network would grow.",
                     "Kofi Mensah", ("executive director", "Sahel Universities Network"),
                     id="acronym-lower-case-post"),
        pytest.param(SUN + "The network's vice president Kofi Mensah said it would grow.",
                     "Kofi Mensah", ("vice president", "Sahel Universities Network"),
                     id="the-networks-post"),
        pytest.param("Lakeside Polytechnic signs agreement with Harbour University\nOn 4 May "
                     "2022 Lakeside Polytechnic signed an agreement with Harbour University in "
                     "Accra. Our vice president Amina Bello led the delegation. Lakeside "
                     "Polytechnic thanked its hosts.", "Amina Bello",
                     ("vice president", "Lakeside Polytechnic"), id="our-post-the-publishers"),
    ],
)
def test_a_post_before_a_name_and_whose_it_is(
        text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Kenya's Minister of Health, Dr. Amina Bello, opened the forum.",
                     "Amina Bello", ("Minister of Health", None), id="owner-post-comma-name"),
        pytest.param("The Honourable Minister, Hon. Kofi Mensah, spoke next.", "Kofi Mensah",
                     ("Minister", None), id="the-post-comma-name"),
        pytest.param("Speakers were Amina Bello, Dean of Lakeside College, Kofi Mensah, Rector "
                     "of Harbour University, and others.", "Kofi Mensah",
                     ("Rector", "Harbour University"), id="a-list-post-is-the-name-before"),
        pytest.param("Prof. Amina Bello, Peru's Minister of Higher Education, opened the forum.",
                     "Amina Bello", ("Minister of Higher Education", None),
                     id="owner-is-not-part-of-the-post"),
    ],
)
def test_a_post_set_off_by_commas(text: str, name: str,
                                  expected: tuple[str, str | None]) -> None:
    assert _people(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        pytest.param("Prof. Amina Bello from the University of Tamale wrote a letter.",
                     "Amina Bello", "University of Tamale", id="from-body"),
        pytest.param("Dr. Kofi Mensah of Lakeside Polytechnic said the plan was sound.",
                     "Kofi Mensah", "Lakeside Polytechnic", id="of-body"),
        pytest.param("Mr. Kofi Mensah - Director of International Relations Department, Harbour "
                     "University, spoke.", "Kofi Mensah", "Harbour University",
                     id="post-comma-body"),
        pytest.param("Amina Bello, Dean, Lakeside Polytechnic, said the plan was sound.",
                     "Amina Bello", "Lakeside Polytechnic", id="bare-post-comma-body"),
    ],
)
def test_the_body_named_after_a_name_or_its_post(text: str, name: str, org: str) -> None:
    assert _people(text)[name][1] == org


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("From 3 to 9 May, a delegation from Lakeside Polytechnic led by president "
                     "Amina Bello visited four colleges in Peru.", id="delegation-from"),
        pytest.param("A team of the Lakeside Polytechnic, led by its rector Amina Bello, toured "
                     "two training centres in Chile.", id="team-of-led-by-its"),
    ],
)
def test_the_leader_of_a_delegation_belongs_to_its_body(text: str) -> None:
    assert _people(text)["Amina Bello"][1] == "Lakeside Polytechnic"


def test_a_body_not_sending_the_delegation_is_not_the_leaders() -> None:
    text = ("A visit to Lakeside Polytechnic led by president Amina Bello took place in May.")
    assert _people(text)["Amina Bello"][1] is None


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        pytest.param("Guests included Amina Bello, Director of the Cultural Bureau, Embassy of "
                     "Peru in Nairobi, and two deans.", "Director of the Cultural Bureau",
                     "Embassy of Peru in Nairobi", id="bureau-then-embassy"),
        pytest.param("The talk was given by Kofi Mensah, Head of the Trade Bureau, Consulate "
                     "of Chile in Durban.", "Head of the Trade Bureau",
                     "Consulate of Chile in Durban", id="bureau-then-consulate"),
        pytest.param("Kofi Mensah, Head of the International Office, Lakeside Polytechnic, "
                     "opened the day.", "Head of the International Office",
                     "Lakeside Polytechnic", id="office-then-college"),
    ],
)
def test_a_unit_before_a_body_is_part_of_the_post(text: str, title: str, body: str) -> None:
    (person,) = extract_text(text).people
    assert (person.title, person.organization) == (title, body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The guests were Amina Bello, Dr. Kofi Mensah, Rector of Harbour "
                     "University, and two deans.", ("Rector", "Harbour University"),
                     id="name-then-ranked-name-with-post"),
        pytest.param("Present were Vice President Amina Bello, Prof. Kofi Mensah, "
                     "Director-General of the Andes Mining Institute, and others.",
                     ("Director-General", "Andes Mining Institute"),
                     id="post-name-then-ranked-name-with-post"),
    ],
)
def test_a_name_before_in_a_list_does_not_hide_the_next_post(
        text: str, expected: tuple[str, str]) -> None:
    assert _people(text)["Kofi Mensah"] == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("The guests met the deans, including Ama Owusu, dean, International "
                     "Programs; and Yaw Boateng, dean, Student Affairs.", "Ama Owusu",
                     "dean, International Programs", id="semicolon-list"),
        pytest.param("The guests met Kofi Mensah, vice-president, Academic.", "Kofi Mensah",
                     "vice-president, Academic", id="sentence-end"),
        pytest.param("The guests met Kofi Mensah, Dean, Lakeside Polytechnic, and others.",
                     "Kofi Mensah", "Dean", id="a-body-is-no-area"),
    ],
)
def test_the_area_of_a_bare_post_is_part_of_the_title(text: str, name: str,
                                                      title: str) -> None:
    assert _people(text)[name][0] == title


LAKESIDE_NEWS = ("Lakeside Polytechnic Welcomes Guests from Peru\nOn 4 May 2022 Lakeside "
                 "Polytechnic welcomed a delegation of six teachers from Peru. ")


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        pytest.param(LAKESIDE_NEWS + "They met president Amina Bello and Kofi Mensah, dean, "
                     "Engineering.", "Kofi Mensah", "Lakeside Polytechnic", id="dean-area"),
        pytest.param(LAKESIDE_NEWS + "Vice-Rector Amina Bello gave a talk on the programmes.",
                     "Amina Bello", "Lakeside Polytechnic", id="vice-rector-before"),
        pytest.param(LAKESIDE_NEWS + "A letter from His Excellency, President Amina Bello, "
                     "was read.", "Amina Bello", None, id="a-head-of-state-is-not"),
        pytest.param(LAKESIDE_NEWS + "A letter from the Peruvian President Amina Bello was read.",
                     "Amina Bello", None, id="a-countrys-president-is-not"),
        pytest.param("Lakeside Ministry Welcomes Guests from Peru\nOn 4 May 2022 the Lakeside "
                     "Ministry welcomed a delegation from Peru. President Amina Bello spoke.",
                     "Amina Bello", None, id="a-publisher-that-is-no-school"),
    ],
)
def test_a_head_of_a_school_named_without_a_body_is_the_publishers(
        text: str, name: str, org: str | None) -> None:
    assert _people(text)[name][1] == org


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Kofi Mensah, Director of Culture, Sports and Tourism Division, spoke.",
                     "Kofi Mensah", "Director of Culture, Sports and Tourism Division",
                     id="series-in-a-unit"),
        pytest.param("Amina Bello, Commissioner for Energy, Mining and Water at the Lakeside "
                     "Ministry, spoke.", "Amina Bello",
                     "Commissioner for Energy, Mining and Water", id="series-of-areas"),
        pytest.param("Speakers were Amina Bello, Dean of Lakeside College, Kofi Mensah and Ama "
                     "Owusu.", "Amina Bello", "Dean", id="names-after-a-post-stay-out"),
    ],
)
def test_a_series_of_areas_stays_in_the_title(text: str, name: str, title: str) -> None:
    assert _people(text)[name][0] == title


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Kofi Mensah, Deputy Principal (Academic) of Lakeside Polytechnic, spoke.",
                     "Kofi Mensah", ("Deputy Principal (Academic)", "Lakeside Polytechnic"),
                     id="capitalised-qualifier"),
        pytest.param("Amina Bello, assistant secretary (higher education) of the Lakeside "
                     "Ministry, spoke.", "Amina Bello",
                     ("assistant secretary (higher education)", "Lakeside Ministry"),
                     id="lower-case-qualifier"),
        pytest.param("Amina Bello, Director of the Andes Mining Institute (AMI), spoke.",
                     "Amina Bello", ("Director", "Andes Mining Institute"),
                     id="an-acronym-is-no-qualifier"),
        pytest.param("Amina Bello, Rector of Harbour University and Mr. Kofi Mensah, Dean of "
                     "Lakeside College, spoke.", "Amina Bello",
                     ("Rector", "Harbour University"), id="and-an-honorific-ends-the-post"),
    ],
)
def test_a_qualifier_in_parentheses_stays_in_the_title(
        text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        pytest.param("Guests were Amina Bello, Director of the Lakeside Ministry, Professor Kofi "
                     "Mensah, Rector of Harbour University, and others.", "Kofi Mensah",
                     "Harbour University", id="a-body-before-a-comma-is-the-name-befores"),
        pytest.param("The talks drew Amina Bello of the Lakeside Ministry, Professor Kofi "
                     "Mensah and two deans.", "Kofi Mensah", None,
                     id="a-body-before-a-comma-owns-no-post"),
        pytest.param("The Lakeside Skills Authority (LSA) Chairman Kofi Mensah opened the "
                     "workshop.", "Kofi Mensah", "Lakeside Skills Authority",
                     id="a-body-and-its-acronym-own-the-post"),
    ],
)
def test_a_body_owns_the_post_right_after_it(text: str, name: str, org: str | None) -> None:
    assert _people(text)[name][1] == org


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("The speakers were Mr.Kofi Mensah - Head of Research, Lakeside Polytechnic, "
                     "and two deans.", "Kofi Mensah",
                     ("Head of Research", "Lakeside Polytechnic"), id="dash-post"),
        pytest.param("Guests included Dr.Amina Bello, Rector of Harbour University.",
                     "Amina Bello", ("Rector", "Harbour University"), id="comma-post"),
    ],
)
def test_an_honorific_whose_period_stands_for_the_space(
        text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Officials of the Ministry of Mining of Peru met the guests. The speakers "
                     "were Mr. Kofi Mensah - Deputy Minister of Mining of Peru, and two deans.",
                     "Kofi Mensah", ("Deputy Minister of Mining of Peru", "Ministry of Mining of Peru"),
                     id="minister-of-subject"),
        pytest.param("The Ministry of Fisheries of Chile sent a team. At the meeting, the "
                     "Fisheries Minister Amina Bello thanked the hosts.", "Amina Bello",
                     ("Fisheries Minister", "Ministry of Fisheries of Chile"),
                     id="subject-minister"),
        pytest.param("The Ministry of Fisheries of Chile sent a team. At the meeting, the "
                     "Minister of Finance, Amina Bello, thanked the hosts.", "Amina Bello",
                     ("Minister of Finance", None), id="another-subject-no-ministry"),
        pytest.param("The Ministry of Fisheries sent a team. At the meeting, the Chilean "
                     "Minister Amina Bello thanked the hosts.", "Amina Bello",
                     ("Minister", None), id="a-country-is-no-subject"),
    ],
)
def test_a_minister_serves_the_ministry_of_the_posts_subject(
        text: str, name: str, expected: tuple[str, str | None]) -> None:
    assert _people(text)[name] == expected


SAHEL = "The Sahel Universities Network (SUN) was founded in 2015 and has 30 members. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(SAHEL + "In May 2022, a team from the SUN Secretariat led by its Executive "
                     "Director, Dr. Kofi Mensah, visited Harbour University.", "Kofi Mensah",
                     id="led-by-its-post-comma-name"),
        pytest.param(SAHEL + "Prof. Amina Bello from the SUN Secretariat wrote a letter.",
                     "Amina Bello", id="from-a-unit"),
    ],
)
def test_a_unit_named_after_a_body_is_the_bodys(text: str, name: str) -> None:
    assert _people(text)[name][1] == "Sahel Universities Network"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Guests included the Principal Secretary for Mining and Energy, Peru, Dr "
                     "Kofi Mensah, who spoke first.", "Kofi Mensah",
                     "Principal Secretary for Mining and Energy", id="country-between"),
        pytest.param("Guests included the Director of Culture, Arts, Sports and Tourism, The "
                     "Gambia, Mr. Kofi Mensah, who spoke first.", "Kofi Mensah",
                     "Director of Culture, Arts, Sports and Tourism", id="series-then-country"),
        pytest.param("Guests were the Dean, Amina Bello, Dr Kofi Mensah, who spoke first.",
                     "Kofi Mensah", None, id="a-name-is-no-country"),
        pytest.param("Guests were the Dean, Amina Bello, Dr Kofi Mensah, who spoke first.",
                     "Amina Bello", "Dean", id="the-post-before-keeps-its-name"),
    ],
)
def test_a_post_then_its_country_then_the_name(text: str, name: str, title: str | None) -> None:
    assert _people(text)[name][0] == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(SAHEL + "Remarks were made by Prof. Kofi Mensah-Secretary General, SUN.",
                     ("Secretary General", "Sahel Universities Network"), id="dash-post-body"),
        pytest.param("Remarks were made by Prof. Kofi Mensah-Rector of Harbour University.",
                     ("Rector", "Harbour University"), id="dash-post-of-body"),
    ],
)
def test_a_dash_may_join_a_name_and_its_post(text: str, expected: tuple[str, str]) -> None:
    assert _people(text)["Kofi Mensah"] == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("Li Hong, Vice President of Harbor University, attended the forum.",
                     ("Li Hong", "Vice President", "Harbor University"), id="surname-first"),
        pytest.param("Hong Mei, Dean of Lakeside College, gave a speech.",
                     ("Hong Mei", "Dean", "Lakeside College"), id="hong-first"),
    ],
)
def test_hong_is_a_name_where_hong_kong_is_a_place(text: str, person: tuple[str, ...]) -> None:
    assert [(p.name, p.title, p.organization) for p in extract_text(text).people] == [person]


def test_hong_kong_is_no_person() -> None:
    text = "Students from Hong Kong, Macao and Taiwan met Vice President Li Wei."
    assert [p.name for p in extract_text(text).people] == ["Li Wei"]
