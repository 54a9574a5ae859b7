"""English teaching-site rules: a site of the publisher's opening abroad."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.en.sites import find_sites
from tracker.extract.text import Sentence


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.name, s.kind, s.country, s.partner)
            for s in find_sites([Sentence(0, len(text), text)], publisher="Lakeside College",
                                mentions=[])]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Luban Workshop in Kenya, jointly built by our college and Mombasa Technical "
     "University, was officially opened.",
     ("Luban Workshop in Kenya", "luban_workshop", "KE", "Mombasa Technical University")),
    ("Our overseas branch campus in Zambia was inaugurated with the Copperbelt Mining Group.",
     ("overseas branch campus in Zambia", "branch", "ZM", "Copperbelt Mining Group")),
    ("Lakeside College and Hanoi Industrial College launched the Mekong Joint Training "
     "Centre in Vietnam.",
     ("Mekong Joint Training Centre in Vietnam", "joint_centre", "VN", "Hanoi Industrial College")),
])
def test_a_site_of_ours_opening_abroad_is_read(text: str, expected: tuple[Any, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    "Our college opened a new Luban Workshop laboratory on campus.",  # not abroad
    "The Luban Workshop in Thailand, built by another college, opened in May.",  # not ours
    "Our Luban Workshop in Egypt trained 300 technicians last year.",  # no opening
])
def test_no_site_is_read_at_home_for_others_or_without_an_opening(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "host", "others"), [
    # a college anywhere writes of its campus abroad: China is a host like any other
    ("Our overseas branch campus in China opened with Lanzhou Railway Polytechnic.", "CN", ()),
    # the country right after the site's words is its host, whichever is named first
    ("Built with Chinese support, our Luban Workshop in Egypt opened in Cairo, the first "
     "outside Asia after China and Thailand.", "EG", ()),
    ("Our overseas campus in Nairobi, Kenya, opened with support from China.", "KE", ()),
    ("China's partner in the project, our joint training centre was inaugurated in Ghana.",
     "CN", ("GH",)),
])
def test_the_host_is_the_country_after_the_site_else_the_first_with_the_others(text: str, host: str,
                                                                others: tuple[str, ...]) -> None:
    (site,) = find_sites([Sentence(0, len(text), text)], publisher="Lakeside College",
                         mentions=[])
    assert (site.country, site.others) == (host, others)
