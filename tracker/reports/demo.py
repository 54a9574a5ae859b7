"""The end of `make demo`: the home institution's 2023 report, written and summarised."""

from __future__ import annotations

from tracker.migrate import PROJECT_ROOT

DEMO_YEAR = 2023


def write_demo_report(url: str, year: int = DEMO_YEAR) -> None:
    """Write the home organization's yearly report (xlsx, html) to reports/ and print its summary.

    Same as `tracker --db URL report yearly --year 2023 -f xlsx -f html`
    followed by `tracker --db URL report yearly --year 2023`, without building it twice.
    """
    from tracker.db import make_engine, session_scope
    from tracker.errors import NotFound
    from tracker.reports.output import write_report
    from tracker.reports.render_text import print_summary
    from tracker.reports.yearly import build_yearly
    from tracker.services.organization import home

    engine = make_engine(url)
    try:
        with session_scope(engine) as db:
            organization = home(db)
            if organization is None:
                raise NotFound("no home organization in the demo database")
            report = build_yearly(db.connection(), organization.id, year)
    finally:
        engine.dispose()
    for fmt in ("xlsx", "html"):
        print(f"Wrote {write_report(report, fmt, PROJECT_ROOT / 'reports')}")
    print_summary(report)
