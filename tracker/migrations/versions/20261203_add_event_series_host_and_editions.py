"""event series: the host organization, when it started, and editions held as of a date

An article says "the alliance began to hold annual activities in 2018 and has
held 6 sessions by 2023" or "the college has hosted the seminar since 2018 ...
four consecutive sessions by 2022": the series keeps its host, its start and
its edition count with the date that count is as of.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-03 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRECISIONS = "'year', 'month', 'day'"


def upgrade() -> None:
    with op.batch_alter_table("event_series") as batch:
        batch.add_column(sa.Column("host_organization_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("started_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("started_precision", sa.String(length=5), nullable=True))
        batch.add_column(sa.Column("editions", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("editions_as_of_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("editions_as_of_precision", sa.String(length=5),
                                   nullable=True))
        batch.create_foreign_key(
            batch.f("fk_event_series_host_organization_id_organization"), "organization",
            ["host_organization_id"], ["id"], ondelete="SET NULL")
        batch.create_index(batch.f("ix_event_series_host_organization_id"),
                           ["host_organization_id"], unique=False)
        for prefix in ("started", "editions_as_of"):
            batch.create_check_constraint(
                batch.f(f"ck_event_series_{prefix}_complete"),
                f"({prefix}_date IS NULL) = ({prefix}_precision IS NULL)")
            batch.create_check_constraint(
                batch.f(f"ck_event_series_{prefix}_precision"),
                f"{prefix}_precision IS NULL OR {prefix}_precision IN ({PRECISIONS})")
        batch.create_check_constraint(batch.f("ck_event_series_editions_positive"),
                                      "editions IS NULL OR editions >= 1")


def downgrade() -> None:
    with op.batch_alter_table("event_series") as batch:
        batch.drop_constraint(batch.f("ck_event_series_editions_positive"), type_="check")
        for prefix in ("started", "editions_as_of"):
            batch.drop_constraint(batch.f(f"ck_event_series_{prefix}_precision"), type_="check")
            batch.drop_constraint(batch.f(f"ck_event_series_{prefix}_complete"), type_="check")
        batch.drop_index(batch.f("ix_event_series_host_organization_id"))
        batch.drop_constraint(batch.f("fk_event_series_host_organization_id_organization"),
                              type_="foreignkey")
        for column in ("editions_as_of_precision", "editions_as_of_date", "editions",
                       "started_precision", "started_date", "host_organization_id"):
            batch.drop_column(column)
