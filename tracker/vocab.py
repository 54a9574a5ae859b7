"""The one vocabulary: roles with their rank, kinds, metrics and their English and Chinese words.

The model's enums (`tracker.models.enums`), the extractor, the importer, the
CLI's help and the migration that seeds the role table all read this module;
nothing else lists these codes. It imports nothing of the database or the CLI.

>>> role_rank("chair") < role_rank("executive_council_member") < role_rank("member")
True
>>> label(EventKind.FORUM), label(EventKind.FORUM, "zh")
('Forum', '论坛')
>>> role_from_zh("轮值主席单位")
'chair'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Language = Literal["en", "zh"]


@dataclass(frozen=True, slots=True)
class Label:
    """How a code is shown to people, in English and in Chinese."""

    en: str
    zh: str


@dataclass(frozen=True, slots=True)
class RoleTerm:
    """A role in an alliance; a lower `rank` is a higher office."""

    code: str
    rank: int
    label: Label
    # How Chinese articles word the role (SCHEMA.md's table); "…" stands for the member's name.
    zh_wordings: tuple[str, ...]


# The built-in roles, highest office first. The ranks are those the role table was seeded
# with (migration 0002): keep them, stored memberships are compared by them.
ROLES: tuple[RoleTerm, ...] = (
    RoleTerm("chair", 10, Label("Chair", "理事长单位"),
             ("理事长单位", "会长单位", "主席单位", "轮值主席单位", "轮值理事长单位")),
    RoleTerm("vice_chair", 20, Label("Vice chair", "副理事长单位"),
             ("副理事长单位", "副会长单位", "副主席单位")),
    RoleTerm("secretary_general", 30, Label("Secretary-general", "秘书长单位"), ("秘书长单位",)),
    RoleTerm("secretariat", 40, Label("Secretariat", "秘书处"),
             ("秘书处", "秘书处单位", "秘书处设在")),
    RoleTerm("executive_council_member", 50, Label("Executive council member", "常务理事单位"),
             ("常务理事单位", "常务理事", "常务理事会员单位")),
    RoleTerm("council_member", 60, Label("Council member", "理事单位"), ("理事单位",)),
    RoleTerm("lead_member", 70, Label("Lead member", "牵头单位"),
             ("牵头单位", "发起单位", "由…发起", "由…牵头")),
    RoleTerm("founding_member", 80, Label("Founding member", "创始成员单位"),
             ("创始成员", "创始成员单位", "首批成员", "首批成员单位", "创始会员", "创始会员单位",
              "首批会员", "首批会员单位", "创始单位")),
    RoleTerm("member", 90, Label("Member", "成员单位"),
             ("成员单位", "会员单位", "盟员单位", "会员", "加入")),
    RoleTerm("observer", 100, Label("Observer", "观察员单位"), ("观察员", "观察员单位")),
)
ROLE_BY_CODE: Mapping[str, RoleTerm] = {role.code: role for role in ROLES}
ROLE_CODES: tuple[str, ...] = tuple(role.code for role in ROLES)
# A role users added themselves ranks below every built-in one.
UNKNOWN_ROLE_RANK = 1_000

_ROLE_BY_ZH: Mapping[str, str] = {w: role.code for role in ROLES for w in role.zh_wordings}


def role_rank(code: str) -> int:
    """The rank of a role code: lower is higher office; unknown codes rank last."""
    role = ROLE_BY_CODE.get(code)
    return role.rank if role is not None else UNKNOWN_ROLE_RANK


def role_from_zh(wording: str) -> str | None:
    """The role code of a Chinese wording of SCHEMA.md's table, or None."""
    return _ROLE_BY_ZH.get(wording.strip())


class OrganizationKind(enum.StrEnum):
    UNIVERSITY = "university"
    COLLEGE = "college"
    ENTERPRISE = "enterprise"
    GOVERNMENT = "government"
    ASSOCIATION = "association"
    OTHER = "other"


class AllianceScope(enum.StrEnum):
    INTERNATIONAL = "international"
    NATIONAL = "national"
    REGIONAL = "regional"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"


class EventKind(enum.StrEnum):
    MEETING = "meeting"
    CONFERENCE = "conference"
    FORUM = "forum"
    SEMINAR = "seminar"
    TRAINING = "training"
    CEREMONY = "ceremony"
    VISIT = "visit"
    SIGNING = "signing"
    LAUNCH = "launch"
    COMPETITION = "competition"
    OTHER = "other"


class ParticipantRole(enum.StrEnum):
    HOST = "host"
    CO_HOST = "co_host"
    ORGANIZER = "organizer"
    ATTENDEE = "attendee"
    SPEAKER = "speaker"
    AWARDEE = "awardee"
    SPONSOR = "sponsor"


class CooperationKind(enum.StrEnum):
    EXCHANGE = "exchange"
    TRAINING = "training"
    JOINT_PROGRAMME = "joint_programme"
    OVERSEAS_WORKSHOP = "overseas_workshop"
    RESEARCH = "research"
    MOU = "mou"
    STUDENT_MOBILITY = "student_mobility"
    STAFF_MOBILITY = "staff_mobility"
    # the kinds the International Influence Table counts (codes within the column's 17
    # characters, so the stored column keeps its width)
    INTL_STUDENTS = "intl_students"  # full-time international students, HK/Macao/Taiwan too
    SHORT_TRAINING = "short_training"  # short, non-degree training of people from abroad
    INTERNSHIP_ABROAD = "internship_abroad"  # students' internships at enterprises abroad
    TEACHING_ABROAD = "teaching_abroad"  # teachers abroad guiding and giving training
    OTHER = "other"


class CooperationDirection(enum.StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    JOINT = "joint"


class StandardKind(enum.StrEnum):
    """What a standard adopted abroad standardises."""

    PROGRAMME = "programme"
    COURSE = "course"


class AwardLevel(enum.StrEnum):
    SPECIAL = "special"
    GOLD = "gold"
    SILVER = "silver"
    BRONZE = "bronze"
    FIRST = "first"
    SECOND = "second"
    THIRD = "third"
    EXCELLENCE = "excellence"
    OTHER = "other"


class AwardWinner(enum.StrEnum):
    STUDENT = "student"
    TEACHER = "teacher"


class SiteKind(enum.StrEnum):
    """A teaching site of ours abroad."""

    BRANCH = "branch"
    LUBAN_WORKSHOP = "luban_workshop"
    JOINT_CENTRE = "joint_centre"
    OTHER = "other"


class Metric(enum.StrEnum):
    MEMBERS = "members"
    COUNTRIES = "countries"
    INSTITUTIONS = "institutions"
    PARTICIPANTS = "participants"
    EXPERTS = "experts"
    TRAINEES = "trainees"
    STUDENTS = "students"
    SESSIONS = "sessions"
    PROGRAMS = "programs"
    OTHER = "other"


class Bound(enum.StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"


# Labels per vocabulary. Kept one table per enum: StrEnum members equal their string,
# so "other" of two enums would collide in one dict.
_LABELS: Mapping[type[enum.StrEnum], Mapping[str, Label]] = {
    OrganizationKind: {
        OrganizationKind.UNIVERSITY: Label("University", "大学"),
        OrganizationKind.COLLEGE: Label("College", "职业院校"),
        OrganizationKind.ENTERPRISE: Label("Enterprise", "企业"),
        OrganizationKind.GOVERNMENT: Label("Government body", "政府部门"),
        OrganizationKind.ASSOCIATION: Label("Association", "协会"),
        OrganizationKind.OTHER: Label("Other", "其他"),
    },
    AllianceScope: {
        AllianceScope.INTERNATIONAL: Label("International", "国际"),
        AllianceScope.NATIONAL: Label("National", "全国"),
        AllianceScope.REGIONAL: Label("Regional", "区域"),
        AllianceScope.PROVINCIAL: Label("Provincial", "省级"),
        AllianceScope.MUNICIPAL: Label("Municipal", "市级"),
    },
    EventKind: {
        EventKind.MEETING: Label("Meeting", "会议"),
        EventKind.CONFERENCE: Label("Conference", "大会"),
        EventKind.FORUM: Label("Forum", "论坛"),
        EventKind.SEMINAR: Label("Seminar", "研讨会"),
        EventKind.TRAINING: Label("Training", "培训"),
        EventKind.CEREMONY: Label("Ceremony", "仪式"),
        EventKind.VISIT: Label("Visit", "访问"),
        EventKind.SIGNING: Label("Signing", "签约"),
        EventKind.LAUNCH: Label("Launch", "启动"),
        EventKind.COMPETITION: Label("Competition", "竞赛"),
        EventKind.OTHER: Label("Other", "其他"),
    },
    ParticipantRole: {
        ParticipantRole.HOST: Label("Host", "主办"),
        ParticipantRole.CO_HOST: Label("Co-host", "联合主办"),
        ParticipantRole.ORGANIZER: Label("Organizer", "承办"),
        ParticipantRole.ATTENDEE: Label("Attendee", "参加"),
        ParticipantRole.SPEAKER: Label("Speaker", "发言"),
        ParticipantRole.AWARDEE: Label("Awardee", "获奖"),
        ParticipantRole.SPONSOR: Label("Sponsor", "赞助"),
    },
    CooperationKind: {
        CooperationKind.EXCHANGE: Label("Exchange", "交流"),
        CooperationKind.TRAINING: Label("Training", "培训"),
        CooperationKind.JOINT_PROGRAMME: Label("Joint programme", "合作办学"),
        CooperationKind.OVERSEAS_WORKSHOP: Label("Overseas workshop", "海外工坊"),
        CooperationKind.RESEARCH: Label("Research", "科研合作"),
        CooperationKind.MOU: Label("MoU", "合作备忘录"),
        CooperationKind.STUDENT_MOBILITY: Label("Student mobility", "学生交流"),
        CooperationKind.STAFF_MOBILITY: Label("Staff mobility", "教师交流"),
        CooperationKind.INTL_STUDENTS: Label("Full-time international students", "全日制留学生"),
        CooperationKind.SHORT_TRAINING: Label("Short non-degree training", "非全日制培训"),
        CooperationKind.INTERNSHIP_ABROAD: Label("Internship at an enterprise abroad",
                                                 "境外企业实习"),
        CooperationKind.TEACHING_ABROAD: Label("Teachers' training and guidance abroad",
                                               "教师境外指导培训"),
        CooperationKind.OTHER: Label("Other", "其他"),
    },
    CooperationDirection: {
        CooperationDirection.INCOMING: Label("Incoming", "来访"),
        CooperationDirection.OUTGOING: Label("Outgoing", "出访"),
        CooperationDirection.JOINT: Label("Joint", "双向"),
    },
    StandardKind: {
        StandardKind.PROGRAMME: Label("Programme teaching standard", "专业教学标准"),
        StandardKind.COURSE: Label("Course standard", "课程标准"),
    },
    AwardLevel: {
        AwardLevel.SPECIAL: Label("Special prize", "特等奖"),
        AwardLevel.GOLD: Label("Gold", "金奖"),
        AwardLevel.SILVER: Label("Silver", "银奖"),
        AwardLevel.BRONZE: Label("Bronze", "铜奖"),
        AwardLevel.FIRST: Label("First prize", "一等奖"),
        AwardLevel.SECOND: Label("Second prize", "二等奖"),
        AwardLevel.THIRD: Label("Third prize", "三等奖"),
        AwardLevel.EXCELLENCE: Label("Excellence award", "优胜奖"),
        AwardLevel.OTHER: Label("Other", "其他"),
    },
    AwardWinner: {
        AwardWinner.STUDENT: Label("Student", "学生"),
        AwardWinner.TEACHER: Label("Teacher", "教师"),
    },
    SiteKind: {
        SiteKind.BRANCH: Label("Overseas branch", "海外分校"),
        SiteKind.LUBAN_WORKSHOP: Label("Luban Workshop", "鲁班工坊"),
        SiteKind.JOINT_CENTRE: Label("Joint centre", "联合中心"),
        SiteKind.OTHER: Label("Other", "其他"),
    },
    Metric: {
        Metric.MEMBERS: Label("Members", "成员数"),
        Metric.COUNTRIES: Label("Countries", "国家数"),
        Metric.INSTITUTIONS: Label("Institutions", "机构数"),
        Metric.PARTICIPANTS: Label("Participants", "参加人数"),
        Metric.EXPERTS: Label("Experts", "专家人数"),
        Metric.TRAINEES: Label("Trainees", "培训人数"),
        Metric.STUDENTS: Label("Students", "学生人数"),
        Metric.SESSIONS: Label("Sessions", "场次"),
        Metric.PROGRAMS: Label("Programmes", "项目数"),
        Metric.OTHER: Label("Other", "其他"),
    },
    Bound: {
        Bound.EXACT: Label("Exact", "确数"),
        Bound.AT_LEAST: Label("At least", "以上"),
    },
}


def label(value: enum.StrEnum, language: Language = "en") -> str:
    """The label of one member of a vocabulary above, in English or Chinese."""
    words = _LABELS[type(value)][value]
    return words.zh if language == "zh" else words.en


def codes(vocabulary: type[enum.StrEnum]) -> str:
    """The codes of a vocabulary as a comma-separated list, for help texts."""
    return ", ".join(member.value for member in vocabulary)


def role_codes() -> str:
    """The built-in role codes, highest office first, for help texts."""
    return ", ".join(ROLE_CODES)
