"""The one vocabulary: ranks kept from the role table's seed, labels complete, no imports of the database."""

from __future__ import annotations

import enum
import subprocess
import sys

import pytest

from tracker import vocab
from tracker.migrate import MIGRATIONS
from tracker.models import enums

# The rows migration 0002 has always written: code, label, rank.
SEEDED_ROLES = [
    ("chair", "Chair", 10),
    ("vice_chair", "Vice chair", 20),
    ("secretary_general", "Secretary-general", 30),
    ("secretariat", "Secretariat", 40),
    ("executive_council_member", "Executive council member", 50),
    ("council_member", "Council member", 60),
    ("lead_member", "Lead member", 70),
    ("founding_member", "Founding member", 80),
    ("member", "Member", 90),
    ("observer", "Observer", 100),
]

VOCABULARIES = [
    vocab.OrganizationKind, vocab.AllianceScope, vocab.EventKind, vocab.ParticipantRole,
    vocab.CooperationKind, vocab.CooperationDirection, vocab.Metric, vocab.Bound,
    vocab.StandardKind, vocab.AwardLevel, vocab.AwardWinner, vocab.SiteKind,
]


def test_roles_keep_the_seeded_codes_labels_and_ranks() -> None:
    assert [(r.code, r.label.en, r.rank) for r in vocab.ROLES] == SEEDED_ROLES


def test_the_migration_seeds_the_vocabulary_roles() -> None:
    import importlib.util

    path = MIGRATIONS / "versions/20261124_load_reference_data.py"
    spec = importlib.util.spec_from_file_location("load_reference_data", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.ROLES == SEEDED_ROLES


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        pytest.param("chair", "vice_chair", id="chair-over-vice-chair"),
        pytest.param("executive_council_member", "lead_member", id="executive-over-lead"),
        pytest.param("founding_member", "member", id="founding-over-member"),
        pytest.param("observer", "a_role_users_added", id="built-in-over-custom"),
    ],
)
def test_role_rank_lower_is_higher_office(higher: str, lower: str) -> None:
    assert vocab.role_rank(higher) < vocab.role_rank(lower)


@pytest.mark.parametrize(
    ("wording", "code"),
    [
        pytest.param("会长单位", "chair", id="huizhang"),
        pytest.param("副主席单位", "vice_chair", id="fuzhuxi"),
        pytest.param("常务理事单位", "executive_council_member", id="changwu"),
        pytest.param("首批成员单位", "founding_member", id="shoupi"),
        pytest.param(" 会员单位 ", "member", id="padded"),
        pytest.param("赞助单位", None, id="not-a-role"),
    ],
)
def test_role_from_zh(wording: str, code: str | None) -> None:
    assert vocab.role_from_zh(wording) == code


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_code_has_both_labels(vocabulary: type[enum.StrEnum]) -> None:
    for member in vocabulary:
        assert vocab.label(member, "en")
        assert vocab.label(member, "zh") != vocab.label(member, "en")


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_model_enums_are_the_vocabulary(vocabulary: type[enum.StrEnum]) -> None:
    assert getattr(enums, vocabulary.__name__) is vocabulary


def test_vocab_imports_no_database_or_cli() -> None:
    code = (
        "import sys, tracker.vocab; "
        "bad = [m for m in sys.modules if m.startswith(('sqlalchemy', 'typer', 'tracker.cli', "
        "'tracker.models', 'tracker.db'))]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
