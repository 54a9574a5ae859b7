"""a figure may name no subject: at most one of organization and alliance

An article can state a quantity without saying whose it is ("122 students
from 23 countries attended"); the importer keeps such a figure with its source
rather than dropping it or guessing a subject.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.errors import Conflict

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot alter a CHECK constraint, so the table is copied
    with op.batch_alter_table("figure") as batch:
        batch.drop_constraint(op.f("ck_figure_one_subject"), type_="check")
        batch.create_check_constraint(
            op.f("ck_figure_at_most_one_subject"), "organization_id IS NULL OR alliance_id IS NULL"
        )


def downgrade() -> None:
    subjectless = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM figure WHERE organization_id IS NULL AND alliance_id IS NULL")
    )
    if subjectless:
        # deleting stated facts to fit an older schema would lose data silently
        raise Conflict(
            f"{subjectless} figure(s) name no subject; give them one or remove them "
            "(tracker figure list) before downgrading below 0003"
        )
    with op.batch_alter_table("figure") as batch:
        batch.drop_constraint(op.f("ck_figure_at_most_one_subject"), type_="check")
        batch.create_check_constraint(
            op.f("ck_figure_one_subject"), "(organization_id IS NULL) <> (alliance_id IS NULL)"
        )
