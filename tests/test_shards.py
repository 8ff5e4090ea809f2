"""A corpus imported from Parquet shards: files, manifest, checksums, rejected rows, and the counts reconciling."""
from datetime import date, datetime

import pandas as pd
import pytest

from helpers import corpus, paths, shards, workbook

TODAY = date(2026, 11, 23)


def write_shards(folder):
    folder.mkdir()
    pd.DataFrame({
        "doc_id": ["a1", "a2", "", "a1"],
        "text": ["France should leave NATO, he said.\n", "<html><body><p>Le Pen veut quitter le commandement.</p></body></html>", "no id", "again"],
        "format": ["txt", "HTML", "txt", "txt"],
        "outlet": ["Outlet A", "Outlet B", "", ""],
        "published": [datetime(2022, 1, 4, 17, 23), datetime(2022, 4, 8), None, None],
        "language": ["en", "fr", "", ""],
    }).to_parquet(folder / "part-0.parquet", index=False)
    pd.DataFrame({
        "doc_id": ["b/../1", "b2", "b3", "b4", "b5"],
        "text": ["x", "   ", "fine", "dated", "other language code"],
        "format": ["txt", "txt", "pdf", "txt", "txt"],
        "published": [None, None, None, datetime(2031, 1, 1), None],
        "language": ["", "", "", "", "english"],
    }).to_parquet(folder / "part-1.parquet", index=False)


def test_shards_become_a_corpus_that_the_inventory_accepts(tmp_path):
    write_shards(tmp_path / "crawl")
    counts = shards.import_shards(str(tmp_path / "crawl" / "part-*.parquet"), tmp_path / "corpus", TODAY)
    assert counts == "rows in = 9 = documents 2 + rejected 7"
    manifest = corpus.load_manifest(tmp_path / "corpus", TODAY)
    assert manifest["file"].tolist() == ["a1.txt", "a2.html"]
    assert manifest["published"].tolist() == ["2022-01-04T17:23", "2022-04-08"]
    assert manifest["language"].tolist() == ["en", "fr"]
    files = corpus.document_files(tmp_path / "corpus")
    kept, missing = corpus.reconcile(manifest, files)
    assert len(kept) == 2 and missing.empty
    blobs = corpus.read_bytes(tmp_path / "corpus", files)
    corpus.verify_checksums(manifest, {name: corpus.sha256_bytes(data) for name, data in blobs.items()}, "corpus")
    assert blobs["a1.txt"] == "France should leave NATO, he said.\n".encode()  # the text byte for byte, no stripping


def test_every_unusable_row_is_set_aside_with_its_shard_row_and_reason(tmp_path):
    write_shards(tmp_path / "crawl")
    shards.import_shards(str(tmp_path / "crawl" / "*.parquet"), tmp_path / "corpus", TODAY)
    rejected = pd.read_csv(tmp_path / "corpus" / shards.REJECTED_NAME, dtype=str, keep_default_na=False)
    reasons = dict(zip(zip(rejected["shard"].str.rsplit("/", n=1).str[-1], rejected["row"].astype(int)), rejected["reason"]))
    assert reasons == {
        ("part-0.parquet", 3): "no_doc_id", ("part-0.parquet", 4): "duplicate_doc_id",
        ("part-1.parquet", 1): "unsafe_doc_id", ("part-1.parquet", 2): "empty_text", ("part-1.parquet", 3): "unknown_format",
        ("part-1.parquet", 4): "bad_published", ("part-1.parquet", 5): "bad_language",
    }


def test_a_shard_without_a_text_column_is_named(tmp_path):
    (tmp_path / "crawl").mkdir()
    pd.DataFrame({"doc_id": ["a"], "body": ["x"]}).to_parquet(tmp_path / "crawl" / "p.parquet", index=False)
    with pytest.raises(shards.ShardError, match=r"p\.parquet: missing column\(s\) text"):
        shards.import_shards(str(tmp_path / "crawl" / "p.parquet"), tmp_path / "corpus", TODAY)


def test_a_file_that_is_not_parquet_is_named(tmp_path):
    (tmp_path / "fake.parquet").write_text("doc_id,text\na,b\n")
    with pytest.raises(shards.ShardError, match=r"fake\.parquet: not a readable Parquet file"):
        shards.import_shards(str(tmp_path / "fake.parquet"), tmp_path / "corpus", TODAY)


def test_no_matching_shard_and_a_non_empty_target_are_refused(tmp_path):
    with pytest.raises(shards.ShardError, match="no Parquet shard matches"):
        shards.import_shards(str(tmp_path / "none-*.parquet"), tmp_path / "corpus", TODAY)
    write_shards(tmp_path / "crawl")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "keep.txt").write_text("raw")
    with pytest.raises(corpus.CorpusError, match="not empty"):
        shards.import_shards(str(tmp_path / "crawl" / "*.parquet"), tmp_path / "corpus", TODAY)
    assert (tmp_path / "corpus" / "keep.txt").read_text() == "raw"


def test_relative_patterns_are_read_from_the_repository_root(tmp_path, monkeypatch):
    write_shards(tmp_path / "crawl")
    monkeypatch.setattr(shards, "ROOT", tmp_path)  # stands in for the repository root
    monkeypatch.chdir(paths.ROOT / "notebooks")  # the working folder must not matter
    assert shards.shard_paths("crawl/part-*.parquet") == [tmp_path / "crawl" / "part-0.parquet", tmp_path / "crawl" / "part-1.parquet"]


def test_the_command_line_prints_the_reconciled_counts_and_one_line_errors(tmp_path, capsys):
    write_shards(tmp_path / "crawl")
    assert workbook.main(["import-parquet", str(tmp_path / "crawl" / "*.parquet"), str(tmp_path / "corpus")]) == 0
    assert "rows in = 9 = documents 2 + rejected 7" in capsys.readouterr().out
    assert workbook.main(["import-parquet", str(tmp_path / "crawl" / "*.parquet"), str(tmp_path / "corpus")]) == 2
    assert capsys.readouterr().err.startswith("error: ")
