"""Hard-wrapped text (e-mail, plain-text releases) reads like one paragraph per line."""

from __future__ import annotations

import textwrap

from tracker.extract import extract_text
from tracker.extract.text import paragraphs, split_sentences

ONE_LINE = (
    "On March 5, 2024, Lotus Bay College officially joined the Pearl River Skills Alliance "
    "as a council member. The alliance now has 48 member institutions from 9 countries, "
    "and its secretariat is hosted by Harbour Technical Institute in Zhuhai."
)
HEADED = ("Lotus Bay College Joins the Pearl River Skills Alliance as a Council Member of the "
          "Alliance\nDate: 2024-03-06\n\n")


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


def test_a_wrapped_paragraph_gives_the_same_sentences_as_one_line() -> None:
    for width in (60, 72, 100):
        wrapped = HEADED + "\n".join(textwrap.wrap(ONE_LINE, width))
        assert _texts(wrapped) == _texts(HEADED + ONE_LINE), width


def test_sentence_offsets_still_point_into_the_original_text() -> None:
    wrapped = HEADED + "\n".join(textwrap.wrap(ONE_LINE, 60))
    for sentence in split_sentences(wrapped):
        assert wrapped[sentence.start:sentence.end].replace("\n", " ") == sentence.text


def test_headlines_dates_and_separate_paragraphs_stay_apart() -> None:
    text = ("Alliance Council Meets in Zhuhai\nMarch 6, 2024\n\nFirst paragraph ends here.\n\n"
            "Second paragraph.")
    assert _texts(text) == ["Alliance Council Meets in Zhuhai", "March 6, 2024",
                            "First paragraph ends here.", "Second paragraph."]


def test_a_list_of_short_lines_is_not_read_as_wrapped() -> None:
    names = ["Tsinghua University", "Fudan University", "Huaqiao University",
             "Peking University", "Zhejiang University"]
    assert _texts("Members:\n" + "\n".join(names)) == ["Members:", *names]


def test_long_unwrapped_lines_join_only_an_evident_continuation() -> None:
    long_line = "x " * 150 + "joined the alliance as a"
    text = f"{long_line}\ncouncil member.\nNext Line Is A Heading\nAnother line"
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == [
        f"{long_line}\ncouncil member.", "Next Line Is A Heading", "Another line"]


def test_wrapped_article_yields_the_same_facts() -> None:
    article = HEADED + ONE_LINE
    wrapped = HEADED + "\n".join(textwrap.wrap(ONE_LINE, 64))
    assert wrapped.count("\n") > 4

    def facts(text: str) -> dict[str, object]:
        data = extract_text(text).to_json()
        for items in data.values():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    item.pop("evidence", None)
        return data

    assert facts(wrapped) == facts(article)
    assert facts(wrapped)["memberships"][0]["role"] == "council_member"


def test_a_line_broken_after_a_hyphen_goes_on() -> None:
    for text in ("The college joined the Andes Network (AND-\nQA), a quality body, in 2021.",
                 "Delegates came from Guinea-\nBissau and Peru to the meeting in Lima."):
        assert len(paragraphs(text)) == 1, text


def test_a_first_line_at_the_full_width_goes_on() -> None:
    """The width is the longest line when the others sit just under it."""
    body = ("On November 15, the Sahel Universities Alliance of West African Colleges held its "
            "annual meeting at the Niamey campus of Lakeside Polytechnic. " * 4)
    for width in (70, 76, 90):
        lines = textwrap.wrap(body, width)
        assert len(paragraphs("\n".join(lines))) == 1, width
