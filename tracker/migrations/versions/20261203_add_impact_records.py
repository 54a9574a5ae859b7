"""add the records the International Influence Table counts

Cooperation gains a direction (incoming, outgoing, joint), its days, and the kinds
the table counts (full-time international students, short training, internship at an
enterprise abroad, teachers' training abroad). New tables: posts held by people,
standards adopted abroad, awards at competitions, teaching sites abroad.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 16:24:58
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


OLD_KINDS = ("exchange", "training", "joint_programme", "overseas_workshop", "research", "mou",
             "student_mobility", "staff_mobility", "other")
NEW_KINDS = (*OLD_KINDS[:-1], "intl_students", "short_training", "internship_abroad",
             "teaching_abroad", "other")


def _kinds_check(kinds: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")"


def upgrade() -> None:
    op.create_table('standard_adoption',
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('programme', 'course', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('adopter_organization_id', sa.Integer(), nullable=True),
    sa.Column('country_id', sa.Integer(), nullable=True),
    sa.Column('adopted_date', sa.Date(), nullable=True),
    sa.Column('adopted_precision', sa.String(length=5), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("adopted_precision IS NULL OR adopted_precision IN ('year', 'month', 'day')", name=op.f('ck_standard_adoption_adopted_precision')),
    sa.CheckConstraint('(adopted_date IS NULL) = (adopted_precision IS NULL)', name=op.f('ck_standard_adoption_adopted_complete')),
    sa.CheckConstraint('adopter_organization_id IS NOT NULL OR country_id IS NOT NULL', name=op.f('ck_standard_adoption_has_adopter')),
    sa.ForeignKeyConstraint(['adopter_organization_id'], ['organization.id'], name=op.f('fk_standard_adoption_adopter_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['country_id'], ['country.id'], name=op.f('fk_standard_adoption_country_id_country')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_standard_adoption_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_standard_adoption_source_id_source'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standard_adoption'))
    )
    with op.batch_alter_table('standard_adoption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standard_adoption_adopted_date'), ['adopted_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_standard_adoption_adopter_organization_id'), ['adopter_organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_standard_adoption_country_id'), ['country_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_standard_adoption_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_standard_adoption_source_id'), ['source_id'], unique=False)

    op.create_table('teaching_site',
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('branch', 'luban_workshop', 'joint_centre', 'other', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('country_id', sa.Integer(), nullable=False),
    sa.Column('partner_organization_id', sa.Integer(), nullable=True),
    sa.Column('opened_date', sa.Date(), nullable=True),
    sa.Column('opened_precision', sa.String(length=5), nullable=True),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('closed_precision', sa.String(length=5), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("closed_precision IS NULL OR closed_precision IN ('year', 'month', 'day')", name=op.f('ck_teaching_site_closed_precision')),
    sa.CheckConstraint("opened_precision IS NULL OR opened_precision IN ('year', 'month', 'day')", name=op.f('ck_teaching_site_opened_precision')),
    sa.CheckConstraint('(closed_date IS NULL) = (closed_precision IS NULL)', name=op.f('ck_teaching_site_closed_complete')),
    sa.CheckConstraint('(opened_date IS NULL) = (opened_precision IS NULL)', name=op.f('ck_teaching_site_opened_complete')),
    sa.CheckConstraint('closed_date IS NULL OR opened_date IS NULL OR closed_date >= opened_date', name=op.f('ck_teaching_site_closed_not_before_opened')),
    sa.ForeignKeyConstraint(['country_id'], ['country.id'], name=op.f('fk_teaching_site_country_id_country')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_teaching_site_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_organization_id'], ['organization.id'], name=op.f('fk_teaching_site_partner_organization_id_organization'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_teaching_site_source_id_source'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teaching_site'))
    )
    with op.batch_alter_table('teaching_site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teaching_site_country_id'), ['country_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teaching_site_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teaching_site_partner_organization_id'), ['partner_organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teaching_site_source_id'), ['source_id'], unique=False)

    op.create_table('post',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('alliance_id', sa.Integer(), nullable=True),
    sa.Column('role_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('start_precision', sa.String(length=5), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_precision', sa.String(length=5), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("end_precision IS NULL OR end_precision IN ('year', 'month', 'day')", name=op.f('ck_post_end_precision')),
    sa.CheckConstraint("start_precision IS NULL OR start_precision IN ('year', 'month', 'day')", name=op.f('ck_post_start_precision')),
    sa.CheckConstraint('(end_date IS NULL) = (end_precision IS NULL)', name=op.f('ck_post_end_complete')),
    sa.CheckConstraint('(organization_id IS NULL) <> (alliance_id IS NULL)', name=op.f('ck_post_one_body')),
    sa.CheckConstraint('(start_date IS NULL) = (start_precision IS NULL)', name=op.f('ck_post_start_complete')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_post_end_not_before_start')),
    sa.CheckConstraint('role_id IS NOT NULL OR title IS NOT NULL', name=op.f('ck_post_has_role')),
    sa.ForeignKeyConstraint(['alliance_id'], ['alliance.id'], name=op.f('fk_post_alliance_id_alliance'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_post_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_post_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_post_role_id_role')),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_post_source_id_source'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post'))
    )
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_alliance_id'), ['alliance_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_role_id'), ['role_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_source_id'), ['source_id'], unique=False)

    op.create_table('award',
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('level', sa.Enum('special', 'gold', 'silver', 'bronze', 'first', 'second', 'third', 'excellence', 'other', name='level', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('winner', sa.Enum('student', 'teacher', name='winner', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('awarded_date', sa.Date(), nullable=True),
    sa.Column('awarded_precision', sa.String(length=5), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("awarded_precision IS NULL OR awarded_precision IN ('year', 'month', 'day')", name=op.f('ck_award_awarded_precision')),
    sa.CheckConstraint('(awarded_date IS NULL) = (awarded_precision IS NULL)', name=op.f('ck_award_awarded_complete')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_award_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_award_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_award_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_award_source_id_source'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_award'))
    )
    with op.batch_alter_table('award', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_awarded_date'), ['awarded_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_source_id'), ['source_id'], unique=False)

    with op.batch_alter_table('cooperation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('direction', sa.Enum('incoming', 'outgoing', 'joint', name='direction', native_enum=False, create_constraint=True), nullable=True))
        batch_op.add_column(sa.Column('days', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_cooperation_days_not_negative'),
                                         'days IS NULL OR days >= 0')
        # the new codes fit the column's width (17): only the check changes
        batch_op.drop_constraint(batch_op.f('ck_cooperation_kind'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_cooperation_kind'), _kinds_check(NEW_KINDS))



def downgrade() -> None:
    # cooperation of the new kinds has no kind before this revision: it becomes "other"
    cooperation = sa.table("cooperation", sa.column("kind", sa.String))
    op.execute(cooperation.update().where(cooperation.c.kind.not_in(OLD_KINDS))
               .values(kind="other"))
    with op.batch_alter_table('cooperation', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_cooperation_kind'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_cooperation_kind'), _kinds_check(OLD_KINDS))
        batch_op.drop_constraint(batch_op.f('ck_cooperation_days_not_negative'), type_='check')
        batch_op.drop_column('days')
        batch_op.drop_constraint(batch_op.f('ck_cooperation_direction'), type_='check')
        batch_op.drop_column('direction')

    with op.batch_alter_table('award', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_source_id'))
        batch_op.drop_index(batch_op.f('ix_award_person_id'))
        batch_op.drop_index(batch_op.f('ix_award_organization_id'))
        batch_op.drop_index(batch_op.f('ix_award_event_id'))
        batch_op.drop_index(batch_op.f('ix_award_awarded_date'))

    op.drop_table('award')
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_source_id'))
        batch_op.drop_index(batch_op.f('ix_post_role_id'))
        batch_op.drop_index(batch_op.f('ix_post_person_id'))
        batch_op.drop_index(batch_op.f('ix_post_organization_id'))
        batch_op.drop_index(batch_op.f('ix_post_alliance_id'))

    op.drop_table('post')
    with op.batch_alter_table('teaching_site', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teaching_site_source_id'))
        batch_op.drop_index(batch_op.f('ix_teaching_site_partner_organization_id'))
        batch_op.drop_index(batch_op.f('ix_teaching_site_organization_id'))
        batch_op.drop_index(batch_op.f('ix_teaching_site_country_id'))

    op.drop_table('teaching_site')
    with op.batch_alter_table('standard_adoption', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standard_adoption_source_id'))
        batch_op.drop_index(batch_op.f('ix_standard_adoption_organization_id'))
        batch_op.drop_index(batch_op.f('ix_standard_adoption_country_id'))
        batch_op.drop_index(batch_op.f('ix_standard_adoption_adopter_organization_id'))
        batch_op.drop_index(batch_op.f('ix_standard_adoption_adopted_date'))

    op.drop_table('standard_adoption')
