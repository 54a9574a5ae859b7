"""The examples in the extractor's docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import tracker.extract

MODULES = sorted(m.name for m in pkgutil.iter_modules(tracker.extract.__path__,
                                                      "tracker.extract."))


@pytest.mark.parametrize("name", ["tracker.extract", *MODULES])
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
