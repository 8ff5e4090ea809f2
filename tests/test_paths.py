"""Paths are anchored at the repository root, whatever the working directory."""
import os
from pathlib import Path

import pytest

from helpers import paths


def test_root_holds_the_workbook_layout():
    for name in ("notebooks", "data", "helpers", "tests", "environment.yml", "README.md"):
        assert (paths.ROOT / name).exists(), name


def test_relative_paths_resolve_from_the_root_not_the_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert paths.resolve("data/raw") == paths.ROOT / "data" / "raw"
    assert paths.resolve(tmp_path) == tmp_path


def test_display_is_relative_inside_the_root_and_absolute_outside(tmp_path):
    assert paths.display(paths.ROOT / "data" / "raw") == "data/raw"
    assert paths.display(tmp_path) == tmp_path.as_posix()


def test_workspace_puts_outputs_under_the_output_dir(tmp_path):
    ws = paths.workspace("data/raw", tmp_path / "out", tmp_path / "figs")
    assert ws.corpus == paths.RAW
    assert ws.manifest == paths.RAW / "manifest.csv"
    assert ws.interim_file("x.parquet") == tmp_path / "out" / "interim" / "x.parquet"
    assert ws.rejected_file("x.csv") == tmp_path / "out" / "processed" / "rejected" / "x.csv"
    assert (tmp_path / "out" / "interim").is_dir()


def test_workspace_names_a_missing_corpus_folder():
    with pytest.raises(FileNotFoundError, match="no/such/folder"):
        paths.workspace("no/such/folder", "data", "reports/figures")
