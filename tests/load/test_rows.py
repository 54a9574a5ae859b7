"""A row's values through the CLI's parsers: vocabularies in either language, numbers as
offices write them, several names in one cell, dates in any form the CLI reads."""

from __future__ import annotations

import pytest

from tracker.errors import InvalidInput
from tracker.load.rows import date, names, number, vocabulary
from tracker.vocab import EventKind, Metric, OrganizationKind


@pytest.mark.parametrize(("text", "code"), [
    ("university", "university"), ("University", "university"), ("大学", "university"),
    ("职业院校", "college"), ("Government body", "government"), (" 企业 ", "enterprise"),
])
def test_organization_kinds_by_code_or_label(text: str, code: str) -> None:
    assert vocabulary(OrganizationKind, text, "organization kind") == code


def test_other_vocabularies_read_their_chinese_labels() -> None:
    assert vocabulary(EventKind, "研讨会", "event kind") == "seminar"
    assert vocabulary(Metric, "Trainees", "metric") == "trainees"
    assert vocabulary(Metric, "国家数", "metric") == "countries"
    assert vocabulary(Metric, None, "metric") is None


def test_an_unknown_word_is_refused_with_the_choices() -> None:
    with pytest.raises(InvalidInput, match=r"unknown event kind 'gala'; one of: meeting \(会议\)"):
        vocabulary(EventKind, "gala", "event kind")


@pytest.mark.parametrize(("text", "value", "at_least"), [
    ("57", 57, False), ("1,600", 1600, False), ("1600+", 1600, True), ("40余", 40, True),
    ("12.5", 12.5, False), ("300以上", 300, True),
])
def test_numbers_as_offices_write_them(text: str, value: float, at_least: bool) -> None:
    assert number(text) == (value, at_least)


@pytest.mark.parametrize("text", ["many", "12 or 13", "-3"])
def test_a_word_is_no_number(text: str) -> None:
    with pytest.raises(InvalidInput, match="is not a number"):
        number(text)


def test_several_names_in_one_cell_but_never_split_on_commas() -> None:
    assert names("RTC; 河畔学院、Riverside") == ["RTC", "河畔学院", "Riverside"]
    assert names("University of Arts, Berlin") == ["University of Arts, Berlin"]
    assert names(None) == []


@pytest.mark.parametrize(("text", "iso"), [
    ("2021", "2021"), ("2021年3月", "2021-03"), ("2021-03-09", "2021-03-09"),
    ("March 9, 2021", "2021-03-09"), ("2021年3月9日", "2021-03-09"), (None, None),
])
def test_dates_in_every_form_the_cli_reads(text: str | None, iso: str | None) -> None:
    assert date(text) == iso


def test_a_bad_date_says_the_forms() -> None:
    with pytest.raises(InvalidInput, match="is not a date"):
        date("someday")
