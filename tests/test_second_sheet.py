"""The checks and writer of the second stance annotations (data/annotations/stance_second/second_sheet.py)."""
from __future__ import annotations

import csv
import importlib.util

import pytest

from helpers import paths

_SPEC = importlib.util.spec_from_file_location("second_sheet", paths.ROOT / "data" / "annotations" / "stance_second" / "second_sheet.py")
second_sheet = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(second_sheet)

ROWS = [("a1", "FAVOR", "leave_command", "X", ""), ("a2", "NONE", "distance_or_reform", "[outlet]", "a note")]


def test_a_complete_consistent_table_has_no_problem():
    assert second_sheet.problems(ROWS, ["a1", "a2"]) == []


def test_every_kind_of_problem_is_named_with_its_id():
    rows = ROWS + [("a1", "AGAINST", "leave_command", " ", ""), ("zz", "NONE", "none", "Y", "")]
    found = second_sheet.problems(rows, ["a1", "a2", "a3"])
    assert "a1: decided more than once" in found and "a3: no decision" in found and "zz: not an id of the sheet" in found
    assert "a1: position 'leave_command' does not go with label 'AGAINST'" in found and "a1: empty speaker" in found


def test_write_orders_rows_as_the_sheet_and_refuses_a_bad_table(tmp_path):
    (tmp_path / "annotations" / "sheet").mkdir(parents=True)
    (tmp_path / "annotations" / "sheet" / "labels.csv").write_text("item_id,text\na2,x\na1,y\n", encoding="utf-8")
    folder = tmp_path / "annotations" / "stance_second" / "sheet"
    folder.mkdir(parents=True)
    second_sheet.write(folder, ROWS)
    with open(folder / "second.csv", newline="", encoding="utf-8") as fh:
        assert [row["id"] for row in csv.DictReader(fh)] == ["a2", "a1"]
    with pytest.raises(SystemExit, match="a2: no decision"):
        second_sheet.write(folder, ROWS[:1])


@pytest.mark.parametrize("folder", ["stance", "stance_train5_en", "stance_train5_fr"])
def test_each_shipped_second_annotation_rebuilds_identically(folder, tmp_path):
    shipped = paths.ROOT / "data" / "annotations" / "stance_second" / folder / "second.csv"
    spec = importlib.util.spec_from_file_location(f"make_second_{folder}", shipped.parent / "make_second.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines the table; writing happens only under __main__
    table = next(value for name, value in vars(module).items() if name.isupper() and isinstance(value, list) and value and isinstance(value[0], tuple))
    copy = tmp_path / "annotations" / "stance_second" / folder
    copy.mkdir(parents=True)
    (tmp_path / "annotations" / folder).mkdir(parents=True)
    (tmp_path / "annotations" / folder / "labels.csv").write_bytes((paths.ROOT / "data" / "annotations" / folder / "labels.csv").read_bytes())
    second_sheet.write(copy, table)
    assert (copy / "second.csv").read_bytes() == shipped.read_bytes()
