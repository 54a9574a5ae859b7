"""When an alliance was founded (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

NET = "Andes Technical Universities Network"


def _founded(text: str) -> dict[str, str | None]:
    return {a.name: a.founded for a in extract_text(text).alliances}


@pytest.mark.parametrize(
    ("text", "founded"),
    [
        pytest.param(f"Date: 4 March 2024\nThe {NET} celebrates its 25th anniversary with a "
                     f"meeting in Quito.", "1999", id="its-nth-anniversary"),
        pytest.param(f"Date: 4 March 2024\nDelegates marked the 30th anniversary of the founding "
                     f"of the {NET} in Quito.", "1994", id="anniversary-of-the-founding"),
    ],
)
def test_an_anniversary_counts_back_to_the_founding(text: str, founded: str) -> None:
    assert _founded(text)[NET] == founded


def test_an_anniversary_of_something_else_is_not_the_founding() -> None:
    text = (f"Date: 4 March 2024\nOn the 10th anniversary of the treaty, Lakeside Polytechnic "
            f"joined the {NET}.")
    assert _founded(text)[NET] is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Date: 4 May 2017\nThe minister attended the inaugural meeting of the {NET} "
                     f"held at Lakeside Polytechnic in Quito, capital of Ecuador, April 29, 2017.",
                     id="inaugural-meeting-date-far-after"),
        pytest.param(f"Date: 4 May 2017\nThe launch ceremony of the {NET} took place at Lakeside "
                     f"Polytechnic on 29 April 2017.", id="launch-ceremony"),
    ],
)
def test_an_inaugural_meeting_or_launch_dates_the_founding(text: str) -> None:
    assert _founded(text)[NET] == "2017-04-29"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Date: 4 May 2017\nOn 29 April, rectors of nine universities met in Quito. "
                     f"They signed a charter together. This marked the official establishment of "
                     f"the {NET}.", id="this-marked-the-establishment"),
        pytest.param(f"Date: 4 May 2017\nOn the morning of 29 April, rectors gathered in Quito. "
                     f"There the {NET} was formally launched by nine universities.",
                     id="formally-launched"),
    ],
)
def test_a_founding_sentence_without_a_date_takes_its_scenes(text: str) -> None:
    assert _founded(text)[NET] == "2017-04-29"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Date: 4 May 2017\nOn 29 April, rectors of nine universities met in Quito. "
                     f"They discussed the work for the establishment of the {NET}.",
                     id="work-for-the-establishment"),
        pytest.param(f"Date: 4 May 2017\nOn 29 April, rectors of nine universities met in Quito. "
                     f"They agreed on plans to prepare the launch of the {NET}.",
                     id="plans-to-prepare-the-launch"),
    ],
)
def test_work_towards_a_founding_does_not_date_it(text: str) -> None:
    assert _founded(text).get(NET) is None


def test_a_founding_over_a_span_of_days_is_dated_by_its_month() -> None:
    text = (f"Date: 4 May 2017\nThe {NET} was established at a congress in Quito from 3 to 5 "
            f"April 2017.")
    assert _founded(text)[NET] == "2017-04"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Date: 20 July 2014\nOn July 9, 2014, nine colleges of Quito signed the "
                     f"charter of the jointly initiated {NET} at Lakeside Polytechnic.",
                     id="jointly-initiated"),
        pytest.param(f"Date: 20 July 2014\nOn 9 July 2014 the {NET}, initiated by nine colleges "
                     f"of Quito, held its first assembly.", id="initiated-by"),
    ],
)
def test_an_initiation_dated_by_its_sentences_opening(text: str) -> None:
    assert _founded(text)[NET] == "2014-07-09"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Date: 2023-03-28\nThe {NET}, initiated by Lakeside Polytechnic, Pampas "
                     f"Technical College and the University of the Coast, recently held its 2023 "
                     f"annual meeting.", id="year-qualifying-a-noun"),
        pytest.param(f"date 2023-03-28 QUITO, March 28 - The {NET}, set up by three colleges, "
                     f"met in Quito.", id="the-date-line"),
    ],
)
def test_the_page_date_or_a_meetings_year_does_not_date_a_founding(text: str) -> None:
    assert _founded(text)[NET] is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"The {NET}, of which Lakeside Polytechnic is a founding member, held its "
                     "forum in Hanoi on 3 March 2024.", id="a-founding-member"),
        pytest.param(f"The founding president of the {NET} spoke in Lima on 4 May 2023.",
                     id="a-founding-president"),
    ],
)
def test_a_founding_role_does_not_date_the_founding(text: str) -> None:
    assert _founded(text)[NET] is None
