"""record the database role beside the actor in the audit log

On PostgreSQL several people share one database, each logging in as a role; the
actor (`--actor` or the OS user) is what they say, the role is who the server let
in. Both are kept. SQLite has no roles: the column stays empty there.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 17:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.add_column(sa.Column("database_user", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.drop_column("database_user")
