"""Reports in Chinese: the message catalog, the language default, locale formats, the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.reports.i18n import Labels, default_language, labels_for

REPORTS = Path(__file__).parents[2] / "tracker" / "reports"
# a snake_case code shown to people (figure_code, events_held, joint_programme)
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def _messages() -> set[str]:
    """Every message the report code and templates mark for translation."""
    from babel.messages.extract import extract_from_dir

    method_map = [("**.py", "python"), ("**/templates/**.j2", "jinja2")]
    keywords = {"_": None, "N_": None, "gettext": None}
    return {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(REPORTS), method_map=method_map, keywords=keywords
        )
    }


def test_every_message_of_the_reports_has_a_chinese_translation() -> None:
    from babel.messages.pofile import read_po

    with (REPORTS / "locale" / "zh" / "LC_MESSAGES" / "tracker.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    messages = _messages()
    assert len(messages) > 50
    assert sorted(messages - set(translated)) == []
    # placeholders survive translation: "{organization}" must stay "{organization}"
    for message in messages:
        assert set(re.findall(r"{\w+}", translated[message])) == set(re.findall(r"{\w+}", message))


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_GB.UTF-8"}, "zh"),
        ({"TRACKER_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"TRACKER_LANG": "zh"}, "zh"),
    ],
)
def test_the_default_language_follows_the_setting_then_the_locale(environ, expected) -> None:  # type: ignore[no-untyped-def]
    assert default_language(environ) == expected


def test_numbers_and_dates_in_the_locale() -> None:
    zh, en = Labels("zh"), Labels("en")
    assert (zh.number(12345), en.number(12345)) == ("12,345", "12,345")
    assert zh.percent(0.0512) == "5.1%"
    assert zh.partial_date("2024-03-09") == "2024年3月9日"
    assert (zh.partial_date("2024-03"), zh.partial_date("2024")) == ("2024年3月", "2024年")
    assert en.partial_date("2024-03") == "2024-03"  # ISO: unambiguous in every office
    assert zh.partial_date("not a date") == "not a date"
    assert (zh.month(2), en.month(2)) == ("2月", "Feb")


def test_english_words_and_signs_written_out_are_babels() -> None:
    """English reports skip Babel: the month names and number signs they use instead must be
    what Babel's CLDR data says for English."""
    from babel.dates import get_month_names
    from babel.numbers import get_decimal_symbol, get_group_symbol

    english = Labels("en")
    cldr = get_month_names("abbreviated", locale="en")
    assert [english.month(m) for m in range(1, 13)] == [cldr[m] for m in range(1, 13)]
    assert (get_group_symbol("en"), get_decimal_symbol("en")) == (",", ".")
    assert english.number(1234567.25) == "1,234,567.25" and english.percent(0.5) == "50.0%"


def test_kinds_and_roles_take_the_vocabulary_words() -> None:
    from tracker.vocab import CooperationKind, EventKind, ParticipantRole

    zh = labels_for("zh")
    assert zh.code(CooperationKind, "joint_programme") == "合作办学"
    assert zh.code(EventKind, "forum") == "论坛"
    assert zh.code(ParticipantRole, "host, speaker") == "主办, 发言"
    assert zh.code(EventKind, "a kind users made up") == "a kind users made up"
    assert zh.role("Vice chair") == "副理事长单位"
    assert zh.role("Honorary patron") == "Honorary patron"  # a role users added


def test_an_unknown_language_is_bad_input(cli, built, assert_refused, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = ["report", "yearly", "--year", "2023", "--lang", "fr", "--out", str(tmp_path)]
    assert_refused(cli, args, 2, "Error: Invalid value for --lang: 'fr' is not one of en, zh")


def test_the_terminal_summary_in_chinese(cli, built) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "yearly", "--year", "2023", "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "Home Polytechnic 2023年度国际合作报告" in result.output
    assert re.search(r"合作国家数\s+│\s+5\s+│\s+2\s+│\s+3", result.output)
    assert "年末担任职务：常务理事单位" in result.output


def test_tracker_lang_sets_the_default(cli, built, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRACKER_LANG", "zh")
    result = cli("report", "metrics", "--from", "2022", "--to", "2023")
    assert result.exit_code == 0, result.output
    assert "Home Polytechnic 国际化指标（2022—2023年）" in result.output


def test_the_chinese_markdown_has_no_code_and_no_english_heading(cli, built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    args = ["report", "yearly", "--year", "2023", "--lang", "zh", "-f", "md"]
    result = cli(*args, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "home-polytechnic-yearly-2023.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert "## 主要数据" in headings and "## 本年在执行的合作项目" in headings
    assert all(not re.search(r"[A-Za-z]{3}", line) for line in headings[1:])
    assert "| 合作国家数 | 5 | 2 | 3 |" in text
    assert "| 培训 |" in text  # the cooperation kind "training" in words
    assert "2023年11月17日" in text  # a date at day precision, the Chinese way
    assert SNAKE.findall(text) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    "report",
    [
        ["yearly", "--year", "2023"],
        ["metrics", "--from", "2021", "--to", "2023"],
        ["alliances"],
        ["countries", "--year", "2023"],
    ],
    ids=lambda args: args[0],
)
def test_no_snake_case_code_in_html_or_markdown(cli, built, tmp_path, lang, report) -> None:  # type: ignore[no-untyped-def]
    args = ["report", *report, "--lang", lang, "-f", "md", "-f", "html"]
    result = cli(*args, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    markdown = next(tmp_path.glob("*.md")).read_text(encoding="utf-8")
    page = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    # what a reader sees of the page: its text, not its tags, attributes or style sheet
    body = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.DOTALL)
    assert SNAKE.findall(markdown) == []
    assert SNAKE.findall(body) == []
    assert "Mous" not in markdown and "Figure code" not in body
