"""Manifest validation, reconciliation of files and rows, checksums, inventory."""
import hashlib
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus, paths

TODAY = date(2026, 11, 23)
SEEDS = paths.ROOT.parent / "shared" / "seeds"


def row(**overrides):
    base = {"doc_id": "d1", "file": "d1.txt", "sha256": "a" * 64, "outlet": "Outlet", "url": "", "title": "",
            "published": "2022-01-04", "published_basis": "stated", "published_note": "", "language": "en"}
    return {**base, **overrides}


def validate(*rows):
    return corpus.validate_manifest(pd.DataFrame(list(rows)), "manifest.csv", TODAY)


def test_a_valid_manifest_comes_back_with_columns_in_order():
    manifest = validate(row(), row(doc_id="d2", file="d2.txt", published="", published_basis="unknown"))
    assert list(manifest.columns) == corpus.MANIFEST_COLUMNS
    assert manifest["doc_id"].tolist() == ["d1", "d2"]


def test_missing_column_is_named():
    with pytest.raises(corpus.CorpusError, match="missing column.*sha256"):
        corpus.validate_manifest(pd.DataFrame([row()]).drop(columns="sha256"), "manifest.csv", TODAY)


def test_empty_manifest_is_refused():
    with pytest.raises(corpus.CorpusError, match="no rows"):
        corpus.validate_manifest(pd.DataFrame(columns=corpus.MANIFEST_COLUMNS), "manifest.csv", TODAY)


def test_duplicate_doc_id_names_the_csv_row():
    with pytest.raises(corpus.CorpusError, match=r"row 3, column doc_id: 'd1' is a duplicate"):
        validate(row(), row(file="other.txt"))


@pytest.mark.parametrize("value, message", [
    ("04/01/2022", "not ISO 8601"),
    ("2022-02-30", "not a real calendar date"),
    ("2027-01", "in the future"),
])
def test_bad_published_values_are_named_with_row_and_column(value, message):
    with pytest.raises(corpus.CorpusError, match=f"row 2, column published: .*{message}"):
        validate(row(published=value))


def test_unknown_basis_and_bad_language_are_both_reported():
    with pytest.raises(corpus.CorpusError) as info:
        validate(row(published_basis="guessed", language="English"))
    assert "column published_basis" in str(info.value) and "column language" in str(info.value)


@pytest.mark.parametrize("value, precision", [
    ("1966", "year"), ("2021-09", "month"), ("2022-01-03", "day"), ("2022-01-04T17:23", "minute"),
    ("2022-01-04T17:23:00+01:00", "minute"), ("January 2022", None), ("", None),
])
def test_published_precision(value, precision):
    assert corpus.published_precision(value) == precision


def test_reconcile_quarantines_missing_files_and_unlisted_files():
    manifest = validate(row(), row(doc_id="d2", file="d2.txt"))
    kept, rejected = corpus.reconcile(manifest, ["d1.txt", "stray.html"])
    assert kept["doc_id"].tolist() == ["d1"]
    assert sorted(zip(rejected["file"], rejected["reason"])) == [("d2.txt", "file_missing"), ("stray.html", "no_manifest_row")]
    assert corpus.documents_in(manifest, rejected) == 3 == len(kept) + len(rejected)


def test_checksum_mismatch_is_a_loud_error_naming_the_file():
    manifest = validate(row(sha256=hashlib.sha256(b"original").hexdigest()))
    corpus.verify_checksums(manifest, {"d1.txt": corpus.sha256_bytes(b"original")}, "corpus")
    with pytest.raises(corpus.ChecksumError, match="d1.txt"):
        corpus.verify_checksums(manifest, {"d1.txt": corpus.sha256_bytes(b"edited")}, "corpus")


def test_corpus_checksum_ignores_row_order():
    assert corpus.corpus_checksum(["b" * 64, "a" * 64]) == corpus.corpus_checksum(["a" * 64, "b" * 64])
    assert corpus.corpus_checksum(["a" * 64]) != corpus.corpus_checksum(["b" * 64])


def test_load_manifest_names_a_missing_or_empty_file(tmp_path):
    with pytest.raises(corpus.CorpusError, match="no manifest"):
        corpus.load_manifest(tmp_path, TODAY)
    (tmp_path / "manifest.csv").write_text("")
    with pytest.raises(corpus.CorpusError, match="empty"):
        corpus.load_manifest(tmp_path, TODAY)


def test_inventory_counts_and_quarantines_empty_files():
    manifest = validate(row(), row(doc_id="d2", file="d2.txt"))
    documents, rejected = corpus.inventory(manifest, {"d1.txt": "Titre\n\nCorps de l’article.\n".encode(), "d2.txt": b"  \n"})
    assert documents[["doc_id", "characters", "lines", "non_blank_lines", "encoding"]].values.tolist() == [["d1", 27, 3, 2, "utf-8"]]
    assert rejected[["doc_id", "reason"]].values.tolist() == [["d2", "empty"]]


def test_the_seed_manifest_is_valid_and_matches_the_raw_files():
    manifest = corpus.load_manifest(paths.RAW, TODAY)
    assert corpus.document_files(paths.RAW) == sorted(manifest["file"])
    blobs = corpus.read_bytes(paths.RAW, manifest["file"])
    corpus.verify_checksums(manifest, {k: corpus.sha256_bytes(v) for k, v in blobs.items()}, "data/raw")
    assert len(manifest) == 5


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this clone")
def test_raw_files_are_byte_copies_of_the_shared_seeds():
    seeds = sorted(p.name for p in SEEDS.iterdir())
    assert seeds == corpus.document_files(paths.RAW)
    for name in seeds:
        assert (SEEDS / name).read_bytes() == (paths.RAW / name).read_bytes(), name
