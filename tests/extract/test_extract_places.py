"""Countries of organizations and events (invented names; two phrasings or more per rule)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.en.places import country_of_name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("University of Ghana Medical School Trust", "GH", id="country-in-name"),
        pytest.param("Northern Queensland Institute of Mining", "AU", id="state-in-name"),
        pytest.param("Lakehead University of Northern British Columbia", "CA",
                     id="province-over-adjective"),
        pytest.param("Sino-German Lakeside Technology Group", "CN", id="sino-prefix"),
        pytest.param("Sino-Peruvian Andes Institute", "CN", id="sino-prefix-other"),
        pytest.param("Nigerian Embassy in Lima", "NG", id="embassy-of-adjective"),
        pytest.param("Kenyan Consulate in Dubai", "KE", id="consulate-of-adjective"),
        pytest.param("Harbour Polytechnic of Hong Kong", "HK", id="region-hong-kong"),
        pytest.param("Lakeside Polytechnic", None, id="no-place"),
    ],
)
def test_country_of_name(name: str, code: str | None) -> None:
    assert country_of_name(name) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("The network admitted Lakeside Polytechnic in Croatia last week.", "HR",
                     id="in-country-after"),
        pytest.param("Delegates of Lakeside Polytechnic (Peru) attended the forum.", "PE",
                     id="country-in-parentheses"),
        pytest.param("Kenya's Lakeside Polytechnic signed the agreement.", "KE",
                     id="possessive-before"),
        pytest.param("Ontario's Lakeside Polytechnic signed the agreement.", "CA",
                     id="province-possessive"),
        pytest.param("Staff of Lakeside Polytechnic (LP) of Ontario and Harbour College of Chile "
                     "attended.", "CA", id="acronym-then-of-province"),
        pytest.param("Teachers from Peru visited Lakeside Polytechnic, one of our Canadian "
                     "partners, in May.", "CA", id="appositive-one-of-our-partners"),
        pytest.param("Teachers from Peru visited Lakeside Polytechnic, a leading Kenyan "
                     "technical college, in May.", "KE", id="appositive-a-college"),
        pytest.param("Delegates from Chile met the rector of Lakeside Polytechnic (LKP) of "
                     "Cusco.", "PE", id="acronym-then-of-a-city"),
    ],
)
def test_country_around_a_mention(text: str, code: str) -> None:
    orgs = {o.name: o.country for o in extract_text(text).organizations}
    assert orgs["Lakeside Polytechnic"] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("On 4 May 2022 the Sahel Skills Forum was held in Kaduna, Nigeria.", "NG",
                     id="city-comma-country"),
        pytest.param("On 4 May 2022 the Sahel Skills Forum was held in Mombasa, Kenya.", "KE",
                     id="city-comma-country-2"),
        pytest.param("On 4 May 2022 the Andes Skills Forum was held in Arequipa.", "PE",
                     id="city-alone"),
        pytest.param("On 4 May 2022 the Java Skills Forum was held in Surabaya.", "ID",
                     id="city-alone-2"),
    ],
)
def test_event_country_from_the_place_after_its_city(text: str, code: str) -> None:
    events = extract_text(text).events
    assert [e.country for e in events] == [code]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("Arequipa Technical Institute", "PE", id="city-first"),
        pytest.param("University of Tamale", "GH", id="university-of-city"),
        pytest.param("Surabaya State Polytechnic", "ID", id="city-before-state"),
        pytest.param("Hamilton Technical College", None, id="city-of-several-countries"),
        pytest.param("Phoenix Skills Institute", None, id="city-that-is-a-common-word"),
        pytest.param("Lakeside College of Normal Studies", None, id="small-city-that-is-a-word"),
    ],
)
def test_a_city_in_the_name_gives_its_country(name: str, code: str | None) -> None:
    assert country_of_name(name) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        pytest.param("Lakeside Polytechnic in Surabaya signed the agreement.",
                     "Lakeside Polytechnic", "ID", id="in-city"),
        pytest.param("The dean thanked the Harbour Institute, Tamale, for its support.",
                     "Harbour Institute", "GH", id="comma-city"),
    ],
)
def test_a_city_around_a_mention_gives_its_country(text: str, name: str, code: str) -> None:
    orgs = {o.name: o.country for o in extract_text(text).organizations}
    assert orgs[name] == code


def test_the_city_table_is_kept_in_the_cache_folder(tmp_path, monkeypatch) -> None:
    from tracker.extract.en import cities

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cities.city_table.cache_clear()
    try:
        built = cities.city_table()
        kept = list(tmp_path.rglob("cities-*.json"))
        assert len(kept) == 1 and built["Tamale"] == "GH"
        kept[0].write_text("not json", encoding="utf-8")  # a damaged copy is rebuilt
        cities.city_table.cache_clear()
        assert cities.city_table() == built
    finally:
        cities.city_table.cache_clear()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("On 4 May 2022 the University of Tamale hosted the Savanna Skills Forum.",
                     "GH", id="body-hosted"),
        pytest.param("The Savanna Skills Forum was held on 4 May 2022 at the University of Tamale.",
                     "GH", id="held-at-body"),
        pytest.param("On 4 May 2022 the Faculty of Arts, University of Tamale (UT), hosted the "
                     "Savanna Skills Forum.", "GH", id="body-acronym-comma-hosted"),
        pytest.param("The University of Tamale (UT), organised the Savanna Skills Forum on 4 "
                     "May 2022.", "GH", id="body-acronym-comma-organised"),
        pytest.param("On 4 May 2022 the Savanna Skills Forum was held at the University of Tamale "
                     "and at the University of Arequipa.", None, id="hosts-disagree"),
    ],
)
def test_an_event_is_in_its_hosts_country(text: str, code: str | None) -> None:
    assert [e.country for e in extract_text(text).events] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("On 4 May 2022 the University of Tamale hosted an online seminar with its "
                     "partners.", None, id="online-seminar"),
        pytest.param("The Savanna Skills Forum, hosted by the University of Tamale, took place "
                     "virtually on 4 May 2022.", None, id="took-place-virtually"),
        pytest.param("The Savanna Skills Forum was held on 4 May 2022 at the University of Tamale "
                     "in a hybrid format, with an online session for remote guests.", "GH",
                     id="hybrid-keeps-its-place"),
    ],
)
def test_an_event_held_online_has_no_country(text: str, code: str | None) -> None:
    assert [e.country for e in extract_text(text).events] == [code]


def _org_countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract_text(text).organizations}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lakeside Polytechnic and Northgate College signed a training agreement "
                     "on 4 May 2022. Both plan to send teachers across Peru.",
                     id="country-named-once"),
        pytest.param("On 4 May 2022 Peruvian partners met: Northgate College hosted Lakeside "
                     "Polytechnic for a two-day workshop.", id="country-adjective"),
    ],
)
def test_an_unplaced_organization_is_in_the_articles_one_country(text: str) -> None:
    countries = _org_countries(text)
    assert (countries["Lakeside Polytechnic"], countries["Northgate College"]) == ("PE", "PE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Lakeside Polytechnic and Northgate College signed a training agreement "
                     "on 4 May 2022 to send teachers to Peru and Chile.", "Lakeside Polytechnic",
                     id="two-countries-named"),
        pytest.param("The Andean Skills Commission of the United Nations and Northgate College "
                     "met in Peru on 4 May 2022.",
                     "Andean Skills Commission of the United Nations", id="a-body-of-nations"),
    ],
)
def test_an_unplaced_organization_keeps_no_country(text: str, name: str) -> None:
    assert _org_countries(text)[name] is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lakeside Polytechnic Welcomes Guests\nOn 4 May 2022 Lakeside Polytechnic "
                     "welcomed six teachers from Peru.", id="guests-from"),
        pytest.param("Lakeside Polytechnic Sends Teachers\nOn 4 May 2022 Lakeside Polytechnic "
                     "sent six teachers to Peru.", id="people-sent-to"),
        pytest.param("Lakeside Polytechnic Delegation Abroad\nOn 4 May 2022 a delegation of "
                     "Lakeside Polytechnic visited Peru.", id="visited"),
        pytest.param("Lakeside Polytechnic Signs Agreement\nOn 4 May 2022 Lakeside Polytechnic "
                     "signed an agreement on cooperation with Peru.", id="cooperation-with"),
    ],
)
def test_the_publisher_is_not_where_its_guests_come_from(text: str) -> None:
    assert _org_countries(text)["Lakeside Polytechnic"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Savanna Skills Forum was held in Kenya on 4 May 2022.", (None, "KE"),
                     id="held-in-a-country"),
        pytest.param("On 4 May 2022 a team of Lakeside Polytechnic visited three colleges in Peru.",
                     (None, "PE"), id="visited-in-a-country"),
        pytest.param("On 4 May 2022 a team of Lakeside Polytechnic visited three colleges in Peru "
                     "and Chile.", (None, None), id="visited-two-countries"),
        pytest.param("From 4 to 9 May 2022 a delegation visited five schools in Kenya, Ghana and "
                     "Togo.", (None, None), id="visited-a-list-of-countries"),
    ],
)
def test_a_country_is_no_city_of_an_event(text: str, expected: tuple[None, str | None]) -> None:
    assert [(e.city, e.country) for e in extract_text(text).events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On 4 May 2022 Lakeside Polytechnic signed an agreement with the "
                     "University of Arequipa and Northgate College.", id="a-place-in-a-name"),
        pytest.param("On 4 May 2022 Lakeside Polytechnic hosted teachers of Northgate College "
                     "and of Harbour University in Cusco.", id="a-city-after-a-name"),
    ],
)
def test_the_articles_one_country_may_come_from_its_placed_organizations(text: str) -> None:
    assert _org_countries(text)["Lakeside Polytechnic"] == "PE"


def test_placed_organizations_of_two_countries_give_none() -> None:
    text = ("On 4 May 2022 Lakeside Polytechnic signed an agreement with the University of "
            "Arequipa and the University of Tamale.")
    assert _org_countries(text)["Lakeside Polytechnic"] is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On 4 May 2022 teachers from Peru and Chile met staff of the University of "
                     "Arequipa, Lakeside Polytechnic, Cusco Technical College and the University "
                     "of Lima.", id="comma-list"),
        pytest.param("Partners from Peru and Chile included Cusco Technical College, Lakeside "
                     "Polytechnic, and the University of Lima.", id="serial-comma-list"),
    ],
)
def test_an_unplaced_organization_in_a_list_joins_its_placed_neighbours(text: str) -> None:
    assert _org_countries(text)["Lakeside Polytechnic"] == "PE"


def test_a_list_whose_placed_members_disagree_places_no_one() -> None:
    text = ("On 4 May 2022 teachers from Peru and Chile met staff of the University of "
            "Arequipa, Lakeside Polytechnic and the University of Santiago.")
    assert _org_countries(text)["Lakeside Polytechnic"] is None


ANDES = ("The Andes Skills Alliance brings together 30 colleges. Members of the Andes Skills "
         "Alliance share courses. ")


@pytest.mark.parametrize(
    ("text", "alliance"),
    [
        pytest.param(ANDES + "A new alliance of mining colleges was launched in Lima on 4 May "
                     "2022.", "Andes Skills Alliance", id="a-new-alliance-launched"),
        pytest.param(ANDES + "On 4 May 2022 a network of colleges held its first meeting in "
                     "Lima.", "Andes Skills Alliance", id="a-network-met"),
        pytest.param(ANDES + "On 4 May 2022 Lakeside Polytechnic held a seminar in Lima.", None,
                     id="no-alliance-spoken-of"),
        pytest.param(ANDES + "On 4 May 2022 Lakeside Polytechnic held a seminar in Lima to build "
                     "a network of employers.", None, id="a-network-of-no-institutions"),
    ],
)
def test_an_event_of_an_alliance_not_yet_named_is_the_articles(
        text: str, alliance: str | None) -> None:
    assert [e.alliance for e in extract_text(text).events] == [alliance]
