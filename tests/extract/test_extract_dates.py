from __future__ import annotations

import pytest

from tracker.extract.en.dates import find_date_line, find_dates, resolve


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on 5 March 2020", "2020-03-05"),
        ("Nov 17, 2023", "2023-11-17"),
        ("in October 2023", "2023-10"),
        ("founded in 2017", "2017"),
        ("from August 27 through August 31, 2018", "2018-08-27"),
        ("between 14 and 16 June 2023", "2023-06-14"),
        ("2015-05-22", "2015-05-22"),
        ("the 29th of May 2024", "2024-05-29"),
        ("04.08.2017", "2017-08-04"),
        ("Posted 3.11.2021 by the office", "2021-11-03"),
    ],
)
def test_dates_keep_the_precision_the_text_gives(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso() == iso


def test_year_less_dates_take_the_reference_year() -> None:
    mention = find_dates("It met on November 17.")[0]
    assert mention.iso() is None
    assert resolve(mention, reference="2023-11-20").iso() == "2023-11-17"


def test_ordinal_day_and_weekday_resolve_against_the_page_date() -> None:
    assert resolve(find_dates("signed on the 21st")[0], reference="2022-09-25").iso() == \
        "2022-09-21"
    assert resolve(find_dates("launched on Saturday")[0], reference="2017-04-29").iso() == \
        "2017-04-29"


def test_may_the_verb_is_not_a_date() -> None:
    assert find_dates("Members may join later.") == []


@pytest.mark.parametrize(
    "head",
    ["Date: Nov 17, 2023\n", "Published: 2023-11-17 10:00:00\n", "17 November 2023\n",
     "Mon, Nov 17, 2023 | Hits: 300\n",
     "Lakeside news Posted on November 17, 2023 at 9:40 am. The dean spoke.\n",
     "Published on 17 November 2023 by the press office\n"],
)
def test_date_line_is_found_near_the_top(head: str) -> None:
    text = head + "Headline of the story\nThe alliance met on 3 May 2020 in Lima."
    line = find_date_line(text, find_dates(text))
    assert line is not None and line.iso == "2023-11-17"


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    text = "The alliance met on 3 May 2020 in Lima with many partners from the region."
    assert find_date_line(text, find_dates(text)) is None


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        pytest.param("It joined the network last month.", "2024-01-15", "2023-12", id="last-month"),
        pytest.param("Admitted earlier this month, the college", "2021-06-30", "2021-06",
                     id="this-month"),
        pytest.param("It joined last month.", "2021", None, id="page-without-month"),
    ],
)
def test_relative_months_resolve_against_the_page_date(
        text: str, reference: str, iso: str | None) -> None:
    assert resolve(find_dates(text)[0], reference=reference).iso() == iso


@pytest.mark.parametrize(
    ("text", "month"),
    [
        pytest.param("In early November, the college hosted a workshop.", 11, id="early-month"),
        pytest.param("The delegation arrived in March and left a week later.", 3, id="in-month"),
        pytest.param("By mid-June the network had admitted four colleges.", 6, id="by-mid-month"),
    ],
)
def test_a_month_without_a_year_takes_the_page_year(text: str, month: int) -> None:
    mention = find_dates(text)[0]
    assert (mention.month, mention.iso()) == (month, None)
    assert resolve(mention, reference="2019-12-02").iso() == f"2019-{month:02d}"


@pytest.mark.parametrize("text", ["Members may March on.", "They may join in May 2020."])
def test_a_month_only_after_its_cue_word(text: str) -> None:
    assert [m.iso() for m in find_dates(text)] == ([] if "2020" not in text else ["2020-05"])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("since its inception in April last year", "2006-04"),
        ("it was set up in early March of this year", "2007-03"),
        ("by June next year", "2008-06"),
    ],
)
def test_a_month_of_a_relative_year(text: str, iso: str) -> None:
    mentions = find_dates(text)
    assert len(mentions) == 1
    assert resolve(mentions[0], reference="2007-02-05").iso() == iso
