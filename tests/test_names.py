"""Name keys: the same name however it is written, and stable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import text as extract_text
from tracker.names import name_key


def test_equal_spellings():
    assert name_key("The “Belt and Road” Alliance") == name_key("belt and road alliance")
    assert name_key("S.Z.P.U.") == name_key("SZPU")
    assert name_key("Sino-German  College") == "sino german college"


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("“丝路”职业院校合作联盟", "丝路职业院校合作联盟"),
        ("‘丝路’职业院校合作联盟", "丝路职业院校合作联盟"),
        ("《高校国际交流》编辑部", "高校国际交流编辑部"),
        ("「海湾」大学联合会", "海湾大学联合会"),
        ("『海湾』大学联合会", "海湾大学联合会"),
        ("【海湾】大学联合会", "海湾大学联合会"),
        ("海湾大学联合会（筹）", "海湾大学联合会筹"),
        ("海湾大学联合会(筹)", "海湾大学联合会筹"),
        ("阿卜杜拉·哈桑", "阿卜杜拉哈桑"),
        ("滨海 职业 学院", "滨海职业学院"),
        ("滨海\u3000职业学院", "滨海职业学院"),
        ("滨海职业学院，", "滨海职业学院"),
        ("“数字丝路”ＡＩ联盟", "数字丝路ai联盟"),
    ],
    ids=lambda value: value,
)
def test_chinese_quotes_brackets_and_full_width_punctuation_are_ignored(written, plain):
    assert name_key(written) == name_key(plain) == plain


def test_mixed_script_name_keeps_latin_word_spaces():
    assert name_key("Coastal Tech 联盟") == "coastal tech联盟"
    assert name_key("“Coastal Tech”联盟") == name_key("Coastal Tech 联盟")


def test_the_extractor_uses_the_same_key():
    for name in ("The “Lakeside” Polytechnic", "“湖畔”理工学院", "S.T.U. College"):
        assert extract_text.name_key(name) == name_key(name)


@given(st.text(max_size=60))
def test_idempotent(text):
    assert name_key(name_key(text)) == name_key(text)


@given(st.text(alphabet=st.sampled_from("一带路联盟学院“”《》「」（）·、， "), max_size=30))
def test_chinese_punctuation_never_matters(text):
    stripped = "".join(c for c in text if c not in "“”《》「」（）·、， ")
    assert name_key(text) == name_key(stripped)
