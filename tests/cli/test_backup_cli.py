"""`tracker db backup` (SQLite online backup) and `tracker db restore` of a `db export`."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from tracker.cli.main import app

ON_POSTGRESQL = bool(os.environ.get("TRACKER_TEST_DATABASE_URL"))


def run(url: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", url, "--actor", "tester", *args])


@pytest.fixture
def filled(records, seed):
    """Records of every kind, so a restore has every table to fill."""
    cli = records
    seed((
        ("member", "add", "SZPU", "GDBRA", "--since", "2022"),
        ("member", "role", "SZPU", "GDBRA", "chair", "--since", "2023-11-17"),
        ("source", "add", "--title", "News", "--published", "2023-11"),
        ("event", "add", "Meeting", "--date", "2023-11-17", "--series", "Annual", "--edition", "2",
         "--source", "1"),
        ("event", "participant", "add", "1", "Li Yue", "--role", "speaker"),
        ("coop", "add", "SZPU", "--partner", "KTTC", "--kind", "mou", "--end", "2028"),
        ("figure", "add", "SZPU", "students", "12.5", "--as-of", "2023"),
        ("group", "add", "Belt and Road partner countries", "DE", "--joined", "2030"),
        ("org", "alias", "add", "KTTC", "肯尼亚技术师范学院"),
        # the International Influence Table's records
        ("coop", "add", "SZPU", "--country", "KE", "--kind", "teaching_abroad", "--direction",
         "outgoing", "--headcount", "3", "--days", "12"),
        ("post", "add", "Li Yue", "--org", "KTTC", "--role", "council_member", "--start", "2022"),
        ("standard", "add", "SZPU", "Welding course", "--kind", "course", "--adopter", "KTTC",
         "--adopted", "2023-04"),
        ("event", "add", "Skills Cup", "--kind", "competition", "--date", "2023-05",
         "--country", "KE"),
        ("award", "add", "SZPU", "Skills Cup", "--level", "gold", "--winner", "student"),
        ("site", "add", "SZPU", "Workshop", "--country", "KE", "--partner", "KTTC", "--opened",
         "2021"),
    ))
    return cli


def test_export_restore_export_is_identical(filled, empty_db_url, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert filled("db", "export", str(first)).exit_code == 0
    restored = run(empty_db_url, "db", "restore", str(first))
    assert restored.exit_code == 0, restored.output
    assert restored.stdout.startswith("Restored ")  # stderr announces the new file
    assert run(empty_db_url, "db", "export", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    for table in ("post", "standard_adoption", "award", "teaching_site"):
        assert len(document["tables"][table]) == 1, table
    # ids continue after the restored ones (on PostgreSQL: the sequences were reset)
    added = run(empty_db_url, "org", "add", "New College")
    assert added.exit_code == 0, added.output
    assert added.output.strip() == "Added organization New College (id 4)."


def test_an_export_of_0003_restores_with_todays_name_keys(filled, empty_db_url, tmp_path):
    import json

    exported = tmp_path / "old.json"
    assert filled("org", "add", "“湖畔”理工学院").exit_code == 0
    assert filled("db", "export", str(exported)).exit_code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["schema"] = "0003"
    for row in document["tables"]["organization"]:
        if row["name"] == "“湖畔”理工学院":
            row["name_key"] = "湖畔 理工学院"  # the key 0003 computed
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    restored = run(empty_db_url, "db", "restore", str(exported))
    assert restored.exit_code == 0, restored.output
    shown = run(empty_db_url, "org", "show", "湖畔理工学院", "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["name"] == "“湖畔”理工学院"


def test_restore_refuses_a_database_with_records(filled, db_url, dump, tmp_path):
    exported = tmp_path / "x.json"
    assert filled("db", "export", str(exported)).exit_code == 0
    before = dump()
    result = filled("db", "restore", str(exported))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the database already holds records (change, ")
    assert dump() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "is not JSON (line 1: Expecting value)"),
        (b'{"format": "other"}', "is not a `tracker db export` file"),
        (b'{"format": "tracker-export", "schema": "0001", "tables": {}}',
         "was exported at schema revision 0001"),
        (b"\xff\xfe\x00bad", "is not UTF-8 text"),
    ],
    ids=["not json", "not an export", "old schema", "not utf-8"],
)
def test_restore_refuses_bad_files(empty_db_url, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = run(empty_db_url, "db", "restore", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}")
    assert message in result.stderr


@pytest.mark.skipif(ON_POSTGRESQL, reason="backup copies SQLite files")
def test_backup_is_a_complete_sqlite_file(filled, db_url, tmp_path):
    target = tmp_path / "backup.sqlite"
    result = filled("db", "backup", str(target))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Backed up the database to {target} (")
    with sqlite3.connect(target) as connection:  # stand-alone: no write-ahead log beside it
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    exported, copied = tmp_path / "a.json", tmp_path / "b.json"
    assert filled("db", "export", str(exported)).exit_code == 0
    assert run(f"sqlite:///{target}", "db", "export", str(copied)).exit_code == 0
    assert exported.read_text() == copied.read_text()

    again = filled("db", "backup", str(target))
    assert again.exit_code == 1
    assert again.stderr.strip() == f"Error: {target} already exists; choose a new file name"


@pytest.mark.skipif(not ON_POSTGRESQL, reason="PostgreSQL only")
def test_backup_of_postgresql_points_to_export(filled, tmp_path):
    result = filled("db", "backup", str(tmp_path / "x.sqlite"))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: db backup copies SQLite files;")


@pytest.mark.skipif(not ON_POSTGRESQL, reason="moves a database between the two engines")
def test_sqlite_to_postgresql_in_another_time_zone_and_back_is_identical(empty_db_url, tmp_path):
    """A server (here: the database) in Asia/Shanghai shifts no timestamp either way."""
    from sqlalchemy import create_engine, text

    from tracker.config import normalise_url

    sqlite_first = f"sqlite:///{tmp_path / 'first.sqlite'}"
    sqlite_again = f"sqlite:///{tmp_path / 'again.sqlite'}"
    for args in (("org", "add", "Lakeside Polytechnic", "--home"),
                 ("alliance", "add", "Riverside Skills Network"),
                 ("member", "add", "Lakeside Polytechnic", "Riverside Skills Network")):
        assert run(sqlite_first, *args).exit_code == 0
    name = empty_db_url.rsplit("/", 1)[1]
    admin = create_engine(normalise_url(empty_db_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"ALTER DATABASE {name} SET timezone = 'Asia/Shanghai'"))
    admin.dispose()
    exports = [tmp_path / f"{n}.json" for n in ("sqlite", "postgresql", "sqlite-again")]
    assert run(sqlite_first, "db", "export", str(exports[0])).exit_code == 0
    assert run(empty_db_url, "db", "restore", str(exports[0])).exit_code == 0
    assert run(empty_db_url, "db", "export", str(exports[1])).exit_code == 0
    assert run(sqlite_again, "db", "restore", str(exports[1])).exit_code == 0
    assert run(sqlite_again, "db", "export", str(exports[2])).exit_code == 0
    assert exports[0].read_bytes() == exports[1].read_bytes() == exports[2].read_bytes()
    assert '+00:00"' in exports[0].read_text(encoding="utf-8")  # each with its offset


def _tampered(cli, tmp_path, change):  # type: ignore[no-untyped-def]
    """This (record-free) database's export with `change(document)` applied, as a file."""
    import json

    exported = tmp_path / "good.json"
    assert cli("db", "export", str(exported)).exit_code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


ORG = {"id": 1, "name": "Lakeside Polytechnic", "name_key": "lakeside polytechnic",
       "kind": "college", "is_home": False, "created_at": "2024-01-01T00:00:00+00:00",
       "updated_at": "2024-01-01T00:00:00+00:00"}


def _with_org(**changes):  # type: ignore[no-untyped-def]
    def change(document):  # type: ignore[no-untyped-def]
        document["tables"]["organization"] = [{**ORG, **changes}]
    return change


def _without(*names):  # type: ignore[no-untyped-def]
    def change(document):  # type: ignore[no-untyped-def]
        for name in names:
            document["tables"].pop(name)
    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(tables={}), "has no rows for role, country"),
        (_without("country"), "has no rows for country"),
        (lambda d: d["tables"].update(role=[]), "has no rows for role"),
        (lambda d: d["tables"].update(organization={"id": 1}), "table organization is not a list"),
        (_with_org(id="one"), "table organization, row 1: id 'one' is not a valid value"),
        (_with_org(id=2**40), "table organization, row 1: id 1099511627776 is out of range"),
        (_with_org(name="x" * 301), "table organization, row 1: name is 301 characters long"),
        (_with_org(name=["a list"]), "table organization, row 1: name ['a list'] is not a valid"),
        (_with_org(kind="castle"), "table organization, row 1: kind 'castle' is not a valid"),
        (_with_org(created_at="yesterday"), "created_at 'yesterday' is not a valid value"),
        (_with_org(is_home="yes"), "is_home 'yes' is not a valid value"),
        (_with_org(name="Nul\x00 College"), "name contains a NUL character"),
    ],
    ids=["no tables", "no countries", "empty roles", "rows not a list", "id text",
         "id beyond 32 bits", "name too long", "name a list", "unknown kind", "bad timestamp",
         "flag as text", "nul"],
)
def test_restore_validates_every_row_before_it_writes(
    cli, assert_refused, tmp_path, change, message
):
    path = _tampered(cli, tmp_path, change)
    result = assert_refused(cli, ["db", "restore", path], 2, "Error: ")
    assert message in result.stderr


def test_restore_and_csv_inputs_refuse_devices_and_fifos(cli, assert_refused, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        result = assert_refused(cli, ["db", "restore", path], 2, f"Error: cannot read {path}")
        assert "not a regular file" in result.stderr
        assert_refused(cli, ["group", "create", "Partners", "--csv", path], 2,
                       f"Error: cannot read {path}")
        assert_refused(cli, ["source", "add", "--title", "T", "--file", path], 2,
                       f"Error: cannot read {path}")
