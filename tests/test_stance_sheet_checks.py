"""The checks every stance sheet's make_labels.py runs (data/annotations/stance_sheet_checks.py)."""
from __future__ import annotations

import importlib.util

import pytest

from helpers import paths

_SPEC = importlib.util.spec_from_file_location("stance_sheet_checks", paths.ROOT / "data" / "annotations" / "stance_sheet_checks.py")
checks = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(checks)

HERE = paths.ROOT / "data" / "annotations" / "stance_new_sheet_for_tests"  # not a directory: every real sheet is "other"
SOURCES = {"a": ("en", "A title", "A publisher", "https://example.org/a-page-no-sheet-uses", "2026", "a query")}
ITEMS = [("a", "Zorblat quintessence of the unlikely sentence one.", "NONE", "none", "[outlet]", ""),
         ("a", "Mme Quux wants France out of NATO's integrated command, she said on Tuesday.", "FAVOR", "leave_command", "Quux", "")]


def test_a_clean_sheet_passes_and_is_compared_with_every_real_sheet():
    compared, n_sentences = checks.check_sheet(ITEMS, SOURCES, "en", HERE)
    assert paths.ROOT / "data" / "annotations" / "stance_train_en" / "labels.csv" in compared
    assert n_sentences > 1000


@pytest.mark.parametrize("items, sources, message", [
    ([ITEMS[0][:2] + ("AGAINST", "none", "[outlet]", "")], SOURCES, "requires NONE"),
    ([ITEMS[0][:4] + ("", "")], SOURCES, "empty speaker"),
    (ITEMS + [ITEMS[0][:1] + ("Zorblat quintessence of the unlikely sentence one!",) + ITEMS[0][2:]], SOURCES, "near-duplicate items"),
    (ITEMS, {"a": SOURCES["a"][:3] + ("http://www.example.org/a-page-no-sheet-uses/",) + SOURCES["a"][4:],
             "b": SOURCES["a"]}, "sources never used"),
    (ITEMS, {"a": ("fr",) + SOURCES["a"][1:]}, "language 'en'"),
    (ITEMS, {"a": SOURCES["a"][:3] + ("https://www.radionz.co.nz/news/world/5976/france-to-return-to-nato-command/",) + SOURCES["a"][4:]},
     "URL already used by data/annotations/stance_train_en/sources.csv"),
    ([ITEMS[0][:1] + ("France is to rejoin NATO's integrated military command.",) + ITEMS[0][2:]], SOURCES, "near-duplicate (ratio"),
])
def test_a_bad_sheet_stops_with_a_message_naming_the_problem(items, sources, message, capsys):
    with pytest.raises(SystemExit) as stop:
        checks.check_sheet(items, sources, "en", HERE)
    assert message in str(stop.value)


def test_two_spellings_of_one_page_are_one_page():
    assert checks.norm_url("https://www.Example.org/x/") == checks.norm_url("http://example.org/x")


def test_write_sheet_writes_labels_and_sources_with_sentence_counts(tmp_path):
    rows = [{"item_id": f"x{i}", "source_id": "xs01", "language": "en", "text": text, "label": label, "position": position,
             "speaker": speaker, "note": note} for i, (_, text, label, position, speaker, note) in enumerate(ITEMS, 1)]
    checks.write_sheet(tmp_path, rows, {"a": "xs01"}, SOURCES)
    labels = (tmp_path / "labels.csv").read_text(encoding="utf-8").splitlines()
    assert labels[0] == ",".join(checks.LABEL_COLUMNS) and labels[2].startswith('x2,xs01,en,"Mme Quux wants France out')
    assert (tmp_path / "sources.csv").read_text(encoding="utf-8").splitlines() == [
        ",".join(checks.SOURCE_COLUMNS), "xs01,en,A title,A publisher,https://example.org/a-page-no-sheet-uses,2026,a query,2"]


def test_replace_counts_rewrites_only_between_the_markers(tmp_path):
    readme = tmp_path / "README.md"
    assert not checks.replace_counts(readme, "new")  # no README: nothing written
    readme.write_text("intro\n<!-- counts:start -->\nold\n<!-- counts:end -->\nend\n", encoding="utf-8")
    assert checks.replace_counts(readme, "| n | 2 |")
    assert readme.read_text(encoding="utf-8") == "intro\n<!-- counts:start -->\n| n | 2 |\n<!-- counts:end -->\nend\n"
    readme.write_text("no markers\n", encoding="utf-8")
    assert not checks.replace_counts(readme, "x") and readme.read_text(encoding="utf-8") == "no markers\n"


def test_numbered_rows_number_items_and_pages_in_order_of_first_use():
    sources = {"b": ("fr",) + SOURCES["a"][1:], **SOURCES}
    items = [("b", "Une phrase.", "NONE", "none", "[outlet]", "")] + ITEMS
    rows, source_ids = checks.numbered_rows(items, sources, "q", "qs")
    assert source_ids == {"b": "qs01", "a": "qs02"}
    assert [(r["item_id"], r["source_id"], r["language"]) for r in rows] == [("q001", "qs01", "fr"), ("q002", "qs02", "en"), ("q003", "qs02", "en")]
    assert rows[2]["speaker"] == "Quux" and list(rows[0]) == checks.LABEL_COLUMNS
