"""`tracker person`: add, list, show, edit, remove."""

from __future__ import annotations


def test_add_list_show(records, as_json):
    cli = records
    added = cli("person", "add", "Zhu Chaohua", "--title", "Inspector", "--org", "GDIP")
    assert added.exit_code == 0, added.output
    assert added.output.strip() == "Added person Zhu Chaohua (id 2)."
    assert as_json("person", "list") == [
        {"id": 1, "name": "Li Yue", "title": "Vice President",
         "organization": "Shenzhen Polytechnic University"},
        {"id": 2, "name": "Zhu Chaohua", "title": "Inspector",
         "organization": "Guangdong Industry Polytechnic"},
    ]
    assert [p["name"] for p in as_json("person", "list", "--org", "gdip")] == ["Zhu Chaohua"]
    assert [p["name"] for p in as_json("person", "list", "--name", "yue")] == ["Li Yue"]
    assert cli("event", "add", "Forum", "--date", "2023-04-02").exit_code == 0
    assert cli("event", "participant", "add", "Forum", "Li Yue", "--role", "speaker").exit_code == 0
    shown = as_json("person", "show", "li yue")
    assert shown["events"] == [{"id": 1, "title": "Forum", "start": "2023-04-02", "role": "speaker"}]


def test_edit_and_remove(records, as_json):
    cli = records
    result = cli("person", "edit", "Li Yue", "--title", "President", "--org", "")
    assert result.exit_code == 0, result.output
    assert as_json("person", "show", "1") == {
        "id": 1, "name": "Li Yue", "title": "President", "organization": None, "events": [],
    }
    assert cli("person", "remove", "1", "--yes").exit_code == 0
    assert as_json("person", "list") == []


def test_two_people_of_one_name_need_the_id(records):
    assert records("person", "add", "Li Yue", "--org", "GDIP").exit_code == 0
    result = records("person", "show", "Li Yue")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: 'Li Yue' could be several people: Li Yue (id 1); Li Yue (id 2); use the id"
    )
