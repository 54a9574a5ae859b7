"""Teaching sites of the publisher's abroad: "我校与肯尼亚蒙巴萨理工大学共建的鲁班工坊
正式揭牌", "我院在赞比亚设立的海外分校举行开学典礼".

A sentence states one when the publisher (我校, 我院...) and a site by a word of its kind
(鲁班工坊, 海外分校, 联合培训中心...) open (揭牌, 启用, 成立...) in a country it names. Which
country is the publisher's own the importer knows (the home organization's), as for an
English article: the rule keeps every country named, the placed one first. The partner is
the institution the publisher builds it with (与…共建).
"""

from __future__ import annotations

import re

from tracker.extract.facts import Site
from tracker.extract.text import Sentence
from tracker.extract.zh.dates import DateMention
from tracker.extract.zh.places import find_countries
from tracker.vocab import SiteKind

_SITE = re.compile(r"(?P<name>[^，。；、“”\"的]{0,16}?(?P<kind>鲁班工坊|海外分校|境外分校|海外分院|"
                   r"境外分院|海外学院|境外办学点|海外办学点|分校|分院|联合培训中心|联合中心|"
                   r"合作中心|培训中心))")
_KINDS = {"鲁班工坊": SiteKind.LUBAN_WORKSHOP, "联合培训中心": SiteKind.JOINT_CENTRE,
          "联合中心": SiteKind.JOINT_CENTRE, "合作中心": SiteKind.JOINT_CENTRE,
          "培训中心": SiteKind.JOINT_CENTRE}
_OPENED = re.compile(r"揭牌|启用|成立|落成|开班|开学|开园|正式运营|投入使用|挂牌")
_OURS = re.compile(r"我校|我院|本校|本院")
_PARTNER = re.compile(r"(?:与|和|同|联合)"
                      r"(?P<org>[^，。；、与和]{2,24}?(?:大学|学院|学校|公司|集团|部|局))"
                      r"(?:合作|共同|携手)?(?:共建|建设|设立|建立|开设|打造)")


def find_sites(sentences: list[Sentence], dates: list[list[DateMention]]) -> list[Site]:
    """The publisher's teaching sites abroad the sentences say opened.

    >>> s = Sentence(0, 40, "我校与秘鲁安第斯理工学院共建的鲁班工坊正式揭牌。")
    >>> [(x.name, x.kind, x.country, x.partner) for x in find_sites([s], [[]])]
    [('鲁班工坊', 'luban_workshop', 'PE', '秘鲁安第斯理工学院')]
    """
    return [site for sentence, mentions in zip(sentences, dates, strict=False)
            if (site := _site_in(sentence, mentions)) is not None]


def _site_in(sentence: Sentence, mentions: list[DateMention]) -> Site | None:
    text = sentence.text
    said = _SITE.search(text)
    if said is None or not _OPENED.search(text, said.end()) or not _OURS.search(text):
        return None
    named = sorted(find_countries(text).items(), key=lambda found: found[1])
    if not named:
        return None
    # the host is the country in the site's name (泰国鲁班工坊) or placed by 在 (在老挝设立),
    # else the first one named, with the others kept for the importer
    placed = next((code for code, at in named
                   if said.start("name") <= at < said.end() or text[at - 1:at] == "在"), None)
    country = placed or named[0][0]
    others = () if placed else tuple(code for code, _ in named if code != country)
    partner = _PARTNER.search(text)
    return Site(name=_OURS.sub("", said.group("name")) or said.group("kind"), country=country,
                others=others,
                kind=str(_KINDS.get(said.group("kind"), SiteKind.BRANCH)),
                partner=partner.group("org") if partner else None,
                opened=next((m.iso for m in mentions if m.iso), None),
                evidence=sentence.evidence(sentence.start + said.start(),
                                           sentence.start + said.end()))
