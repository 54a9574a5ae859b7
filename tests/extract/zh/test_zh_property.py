"""The Chinese rule set never fails and always keeps the contract, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import extract_text
from tracker.extract.facts import problems

# Pieces Chinese news are made of, so that generated texts reach the rules.
_PIECES = st.sampled_from([
    "联盟", "大学", "学院", "职业技术学院", "协会", "论坛", "大会", "召开", "举行", "在", "由",
    "牵头", "发起", "加入", "当选", "常务理事单位", "成员单位", "理事长单位", "我校", "该院",
    "学校", "校长", "王明", "来自", "个国家", "余名", "代表", "3", "12", "2024年", "5月",
    "17日", "至", "今年", "三十", "百", "余", "家", "所", "第", "届", "、", "，", "。", "“",
    "”", "（", "）", "\n", " ", "|", "来源：", "德国", "中泰", "香港", "A", "—", "·",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=60).map("".join))
def test_never_fails_and_keeps_the_contract(text: str) -> None:
    facts = extract_text("青山学院新闻。" + text)
    assert problems(facts.to_json()) == []


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x3000, max_codepoint=0x9fff), max_size=300))
def test_any_han_text(text: str) -> None:
    assert problems(extract_text(text).to_json()) == []
