"""Events: a sentence that reports a happening (召开, 举行, 开幕, 揭牌, 签约, 访问…), dated by
its own date, placed by 在<city> and named by the nearest event noun (论坛, 大会, 研讨会…).

Plans (将于…举行) are left out, and so are undated events when the article dates others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tracker.extract.facts import Event
from tracker.extract.text import Sentence
from tracker.extract.zh.context import Article
from tracker.extract.zh.dates import DateMention, is_starting_point, wire_place
from tracker.extract.zh.names import find_names
from tracker.extract.zh.places import cities, country_name_at, country_of
from tracker.extract.zh.words import (
    ACTIVITY_NOUNS,
    ATTEND_VERBS,
    CARRY_OUT_VERB,
    CITY_SHORT_FORMS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FUTURE_MARKS,
)
from tracker.vocab import EventKind

_VERB_RE = re.compile("|".join(sorted((*EVENT_VERBS, *ATTEND_VERBS, CARRY_OUT_VERB), key=len,
                                      reverse=True)))
_ACTIVITY_RE = re.compile("|".join(sorted(ACTIVITY_NOUNS, key=len, reverse=True)))
_EVENT_NOUN_RE = re.compile("|".join(sorted(EVENT_NOUNS, key=len, reverse=True)))
# A verb whose clause goes on to count its happenings reports a tally, not one event:
# "接待来访团组28批次", "举办培训班12期".
_TALLY_AFTER = re.compile(r"[^，,。；;：:]{0,12}?\d+\s*[余多]?(?:人次|批次|批|场次|场|次|期)")
# Activities one attends as an event ("参加…师资培训"), unlike a visit one takes part in.
_ATTENDED_ACTIVITIES = frozenset({"培训", "研修"})
# How far after an attending verb its event's name may end.
ATTENDED_WITHIN_CHARS = 30
# How far before its verb a plan's mark (将于) may stand.
FUTURE_WITHIN_CHARS = 14
# "在东岭召开", "赴塔南蓝湖参加…", "在都柏林与蓝湖大学签署…": the place before the verb.
_PLACE = re.compile(r"(?:在|赴|前往)(?P<place>[\u4e00-\u9fff·、]{1,16}?)"
                    r"(?:与[^，,。；;]{1,24}?)?(?:隆重|正式|成功|顺利|召开|举行|举办|"
                    r"开幕|成立|开启|发布|连线|开班|揭牌|签约|签署|签订|考察|访问|参观|走访|参加|出席|参会)")
# "赴柬埔寨金边，先后走访了…": a place gone to, told before a comma.
_GONE_TO = re.compile(r"(?:赴|前往)(?P<place>[\u4e00-\u9fff·]{2,12}?)(?:[，,]|开展|进行)")
_PROVINCES = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区)|河北|山西|辽宁|吉林|"
                        r"黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
                        r"四川|贵州|云南|陕西|甘肃|青海|广西|内蒙古|宁夏|新疆|西藏)")
_INSTITUTION_AT = re.compile(r"(?:大学|学院|学校|职院|校区)")
_CAMPUS_ELSEWHERE = re.compile(r"校区|分校|分院")
# A foreign city after its country's name: two to seven characters (贝尔格莱德,
# 亚的斯亚贝巴), not a venue.
_FOREIGN_CITY = re.compile(r"[\u4e00-\u9fff]{2,7}")
_NOT_CITY_ENDS = ("中心", "酒店", "大厦", "会馆", "总部", "使馆", "公司", "集团", "部", "馆", "厅")
# A follow-up told at the last event's place: "大会还举行了…", "期间，…", "会上，…" (but "在X
# 会议期间" is another event's time).
_SAME_PLACE = re.compile(r"^(?:同期|期间|其间|随后|同时|会上|会后|会议期间)"
                         r"|^[^，,。在]{0,12}?(?:论坛|大会|年会|峰会|会议|研讨会|培训班|培训|研修|访问|大赛)期间"
                         r"|在[^，,。]{1,12}期间"
                         r"|还(?:举行|举办|召开|进行)")
# A ceremony or a signing on the day of a larger event is part of it (SCHEMA.md).
_SIDE_KINDS = frozenset({EventKind.CEREMONY, EventKind.SIGNING})
# "当日" is the day last written; "随后", "期间", "还举行" the day of the event last told.
# A day written this near a sentence's start dates the event the sentence names.
OPENING_DATE_CHARS = 3
_YEAR_LIST = re.compile(r"(?:(?:19|20)\d\d年?、)+(?:(?:19|20)\d\d年?)?$")
_EVENT_ENDINGS = tuple(EVENT_NOUNS)
_CLAUSE_MARK = re.compile(r"[，,。；;：:]")
_LIST_MARK = re.compile(r"[；;：:]")
# What may follow the event an attending verb names: its name ends there ("出席东岭论坛并致辞"),
# not inside a longer word ("参加峰会城市活动").
_AFTER_ATTENDED = frozenset("，,。；;：:、并和及与”’》）) 的上期后中开闭")
_SAME_DAY = re.compile(r"当日|当天|同日|同天")
_FOLLOW_UP = re.compile(r"随后|会后|期间|还(?:举行|举办|召开|进行)")
# Verbs whose event is a visit whatever the noun near them (a summit's city toured).
_VISIT_VERBS = frozenset(verb for verb, kind in EVENT_VERBS.items() if kind == EventKind.VISIT)
_TO_COUNTRY = re.compile(r"(?:赴|前往|出访|访问|到访)了?")
_DATELINE_AFTER = re.compile(r"\s*(?:电|讯|报道|/|\s*[(（]记者)")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=年|[\u4e00-\u9fff“])")
# A founding told as background (成立于1999年, 经…批准成立) describes the body, no event.
_BACKGROUND = re.compile(r"成立于|批准成立|成立以来|自成立")


@dataclass(frozen=True)
class Found:
    event: Event
    sentence_start: int
    named: bool


@lru_cache(maxsize=1)
def _city_re() -> re.Pattern[str]:
    names = sorted(cities(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def city_of(place: str) -> str | None:
    """The city of a place phrase: 陕西西安 -> 西安; 北京国家会议中心 -> 北京; a campus -> None;
    abroad, what follows the country's name (泰国清迈 -> 清迈).

    >>> city_of("陕西西安"), city_of("京"), city_of("东湖职业技术学院"), city_of("北京、深圳两地")
    ('西安', '北京', None, None)
    >>> city_of("肯尼亚蒙巴萨"), city_of("肯尼亚某大学")
    ('蒙巴萨', None)
    """
    if "、" in place:
        return None
    if place in CITY_SHORT_FORMS:
        return CITY_SHORT_FORMS[place]
    abroad = country_name_at(place)
    if abroad and abroad != "中国":
        rest = place[len(abroad):]
        return rest if _FOREIGN_CITY.fullmatch(rest) and not _INSTITUTION_AT.search(rest) \
            and not rest.endswith(_NOT_CITY_ENDS) else None
    rest = _PROVINCES.sub("", place, count=1)
    match = _city_re().match(rest)
    if not match:
        return None
    if _CAMPUS_ELSEWHERE.search(rest[match.end():]):
        return None  # "北京某大学珠海校区": the campus may be in another city
    return match.group(0)  # "在北京语言大学举行": a college named by its city is in it


def events(article: Article, *, main_alliance: str | None) -> list[Event]:
    """The dated happenings the article reports."""
    found: list[Found] = []
    last_date: str | None = None  # of the last event
    last_written: str | None = None  # the last date written anywhere
    for index, sentence in enumerate(article.sentences):
        dates = [d for d in article.dates[index] if not _is_dateline(article, sentence, d)
                 and not is_starting_point(sentence.text, d.start - sentence.start,
                                           d.end - sentence.start)]
        verb = _first_happening(sentence.text)
        written = next((d.iso for d in dates if d.iso), None)
        if verb is None and not _dated_event_noun(sentence.text, dates, sentence.start):
            last_written = written or last_written
            continue
        # without a verb ("11月19日，…研讨会，以线上形式…") the noun and its date suffice
        at = 0 if verb is None else verb.start()
        before_verb = [d for d in dates if d.start - sentence.start < at] or dates
        # the most precise date before the verb: "10月29日，…2025年会" is dated by the first
        mention = max(before_verb, key=lambda d: len(d.iso or d.month_day or ""), default=None)
        date = mention.iso if mention else None
        if date is None and _SAME_DAY.search(sentence.text):
            date = last_written
        elif date is None and _FOLLOW_UP.search(sentence.text):
            date = last_date
        last_written = written or last_written
        event = _event(article, sentence, verb, date, main_alliance)
        if event.event.city is None and found and _SAME_PLACE.search(sentence.text) \
                and not _places_a_city(sentence.text) and date in (None, last_date):
            # "大会还举行了…论坛": where the last placed event was
            event.event.city = next((f.event.city for f in reversed(found) if f.event.city), None)
        if event.event.date is None:
            event.event.date = _date_from_name(event.event.name, mention)
        if event.event.date:
            last_date = event.event.date
        found.append(event)
        found.extend(_one_per_listed_year(sentence, event))
    _place_by_dateline(article, found)
    _place_by_title(article, found)
    return _fold(found)


def _place_by_title(article: Article, found: list[Found]) -> None:
    """A headline that places the story ("…联盟在京成立") places its first dated event."""
    if not article.sentences or "\n" not in article.text[article.sentences[0].end:][:3]:
        return  # no headline line of its own
    place = _PLACE.search(article.sentences[0].text)
    city = city_of(place.group("place")) if place else None
    first = next((f for f in found if f.event.date and f.sentence_start
                  != article.sentences[0].start), None)
    if city and first is not None and first.event.city is None:
        first.event.city, first.event.country = city, "CN"


def _place_by_dateline(article: Article, found: list[Found]) -> None:
    """A wire story's events are where its dateline is, unless the text places them."""
    place = wire_place(article.text)
    if not place:
        return
    city = next((city_of(place[i:]) for i in range(len(place) - 1) if city_of(place[i:])), None)
    if city is None:
        return
    country = country_of(place) or "CN"
    for f in found:
        if f.event.city is None and f.event.country in (country, None):
            f.event.city, f.event.country = city, country


def _dated_event_noun(text: str, dates: list[DateMention], offset: int) -> bool:
    """A sentence that opens with a day and names an event reports it, verb or not."""
    opening = [d for d in dates if d.month_day and d.start - offset <= OPENING_DATE_CHARS]
    return bool(opening) and not any(mark in text for mark in FUTURE_MARKS) \
        and bool(find_names(text, _EVENT_ENDINGS, min_chars=2))


def _one_per_listed_year(sentence: Sentence, event: Found) -> list[Found]:
    """"主办了2012、2013、2015中国-东盟论坛": one event of each year listed before the name."""
    name = event.event.name
    at = sentence.text.find(name)
    listed = _YEAR_LIST.search(sentence.text, 0, at) if at > 0 else None
    if not event.named or listed is None:
        return []
    years = re.findall(r"(?:19|20)\d\d", listed.group(0))
    own = re.match(r"(?:19|20)\d\d年?", name)
    base = name[own.end():] if own else name
    if own:
        years.append(name[:4])
    event.event.date, event.event.name = years[0], years[0] + base
    return [Found(replace(event.event, date=year, name=year + base), event.sentence_start, True)
            for year in years[1:]]


def _fold(found: list[Found]) -> list[Event]:
    """One event per happening: undated ones dropped beside dated ones, a ceremony folded
    into the larger event, a year-only date into the full date of the same kind."""
    dated = [f for f in found if f.event.date]
    kept = dated or [f for f in found if f.named or f.event.city or f.event.country != "CN"]
    kept = [f for f in kept if not (f.event.kind in _SIDE_KINDS and any(
        o.event.kind not in _SIDE_KINDS and o.event.date == f.event.date for o in kept))]
    # an unnamed signing where a named ceremony was held that day is signed at it
    kept = [f for f in kept if not (f.event.kind == EventKind.SIGNING and not f.named and any(
        o is not f and o.named and (o.event.date, o.event.city) == (f.event.date, f.event.city)
        for o in kept))]
    kept = [f for f in kept if not (f.event.date and len(f.event.date) == 4 and any(
        o is not f and (o.event.date or "").startswith(f.event.date) and o.event.kind
        == f.event.kind for o in kept))]
    out: list[Event] = []
    seen: dict[tuple[str | None, str | None], Found] = {}
    for f in kept:
        key = (f.event.date, f.event.city)
        earlier = seen.get(key)
        if earlier is not None and not ((f.named or earlier.named)
                                        and f.event.kind != earlier.event.kind):
            continue
        seen[key] = f
        out.append(f.event)
    return out


def _is_dateline(article: Article, sentence: Sentence, mention: DateMention) -> bool:
    """The page's date line or a wire's dateline ("…4月25日讯") dates no event."""
    if article.date_line_at is not None and mention.start <= article.date_line_at < mention.end:
        return True
    rest = sentence.text[mention.end - sentence.start:mention.end - sentence.start + 8]
    return bool(_DATELINE_AFTER.match(rest))


def _date_from_name(name: str, mention: DateMention | None) -> str | None:
    """An event dated only by the year in its name (2015…培训班) takes that year, and a
    month and day stated without a year take it too."""
    year = _YEAR_IN_NAME.search(name)
    if not year:
        return None
    if mention is not None and mention.month_day:
        return f"{year.group(1)}-{mention.month_day}"
    return year.group(1)


def _first_happening(text: str) -> re.Match[str] | None:
    for verb in _VERB_RE.finditer(text):
        before = text[max(0, verb.start() - FUTURE_WITHIN_CHARS):verb.start()]
        if any(mark in before for mark in FUTURE_MARKS):
            continue
        if verb.group(0) == "成立" and _BACKGROUND.search(text):
            continue
        if _TALLY_AFTER.match(text, verb.end()) or text.startswith("好", verb.end()):
            continue  # a tally, or a task set ("举办好论坛", "参加好大赛")
        if verb.group(0) in ATTEND_VERBS and not _names_an_event(text, verb.end()):
            continue
        if verb.group(0) == CARRY_OUT_VERB and _activity(text, verb.end()) is None:
            continue
        return verb
    return None


def _places_a_city(text: str) -> bool:
    """Whether the sentence places its happening in a city ("在交流周期间" places nothing)."""
    place = _PLACE.search(text)
    return bool(place and city_of(place.group("place")))


def _gone_to(text: str) -> re.Match[str] | None:
    """The place of "赴X，…" when X is a place alone (not "赴印尼参访", a place and a verb)."""
    gone = _GONE_TO.search(text)
    return gone if gone and not _VERB_RE.search(gone.group("place")) else None


def _verb_in_clause_before(text: str, at: int) -> bool:
    """Whether the clause holding text[at] has a happening's verb before `at`."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, at)), default=0)
    return bool(_VERB_RE.search(text, start, at))


def _kind_in_clause(text: str, at: int, verb: str) -> str:
    """The kind of an unnamed event: an event noun in the verb's clause ("举行签约仪式"), the
    activity carried out ("开展…培训"), else the verb's."""
    stop = _CLAUSE_MARK.search(text, at)
    noun = _EVENT_NOUN_RE.search(text, at, stop.start() if stop else len(text))
    if noun:
        return EVENT_NOUNS[noun.group(0)]
    activity = _activity(text, at) if verb == CARRY_OUT_VERB or verb in ATTEND_VERBS else None
    return ACTIVITY_NOUNS[activity] if activity else EVENT_VERBS.get(verb, EventKind.OTHER)


def _activity(text: str, at: int) -> str | None:
    """The activity that closes the clause starting at `at` ("为期两周的技能培训。")."""
    stop = _CLAUSE_MARK.search(text, at)
    end = min(stop.start() if stop else len(text), at + ATTENDED_WITHIN_CHARS)
    for noun in _ACTIVITY_RE.finditer(text, at, end):
        if noun.end() >= len(text) or text[noun.end()] in _AFTER_ATTENDED:
            return noun.group(0)
    return None


def _names_an_event(text: str, at: int) -> bool:
    """Whether an event noun ends the clause that starts at `at` ("出席东岭论坛并致辞")."""
    stop = _CLAUSE_MARK.search(text, at)
    end = min(stop.start() if stop else len(text), at + ATTENDED_WITHIN_CHARS)
    return any(noun.end() >= len(text) or text[noun.end()] in _AFTER_ATTENDED
               for noun in _EVENT_NOUN_RE.finditer(text, at, end)) \
        or _activity(text, at) in _ATTENDED_ACTIVITIES


def _event(article: Article, sentence: Sentence, verb: re.Match[str] | None, date: str | None,
           main_alliance: str | None) -> Found:
    """The event a sentence reports at its verb (or, without one, at its dated event noun)."""
    text = sentence.text
    nouns = find_names(text, _EVENT_ENDINGS, min_chars=2)
    at = verb.start() if verb else 0
    word = verb.group(0) if verb else ""
    # "举办了甲论坛": the object after the verb, when the clause goes on to it; else the
    # noun nearest the verb ("甲论坛在东岭举行")
    after = [n for n in nouns if at + len(word) <= n.start
             and not _CLAUSE_MARK.search(text, at + len(word), n.start)]
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, at)), default=0)
    # else the nearest noun before the verb; a noun in a later clause is another matter
    # ("召开推进会，部署…；（三）筹备某论坛")
    # (a verbless sentence takes its nearest noun; a verb, the nearest noun before it, else
    # one a later clause names with a verb of its own: "访问塔南，出席了东岭论坛")
    stop = _LIST_MARK.search(text, at)
    near = ([n for n in nouns if n.start < at]
            or [n for n in nouns if (stop is None or n.start < stop.start())
                and _verb_in_clause_before(text, n.start)]) if verb else nouns
    noun = after[0] if after else (min(near, key=lambda n: abs(n.end - at)) if near else None)
    name = noun.text if noun else text[clause_start:at + len(word)].strip()
    kind = EVENT_NOUNS[noun.ending] if noun else _kind_in_clause(text, at + len(word), word)
    if noun and word in _VISIT_VERBS and noun.ending not in ("交流会", "洽谈会", "研讨会", "论坛"):
        kind = EventKind.VISIT
    city = None
    place = _PLACE.search(text) or _gone_to(text)
    if place:
        city = city_of(place.group("place"))
    abroad = country_of(place.group("place")) if place else None
    country = abroad or ("CN" if city else None)
    if country is None:
        to = _TO_COUNTRY.search(text)
        if to:
            country = country_of(text[to.end():to.end() + 12])
        if country is not None and country != "CN" and place and city is None \
                and _FOREIGN_CITY.fullmatch(place.group("place")) \
                and not _INSTITUTION_AT.search(place.group("place")):
            city = place.group("place")  # "访问马来西亚…在吉隆坡举行": a city of the visit
    alliance = None
    for m in article.names_in(sentence):
        if m.text in article.alliance_names:
            alliance = m.text
            break
    if alliance is None and "联盟" in name:
        alliance = main_alliance
    event = Event(name=name, kind=kind, date=date, city=city, country=country or "CN",
                  alliance=alliance, evidence=sentence.evidence())
    return Found(event, sentence.start, noun is not None)

