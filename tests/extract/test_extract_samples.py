"""A corpus of small hand-written articles, each with the facts it must yield.

One parametrized test runs them all (ids are the sample names). The samples
are written for these tests; they are not copies of real articles.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

T1 = """Home > News > International Exchange
Our College Elected Vice-Chairman Unit of the China-ASEAN Vocational Education Alliance
Release time: 2024-06-12  Views: 512

Recently, the second council meeting of the China-ASEAN Vocational Education Alliance was held in Nanning. Wuzhou Vocational and Technical College (WZVTC) was elected as the vice-chairman unit of the Alliance, and Vice President Huang Ming attended the meeting on behalf of the college.
Established in 2019 by Guangxi Vocational University as the leading unit, the Alliance now has 138 member units from China and 10 ASEAN countries, including Vietnam, Thailand, Malaysia, Cambodia and the Philippines. Liuzhou Polytechnic became a standing director unit, while Nanning College of Technology and Hezhou University were among the first batch of members.
On the 10th, the Alliance also signed cooperation agreements with the Ministry of Labour of Cambodia. More than 300 teachers and 1,200 students will take part in exchange programs over the next three years.
WZVTC joined the Alliance in 2020 and has since trained over 500 Vietnamese technicians.
"""

T2 = """University of Westbrook joins European Technical Universities Network

12 March 2019

Skip to main content | Search | Menu

The University of Westbrook has been admitted as a full member of the European Technical Universities Network (ETUN), the university announced on Monday. The decision was taken at the ETUN General Assembly in Lisbon on 8 March, attended by rectors from 31 member universities in 14 countries.

"Joining ETUN gives our students access to partners across Europe," said Professor Maria Lindqvist, Rector of the University of Westbrook. The network, founded in 2004 by the Technical University of Delft and the Politecnico di Milano, runs about 60 joint programmes and supports 2,500 exchange students a year. Westbrook had been an associate member since 2016.

The next assembly will be held in Vienna in March 2020.

Contact: press office, tel. 4471 2290 | © 2019 University of Westbrook
"""

T3 = """Alliance news
Date: 2022-10-20

The Andean Higher Education Consortium held its annual council meeting at Quito on October 18. Pacific Coast University, the chair unit of the Consortium, presented the work report, and Sierra Technical College was elected as an observer. The secretariat of the Consortium is hosted by Highland University.
Founding members include Pacific Coast University, Highland University and Valley Institute of Technology. The consortium now counts 27 member institutions across Peru, Ecuador and Bolivia, and organised 14 joint courses for more than 900 trainees in 2021.
Lucas Mendoza, President of Highland University, said the group would welcome new partners next year.
"""

T4 = """About Us | Admissions | Research | International | 中文 | Search
You are here: Home > International > News
Vice President Leads Delegation to Egypt and Jordan
Author: International Office   Time: 2024-04-02   Views: 1,203

From March 24 to 30, a five-member delegation led by Vice President Zhao Lin visited Egypt and Jordan at the invitation of partner universities. In Cairo, the delegation met Dr. Ahmed Hassan, President of Nile Valley University, and the two sides signed a memorandum of understanding on joint training of engineering students. The university also took part in the 3rd China-Arab Higher Education Dialogue held in Amman on March 28, which gathered 120 representatives from 18 Arab countries and 35 Chinese universities.
Since 2015, our university has enrolled more than 600 students from Arab states and set up 2 Luban Workshops abroad. It joined the China-Arab University Alliance in 2018 and became a council member unit in 2022.
The Alliance was established in 2016 and currently has 114 members.
Copyright © 2024 Eastern Polytechnic University. All rights reserved. Tel: 0755-12345678
"""

SAMPLES = {
    "joined-as-council-member": (
        "Home > News > Content\n"
        "Northfield Polytechnic Joins the Coastal Vocational Education Alliance\n"
        "Date: Mar 4, 2024\n"
        "On March 2, Northfield Polytechnic officially joined the Coastal Vocational Education "
        "Alliance as a council member unit at the alliance's annual meeting held in Ningbo. "
        "Founded in 2019, the Alliance now has 86 members from 12 countries.",
        {
            "published": "2024-03-04",
            "memberships": {("Northfield Polytechnic", "Coastal Vocational Education Alliance",
                             "council_member")},
            "events": {("2024-03-02", "Ningbo")},
            "figures": {(86, "members"), (12, "countries")},
            "alliances": {"Coastal Vocational Education Alliance"},
        },
    ),
    "coordinated-passive-role": (
        "On 12 May, Harbour Technical Institute was invited to the founding meeting of the "
        "Pearl River Skills Alliance in Zhuhai, and was elected as the alliance's vice chair "
        "unit. Lotus Bay College, which hosted the meeting, was appointed as the secretariat.",
        {
            "memberships": {
                ("Harbour Technical Institute", "Pearl River Skills Alliance", "vice_chair"),
                ("Lotus Bay College", "Pearl River Skills Alliance", "secretariat"),
            },
        },
    ),
    "initiated-by-list": (
        "The Lakeside University Consortium, jointly initiated by Harbor University, "
        "Meadow College and Ridge Institute of Technology, held its first meeting in Nairobi "
        "on 14 June 2022. More than 200 representatives attended.",
        {
            "memberships": {
                ("Harbor University", "Lakeside University Consortium", "lead_member"),
                ("Meadow College", "Lakeside University Consortium", "lead_member"),
            },
            "events": {("2022-06-14", "Nairobi")},
            "figures": {(200, "participants")},
        },
    ),
    "countries-and-adjectives": (
        "Kenyan and Sino-German delegations met Ghanaian partners; teachers from the "
        "UK, Laos and Viet Nam joined a Greek-language class in Hong Kong.",
        {"countries": {"KE", "DE", "GH", "GB", "LA", "VN"}},
    ),
    "future-event-is-not-an-event": (
        "Published: 2021-05-10\n"
        "The seminar was held in Lima on May 8. The next forum will take place in Quito on "
        "June 20, 2021.",
        {"events": {("2021-05-08", "Lima")}, "published": "2021-05-10"},
    ),
    "figures-bounds-and-money": (
        "The fund gave US$3 million to over 40 colleges; nearly 1,200 students and 35 experts "
        "took part in a 5-day programme. Hits: 3021",
        {
            "figures": {(3000000, "other"), (40, "institutions"), (1200, "students"),
                        (35, "experts"), (5, "other")},
            "bounds": {40: "at_least", 1200: "exact"},
        },
    ),
    "ordinals-years-and-names-are-not-figures": (
        "The 10th anniversary forum in 2023 was organised by the 94 Group at No. 18 Main "
        "Street, between the two universities.",
        {"figures": set()},
    ),
    "acronym-and-self-reference": (
        "Riverbend Vocational College (RVC) signed an agreement on 3 May 2023. "
        "In 2020 our college joined the Silk Valley Skills Network. RVC will host the "
        "next meeting.",
        {
            "organizations": {"Riverbend Vocational College"},
            "memberships": {("Riverbend Vocational College", "Silk Valley Skills Network",
                             "member")},
        },
    ),
    "people-with-titles": (
        "Dr. Amara Okafor, Vice Rector of Delta State Polytechnic, and Vice President Chen "
        "Lihua attended the ceremony.",
        {"people": {"Amara Okafor", "Chen Lihua"}},
    ),
    "chinese-college-ranks": (
        T1,
        {
            "published": "2024-06-12",
            "memberships": {
                ("Wuzhou Vocational and Technical College",
                 "China-ASEAN Vocational Education Alliance", "vice_chair"),
                ("Wuzhou Vocational and Technical College",
                 "China-ASEAN Vocational Education Alliance", "member"),
                ("Guangxi Vocational University", "China-ASEAN Vocational Education Alliance",
                 "lead_member"),
                ("Liuzhou Polytechnic", "China-ASEAN Vocational Education Alliance",
                 "executive_council_member"),
                ("Hezhou University", "China-ASEAN Vocational Education Alliance",
                 "founding_member"),
            },
            "events": {("2024-06-10", None)},
            "figures": {(138, "members"), (10, "countries"), (300, "participants"),
                        (1200, "students"), (3, "other"), (500, "trainees")},
            "countries": {"CN", "VN", "TH", "MY", "KH", "PH"},
        },
    ),
    "european-network-admission": (
        T2,
        {
            "published": "2019-03-12",
            "memberships": {
                ("University of Westbrook", "European Technical Universities Network", "member"),
                ("Politecnico di Milano", "European Technical Universities Network",
                 "founding_member"),
            },
            "events": {("2019-03-08", "Lisbon")},
            "figures": {(31, "members"), (14, "countries"), (60, "programs"), (2500, "students")},
            "countries": set(),
        },
    ),
    "consortium-roles": (
        T3,
        {
            "memberships": {
                ("Pacific Coast University", "Andean Higher Education Consortium", "chair"),
                ("Sierra Technical College", "Andean Higher Education Consortium", "observer"),
                ("Highland University", "Andean Higher Education Consortium", "secretariat"),
                ("Valley Institute of Technology", "Andean Higher Education Consortium",
                 "founding_member"),
            },
            "events": {("2022-10-18", "Quito")},
            "figures": {(27, "members"), (14, "programs"), (900, "trainees")},
            "countries": {"PE", "EC", "BO"},
            "people": {"Lucas Mendoza"},
        },
    ),
    "broadcaster-is-not-an-alliance": (
        "The China Global Television Network reported that the Pacific Rim Universities "
        "Network met in Sydney on 4 April 2019.",
        {"alliances": {"Pacific Rim Universities Network"}, "events": {("2019-04-04", "Sydney")}},
    ),
    "delegation-with-footer-publisher": (
        T4,
        {
            "published": "2024-04-02",
            "memberships": {
                ("Eastern Polytechnic University", "China-Arab University Alliance", "member"),
                ("Eastern Polytechnic University", "China-Arab University Alliance",
                 "council_member"),
            },
            "events": {("2024-03-24", None), ("2024-03-28", "Amman")},
            # the delegation's size is a stated quantity (the gold counts "a four member
            # delegation" as participants)
            "figures": {(120, "participants"), (18, "countries"), (35, "institutions"),
                        (600, "students"), (114, "members"), (5, "participants")},
            "countries": {"EG", "JO", "CN"},
            "people": {"Zhao Lin", "Ahmed Hassan"},
        },
    ),
    "empty": ("", {"figures": set(), "events": set(), "countries": set()}),
}


def _got(facts: dict, key: str):
    if key == "memberships":
        return {(m["member"], m["alliance"], m["role"]) for m in facts["memberships"]}
    if key == "events":
        return {(e["date"], e["city"]) for e in facts["events"]}
    if key == "figures":
        return {(f["value"], f["metric"]) for f in facts["figures"]}
    if key == "bounds":
        return {f["value"]: f["bound"] for f in facts["figures"]}
    if key in ("alliances", "organizations", "people"):
        return {item["name"] for item in facts[key]}
    if key == "countries":
        return set(facts["countries"])
    if key == "published":
        return facts["source"]["published"]
    raise KeyError(key)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_sample(name: str) -> None:
    text, expected = SAMPLES[name]
    facts = extract_text(text).to_json()
    for key, want in expected.items():
        got = _got(facts, key)
        if key == "bounds":
            for value, bound in want.items():
                assert got.get(value) == bound, (key, value)
        elif key in ("organizations", "alliances", "people") or isinstance(want, set) and want \
                and key in ("memberships",):
            assert want <= got, (key, got)
        else:
            assert got == want, (key, got)
