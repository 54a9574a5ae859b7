"""Migration 0004: stored name keys follow the rule that ignores Chinese quotes and brackets."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from tracker import migrate
from tracker.cli.main import app
from tracker.db import make_engine, session_scope
from tracker.errors import Conflict
from tracker.models import Alias, Alliance, Organization, OrganizationKind, Person
from tracker.services import resolve

# names written with Chinese punctuation, and the keys the rule before 0004 stored for them
OLD_KEYS = {
    ("organization", "“湖畔”理工学院"): "湖畔 理工学院",
    ("alliance", "《数字丝路》职教联盟"): "数字丝路 职教联盟",
    ("alias", "湖畔理工（筹）"): "湖畔理工 筹",
    ("person", "阿卜杜拉·哈桑"): "阿卜杜拉 哈桑",
}


def _at_0003_with(url: str, *, clash: bool = False):  # type: ignore[no-untyped-def]
    """A database at revision 0003 holding Chinese names with the keys 0003 computed."""
    engine = make_engine(url)
    migrate.upgrade(engine, "0003")
    # the audit log of these rows is not under test, and a 0003 change table has no
    # database_user column yet (0007): they are logged without it, as on SQLite
    from unittest import mock

    with mock.patch("tracker.audit._database_user", return_value=None), \
            session_scope(engine, actor="test", command="pytest") as session:
        college = Organization(name="“湖畔”理工学院", kind=OrganizationKind.COLLEGE)
        session.add_all([
            college,
            Alliance(name="《数字丝路》职教联盟"),
            Alias(name="湖畔理工（筹）", organization=college),
            Alias(name="湖畔理工学院", organization=college),  # its owner's own key: allowed
            Person(name="阿卜杜拉·哈桑", organization=college),
        ])
        if clash:  # another record that only the quotes told apart
            session.add(Alliance(name="湖畔 理工学院"))
    with engine.begin() as connection:
        for (table, name), key in OLD_KEYS.items():
            connection.execute(
                text(f"UPDATE {table} SET name_key = :key WHERE name = :name"),
                {"key": key, "name": name},
            )
        connection.execute(text("UPDATE alias SET name_key = '湖畔理工学院 ' WHERE name = '湖畔理工学院'"))
    return engine


def _keys(engine) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        return {
            (table, name): key
            for table in ("organization", "alliance", "alias", "person")
            for name, key in connection.execute(text(f"SELECT name, name_key FROM {table}"))
        }


def test_upgrade_recomputes_keys_and_downgrade_restores_them(empty_db_url):
    engine = _at_0003_with(empty_db_url)
    migrate.upgrade(engine)
    keys = _keys(engine)
    assert keys[("organization", "“湖畔”理工学院")] == "湖畔理工学院"
    assert keys[("alliance", "《数字丝路》职教联盟")] == "数字丝路职教联盟"
    assert keys[("alias", "湖畔理工（筹）")] == "湖畔理工筹"
    assert keys[("person", "阿卜杜拉·哈桑")] == "阿卜杜拉哈桑"
    with session_scope(engine) as session:
        assert resolve.organization(session, "湖畔理工学院").name == "“湖畔”理工学院"
        assert resolve.alliance(session, "“数字丝路”职教联盟").name == "《数字丝路》职教联盟"
    migrate.downgrade(engine, "0003")
    restored = _keys(engine)
    for slot, key in OLD_KEYS.items():
        assert restored[slot] == key
    engine.dispose()


def test_upgrade_refuses_names_the_new_rule_would_join(empty_db_url):
    engine = _at_0003_with(empty_db_url, clash=True)
    before = _keys(engine)
    with pytest.raises(Conflict, match=r"organization 1 '“湖畔”理工学院' and alliance 2 '湖畔 理工学院'"):
        migrate.upgrade(engine)
    assert migrate.current_revision(engine) == "0003"
    assert _keys(engine) == before
    engine.dispose()


def test_db_upgrade_command_says_which_names_clash_in_one_line(empty_db_url):
    engine = _at_0003_with(empty_db_url, clash=True)
    engine.dispose()
    result = CliRunner().invoke(app, ["--db", empty_db_url, "db", "upgrade"])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [
        "Error: cannot upgrade to 0004: organization 1 '“湖畔”理工学院' and alliance 2 "
        "'湖畔 理工学院' would share the name key '湖畔理工学院'; rename or merge one of them "
        "first (tracker org merge)"
    ]
