"""Random text and random HTML never crash the extractor, and always validate."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract import extract_text
from tracker.extract.facts import problems
from tracker.extract.reader import UnreadableInput, decode_bytes

WORDS = st.sampled_from([
    "University", "Alliance", "joined", "the", "of", "as", "a", "council", "member", "on",
    "May", "3", "2021", "over", "40", "countries", "Kenyan", "Dr.", "Li", "Wei", ",", ".",
    "President", "held", "in", "Lima", "forum", "(AUA)", "Network", "initiated", "by", "and",
    "\n", "Date:", "2022-05-03", "“", "”", "more", "than", "1,600", "experts", "our",
])
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=120).map(" ".join))
TAGS = st.sampled_from(["p", "div", "span", "script", "nav", "footer", "h1", "article", "a"])


@st.composite
def html_pages(draw) -> str:
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(TAGS)
        parts.append(f"<{tag}>{draw(TEXT)}</{tag}>")
    parts.append("</body></html>")
    return "".join(parts)


def _assert_valid(text: str) -> None:
    facts = extract_text(text).to_json()
    json.dumps(facts)
    assert problems(facts) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_random_text_gives_valid_facts(text: str) -> None:
    _assert_valid(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages())
def test_random_html_gives_valid_facts(html: str) -> None:
    try:
        document = decode_bytes(html.encode("utf-8"))
    except UnreadableInput:  # NUL or many control bytes: refused as binary, cleanly
        assert any(ord(c) < 32 and c not in "\t\n\r\x0b\x0c" or c == "\x7f" for c in html)
        return
    _assert_valid(document.text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_are_read_or_refused_cleanly(data: bytes) -> None:
    try:
        document = decode_bytes(data)
    except UnreadableInput:
        return
    _assert_valid(document.text)
