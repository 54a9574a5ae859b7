"""A small hand-built database whose report numbers the tests work out by hand.

The story (home: Home Polytechnic, in China; C-numbers are cooperation
records, E-numbers events, A-numbers alliances):

- A1 member since 2020, executive council member since 2023-11-17 (source S1);
  A2 vice chair "since 2022" (year precision); A3 member since 2023-03;
  A4 council member since 2019, left 2023-06; A5 member since 2024.
  Another organization's membership in A1 must not count.
- E1 forum, 2023-11, Bangkok, we host; Thai College and Kenya Poly attend;
  200 participants (S2). E2 seminar "2023", Shenzhen, we attend with the
  German University. E3 training 2023-05-10, we organise and speak, 40
  participants, a Chinese college attends. E4 meeting 2022-09-01 in Germany,
  we attend. E5 2023-12 in the USA without us (S5). E6 undated, we attend.
- C1 training with Kenya Poly from 2023-07, 30 people. C2 MoU with Thai
  College 2021-05-01 to 2024-04-30. C3 MoU with the Italian University from
  2023-09 to 2028 (S3). C4 exchange with Russia (no partner) in 2023, 12
  people. C5 student mobility with the German University 2019-2020.
  C6 exchange with the Chinese college from 2023-02, 5 people.
- Figures: 57 Belt and Road countries as of 2023 (S4); at least 1,600
  trainees as of 2023-10; 40 experts in 2023; 10 countries as of 2022.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.conftest import as_template, fill_from, new_database
from tracker.dates import parse_partial_date
from tracker.db import make_engine, session_scope
from tracker.models import Cooperation, CooperationKind, Source
from tracker.services import resolve
from tracker.services.alliance import add_alliance
from tracker.services.event import add_event, add_participant
from tracker.services.figure import add_figure
from tracker.services.membership import add_membership, change_role, end_membership
from tracker.services.organization import add_organization

HOME = "Home Polytechnic"


@dataclass(frozen=True)
class Built:
    url: str
    home_id: int
    sources: dict[str, int]


def _source(db, label: str, published: str) -> Source:  # type: ignore[no-untyped-def]
    source = Source(
        title=f"News {label}", url=f"https://news.example/{label}", publisher="Home News"
    )
    source.published = parse_partial_date(published)
    db.add(source)
    return source


def _cooperation(
    db,
    home,
    kind,
    start,
    end=None,
    partner=None,
    country=None,  # type: ignore[no-untyped-def]
    headcount=None,
    title=None,
    source=None,
) -> None:
    record = Cooperation(
        organization=home,
        partner=partner,
        country=resolve.country(db, country) if country else None,
        kind=kind,
        title=title or f"{kind.value} {start}",
        headcount=headcount,
        source=source,
    )
    record.start = parse_partial_date(start)
    record.end = parse_partial_date(end) if end else None
    db.add(record)


def build(url: str) -> Built:
    """Write the story above into the (migrated, empty) database at `url`."""
    engine = make_engine(url)
    with session_scope(engine, actor="test", command="pytest") as db:
        s = {
            label: _source(db, label, f"2023-{i + 1:02d}")
            for i, label in enumerate(["S1", "S2", "S3", "S4", "S5"])
        }
        home = add_organization(db, HOME, kind="college", country="CN", is_home=True)
        thai = add_organization(db, "Thai College", country="TH")
        kenya = add_organization(db, "Kenya Poly", country="KE")
        german = add_organization(db, "German University", country="DE")
        chinese = add_organization(db, "Chinese College", country="CN")
        italian = add_organization(db, "Italian University", country="IT")
        american = add_organization(db, "American College", country="US")
        a1, a2, a3, a4, a5 = (add_alliance(db, f"Alliance {n}") for n in range(1, 6))
        add_membership(db, home, a1, "member", "2020")
        change_role(db, home, a1, "executive_council_member", "2023-11-17", source=s["S1"])
        add_membership(db, home, a2, "vice_chair", "2022")
        add_membership(db, home, a3, "member", "2023-03")
        add_membership(db, home, a4, "council_member", "2019")
        end_membership(db, home, a4, "2023-06")
        add_membership(db, home, a5, "member", "2024")
        add_membership(db, thai, a1, "chair", "2015")

        e1 = add_event(
            db,
            "Forum <b>Bangkok</b>",
            "forum",
            "2023-11",
            city="Bangkok",
            country="TH",
            participants_count=200,
            source=s["S2"],
        )
        add_participant(db, e1, home, "host")
        add_participant(db, e1, thai, "attendee")
        add_participant(db, e1, kenya, "attendee")
        e2 = add_event(db, "Seminar", "seminar", "2023", city="Shenzhen", country="CN")
        add_participant(db, e2, home, "attendee")
        add_participant(db, e2, german, "attendee")
        e3 = add_event(
            db,
            "Training week",
            "training",
            "2023-05-10",
            city="Shenzhen",
            country="CN",
            participants_count=40,
        )
        add_participant(db, e3, home, "organizer")
        add_participant(db, e3, home, "speaker")
        add_participant(db, e3, chinese, "attendee")
        e4 = add_event(db, "Annual meeting", "meeting", "2022-09-01", city="Berlin", country="DE")
        add_participant(db, e4, home, "attendee")
        e5 = add_event(db, "Not ours", "forum", "2023-12", country="US", source=s["S5"])
        add_participant(db, e5, american, "host")
        e6 = add_event(db, "Undated visit", "visit")
        add_participant(db, e6, home, "attendee")

        _cooperation(db, home, CooperationKind.TRAINING, "2023-07", partner=kenya, headcount=30)
        _cooperation(db, home, CooperationKind.MOU, "2021-05-01", "2024-04-30", partner=thai)
        _cooperation(
            db, home, CooperationKind.MOU, "2023-09", "2028", partner=italian, source=s["S3"]
        )
        _cooperation(db, home, CooperationKind.EXCHANGE, "2023", country="RU", headcount=12)
        _cooperation(db, home, CooperationKind.STUDENT_MOBILITY, "2019", "2020", partner=german)
        _cooperation(db, home, CooperationKind.EXCHANGE, "2023-02", partner=chinese, headcount=5)

        add_figure(
            db,
            HOME,
            "countries",
            57,
            as_of="2023",
            statement="cooperation with 57 Belt and Road countries",
            source=s["S4"],
        )
        add_figure(
            db,
            HOME,
            "trainees",
            1600,
            bound="at_least",
            as_of="2023-10",
            statement="=trained more than 1,600 people",
        )
        add_figure(db, HOME, "experts", 40, as_of="2023", statement="40 experts")
        add_figure(db, HOME, "countries", 10, as_of="2022", statement="10 countries")
        db.flush()  # ids for the test's expectations
        built = Built(url, home.id, {label: source.id for label, source in s.items()})
    engine.dispose()
    return built


@pytest.fixture(scope="session")
def built_template(template: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        tuple[str, Built]]:
    """The story built once per run, as a template database, with its ids."""
    with new_database(template, tmp_path_factory.mktemp("built")) as url:
        made = build(url)
        yield as_template(url), made


@pytest.fixture
def built(db_url: str, built_template: tuple[str, Built]) -> Built:
    """The hand-built database of this module's docstring, copied into this test's database."""
    template, made = built_template
    fill_from(db_url, template)
    return Built(db_url, made.home_id, made.sources)
