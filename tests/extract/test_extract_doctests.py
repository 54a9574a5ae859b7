"""The examples in the extractor's docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import tracker.extract

# Every module of the core and of each language's rule set (walk_packages descends into
# en/ and zh/), and the vocabulary the rules read.
MODULES = sorted(m.name for m in pkgutil.walk_packages(tracker.extract.__path__,
                                                       "tracker.extract."))


@pytest.mark.parametrize("name", ["tracker.extract", "tracker.vocab", *MODULES])
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
