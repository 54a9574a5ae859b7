"""`literal_alternation` matches what the plain longest-first alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from tracker.extract.en.alternation import first_letters, literal_alternation

# Words that are prefixes of one another, share beginnings, or hold regex characters.
WORDS = ["Dean", "Deanery", "Deputy", "Dep.", "Vice", "Vice-Dean", "Vice-Director", "Director",
         "Director-General", "dean", "Co-Chair", "Chair", "Chairman", "a+b", "(x)", "D"]


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _assert_same_matches(plain: re.Pattern[str], other: re.Pattern[str], pieces: list[str],
                         seed: int) -> None:
    """Both patterns find the same spans and groups in 300 random texts of the pieces."""
    chooser = random.Random(seed)
    for _ in range(300):
        text = "".join(chooser.choice(pieces) for _ in range(10))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in other.finditer(text)] == expected, text


@pytest.mark.parametrize("seed", range(5))
def test_same_matches_as_the_plain_alternation(seed: int) -> None:
    # A group after the words: where the longest word leaves it no match, a shorter one is
    # tried, as in the plain alternation.
    plain = re.compile(rf"(?:{_plain(WORDS)})(?P<after>-?[A-Z]\w*)?\b")
    tree = re.compile(rf"(?:{literal_alternation(WORDS)})(?P<after>-?[A-Z]\w*)?\b")
    _assert_same_matches(plain, tree, [*WORDS, " ", "-", "x", "ery", "General", "man"], seed)


@pytest.mark.parametrize(("words", "text", "found"), [
    (["Vice", "Vice-Rector", "Rector"], "the Vice-Rector and the Rector", ["Vice-Rector", "Rector"]),
    (["Dr.", "Dr", "Drs"], "Dr. Roe, Drs Lee and Dr Poe", ["Dr.", "Drs", "Dr"]),
])
def test_longest_word_at_a_position_wins(words: list[str], text: str, found: list[str]) -> None:
    assert re.findall(literal_alternation(words), text) == found


def test_a_single_word_is_written_as_itself() -> None:
    assert literal_alternation(["Dean"]) == "Dean"


@pytest.mark.parametrize("text", ["Twenty-Five delegates and a DOZEN guests came.",
                                  "one hundred and eleven members, fifteen new"])
def test_lower_case_words_stay_exact_under_ignorecase(text: str) -> None:
    words = ["one hundred", "one", "a dozen", "dozen", "eleven", "fifteen", "five", "twenty"]
    plain = re.compile(rf"\b(?:{_plain(words)})\b", re.I)
    tree = re.compile(rf"\b(?:{literal_alternation(words)})\b", re.I)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("seed", range(3))
def test_first_letters_lookahead_keeps_the_matches(seed: int) -> None:
    # A pattern opening with \b finds the same matches with the lookahead before it.
    plain = re.compile(rf"\b(?:{_plain(WORDS)})\s*\w*")
    ahead = re.compile(rf"{first_letters(WORDS)}\b(?:{_plain(WORDS)})\s*\w*")
    _assert_same_matches(plain, ahead, [*WORDS, " ", "-", "x", "(", "a", "Z"], seed)


def test_first_letters_names_each_first_letter_once_escaped() -> None:
    assert first_letters(["Dean", "Dr", "vice", "(x)"]) == r"(?=[\(Dv])"
    assert re.match(first_letters(["Rector", "dean"]), "dean")
    assert not re.match(first_letters(["Rector", "dean"]), "Dean")
