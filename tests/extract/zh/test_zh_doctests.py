"""The examples in the Chinese rule set's docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import tracker.extract.zh

MODULES = sorted(m.name for m in pkgutil.iter_modules(tracker.extract.zh.__path__,
                                                      "tracker.extract.zh."))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
