"""Alembic is the only way the schema is made: round trips, no drift, version checks."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

import tracker.models  # noqa: F401
from tracker import migrate
from tracker.db import Base, make_engine
from tracker.errors import SchemaOutOfDate


def test_schema_head_constant_matches_the_migrations():
    script = ScriptDirectory.from_config(migrate.alembic_config(None))
    assert script.get_current_head() == migrate.SCHEMA_HEAD


def test_upgrade_downgrade_upgrade(empty_db_url):
    engine = make_engine(empty_db_url)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM country")).scalar() == 249
        assert connection.execute(text("SELECT count(*) FROM role")).scalar() == 10
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
    engine.dispose()


def test_models_and_migrations_do_not_drift(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reference_data(engine):
    with engine.connect() as connection:
        group = connection.execute(
            text(
                "SELECT count(*), sum(CASE WHEN m.left_date IS NULL THEN 1 ELSE 0 END) "
                "FROM country_group_member m JOIN country_group g ON g.id = m.group_id "
                "WHERE g.name = 'Belt and Road partner countries'"
            )
        ).one()
        assert tuple(group) == (155, 153)  # 153 partners + Italy and Panama, who left
        italy = connection.execute(
            text(
                "SELECT m.left_date FROM country_group_member m JOIN country c "
                "ON c.id = m.country_id WHERE c.code = 'IT'"
            )
        ).scalar()
        assert str(italy) == "2023-12-31"
        region = connection.execute(
            text("SELECT region, subregion FROM country WHERE code = 'KE'")
        ).one()
        assert tuple(region) == ("Africa", "Eastern Africa")


def test_first_use_creates_the_schema(empty_db_url):
    from typer.testing import CliRunner

    from tracker.cli.main import app

    # the first command that writes creates it (one that only reads refuses a missing file)
    result = CliRunner().invoke(app, ["--db", empty_db_url, "org", "add", "Harbour College"])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(app, ["--db", empty_db_url, "org", "list", "--json"])
    assert [row["name"] for row in json.loads(listed.stdout)] == ["Harbour College"]


def test_database_behind_the_code_names_db_upgrade(empty_db_url):
    from typer.testing import CliRunner

    from tracker.cli.main import app

    engine = make_engine(empty_db_url)
    migrate.upgrade(engine, "0001")
    with pytest.raises(SchemaOutOfDate, match="tracker db upgrade"):
        migrate.ensure_current(engine)
    result = CliRunner().invoke(app, ["--db", empty_db_url, "org", "list"])
    assert result.exit_code == 1
    assert "run `tracker db upgrade`" in result.stderr
    upgraded = CliRunner().invoke(app, ["--db", empty_db_url, "db", "upgrade"])
    assert upgraded.exit_code == 0, upgraded.output
    current = CliRunner().invoke(app, ["--db", empty_db_url, "db", "current"])
    assert current.output.strip() == f"database: {migrate.SCHEMA_HEAD}; tracker needs: {migrate.SCHEMA_HEAD}"
    engine.dispose()


def test_database_constraints_hold_without_the_services(engine):
    """Integrity lives in the database too: raw inserts that break a rule are refused."""
    from sqlalchemy.exc import IntegrityError

    bad_statements = [
        "INSERT INTO organization (name, name_key, kind, is_home) VALUES ('A', 'a', 'castle', false)",
        "INSERT INTO alias (name, name_key, kind) VALUES ('X', 'x', 'other')",
        "INSERT INTO event (title, kind, is_online, participants_count) "
        "VALUES ('E', 'meeting', false, -1)",
        "INSERT INTO event (title, kind, is_online, start_date, start_precision, end_date, "
        "end_precision) VALUES ('E', 'meeting', false, '2023-05-01', 'day', '2023-04-01', 'day')",
        "INSERT INTO alliance (name, name_key, founded_date) VALUES ('N', 'n', '2020-01-01')",
    ]
    for statement in bad_statements:
        with engine.connect() as connection, pytest.raises(IntegrityError):
            connection.execute(text(statement))
    with engine.connect() as connection:
        connection.execute(text(
            "INSERT INTO organization (name, name_key, kind, is_home) VALUES ('H', 'h', 'other', true)"
        ))
        with pytest.raises(IntegrityError):
            connection.execute(text(
                "INSERT INTO organization (name, name_key, kind, is_home) "
                "VALUES ('I', 'i', 'other', true)"
            ))


def _figure_count(engine, where: str = "1 = 1") -> int:
    with engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM figure WHERE {where}")).scalar()


def test_a_figure_names_at_most_one_subject(engine):
    from sqlalchemy.exc import IntegrityError

    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO figure (metric, value, bound) VALUES ('students', 122, 'exact')"
        ))
        alliance = connection.execute(text(
            "INSERT INTO alliance (name, name_key) VALUES ('N', 'n') RETURNING id"
        )).scalar()
        organization = connection.execute(text(
            "INSERT INTO organization (name, name_key, kind, is_home) "
            "VALUES ('O', 'o', 'other', false) RETURNING id"
        )).scalar()
    with engine.connect() as connection, pytest.raises(IntegrityError):
        connection.execute(text(
            "INSERT INTO figure (metric, value, bound, organization_id, alliance_id) "
            f"VALUES ('members', 3, 'exact', {organization}, {alliance})"
        ))
    assert _figure_count(engine) == 1


def test_0003_keeps_existing_figures_and_refuses_to_drop_subjectless_ones(empty_db_url):
    from tracker.errors import Conflict

    engine = make_engine(empty_db_url)
    migrate.upgrade(engine, "0002")
    with engine.begin() as connection:
        organization = connection.execute(text(
            "INSERT INTO organization (name, name_key, kind, is_home) "
            "VALUES ('O', 'o', 'other', false) RETURNING id"
        )).scalar()
        connection.execute(text(
            "INSERT INTO figure (metric, value, bound, organization_id) "
            f"VALUES ('countries', 57, 'exact', {organization})"
        ))
    migrate.upgrade(engine)
    assert _figure_count(engine, f"organization_id = {organization} AND value = 57") == 1
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO figure (metric, value, bound) VALUES ('students', 122, 'exact')"
        ))
    with pytest.raises(Conflict, match="name no subject"):
        migrate.downgrade(engine, "0002")
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
    assert _figure_count(engine) == 2
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM figure WHERE organization_id IS NULL"))
    migrate.downgrade(engine, "0002")
    assert _figure_count(engine) == 1
    engine.dispose()


def test_partial_indexes_carry_the_migrations_condition_on_this_engine(engine):
    """The models name each partial index's condition once (`partial_index`); on
    PostgreSQL it is given when the engine is made, so SQLite never loads that dialect."""
    from sqlalchemy.schema import CreateIndex

    partial = {
        index.name: index
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if index.dialect_options["sqlite"]["where"] is not None
    }
    assert set(partial) == {
        "uq_organization_home",
        "uq_event_participant_organization",
        "uq_event_participant_person",
    }
    reflected = {
        index["name"]: index
        for table in ("organization", "event_participant")
        for index in inspect(engine).get_indexes(table)
    }
    for name, index in partial.items():
        condition = str(index.dialect_options["sqlite"]["where"])
        ddl = str(CreateIndex(index).compile(dialect=engine.dialect))
        assert ddl.endswith(f"WHERE {condition}"), ddl
        assert reflected[name]["unique"]
        if engine.dialect.name == "postgresql":
            assert str(index.dialect_options["postgresql"]["where"]) == condition
            where = reflected[name]["dialect_options"]["postgresql_where"]
            assert where.replace("(", "").replace(")", "") in (condition, f"{condition} = true")
