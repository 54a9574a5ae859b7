"""Reference data is generated from maintained sources, not typed by hand."""

from __future__ import annotations

import csv

import pycountry
import pytest

from tests.conftest import SHARED
from tracker.migrate import PROJECT_ROOT, REFERENCE_DATA

SEEDS = PROJECT_ROOT / "seeds"  # the scripts that build the reference data


def _rows(name):  # type: ignore[no-untyped-def]
    with (REFERENCE_DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_countries_are_exactly_pycountry():
    rows = _rows("countries.csv")
    assert {r["alpha2"] for r in rows} == {c.alpha_2 for c in pycountry.countries}
    assert all(pycountry.countries.get(alpha_2=r["alpha2"]).alpha_3 == r["alpha3"] for r in rows)


def test_belt_and_road_rows_keep_their_sources():
    rows = _rows("belt_and_road.csv")
    assert len(rows) == 155
    assert all(r["source"] for r in rows)
    assert {r["iso2"] for r in rows if r["left"]} == {"IT", "PA"}


@pytest.mark.skipif(not (SHARED / "data").exists(), reason="../shared/data is absent")
def test_belt_and_road_seed_is_current_with_shared_data():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", SEEDS / "build_belt_and_road.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build_rows(SHARED / "data") == _rows("belt_and_road.csv")
