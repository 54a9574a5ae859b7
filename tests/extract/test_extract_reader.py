from __future__ import annotations

import pytest

from tracker.extract import extract_file, extract_text
from tracker.extract.reader import UnreadableInput, decode_bytes, read_path


def test_empty_file_gives_empty_facts(tmp_path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    facts = extract_file(path).to_json()
    assert facts["organizations"] == [] and facts["events"] == []
    assert facts["source"]["published"] is None


def test_binary_file_is_refused(tmp_path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(UnreadableInput, match="binary"):
        read_path(path)


def test_file_over_the_size_limit_is_refused(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(UnreadableInput, match="larger than"):
        read_path(path, max_bytes=1000)


def test_missing_file_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(UnreadableInput, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_legacy_encodings_are_decoded() -> None:
    latin = "Universidad de Bogotá y la Alianza Pacífico de Universidades, café. " * 5
    assert "Bogotá" in decode_bytes(latin.encode("cp1252")).text
    chinese = "中非职业教育联盟成立大会在淄博举行，来自多个国家的院校代表参加了会议。" * 5
    assert decode_bytes(chinese.encode("gb18030")).text == chinese


def test_html_is_recognised_by_content_and_menus_dropped() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Harbor University joins network</title>"
        "<script>var tracking = 'Kenya';</script></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        "<article><h1>Harbor University joins network</h1>"
        "<p>On 3 May 2022, Harbor University joined the Coastal Universities Network as a "
        "council member. The network has 40 members from Chile, Peru and Ecuador, and it "
        "held its annual meeting in Lima on that day with many guests.</p></article>"
        "<footer>Copyright 2022 Harbor University</footer></body></html>"
    )
    document = decode_bytes(html.encode("utf-8"))
    assert document.is_html
    assert "tracking" not in document.text and "Copyright" not in document.text
    facts = extract_text(document.text).to_json()
    assert {"CL", "PE", "EC"} <= set(facts["countries"]) and "KE" not in facts["countries"]


_NAV = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About Us</a></li>"
        "<li><a href='/n'>News Centre</a></li></ul></nav>")


@pytest.mark.parametrize(("items", "intro"), [
    ("<ul><li>Harbor College</li><li><a href='/c'>Coral Coast College</a> (Fiji)</li></ul>",
     "The Pacific Skills Network welcomed two new member institutions at its assembly:"),
    ("<ol><li>Harbor College</li><li>Coral Coast College</li></ol>",
     "At its meeting in Suva the Pacific Skills Network admitted the following colleges:"),
], ids=["bulleted-with-a-link", "numbered"])
def test_an_html_list_under_a_kept_paragraph_is_read(items: str, intro: str) -> None:
    html = (f"<html><head><title>New members</title></head><body>{_NAV}<article>"
            f"<h1>Network grows</h1><p>{intro}</p>{items}"
            "<p>The network now has 40 members from twelve countries of the Pacific region, "
            "and it will meet again next year in Apia.</p></article></body></html>")
    document = decode_bytes(html.encode("utf-8"))
    assert "Harbor College" in document.text and "Coral Coast College" in document.text
    assert "About Us" not in document.text  # the menu's list is no part of the article
    members = {m.member for m in extract_text(document.text).memberships}
    assert members == {"Harbor College", "Coral Coast College"}


def test_evidence_points_into_the_text() -> None:
    text = "Intro line\nThe forum was held in Accra on 3 May 2022 with over 50 participants."
    facts = extract_text(text).to_json()
    figure = facts["figures"][0]
    ev = figure["evidence"]
    assert text[ev["start"]:ev["end"]].startswith("50")
    assert ev["sentence"] in text


@pytest.mark.parametrize(
    "text",
    [
        "Alpha University Alliance of Beta and Gamma " * 4000,
        "On May 3, 2020 the forum met in Lima with 30 members. " * 3000,
        "Dr. " * 40000,
        "A-" * 80000,
        "Li Wei, President of Harbor University, joined the Sea Alliance as a member. " * 2000,
    ],
    ids=["one-long-name-run", "many-dated-sentences", "abbreviations", "hyphens", "many-people"],
)
def test_large_odd_inputs_finish(text: str) -> None:
    """Long runs of one pattern end with facts (no hang, no error).

    No wall clock is read: the suite's hang guard (pytest-timeout in pyproject.toml) fails
    an input that never ends, and `bench/extract_speed.py --scaling` checks that the time
    grows no faster than the text.
    """
    facts = extract_text(text).to_json()
    assert set(facts) >= {"organizations", "events", "people"}
