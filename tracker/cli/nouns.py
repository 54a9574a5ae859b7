"""The help of the root"s command groups: one definition, read by each group"s module
(`typer.Typer(help=GROUP_HELP["org"])`) and by `tracker --help`, which lists the groups
without importing their modules (each builds its commands" declarations: 15-40 ms of
the page together).
"""

from __future__ import annotations

GROUP_HELP: dict[str, str] = {
    "org": "Organizations: universities, colleges, companies, government bodies.",
    "report": "Reports: the yearly cooperation report, metrics, alliances, countries.",
    "alliance": "Alliances: consortia, leagues, networks of institutions.",
    "member": "Memberships of organizations in alliances, and their roles over time.",
    "event": "Events: meetings, forums, seminars, trainings, visits, and participants.",
    "person": "People: a name, a title, an organization.",
    "country": "Countries (ISO 3166-1): list them, and see our work in one of them.",
    "group": "Country groups and the dates their members joined and left.",
    "coop": "Cooperation: exchanges, trainings, joint programmes, workshops, research, MoUs.",
    "figure": "Figures: stated quantities, about an organization, an alliance or (as an article "
    "stated them) neither.",
    "source": "Sources: news articles and documents, and the facts they gave.",
    "post": "Posts held by people in organizations and alliances, with dates.",
    "standard": "Standards adopted abroad: programme and course standards we developed.",
    "award": "Awards won by our students or teachers at competitions.",
    "site": "Teaching sites abroad: overseas branches, Luban Workshops, joint centres.",
    "db": "The database itself: schema upgrades, exports, backups and restores.",
}
