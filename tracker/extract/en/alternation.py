"""A regular expression for a list of words that Python's engine reads fast.

`re` tries the branches of "Adviser|Ambassador|...|Vice" one after another at every
position of the text, so a table of a hundred words costs a hundred tries a character.
Written as a tree of shared beginnings ("A(?:dviser|mbassador)|...") it costs one try for
each letter that can still lead to a word.

>>> literal_alternation(["Vice-Rector", "Vice", "Dean"])
'Vice(?:\\\\-Rector|)|Dean'
>>> import re
>>> re.findall(literal_alternation(["Vice", "Vice-Rector"]), "a Vice-Rector")
['Vice-Rector']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A node of the tree: each next letter -> its subtree; "" marks a word ending there.
_Tree = dict[str, "_Tree"]


def literal_alternation(words: Iterable[str]) -> str:
    """The words as one alternation (no group around it), matching what
    "|".join(the words longest first) matches, and at a position where several match, the
    longest, as that one does.

    For case-sensitive patterns, or under re.I for words all lower-case ASCII: otherwise two
    branches "V..." and "v..." could both match where the tree assumes one, and the
    longest-first order would be lost (distinct lower-case ASCII letters never match the
    same character, even under re.I).
    """
    tree: _Tree = {}
    for word in sorted(set(words), key=len, reverse=True):
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _source(tree)


def _source(node: _Tree) -> str:
    # Words matching at one position are prefixes of one another: the longer is tried first,
    # so the branch that ends here ("") comes last.
    branches = [re.escape(letter) + _group(child) for letter, child in node.items() if letter]
    if "" in node:
        branches.append("")
    return "|".join(branches)


def _group(node: _Tree) -> str:
    if node.keys() == {""}:
        return ""  # a word's last letter
    inner = _source(node)
    if "" in node or len(node) > 1:
        return f"(?:{inner})"
    return inner


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first letters of the words (case-sensitive patterns only).

    Put before a pattern that opens with `\\b` or a look-behind, which the engine would try at
    every position, it lets the engine skip ahead to where a match can start.

    >>> first_letters(["Dean", "Dr", "vice"])
    '(?=[Dv])'
    """
    return "(?=[" + "".join(re.escape(c) for c in sorted({word[0] for word in words})) + "])"
