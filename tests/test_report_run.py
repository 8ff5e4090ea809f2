"""`make report` on the fixture corpus with non-default parameters: run folder, HTML, index, counts.

This runs every numbered notebook through papermill, so it is the slowest test of the suite.
"""
import hashlib
import re
import shutil
import subprocess

import pandas as pd
import pytest

from helpers import corpus, paths


def tree_hashes(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    reports = tmp_path_factory.mktemp("reports")
    raw_folders = (paths.RAW, paths.TESTS / "fixtures" / "corpus")  # the seeds and the corpus this run reads
    raw_before = [tree_hashes(folder) for folder in raw_folders]
    result = subprocess.run(
        ["make", "--no-print-directory", "report", "PARAMS=tests/fixtures/params.yaml", "RUN=fixture", f"REPORTS_DIR={reports}"],
        cwd=paths.ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert [tree_hashes(folder) for folder in raw_folders] == raw_before, "a run must never write raw data"
    return reports, reports / "runs" / "fixture"


def test_run_folder_holds_every_executed_notebook_and_both_html_versions(fixture_run):
    _, run_dir = fixture_run
    for notebook in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        assert (run_dir / notebook.name).is_file()
        assert (run_dir / "html" / f"{notebook.stem}.html").stat().st_size > 1000
        assert (run_dir / "html" / f"{notebook.stem}-code.html").stat().st_size > 1000


def test_reader_html_has_no_code_and_reviewer_html_has_it(fixture_run):
    _, run_dir = fixture_run
    reader = (run_dir / "html" / "00-inventory-corpus.html").read_text()
    reviewer = (run_dir / "html" / "00-inventory-corpus-code.html").read_text()
    assert "load_manifest" not in reader and "load_manifest" in reviewer
    assert "Inventory of the corpus" in reader


def test_index_lists_notebooks_parameters_checksum_versions_and_commit(fixture_run):
    reports, run_dir = fixture_run
    index = (reports / "index.html").read_text()
    manifest = corpus.load_manifest(paths.TESTS / "fixtures" / "corpus")
    assert "runs/fixture/html/00-inventory-corpus.html" in index
    assert "Which documents are in the corpus" in index
    assert corpus.corpus_checksum(manifest["sha256"]) in index
    assert "<code>SEED</code></td><td><code>7</code>" in index
    assert "pandas" in index and "git commit" in index
    assert (run_dir / "index.html").is_file()


def test_fixture_run_reconciles_documents_and_writes_outside_data(fixture_run):
    _, run_dir = fixture_run
    documents = pd.read_parquet(run_dir / "data" / "interim" / "00-inventory.parquet")
    rejected = pd.read_csv(run_dir / "data" / "processed" / "rejected" / "00-inventory.csv")
    assert documents["doc_id"].tolist() == ["f01_en", "f02_fr", "f03_page", "f06_cp1252", "f07_utf16", "f08_de", "f10_menu"]
    assert dict(zip(documents["doc_id"], documents["encoding"]))["f06_cp1252"] == "cp1252"
    assert dict(zip(documents["doc_id"], documents["encoding"]))["f07_utf16"] == "utf-16"
    assert sorted(zip(rejected["file"], rejected["reason"])) == [
        ("f04_blank.txt", "empty"), ("f05_report.txt", "undecodable"), ("f09_gone.txt", "file_missing"), ("orphan.txt", "no_manifest_row")]
    assert "PDF" in rejected.set_index("file").loc["f05_report.txt", "detail"]
    assert (run_dir / "figures" / "00-document-sizes.png").is_file()


def test_fixture_run_counts_reconcile_in_every_stage_and_are_printed(fixture_run):
    _, run_dir = fixture_run
    data = run_dir / "data"
    rejected = data / "processed" / "rejected"
    manifest = pd.read_csv(paths.TESTS / "fixtures" / "corpus" / "manifest.csv")
    files = {p.name for p in (paths.TESTS / "fixtures" / "corpus").iterdir() if p.suffix in (".txt", ".html")}
    documents_in = len(manifest) + len(files - set(manifest["file"]))
    inventory = pd.read_parquet(data / "interim" / "00-inventory.parquet")
    quarantined_00 = pd.read_csv(rejected / "00-inventory.csv")
    assert documents_in == 11 == len(inventory) + len(quarantined_00)
    articles = pd.read_parquet(data / "processed" / "01-articles.parquet")
    quarantined_01 = pd.read_csv(rejected / "01-clean.csv")
    assert len(inventory) == len(articles) + len(quarantined_01)
    assert sorted(zip(quarantined_01["doc_id"], quarantined_01["reason"])) == [("f08_de", "unsupported_language"), ("f10_menu", "no_content")]
    sentences = pd.read_parquet(data / "processed" / "01-sentences.parquet")
    stance = pd.read_parquet(data / "processed" / "02-stance.parquet")
    assert set(sentences["doc_id"]) == set(articles["doc_id"]) and stance["sent_id"].tolist() == sentences["sent_id"].tolist()
    gold_stance = pd.read_csv(rejected / "02-gold-stance.csv")
    assert len(gold_stance) == len(pd.read_csv(paths.ANNOTATIONS / "stance" / "labels.csv"))  # no seed sentence in this corpus
    assert set(gold_stance["reason"]) == {"not_in_corpus"}
    for notebook, lines in (("00-inventory-corpus", [r"documents in = 11 = inventoried 7 \+ quarantined 4"]),
                            ("01-clean-corpus", [r"documents in = 7 = cleaned 5 \+ quarantined 2", rf"sentences in = \d+ = in cleaned documents {len(sentences)} \+ in quarantined documents [1-9]"]),
                            ("02-classify-stance", [rf"sentences in = {len(sentences)} = labelled {len(stance)} \+ rejected 0"]),
                            ("03-build-timeline", ["documents in = 5 = with a time expression"])):
        executed = (run_dir / f"{notebook}.ipynb").read_text()
        for line in lines:
            assert re.search(line, executed), (notebook, line)


def test_fixture_run_cleans_english_french_and_html_pages(fixture_run):
    _, run_dir = fixture_run
    processed = run_dir / "data" / "processed"
    articles = pd.read_parquet(processed / "01-articles.parquet").set_index("doc_id")
    sentences = pd.read_parquet(processed / "01-sentences.parquet")
    removed = pd.read_parquet(processed / "01-removed-lines.parquet")
    assert articles.index.tolist() == ["f01_en", "f02_fr", "f03_page", "f06_cp1252", "f07_utf16"]
    assert "“Our security depends on the Alliance – today more than ever,”" in " ".join(sentences["text"])  # cp1252 decoded
    assert any("pétition" in t for t in sentences["text"])  # UTF-16 decoded
    assert articles.loc["f02_fr", "language"] == "fr" and articles.loc["f03_page", "text_basis"] == "html_flattened"
    assert "Most Read" in removed["text"].tolist() and "Tous droits réservés" in removed["text"].tolist()
    assert any("commandement intégré" in t for t in sentences["text"])


def test_fixture_run_labels_stance_and_builds_a_timeline(fixture_run):
    _, run_dir = fixture_run
    processed = run_dir / "data" / "processed"
    sentences = pd.read_parquet(processed / "01-sentences.parquet")
    stance = pd.read_parquet(processed / "02-stance.parquet")
    assert stance["sent_id"].tolist() == sentences["sent_id"].tolist()
    assert set(stance["label"]) <= {"FAVOR", "AGAINST", "NONE"} and (stance["label"] == "FAVOR").any()
    assert stance["method"].str.endswith("(trained on the training pool)").all()  # no fixture sentence has gold
    expressions = pd.read_parquet(processed / "03-expressions.parquet").set_index("text")
    assert expressions.loc["mercredi", "value"] == "2024-03-06"  # the Wednesday before Tuesday 12 March 2024
    canonical = pd.read_parquet(processed / "03-canonical-events.parquet")
    greece = canonical[canonical["country"] == "Greece"].set_index("event_type")["value"].to_dict()
    assert greece == {"withdrawal": "1974", "reintegration": "1980"}


def test_comparison_notebook_runs_with_another_pair_of_cases(fixture_run, tmp_path):
    import papermill

    _, run_dir = fixture_run
    data = shutil.copytree(run_dir / "data", tmp_path / "data")  # leave the fixture run's own tables untouched
    output = tmp_path / "04-spain.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / "04-compare-disengagements.ipynb"), str(output), cwd=str(paths.NOTEBOOKS), progress_bar=False,
        parameters={"CORPUS_DIR": "tests/fixtures/corpus", "OUTPUT_DIR": str(data), "FIGURES_DIR": str(tmp_path),
                    "CASE_A": "France 1966", "CASE_B": "Spain 1986"})
    table = pd.read_csv(data / "processed" / "04-side-by-side.csv", keep_default_na=False)
    assert {"France 1966", "Spain 1986"} <= set(table.columns) and len(table) == 11
    assert (table["Spain 1986"] != "").all()  # every dimension has a reference value (or "not found")
    assert (tmp_path / "04-episodes.png").is_file()


def test_a_mistyped_parameter_stops_the_run_with_one_line_and_no_traceback(tmp_path):
    params = tmp_path / "bad.yaml"
    params.write_text("SEED: seven\nCORPUS_DIR: tests/fixtures/corpus\n")
    result = subprocess.run(["make", "--no-print-directory", "report", f"PARAMS={params}", f"REPORTS_DIR={tmp_path}"],
                            cwd=paths.ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "SEED: expected int like 20260123, got str 'seven'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_bad_manifest_stops_the_run_naming_row_and_column_without_a_traceback(tmp_path):
    folder = tmp_path / "messy"
    shutil.copytree(paths.TESTS / "fixtures" / "corpus", folder)
    manifest = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
    manifest.loc[0, "published"] = "2099-01-01"
    manifest.to_csv(folder / "manifest.csv", index=False)
    result = subprocess.run(["make", "--no-print-directory", "report", f"CORPUS={folder}", "RUN=messy", f"REPORTS_DIR={tmp_path / 'reports'}"],
                            cwd=paths.ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "00-inventory-corpus.ipynb failed" in result.stderr and "row 2, column published: '2099-01-01' is in the future" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_second_run_on_the_dask_engine_writes_byte_identical_tables_and_figures(fixture_run, tmp_path):
    """Two full runs, the second with the per-document stages on a local Dask cluster: determinism and engine equivalence at once."""
    _, pandas_run = fixture_run
    result = subprocess.run(
        ["make", "--no-print-directory", "report", "PARAMS=tests/fixtures/params_dask.yaml", "RUN=fixture", f"REPORTS_DIR={tmp_path}"],
        cwd=paths.ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    dask_run = tmp_path / "runs" / "fixture"
    assert '"ENGINE": "dask"' in (dask_run / "01-clean-corpus.ipynb").read_text()
    for folder in ("data", "figures"):
        first, second = tree_hashes(pandas_run / folder), tree_hashes(dask_run / folder)
        assert len(first) > 5 and first == second, folder
