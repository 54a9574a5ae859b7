"""The closed vocabularies of the model, stored by value."""

from __future__ import annotations

import enum


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


class AliasKind(enum.StrEnum):
    ACRONYM = "acronym"
    FORMER = "former"
    TRANSLATION = "translation"
    SHORT = "short"
    OTHER = "other"


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


class ChangeAction(enum.StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
